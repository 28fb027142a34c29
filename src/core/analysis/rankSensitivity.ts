/**
 * Which 一级指标 drive the rank changes: for each perturbed group g, the
 * first-order sensitivity index S_g = Var(E[rank | u_g]) / Var(rank), as
 * COINr reports it, pooled over units by their rank variance.
 *
 * Estimator: u_g's range (−δ, δ) is cut into `bins` equal-width bins; per
 * unit, E[rank | u_g] is the mean rank of the draws in each bin, and
 * Var(E[rank | u_g]) = Σ_b (n_b / D) (mean_b − mean)², Var(rank) the
 * population variance over the D draws. Weighting each unit's S_ug by its
 * Var(rank) gives S_g = Σ_u Var_u(E[rank | u_g]) / Σ_u Var_u(rank). Units
 * whose rank never moves weigh nothing. The binned estimate is biased
 * upward by about (bins − 1) / D of the variance (≈ 1 % for 10 bins and
 * 1,000 draws); the shares need not sum to 1 (interactions, and the
 * renormalisation couples the groups).
 *
 * Returns one share per group; NaN when no rank moved in any draw.
 * @example Array.from(rankVarianceShares(new Float32Array([1, 1]), 2, 1, new Float64Array([0.1, -0.1]), 1, 0.25)) // => [NaN]
 */
export function rankVarianceShares(ranks: Float32Array, draws: number, units: number, shifts: Float64Array, groups: number, delta: number, bins = 10): Float64Array {
  const shares = new Float64Array(groups);
  if (!draws || !units || !groups || !(delta > 0)) return shares.fill(Number.NaN);
  // Bin of each draw for each group, computed once.
  const binOf = new Uint8Array(draws * groups);
  for (let d = 0; d < draws; d++) {
    for (let g = 0; g < groups; g++) {
      const x = (shifts[d * groups + g] + delta) / (2 * delta);
      binOf[d * groups + g] = Math.min(bins - 1, Math.max(0, Math.floor(x * bins)));
    }
  }
  const count = new Float64Array(groups * bins);
  for (let d = 0; d < draws; d++) for (let g = 0; g < groups; g++) count[g * bins + binOf[d * groups + g]]++;
  const sums = new Float64Array(groups * bins);
  const explained = new Float64Array(groups);
  let total = 0;
  for (let u = 0; u < units; u++) {
    const base = u * draws;
    let mean = 0;
    for (let d = 0; d < draws; d++) mean += ranks[base + d];
    mean /= draws;
    let variance = 0;
    for (let d = 0; d < draws; d++) variance += (ranks[base + d] - mean) ** 2;
    // Sums over draws (not yet divided by D): the division cancels in the ratio.
    if (variance === 0) continue;
    total += variance;
    sums.fill(0);
    for (let d = 0; d < draws; d++) {
      const r = ranks[base + d];
      for (let g = 0; g < groups; g++) sums[g * bins + binOf[d * groups + g]] += r;
    }
    for (let g = 0; g < groups; g++) {
      let between = 0;
      for (let b = 0; b < bins; b++) {
        const n = count[g * bins + b];
        if (n) between += n * (sums[g * bins + b] / n - mean) ** 2;
      }
      explained[g] += between;
    }
  }
  for (let g = 0; g < groups; g++) shares[g] = total > 0 ? explained[g] / total : Number.NaN;
  return shares;
}
