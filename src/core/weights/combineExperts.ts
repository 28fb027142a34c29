import type { JudgementMatrix } from "./ahp.js";

/**
 * Several experts' judgement matrices of one parent as one: the element-wise
 * geometric mean, which keeps the result reciprocal (the arithmetic mean
 * would not: mean(3, 1/3) ≠ 1 / mean(1/3, 3)).
 * @example combineExperts([[[1, 4], [0.25, 1]], [[1, 1], [1, 1]]]).map((r) => r.map((x) => +x.toFixed(9))) // => [[1, 2], [0.5, 1]]
 */
export function combineExperts(matrices: readonly JudgementMatrix[]): number[][] {
  if (!matrices.length) throw new RangeError("combineExperts requires at least one matrix");
  const n = matrices[0].length;
  if (matrices.some((m) => m.length !== n || m.some((row) => row.length !== n))) throw new RangeError("combineExperts requires matrices of one order");
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : Math.exp(matrices.reduce((s, m) => s + Math.log(m[i][j]), 0) / matrices.length))),
  );
}
