import { sortedNumbers } from "./sortedNumbers.js";
/**
 * Median, Excel MEDIAN: the middle value, or the mean of the two middle ones.
 * @example median([3, 1, 4, 2]) // => 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median requires at least one value");
  const sorted = sortedNumbers(values);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
