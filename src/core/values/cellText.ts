import { isCellError, type GridCell } from "../table/grid.js";
import { INVALID_DATE } from "../i18n/labels.js";

/**
 * How a cell reads as text in a message: the value as the user typed it.
 * @example cellText({ v: 12 }) // => "12"
 */
export function cellText(cell: GridCell | undefined): string {
  if (!cell || cell.v === null) return "";
  const v = cell.v;
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return dateText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}

/**
 * A date as 2026-03-01; a Date that holds no instant (an impossible date a
 * reader let through) as 「无效日期」 rather than an exception.
 *
 * @example dateText(new Date(Date.UTC(2026, 2, 1))) // => "2026-03-01"
 * @example dateText(new Date(NaN)) // => "无效日期"
 */
export function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? INVALID_DATE : date.toISOString().slice(0, 10);
}
