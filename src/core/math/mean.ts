/**
 * Arithmetic mean, Excel AVERAGE.
 * @example mean([1, 2, 3, 4]) // => 2.5
 */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) throw new RangeError("mean requires at least one value");
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
