import { isCellError, type GridCell } from "../table/grid.js";

/**
 * How a cell reads as text in a message: the value as the user typed it.
 * @example cellText({ v: 12 }) // => "12"
 */
export function cellText(cell: GridCell | undefined): string {
  if (!cell || cell.v === null) return "";
  const v = cell.v;
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}
