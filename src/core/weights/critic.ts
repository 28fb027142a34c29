import { isConstant } from "../math/isConstant.js";
import { CONSTANT_TOLERANCE, columnOf, normalise, rowsOf, type ObjectiveWeights, type UnitItemTable } from "./objective.js";
import { sampleStdDev } from "../math/sampleStdDev.js";
import { pearson } from "../math/pearson.js";
import { max } from "../math/max.js";
import { min } from "../math/min.js";

/**
 * CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): an item weighs more the
 * more it varies (contrast) and the less it agrees with the others
 * (conflict). Each column min-max normalised to 0…1 (rates are "higher is
 * better" already), σ_j its sample standard deviation (STDEV.S, n − 1),
 * r_jk Pearson's correlation of the normalised columns, C_j = σ_j Σ_k (1 − r_jk),
 * w = C / Σ C. A constant column has no contrast and no correlation:
 * C_j = 0, listed in `constant`, and left out of the others' sums (its r is
 * undefined). Fewer than two units: every column is constant.
 * @example criticWeights({ values: [0, 2, 1, 0, 2, 1], columns: 2 }).weights // => [0.5, 0.5]
 */
export function criticWeights(table: UnitItemTable): ObjectiveWeights & { sigma: number[]; information: number[] } {
  const n = rowsOf(table);
  const m = table.columns;
  const columns = Array.from({ length: m }, (_, j) => columnOf(table, j));
  const constant = columns.flatMap((x, j) => (n < 2 || isConstant(x, CONSTANT_TOLERANCE) ? [j] : []));
  const varying = new Set(Array.from({ length: m }, (_, j) => j).filter((j) => !constant.includes(j)));
  const normalised = columns.map((x, j) => {
    if (!varying.has(j)) return x.map(() => 0);
    const least = min(x);
    const range = max(x) - least;
    return x.map((v) => (v - least) / range);
  });
  const sigma = normalised.map((x, j) => (varying.has(j) ? sampleStdDev(x) : 0));
  const information = normalised.map((x, j) => {
    if (!varying.has(j)) return 0;
    let conflict = 0;
    for (const k of varying) if (k !== j) conflict += 1 - pearson(x, normalised[k])!; // both vary: defined
    return sigma[j] * conflict;
  });
  return { weights: normalise(information), constant, sigma, information };
}
