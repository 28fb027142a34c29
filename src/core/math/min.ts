/**
 * The smallest of the numbers (Excel MIN over values), in a loop: see `max`
 * for why not `Math.min(...values)`. `fallback` is returned for no values.
 *
 * @example min([3, 9, 4]) // => 3
 * @example min([], 0) // => 0
 */
export function min(values: Iterable<number>, fallback = Number.POSITIVE_INFINITY): number {
  if (values == null || typeof (values as Iterable<number>)[Symbol.iterator] !== "function") throw new TypeError("min requires an iterable of numbers");
  let least = fallback;
  let any = false;
  for (const v of values) {
    if (!any || v < least) least = v;
    any = true;
  }
  return any ? least : fallback;
}
