import type { CriteriaItem, UnitResult } from "../model.js";

/**
 * The eligible units' item points as one units × items table, the common
 * input of the analyses beyond the ranking (objective weights, rank
 * robustness, item diagnostics). Vetoed units are left out: they are not
 * ranked, so they must not move weights or intervals either.
 */
export interface ScoreMatrix {
  /** Eligible units in publication order (row r of the tables). */
  units: readonly UnitResult[];
  /** Items in criteria order (column j of the tables); bonus items included, see `bonus`. */
  items: readonly CriteriaItem[];
  /** points[r * items.length + j]: unit r's points on item j, as published (rounded). */
  points: Float64Array;
  /**
   * rates[r * items.length + j] = points / 分值 (0 … 1, or above 1 for
   * over-achievement); NaN where the item has no 分值 (a veto).
   */
  rates: Float64Array;
}

/**
 * Build the score matrix of an assessment's ranked (not vetoed) units.
 * @example scoreMatrix([], []).points.length // => 0
 */
export function scoreMatrix(results: readonly UnitResult[], items: readonly CriteriaItem[]): ScoreMatrix {
  if (!Array.isArray(results) || !Array.isArray(items)) throw new TypeError("scoreMatrix requires the unit results and the criteria items");
  const units = results.filter((r) => !r.vetoes.length);
  const n = items.length;
  const points = new Float64Array(units.length * n);
  const rates = new Float64Array(units.length * n);
  units.forEach((unit, r) => {
    for (let j = 0; j < n; j++) {
      const p = unit.items.points(j);
      points[r * n + j] = p;
      rates[r * n + j] = items[j].points > 0 ? p / items[j].points : Number.NaN;
    }
  });
  return { units, items, points, rates };
}

/** Column j of a units × items table (a copy). */
export function column(table: Float64Array, columns: number, j: number): Float64Array {
  const rows = columns ? table.length / columns : 0;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) out[r] = table[r * columns + j];
  return out;
}
