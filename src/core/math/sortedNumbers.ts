/**
 * A sorted copy, ascending, as a Float64Array: its native numeric sort is
 * several times faster than Array.prototype.sort with a comparator, which
 * matters for statistics over 100,000 units × 33 items.
 * @example [...sortedNumbers([3, 1, 2])] // => [1, 2, 3]
 */
export function sortedNumbers(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}
