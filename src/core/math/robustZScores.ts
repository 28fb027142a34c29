import { median } from "./median.js";
import { medianAbsoluteDeviation } from "./medianAbsoluteDeviation.js";

/**
 * The modified z-score of Iglewicz & Hoaglin: z = 0.6745 × (x − median) / MAD,
 * one per value in input order, with the median and MAD it used. 0.6745
 * makes it comparable with an ordinary z-score for normal data; |z| > 3.5
 * marks a likely outlier. Undefined when MAD is 0 (half the values or more
 * are equal: no spread to measure against).
 * @example robustZScores([10, 11, 12, 12, 13, 40])?.z[5] // => 18.886
 */
export function robustZScores(values: readonly number[]): { median: number; mad: number; z: number[] } | undefined {
  if (values.length === 0) return undefined;
  const centre = median(values);
  const mad = medianAbsoluteDeviation(values, centre);
  if (!(mad > 0)) return undefined;
  return { median: centre, mad, z: values.map((x) => (0.6745 * (x - centre)) / mad) };
}
