import { sortedNumbers } from "./sortedNumbers.js";
/**
 * Excel PERCENTRANK.INC(array, x, significance): the share of values below x
 * over n − 1, interpolated when x lies between two values, then truncated
 * (not rounded) to `significance` digits.
 * @example percentRankInclusive([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4) // => 0.333
 */
export function percentRankInclusive(values: readonly number[], x: number, significance = 3): number {
  if (values.length === 0) throw new RangeError("percentRankInclusive requires at least one value");
  return percentRankSorted(sortedNumbers(values), x, significance);
}

/**
 * The same on values already sorted ascending: ranking every unit of a
 * province sorts once and searches per unit.
 */
export function percentRankSorted(sorted: ArrayLike<number>, x: number, significance = 3): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("percentRankSorted requires at least one value");
  if (x < sorted[0] || x > sorted[n - 1]) throw new RangeError("percentRankInclusive requires x within the range of values (#N/A)");
  if (n === 1) return 1;
  // below = number of values strictly less than x (binary search)
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  const below = lo;
  const rank = sorted[below] === x ? below / (n - 1) : (below - 1 + (x - sorted[below - 1]) / (sorted[below] - sorted[below - 1])) / (n - 1);
  return truncate(rank, significance);
}

/** Truncate toward zero at `digits` decimals, on the 15-digit decimal value Excel sees. */
function truncate(value: number, digits: number): number {
  const [m, e] = value.toPrecision(15).split("e");
  const shifted = Number(`${m}e${Number(e ?? 0) + digits}`);
  return Math.trunc(shifted) / 10 ** digits;
}
