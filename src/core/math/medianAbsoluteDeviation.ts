import { median } from "./median.js";

/**
 * Median absolute deviation (unscaled): the median of |x − median(x)|.
 * Robust to a few wild values, unlike the standard deviation. Pass the
 * median when it is already known (one sort fewer).
 * @example medianAbsoluteDeviation([10, 11, 12, 12, 13, 40]) // => 1
 */
export function medianAbsoluteDeviation(values: readonly number[], centre = median(values)): number {
  return median(values.map((x) => Math.abs(x - centre)));
}
