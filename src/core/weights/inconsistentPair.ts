import { ahp, type AhpMethod, type JudgementMatrix } from "./ahp.js";
import { snapToScale } from "./scale.js";

/** The judgement whose revision most reduces CR, and what to put instead. */
export interface PairSuggestion {
  /** Row and column (i < j) of the judgement to revise, zero-based. */
  i: number;
  j: number;
  current: number;
  /** w_i / w_j of the current weights, snapped to the 1–9 scale (or its reciprocal). */
  suggested: number;
  /** CR once a_ij is the suggestion and a_ji its reciprocal. */
  crAfter: number;
}

/**
 * For a matrix failing the consistency check: try each judgement a_ij (i < j)
 * replaced by what the weights say it should be (w_i / w_j, snapped to the
 * scale) and keep the one that lowers CR most. Undefined when no single
 * revision lowers it (or the matrix is consistent already, or n ≤ 2).
 * @example findInconsistentPair([[1, 2], [0.5, 1]]) // => undefined
 */
export function findInconsistentPair(a: JudgementMatrix, method: AhpMethod = "eigen"): PairSuggestion | undefined {
  const base = ahp(a, method);
  const n = a.length;
  if (n <= 2 || !Number.isFinite(base.cr)) return undefined;
  let best: PairSuggestion | undefined;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const suggested = snapToScale(base.weights[i] / base.weights[j]);
      if (Math.abs(suggested - a[i][j]) < 1e-9 * suggested) continue;
      const revised = a.map((row) => [...row]);
      revised[i][j] = suggested;
      revised[j][i] = 1 / suggested;
      const crAfter = ahp(revised, method).cr;
      if (crAfter < base.cr - 1e-12 && (!best || crAfter < best.crAfter)) best = { i, j, current: a[i][j], suggested, crAfter };
    }
  }
  return best;
}
