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
 * The two tables are laid out when first read: 指标诊断 reads item columns
 * (pointsColumn) and never needs them, and at 100,000 units × 40 items
 * each is 32 MB held while the ranking stage peaks.
 * @example scoreMatrix([], []).points.length // => 0
 */
export function scoreMatrix(results: readonly UnitResult[], items: readonly CriteriaItem[]): ScoreMatrix {
  if (!Array.isArray(results) || !Array.isArray(items)) throw new TypeError("scoreMatrix requires the unit results and the criteria items");
  const units = results.filter((r) => !r.vetoes.length);
  const n = items.length;
  let points: Float64Array | undefined;
  let rates: Float64Array | undefined;
  return {
    units,
    items,
    get points() {
      if (!points) {
        points = new Float64Array(units.length * n);
        for (let r = 0; r < units.length; r++) for (let j = 0; j < n; j++) points[r * n + j] = units[r].items.points(j);
      }
      return points;
    },
    get rates() {
      if (!rates) {
        rates = new Float64Array(units.length * n);
        for (let r = 0; r < units.length; r++) {
          for (let j = 0; j < n; j++) rates[r * n + j] = items[j].points > 0 ? units[r].items.points(j) / items[j].points : Number.NaN;
        }
      }
      return rates;
    },
  };
}

/**
 * Items js' points over the matrix's units, one column each: column(matrix.points, items, j), read from the
 * units in one pass (unit by unit: a pass per item read 100,000 units' scores 40 times from memory) without
 * laying out the table.
 */
export function pointsColumns(matrix: ScoreMatrix, js: readonly number[]): Float64Array[] {
  const n = matrix.units.length;
  const out = js.map(() => new Float64Array(n));
  for (let r = 0; r < n; r++) {
    const scores = matrix.units[r].items;
    for (let k = 0; k < js.length; k++) out[k][r] = scores.points(js[k]);
  }
  return out;
}
