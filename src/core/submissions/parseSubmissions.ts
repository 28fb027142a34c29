import { isMethodDataSheet } from "../methods/applyMethodSheets.js";
import type { Criteria, RejectedRow, SourceRef, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, findSheet, type GridCell, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { parseNumber } from "../values/parseNumber.js";
import { findHeader, type HeaderColumn } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { isErrorValueName, nameKey, toHalfWidth, visibleText } from "../values/normaliseText.js";
import { SHEET_STATE_LABELS, UNCATEGORISED } from "../i18n/labels.js";
import { RowValues, type RowLayout } from "./fieldValue.js";
import { headerYear, isYearWord, type HeaderYear } from "./previousColumns.js";
import {
  CATEGORY_HEADERS,
  FOOTER_MARKED,
  FOOTER_MAX_CELLS,
  FOOTER_ROW,
  IGNORED_HEADERS,
  PREVIOUS_PREFIX,
  SUBMISSION_SHEET_NAMES,
  TOTAL_PREFIX,
  TOTAL_ROW,
  TOTAL_WORD,
  UNIT_NAME_HEADERS,
  matches,
} from "./columns.js";
import { hasInspectorHeader, isPanelSheet } from "./panel/sheets.js";

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

/**
 * The submissions sheet: one named exactly 申报数据, 申报表, 汇总, 数据 …,
 * else the first that is neither a panel sheet (by name — 检查组评分汇总表
 * is one although it says 汇总 — or by its 评委N header) nor a helper sheet.
 */
export function pickSubmissionSheet(book: WorkbookGrid): SheetGrid | undefined {
  // A visible sheet first: a hidden 申报数据 (a stale copy, or one made hidden on purpose) is read only when nothing visible qualifies.
  const visible = { ...book, sheets: book.sheets.filter((s) => !s.state) };
  return pickAmong(visible) ?? pickAmong(book);
}

function pickAmong(book: WorkbookGrid): SheetGrid | undefined {
  return (
    findSheet(book, ...SUBMISSION_SHEET_NAMES) ??
    book.sheets.find((s) => !isPanelSheet(s.name) && !isMethodDataSheet(s.name) && !/说明|变更|填表|负面|称号|已命名/.test(s.name) && !hasInspectorHeader(s))
  );
}

export interface SubmissionsOptions {
  /** The assessment year: places 「2025年X」 (last year) and 「2026年X」 (this year) columns. */
  year?: number;
}

interface ColumnField {
  field: string;
  unit: string;
  /** Set when the header names a year that is neither this one nor the one before (or cannot be placed). */
  otherYear?: HeaderYear;
}

/**
 * Read unit rows from a submissions workbook against the criteria's 数据项.
 * Every row ends up in exactly one of units, rejected or excluded.
 */
export function parseSubmissions(book: WorkbookGrid, criteria: Criteria, issues: IssueLog, options: SubmissionsOptions = {}): ParsedSubmissions {
  const sheet = pickSubmissionSheet(book);
  if (!sheet) throw new SubmissionsFormatError(`${book.file}: 没有“申报数据”工作表`);
  const file = book.file;
  // The sheet read is named in 说明; with hidden sheets about, which one was read is said here too, and a hidden one is a warning.
  const hidden = book.sheets.filter((s) => s !== sheet && s.state).map((s) => `“${s.name}”（${SHEET_STATE_LABELS[s.state!]}）`);
  if (sheet.state) issues.warning("submissionSheetHidden", { sheet: sheet.name, state: SHEET_STATE_LABELS[sheet.state] }, { file, sheet: sheet.name });
  else if (hidden.length) issues.info("submissionSheetRead", { sheet: sheet.name, hidden: hidden.join("、") }, { file, sheet: sheet.name });
  // Fields named only by 校验规则 are read too (to be checked, never scored).
  const fieldKeys = new Map([...criteria.checkedFields, ...criteria.fields].map((f) => [nameKey(f), f]));
  const categoryHeaders = [criteria.settings.groupField, ...CATEGORY_HEADERS];
  // A column is this year's field, last year's (上年 + field), or not a field.
  const fieldOf = (col: HeaderColumn): ColumnField | undefined => {
    for (const name of col.group ? [col.name, col.group + col.name] : [col.name]) {
      const key = nameKey(name);
      if (!isYearWord(col.unit) && fieldKeys.has(key)) return { field: fieldKeys.get(key)!, unit: col.unit };
      const marked = headerYear(key, col.unit, options.year);
      const base = marked && fieldKeys.get(nameKey(marked.base));
      if (!marked || !base) continue;
      if (marked.when === "previous") return { field: PREVIOUS_PREFIX + base, unit: marked.unit };
      if (marked.when === "current") return { field: base, unit: marked.unit };
      return { field: base, unit: marked.unit, otherYear: marked };
    }
    return undefined;
  };
  const isKnown = (name: string) =>
    fieldKeys.has(name) || matches(name, UNIT_NAME_HEADERS) || matches(name, categoryHeaders) || matches(name, IGNORED_HEADERS);
  const header = findHeader(sheet, isKnown, (n) => matches(n, UNIT_NAME_HEADERS));
  if (!header) throw new SubmissionsFormatError(`${file}: “${sheet.name}”表中找不到表头（需要“单位名称”列）`);

  let nameCol: HeaderColumn | undefined;
  let categoryCol: HeaderColumn | undefined;
  const fieldCols: { col: HeaderColumn; field: string; unit: string }[] = [];
  const columnOf = new Map<string, HeaderColumn>();
  const at = (col: HeaderColumn) => ({ file, sheet: sheet.name, cell: cellAddress(header.bottom, col.col) });
  const quoted = (col: HeaderColumn) => `${cellAddress(header.bottom, col.col)}“${col.text}”`;
  for (const col of header.columns) {
    const found = fieldOf(col);
    if (found?.otherYear) {
      const { when, written } = found.otherYear;
      if (when === "unknownYear") issues.warning("columnYearUnknown", { column: col.text, year: written! }, at(col));
      else issues.info("columnOtherYear", { column: col.text, year: written!, current: options.year! }, at(col));
    } else if (found) {
      const first = columnOf.get(found.field);
      // Two columns for one field: keep the first, never let the second overwrite it silently.
      if (first) issues.error("duplicateFieldColumn", { field: found.field, first: quoted(first), second: quoted(col) }, at(col));
      else {
        columnOf.set(found.field, col);
        fieldCols.push({ col, ...found });
      }
    } else if (!nameCol && matches(col.name, UNIT_NAME_HEADERS)) nameCol = col;
    else if (!categoryCol && matches(col.name, categoryHeaders)) categoryCol = col;
    else if (!matches(col.name, IGNORED_HEADERS)) issues.info("unknownColumn", { column: col.text }, at(col));
  }
  // The 分组字段 the 设置 sheet names wins over a 单位类别 column that happens to come first;
  // a named one that is not there is an error, never a silent fallback under its name.
  const groupField = criteria.settings.groupField;
  const groupCol = header.columns.find((c) => matches(c.name, [groupField]));
  if (groupCol) categoryCol = groupCol;
  else if (!matches(groupField, CATEGORY_HEADERS)) {
    issues.error("groupFieldMissing", { field: groupField, sheet: sheet.name, used: categoryCol ? categoryCol.text : UNCATEGORISED }, { file, sheet: sheet.name });
  }

  const rows = header.filled.rows;
  const units: UnitRow[] = [];
  const rejected: RejectedRow[] = [];
  const excluded: RejectedRow[] = [];
  const totals: TotalRow[] = [];
  const firstRow = new Map<string, number>();
  const categoriesSeen = new Set<string>();
  // Where the data items fill most of the row (the usual sheet: name, category, then one column per item), each
  // unit keeps its row as it is; a copy of just the item cells (100,000 × 60 of them, ~50 MB) only pays off on a
  // wide sheet of mostly other columns, whose rows are then freed.
  const width = fieldCols.reduce((w, { col }) => Math.max(w, col.col + 1), 0);
  const shareRows = fieldCols.length * 2 >= width;
  const layout: RowLayout = {
    at: { file, sheet: sheet.name },
    columns: new Map(fieldCols.map(({ col, field, unit }, index) => [field, { index: shareRows ? col.col : index, col: col.col, unit }])),
  };
  const cellsOf = (row: (GridCell | undefined)[]) => (shareRows ? row : fieldCols.map(({ col }) => row[col.col]));
  for (let r = header.bottom + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    // The first non-empty text (usually the first cell): no text for all 60 cells of every row.
    let firstText = "";
    let firstCol = 0;
    for (; firstCol < row.length; firstCol++) if ((firstText = cellText(row[firstCol])) !== "") break;
    if (firstText === "") {
      // All formulas saved without results (a file written by a program, never opened in Excel) look empty: say so.
      const firstFormula = row.findIndex((c) => c?.formula);
      if (firstFormula >= 0) {
        const at: SourceRef = { file, sheet: sheet.name, cell: cellAddress(r, firstFormula) };
        rejected.push({ row: r + 1, label: at.cell!, reason: "公式没有保存计算结果", source: at });
        issues.error("unitRowFormulasOnly", { row: r + 1 }, at);
      }
      continue;
    }
    const source: SourceRef = { file, sheet: sheet.name, cell: cellAddress(r, nameCol?.col ?? 0) };
    const typedName = nameCol ? toHalfWidth(cellText(row[nameCol.col])).trim() : "";
    // Zero-width characters are no part of a name: 「甲​局」 is 甲局 (and a duplicate of it).
    const name = visibleText(typedName).trim();
    const label = name || firstText;
    const categoryText = categoryCol ? toHalfWidth(cellText(row[categoryCol.col])).trim() : "";
    const footerText = toHalfWidth(firstText).trim();
    if (FOOTER_ROW.test(footerText)) {
      // A footer by the whole row's shape, not its first word: few cells, no figures in the field columns,
      // and either written as a note (注：, 填表人 张三) or below the data without a 单位类别.
      const shape = rowShape(row, fieldCols);
      const marked = FOOTER_MARKED.test(footerText);
      const footer = shape.figures === 0 && shape.filled <= FOOTER_MAX_CELLS && (marked || (!categoryText && units.length > 0));
      if (footer || (marked && shape.figures > 0 && !categoryText)) {
        // Named where the note is written (a footer often starts in column A, left of 单位名称), cut with an ellipsis.
        const at: SourceRef = { ...source, cell: cellAddress(r, firstCol) };
        const shown = firstText.length > 20 ? `${firstText.slice(0, 20)}…` : firstText;
        excluded.push({ row: r + 1, label, reason: "表尾说明或签字行", source: at });
        if (shape.figures > 0) issues.warning("rowWithFiguresExcluded", { label: shown, kind: "表尾说明或签字", figures: shape.figures }, at);
        else issues.info("rowExcluded", { label: shown, kind: "表尾说明或签字" }, at);
        continue;
      }
    }
    // 合计 may sit in the name column or in 序号 before it, never further right.
    const totalLabel = [name, firstText].find((t) => TOTAL_ROW.test(nameKey(t)));
    if (totalLabel && isTotalRow(nameKey(totalLabel), categoryText, categoriesSeen)) {
      excluded.push({ row: r + 1, label, reason: "合计/小计行", source });
      const exact = TOTAL_WORD.test(nameKey(totalLabel));
      const figures = exact ? 0 : rowShape(row, fieldCols).figures;
      // 「乡镇合计」 is read as a total of the rows above; with figures, that is worth a look (it may be a unit's name).
      if (figures > 0) issues.warning("rowWithFiguresExcluded", { label: totalLabel, kind: "合计/小计", figures }, source);
      else issues.info("rowExcluded", { label: totalLabel, kind: "合计/小计" }, source);
      const start = totals.length ? totals[totals.length - 1].end : 0;
      totals.push({ label: totalLabel, row: r + 1, source, values: new RowValues(cellsOf(row), layout, r), units, end: units.length, start });
      continue;
    }
    if (!name && typedName) {
      rejected.push({ row: r + 1, label: firstText, reason: "单位名称只有不可见字符", source });
      issues.error("unitNameInvisible", { codes: [...typedName].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ") }, source);
      continue;
    }
    if (!name) {
      rejected.push({ row: r + 1, label: firstText, reason: "缺少单位名称", source });
      issues.error("unitNameMissing", {}, source);
      continue;
    }
    if (isErrorValueName(name)) {
      rejected.push({ row: r + 1, label: name, reason: "单位名称是错误值", source });
      issues.error("unitNameErrorValue", { value: name }, source);
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
    if (name !== typedName) issues.info("unitNameInvisibleRemoved", { unit: name }, { ...source, unit: name });
    // U+FFFD is what the reader puts for a character reference to no character (&#x110000;): the name as typed is lost there.
    if (name.includes("\uFFFD")) issues.warning("unitNameReplacement", { unit: name }, { ...source, unit: name });
    let category = categoryText;
    if (!category) {
      category = UNCATEGORISED;
      if (categoryCol) issues.warning("categoryMissing", { category }, { file, sheet: sheet.name, cell: cellAddress(r, categoryCol.col), unit: name });
    }
    categoriesSeen.add(nameKey(category));
    units.push({ name, category, row: r + 1, source, values: new RowValues(cellsOf(row), layout, r) });
  }
  if (!units.length && !rejected.length) issues.error("noUnits", {}, { file, sheet: sheet.name });
  return { units, rejected, excluded, sheet: sheet.name, totals };
}

/** How full a row is: its non-empty cells, and its field cells that hold a number. */
function rowShape(row: (GridCell | undefined)[], fieldCols: { col: HeaderColumn }[]): { filled: number; figures: number } {
  let filled = 0;
  for (const cell of row) if (cellText(cell) !== "") filled++;
  const figures = fieldCols.filter(({ col }) => parseNumber(row[col.col]).ok).length;
  return { filled, figures };
}

/**
 * A label ending in 合计 or 总计 is a total of the rows above when it is the
 * word alone, has no 单位类别, or what comes before it is a category of those
 * rows or a word of totals (全县, 本页, 以上); 「统计合计」 of category 机关 is a unit.
 *
 * @example isTotalRow("乡镇合计", "乡镇", new Set(["乡镇"])) // => true
 * @example isTotalRow("统计合计", "机关", new Set(["机关"])) // => false
 */
export function isTotalRow(key: string, category: string, categoriesSeen: Set<string>): boolean {
  if (TOTAL_WORD.test(key) || !category) return true;
  const prefix = key.replace(/(合计|总计)$/, "");
  return prefix === "" || categoriesSeen.has(prefix) || TOTAL_PREFIX.test(prefix);
}
