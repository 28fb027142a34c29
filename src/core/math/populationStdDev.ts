import { mean } from "./mean.js";

/**
 * Population standard deviation, Excel STDEV.P (divides by n).
 * @example populationStdDev([2, 4, 4, 4, 5, 5, 7, 9]) // => 2
 */
export function populationStdDev(values: readonly number[]): number {
  if (values.length < 1) throw new RangeError("populationStdDev requires at least one value");
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / values.length);
}
