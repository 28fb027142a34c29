/**
 * The largest of the numbers (Excel MAX over values), in a loop: `Math.max(...values)`
 * passes every value as an argument and overflows the stack past about
 * 100,000 of them — one unit per value in a province's run.
 * `fallback` is returned for no values (Excel's MAX of nothing is 0).
 *
 * @example max([3, 9, 4]) // => 9
 * @example max([], 0) // => 0
 */
export function max(values: Iterable<number>, fallback = Number.NEGATIVE_INFINITY): number {
  if (values == null || typeof (values as Iterable<number>)[Symbol.iterator] !== "function") throw new TypeError("max requires an iterable of numbers");
  let best = fallback;
  let any = false;
  for (const v of values) {
    if (!any || v > best) best = v;
    any = true;
  }
  return any ? best : fallback;
}
