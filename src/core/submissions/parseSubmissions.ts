import type { Criteria, RejectedRow, SourceRef, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, findSheet, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { findHeader, type HeaderColumn } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { UNCATEGORISED } from "../i18n/labels.js";
import { RowValues, type RowLayout } from "./fieldValue.js";
import {
  CATEGORY_HEADERS,
  FOOTER_ROW,
  IGNORED_HEADERS,
  PANEL_SHEET_NAMES,
  PREVIOUS_PREFIX,
  SUBMISSION_SHEET_NAMES,
  TOTAL_ROW,
  UNIT_NAME_HEADERS,
  matches,
} from "./columns.js";

export class SubmissionsFormatError extends Error {}

export interface ParsedSubmissions {
  units: UnitRow[];
  /** Unit rows that cannot be ranked (no name, duplicate), with the reason. */
  rejected: RejectedRow[];
  /** Rows that are not units: 合计 rows, notes and signatures below the table. */
  excluded: RejectedRow[];
  sheet: string;
  /** 合计/小计 rows with their field cells, for the 合计 check. */
  totals: TotalRow[];
}

/**
 * A 合计 or 小计 row, kept (its field cells only) so that each column's total
 * can be compared with the unit rows above it.
 */
export interface TotalRow {
  label: string;
  /** 1-based row. */
  row: number;
  source: SourceRef;
  values: RowValues;
  /** The sheet's unit rows (shared, in sheet order); the first `end` of them are above this row. */
  units: UnitRow[];
  end: number;
  /** Where the units since the previous 合计/小计 row begin (0 when there was none). */
  start: number;
}

/** The submissions sheet: a named one, else the first that is not a panel or helper sheet. */
export function pickSubmissionSheet(book: WorkbookGrid): SheetGrid | undefined {
  return (
    findSheet(book, ...SUBMISSION_SHEET_NAMES) ??
    book.sheets.find((s) => !matches(s.name, PANEL_SHEET_NAMES) && !/说明|变更|填表/.test(s.name))
  );
}

/**
 * Read unit rows from a submissions workbook against the criteria's 数据项.
 * Every row ends up in exactly one of units, rejected or excluded.
 */
export function parseSubmissions(book: WorkbookGrid, criteria: Criteria, issues: IssueLog): ParsedSubmissions {
  const sheet = pickSubmissionSheet(book);
  if (!sheet) throw new SubmissionsFormatError(`${book.file}: 没有“申报数据”工作表`);
  const file = book.file;
  // Fields named only by 校验规则 are read too (to be checked, never scored).
  const fieldKeys = new Map([...criteria.checkedFields, ...criteria.fields].map((f) => [nameKey(f), f]));
  const categoryHeaders = [criteria.settings.groupField, ...CATEGORY_HEADERS];
  const fieldOf = (col: HeaderColumn): string | undefined => {
    for (const candidate of [col.name, col.group + col.name]) {
      const key = nameKey(candidate);
      if (fieldKeys.has(key)) return fieldKeys.get(key);
      if (key.startsWith(PREVIOUS_PREFIX) && fieldKeys.has(key.slice(PREVIOUS_PREFIX.length))) {
        return PREVIOUS_PREFIX + fieldKeys.get(key.slice(PREVIOUS_PREFIX.length));
      }
    }
    return undefined;
  };
  const isKnown = (name: string) =>
    fieldKeys.has(name) || matches(name, UNIT_NAME_HEADERS) || matches(name, categoryHeaders) || matches(name, IGNORED_HEADERS);
  const header = findHeader(sheet, isKnown, (n) => matches(n, UNIT_NAME_HEADERS));
  if (!header) throw new SubmissionsFormatError(`${file}: “${sheet.name}”表中找不到表头（需要“单位名称”列）`);

  let nameCol: HeaderColumn | undefined;
  let categoryCol: HeaderColumn | undefined;
  const fieldCols: { col: HeaderColumn; field: string }[] = [];
  for (const col of header.columns) {
    const field = fieldOf(col);
    if (field) fieldCols.push({ col, field });
    else if (!nameCol && matches(col.name, UNIT_NAME_HEADERS)) nameCol = col;
    else if (!categoryCol && matches(col.name, categoryHeaders)) categoryCol = col;
    else if (!matches(col.name, IGNORED_HEADERS)) {
      issues.info("unknownColumn", { column: col.text }, { file, sheet: sheet.name, cell: cellAddress(header.bottom, col.col) });
    }
  }
  const present = new Set(fieldCols.map((f) => f.field));
  const panelFields = new Set(criteria.items.filter((i) => i.rule.id === "direct").flatMap((i) => i.fields));
  const hasPanel = Boolean(findSheet(book, ...PANEL_SHEET_NAMES));
  for (const field of criteria.fields) {
    if (present.has(field) || (hasPanel && panelFields.has(field))) continue;
    const items = criteria.items.filter((i) => i.fields.includes(field)).map((i) => i.name).join("、");
    issues.warning("submissionsMissingColumn", { field, items }, { file, sheet: sheet.name });
  }

  const rows = header.filled.rows;
  const units: UnitRow[] = [];
  const rejected: RejectedRow[] = [];
  const excluded: RejectedRow[] = [];
  const totals: TotalRow[] = [];
  const firstRow = new Map<string, number>();
  const layout: RowLayout = { at: { file, sheet: sheet.name }, columns: new Map(fieldCols.map(({ col, field }, index) => [field, { index, col: col.col, unit: col.unit }])) };
  for (let r = header.bottom + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    // The first non-empty text (usually the first cell): no text for all 60 cells of every row.
    let firstText = "";
    for (const c of row) if ((firstText = cellText(c)) !== "") break;
    if (firstText === "") continue;
    const source: SourceRef = { file, sheet: sheet.name, cell: cellAddress(r, nameCol?.col ?? 0) };
    const name = nameCol ? toHalfWidth(cellText(row[nameCol.col])).trim() : "";
    const label = name || firstText;
    if (FOOTER_ROW.test(toHalfWidth(firstText).trim())) {
      excluded.push({ row: r + 1, label, reason: "表尾说明或签字行", source });
      issues.info("rowExcluded", { label: firstText.slice(0, 20), kind: "表尾说明或签字" }, source);
      continue;
    }
    // 合计 may sit in the name column or in 序号 before it, never further right.
    const totalLabel = [name, firstText].find((t) => TOTAL_ROW.test(nameKey(t)));
    if (totalLabel) {
      excluded.push({ row: r + 1, label, reason: "合计/小计行", source });
      issues.info("rowExcluded", { label: totalLabel, kind: "合计/小计" }, source);
      const start = totals.length ? totals[totals.length - 1].end : 0;
      totals.push({ label: totalLabel, row: r + 1, source, values: new RowValues(fieldCols.map(({ col }) => row[col.col]), layout, r), units, end: units.length, start });
      continue;
    }
    if (!name) {
      rejected.push({ row: r + 1, label: firstText, reason: "缺少单位名称", source });
      issues.error("unitNameMissing", {}, source);
      continue;
    }
    const key = nameKey(name);
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      const reason = `与第 ${earlier} 行单位重复`;
      rejected.push({ row: r + 1, label: name, reason, source });
      issues.error("unitDuplicate", { unit: name, first: earlier, second: r + 1 }, { ...source, unit: name });
      continue;
    }
    firstRow.set(key, r + 1);
    let category = categoryCol ? toHalfWidth(cellText(row[categoryCol.col])).trim() : "";
    if (!category) {
      category = UNCATEGORISED;
      if (categoryCol) issues.warning("categoryMissing", { category }, { file, sheet: sheet.name, cell: cellAddress(r, categoryCol.col), unit: name });
    }
    units.push({ name, category, row: r + 1, source, values: new RowValues(fieldCols.map(({ col }) => row[col.col]), layout, r) });
  }
  if (!units.length && !rejected.length) issues.error("noUnits", {}, { file, sheet: sheet.name });
  return { units, rejected, excluded, sheet: sheet.name, totals };
}
