import { isConstant } from "../math/isConstant.js";
import { CONSTANT_TOLERANCE, columnOf, normalise, rowsOf, type ObjectiveWeights, type UnitItemTable } from "./objective.js";

/**
 * 熵权法 (entropy weights) on a units × items table of score rates, which are
 * already "higher is better" and non-negative, so no further
 * standardisation: p_ij = x_ij / Σ_i x_ij, e_j = −(1 / ln n) Σ_i p_ij ln p_ij
 * (0 · ln 0 = 0), d_j = 1 − e_j, w_j = d_j / Σ d. An item on which every
 * unit scores alike tells units apart by nothing: e_j = 1, weight 0, and it
 * is listed in `constant` (so is a column of zeros, whose p is undefined).
 * Fewer than two units: every column is constant.
 * @example entropyWeights({ values: [1, 1, 1, 0], columns: 2 }).weights // => [0, 1]
 */
export function entropyWeights(table: UnitItemTable): ObjectiveWeights & { entropy: number[]; divergence: number[] } {
  const n = rowsOf(table);
  const m = table.columns;
  const constant: number[] = [];
  const entropy: number[] = [];
  const divergence: number[] = [];
  for (let j = 0; j < m; j++) {
    const x = columnOf(table, j);
    const sum = x.reduce((s, v) => s + v, 0);
    if (n < 2 || isConstant(x, CONSTANT_TOLERANCE) || !(sum > 0)) {
      constant.push(j);
      entropy.push(1);
      divergence.push(0);
      continue;
    }
    let h = 0;
    for (const v of x) {
      const p = v / sum;
      if (p > 0) h -= p * Math.log(p);
    }
    const e = h / Math.log(n);
    entropy.push(e);
    divergence.push(Math.max(0, 1 - e));
  }
  return { weights: normalise(divergence), constant, entropy, divergence };
}
