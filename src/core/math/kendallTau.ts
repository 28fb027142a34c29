import { checkPairs } from "./pearson.js";

/**
 * Kendall's tau-b: (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)) over
 * all n₀ = n(n − 1)/2 pairs, where n₁ and n₂ are the pairs tied in x and
 * in y. Tau-b is the version that allows for ties (R's cor(method =
 * "kendall"), SciPy's default); without ties it is tau-a. Undefined when
 * either array does not vary or has fewer than two values.
 *
 * Counted as Knight (1966) does, in n log n rather than one comparison per
 * pair (a province's ten thousand units are fifty million pairs): sort by x
 * then y, count the ties, and count the discordant pairs as the swaps a
 * merge sort of the y values needs.
 *
 * @example kendallTau([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) // => 0.6
 */
export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number | undefined {
  checkPairs(x, y, "kendallTau");
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || y[a] - y[b]);
  // Pairs tied in x (n₁), and tied in both (n₃): runs of equal x, and within them of equal y.
  let tiedX = 0;
  let tiedBoth = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && x[order[end + 1]] === x[order[start]]) end++;
    tiedX += pairsIn(end - start + 1);
    for (let s = start; s <= end; ) {
      let e = s;
      while (e + 1 <= end && y[order[e + 1]] === y[order[s]]) e++;
      tiedBoth += pairsIn(e - s + 1);
      s = e + 1;
    }
    start = end + 1;
  }
  // y in that order: a pair out of order (y falls while x rises) is discordant; ties in x are already ordered by y.
  const ys = Float64Array.from(order, (i) => y[i]);
  const discordant = mergeSortSwaps(ys, new Float64Array(n), 0, n);
  // ys is now sorted: pairs tied in y (n₂) are its runs.
  let tiedY = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && ys[end + 1] === ys[start]) end++;
    tiedY += pairsIn(end - start + 1);
    start = end + 1;
  }
  const pairs = pairsIn(n);
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  if (!(denominator > 0)) return undefined;
  // concordant − discordant = (pairs not tied in x or y) − 2 · discordant; n₃ was subtracted twice in n₁ + n₂
  return (pairs - tiedX - tiedY + tiedBoth - 2 * discordant) / denominator;
}

const pairsIn = (count: number) => (count * (count - 1)) / 2;

/** Sort values[from, to) ascending (stable), returning how many pairs were out of order (equal values are in order). */
function mergeSortSwaps(values: Float64Array, buffer: Float64Array, from: number, to: number): number {
  if (to - from < 2) return 0;
  const mid = (from + to) >> 1;
  let swaps = mergeSortSwaps(values, buffer, from, mid) + mergeSortSwaps(values, buffer, mid, to);
  let i = from;
  let j = mid;
  let k = from;
  while (i < mid && j < to) {
    if (values[j] < values[i]) {
      // values[j] jumps ahead of everything left in the first half
      swaps += mid - i;
      buffer[k++] = values[j++];
    } else buffer[k++] = values[i++];
  }
  while (i < mid) buffer[k++] = values[i++];
  while (j < to) buffer[k++] = values[j++];
  for (let m = from; m < to; m++) values[m] = buffer[m];
  return swaps;
}
