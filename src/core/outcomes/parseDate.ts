import type { GridCell } from "../table/grid.js";
import { toHalfWidth } from "../values/normaliseText.js";

/** A calendar day in UTC, and whether only the month was written (2025年3月 → the 1st, said). */
export type DateReading = { ok: true; date: Date; monthOnly: boolean } | { ok: false };

/**
 * A date as offices write it: a date cell, 2025-03-15, 2025/3/15, 2025.3.15,
 * 2025年3月15日, or 2025年3月 (read as the 1st of the month). Impossible
 * dates (2025-02-30) are not dates.
 * @example parseDate({ v: "2025年3月15日" }) // => { ok: true, date: new Date(Date.UTC(2025, 2, 15)), monthOnly: false }
 */
export function parseDate(cell: GridCell | undefined): DateReading {
  if (!cell || cell.v === null) return { ok: false };
  if (cell.v instanceof Date) return Number.isNaN(cell.v.getTime()) ? { ok: false } : { ok: true, date: day(cell.v.getUTCFullYear(), cell.v.getUTCMonth() + 1, cell.v.getUTCDate())!, monthOnly: false };
  if (typeof cell.v !== "string") return { ok: false };
  const t = toHalfWidth(cell.v).replace(/\s+/g, "");
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? { ok: true, date: d, monthOnly: false } : { ok: false };
  }
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), 1);
    return d ? { ok: true, date: d, monthOnly: true } : { ok: false };
  }
  return { ok: false };
}

function day(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * The first day of a window of `months` ending at `end`: a case on or after
 * it and not after `end` counts. 24 months before 2026-12-31 → 2025-01-01.
 * @example windowStart(new Date(Date.UTC(2026, 11, 31)), 24).toISOString().slice(0, 10) // => "2025-01-01"
 */
export function windowStart(end: Date, months: number): Date {
  // The same day `months` earlier, clamped to that month's length (31 March − 1 month = 28 February), then the day after.
  const month = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months, 1));
  const length = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), Math.min(end.getUTCDate(), length) + 1));
}
