import { sortedNumbers } from "./sortedNumbers.js";
/**
 * Excel PERCENTILE.INC: linear interpolation between closest ranks,
 * position (n − 1)·k on the sorted values, k in [0, 1].
 * @example percentileInclusive([1, 2, 3, 4], 0.25) // => 1.75
 */
export function percentileInclusive(values: readonly number[], k: number): number {
  if (values.length === 0) throw new RangeError("percentileInclusive requires at least one value");
  if (!(k >= 0 && k <= 1)) throw new RangeError("percentileInclusive requires k between 0 and 1");
  return percentileSorted(sortedNumbers(values), k);
}

/**
 * PERCENTILE.INC on values already sorted ascending, so several
 * percentiles of one column cost one sort.
 * @example percentileSorted([1, 2, 3, 4], 0.5) // => 2.5
 */
export function percentileSorted(sorted: ArrayLike<number>, k: number): number {
  if (sorted.length === 0) throw new RangeError("percentileSorted requires at least one value");
  if (!(k >= 0 && k <= 1)) throw new RangeError("percentileSorted requires k between 0 and 1");
  const h = (sorted.length - 1) * k;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
}
