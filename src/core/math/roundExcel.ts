// 10 ** digits looked up, not computed: this runs a few times per unit and item.
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Excel's ROUND: half away from zero, on the decimal value Excel shows
 * (15 significant digits), so ROUND(1.005, 2) is 1.01 although the binary
 * double is 1.00499999999999989…; Math.round gets both of those wrong.
 *
 * @example roundExcel(1.005, 2) // => 1.01
 * @example roundExcel(-2.5, 0) // => -3
 */
export function roundExcel(value: number, digits = 0): number {
  if (!Number.isFinite(value)) throw new TypeError("roundExcel requires a finite number");
  if (!Number.isInteger(digits)) throw new TypeError("roundExcel requires an integer number of digits");
  if (value === 0) return 0;
  const sign = value < 0 ? -1 : 1;
  // Fast path: when the shifted value is clearly not near a .5 tie, the
  // binary error cannot change the result, and one division gives the
  // double nearest the decimal (407 / 100 is exactly Number("4.07")).
  if (digits >= 0 && digits <= 15) {
    const f = POWERS_OF_TEN[digits];
    const x = Math.abs(value) * f;
    if (x < 1e9) {
      const frac = x - Math.floor(x);
      if (Math.abs(frac - 0.5) > 1e-6) {
        const r = Math.round(x) / f;
        return r === 0 ? 0 : sign * r;
      }
    }
  }
  // Reduce to the 15 significant digits Excel works with, then shift the
  // decimal point in the string so no binary multiplication creeps in.
  const [mantissa, exp] = Math.abs(value).toPrecision(15).split("e");
  const shifted = Number(`${mantissa}e${Number(exp ?? 0) + digits}`);
  const rounded = Math.floor(shifted + 0.5);
  const [m2, e2] = String(rounded).split("e");
  const result = Number(`${m2}e${Number(e2 ?? 0) - digits}`);
  return result === 0 ? 0 : sign * result;
}
