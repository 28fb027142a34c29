/** What the objective methods return: weights per column, and the columns that could not carry any. */
export interface ObjectiveWeights {
  weights: number[];
  /** Columns whose values are all equal (no unit differs from another): weight 0. */
  constant: number[];
}

/** A units × items table as scoreMatrix lays it out: row r, column j at r * columns + j. */
export interface UnitItemTable {
  values: ArrayLike<number>;
  columns: number;
}

/** Rows of a table. */
export function rowsOf(table: UnitItemTable): number {
  return table.columns ? table.values.length / table.columns : 0;
}

/** Column j as an array. */
export function columnOf(table: UnitItemTable, j: number): number[] {
  const rows = rowsOf(table);
  const out: number[] = [];
  for (let r = 0; r < rows; r++) out.push(table.values[r * table.columns + j]);
  return out;
}

/** Spread this small next to a column's size is floating-point noise: the column is constant. */
export const CONSTANT_TOLERANCE = 1e-12;

/**
 * Weights normalised to sum 1; all zeros stay zeros.
 * @example normalise([1, 3]) // => [0.25, 0.75]
 */
export function normalise(values: readonly number[]): number[] {
  const sum = values.reduce((s, x) => s + x, 0);
  return sum > 0 ? values.map((x) => x / sum) : values.map(() => 0);
}
