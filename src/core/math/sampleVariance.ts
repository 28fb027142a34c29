import { mean } from "./mean.js";

/**
 * Sample variance, Excel VAR.S (divides by n − 1).
 * @example sampleVariance([2, 4, 4, 4, 5, 5, 7, 9]) // => 4.571428571428571
 */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) throw new RangeError("sampleVariance requires at least two values");
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return ss / (values.length - 1);
}
