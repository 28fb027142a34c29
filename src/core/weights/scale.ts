/**
 * Saaty's 1–9 scale: 1 … 9 and their reciprocals 1/2 … 1/9.
 */

/** The 17 values of the scale, ascending: 1/9 … 1/2, 1, 2 … 9. */
const SCALE_VALUES: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2].map((k) => 1 / k).concat([1, 2, 3, 4, 5, 6, 7, 8, 9]);

/**
 * The scale value nearest to x on a ratio (logarithmic) view: 2.9 → 3,
 * 0.3 → 1/3; ratios are judged by how many times, so 1/3 vs 1/2 is as far
 * apart as 2 vs 3.
 * @example snapToScale(2.9) // => 3
 * @example snapToScale(0.3) === 1 / 3 // => true
 * @example snapToScale(40) // => 9
 */
export function snapToScale(x: number): number {
  const lx = Math.log(x);
  let best = SCALE_VALUES[0];
  for (const v of SCALE_VALUES) if (Math.abs(Math.log(v) - lx) < Math.abs(Math.log(best) - lx)) best = v;
  return best;
}

/**
 * A judgement as a clerk writes it: 3, 1/3 (never 0.333).
 * @example scaleText(1 / 3) // => "1/3"
 * @example scaleText(5) // => "5"
 * @example scaleText(2.5) // => "2.5"
 */
export function scaleText(x: number): string {
  if (x < 1) {
    const k = 1 / x;
    if (Math.abs(k - Math.round(k)) < 1e-9) return `1/${Math.round(k)}`;
  }
  return String(Number(x.toFixed(4)));
}
