import type { UnitRow } from "../model.js";
import { cellAddress, findSheet, type WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { COLUMNS, SHEETS, VETO_LABEL } from "../i18n/labels.js";
import type { YearUnit } from "./compareYears.js";

/** A kaoping result workbook is recognised by its 总排名 sheet. */
export function isResultWorkbook(book: WorkbookGrid): boolean {
  return Boolean(findSheet(book, SHEETS.ranking));
}

/**
 * Last year's published ranking, used as it stands: totals, places and
 * grades only (the figures behind them are not in a result workbook).
 * Returns stand-in unit rows so matching works as for submissions.
 */
export function readPublished(book: WorkbookGrid): { rows: UnitRow[]; years: Map<UnitRow, YearUnit> } {
  const sheet = findSheet(book, SHEETS.ranking)!;
  const wanted = [COLUMNS.rank, COLUMNS.unit, COLUMNS.category, COLUMNS.total, COLUMNS.grade].map(nameKey);
  const header = findHeader(sheet, (n) => wanted.includes(n), (n) => n === nameKey(COLUMNS.unit));
  const rows: UnitRow[] = [];
  const years = new Map<UnitRow, YearUnit>();
  if (!header) return { rows, years };
  const col = (label: string) => header.columns.find((c) => c.name === nameKey(label))?.col;
  const [rankCol, nameCol, catCol, totalCol, gradeCol] = [COLUMNS.rank, COLUMNS.unit, COLUMNS.category, COLUMNS.total, COLUMNS.grade].map(col);
  for (let r = header.bottom + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const name = nameCol !== undefined ? cellText(row[nameCol]) : "";
    const totalCell = totalCol !== undefined ? row[totalCol]?.v : undefined;
    if (!name || typeof totalCell !== "number") continue;
    const rankValue = rankCol !== undefined ? row[rankCol]?.v : undefined;
    const category = catCol !== undefined ? cellText(row[catCol]) : "";
    const grade = gradeCol !== undefined ? cellText(row[gradeCol]) : "";
    const unit: UnitRow = { name, category, row: r + 1, source: { file: book.file, sheet: sheet.name, cell: cellAddress(r, nameCol!) }, values: new Map() };
    rows.push(unit);
    years.set(unit, {
      name,
      category,
      total: totalCell,
      rank: typeof rankValue === "number" ? rankValue : undefined,
      vetoed: rankValue === VETO_LABEL || grade === VETO_LABEL,
      grade,
      figures: new Map(),
    });
  }
  return { rows, years };
}
