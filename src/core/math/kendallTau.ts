import { checkPairs } from "./pearson.js";

/**
 * Kendall's tau-b: (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)) over
 * all n₀ = n(n − 1)/2 pairs, where n₁ and n₂ are the pairs tied in x and
 * in y. Tau-b is the version that allows for ties (R's cor(method =
 * "kendall"), SciPy's default); without ties it is tau-a. Undefined when
 * either array does not vary or has fewer than two values. Counts every
 * pair (n² / 2 comparisons: a few milliseconds for a thousand units).
 *
 * @example kendallTau([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) // => 0.6
 */
export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number | undefined {
  checkPairs(x, y, "kendallTau");
  const n = x.length;
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      // A pair tied in both counts in both n₁ and n₂.
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx === 0 || dy === 0) continue;
      if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  if (!(denominator > 0)) return undefined;
  return (concordant - discordant) / denominator;
}
