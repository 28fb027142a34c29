import { mean } from "./mean.js";

/**
 * Sample standard deviation, Excel STDEV.S (divides by n − 1).
 * @example sampleStdDev([2, 4, 4, 4, 5, 5, 7, 9]) // => 2.138089935299395
 */
export function sampleStdDev(values: ArrayLike<number>): number {
  if (values.length < 2) throw new RangeError("sampleStdDev requires at least two values");
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i] - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}
