/**
 * Whether every value is the same: exactly (the default), or within a
 * relative `tolerance` of the largest in size. Correlations compare exactly
 * (the mean of [0.1, 0.1, 0.1] is not exactly 0.1 in binary, so a variance
 * test would see noise where there is none); objective weights allow
 * floating-point noise in rates (all 0.75, up to 1e-15).
 *
 * @example isConstant([3, 3, 3]) // => true
 * @example isConstant([0.5, 0.5, 0.5 + 1e-15]) // => false
 * @example isConstant([0.5, 0.5, 0.5 + 1e-15], 1e-12) // => true
 */
export function isConstant(values: ArrayLike<number>, tolerance = 0): boolean {
  if (values == null || typeof values.length !== "number") throw new TypeError("isConstant requires an array of numbers");
  if (!(tolerance >= 0)) throw new RangeError("isConstant requires a tolerance of 0 or more");
  if (values.length === 0) return true;
  let least = values[0];
  let most = values[0];
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    if (v < least) least = v;
    else if (v > most) most = v;
  }
  if (tolerance === 0) return least === most;
  return !(most - least > tolerance * Math.max(1, Math.abs(most), Math.abs(least)));
}
