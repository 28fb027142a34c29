import { isConstant } from "./isConstant.js";

/**
 * Pearson's correlation coefficient, Excel PEARSON (and CORREL, the same
 * number): Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²). Undefined where
 * Excel shows #DIV/0!: fewer than two pairs, or a column that does not vary
 * (every value the same: there is no direction to correlate with).
 * Arrays of different lengths are Excel's #N/A and throw.
 *
 * @example pearson([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]) // => 1
 * @example pearson([1, 2, 3], [7, 7, 7]) // => undefined
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | undefined {
  checkPairs(x, y, "pearson");
  const n = x.length;
  if (n < 2 || isConstant(x) || isConstant(y)) return undefined;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  // Two passes (means first), as spreadsheets do: sums of products of raw values lose digits on scores near 100.
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxy / Math.sqrt(sxx * syy);
  // Rounding can carry a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, r));
}

/** Two arrays of finite numbers of the same length, as the correlations require. */
export function checkPairs(x: ArrayLike<number>, y: ArrayLike<number>, name: string): void {
  if (x == null || y == null || typeof x.length !== "number" || typeof y.length !== "number") throw new TypeError(`${name} requires two arrays of numbers`);
  if (x.length !== y.length) throw new RangeError(`${name} requires arrays of the same length (#N/A)`);
  for (let i = 0; i < x.length; i++) {
    if (typeof x[i] !== "number" || !Number.isFinite(x[i]) || typeof y[i] !== "number" || !Number.isFinite(y[i])) throw new TypeError(`${name} requires finite numbers`);
  }
}
