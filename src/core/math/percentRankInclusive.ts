/**
 * Excel PERCENTRANK.INC(array, x, significance): the share of values below x
 * over n − 1, interpolated when x lies between two values, then truncated
 * (not rounded) to `significance` digits.
 * @example percentRankInclusive([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4) // => 0.333
 */
export function percentRankInclusive(values: readonly number[], x: number, significance = 3): number {
  if (values.length === 0) throw new RangeError("percentRankInclusive requires at least one value");
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (x < sorted[0] || x > sorted[n - 1]) throw new RangeError("percentRankInclusive requires x within the range of values (#N/A)");
  if (n === 1) return 1;
  let rank: number;
  const below = sorted.filter((v) => v < x).length;
  if (sorted[below] === x) rank = below / (n - 1);
  else {
    // x falls between sorted[below - 1] and sorted[below].
    const lo = sorted[below - 1];
    const hi = sorted[below];
    rank = (below - 1 + (x - lo) / (hi - lo)) / (n - 1);
  }
  return truncate(rank, significance);
}

/** Truncate toward zero at `digits` decimals, on the 15-digit decimal value Excel sees. */
function truncate(value: number, digits: number): number {
  const [m, e] = value.toPrecision(15).split("e");
  const shifted = Number(`${m}e${Number(e ?? 0) + digits}`);
  return Math.trunc(shifted) / 10 ** digits;
}
