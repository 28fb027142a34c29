import { percentileInclusive } from "./percentileInclusive.js";

/**
 * Excel QUARTILE.INC: quart 0..4 is PERCENTILE.INC at 0, 25, 50, 75, 100%.
 * @example quartileInclusive([1, 2, 3, 4], 1) // => 1.75
 */
export function quartileInclusive(values: readonly number[], quart: 0 | 1 | 2 | 3 | 4): number {
  if (![0, 1, 2, 3, 4].includes(quart)) throw new RangeError("quartileInclusive requires quart 0, 1, 2, 3 or 4");
  return percentileInclusive(values, quart / 4);
}
