import type { Criteria, FieldValue, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, findSheet, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { UNCATEGORISED } from "../i18n/labels.js";
import { FORM, formFields } from "./formLayout.js";

export interface FormStamp {
  version: string;
  criteriaHash: string;
  year: string;
  unit: string;
  /** Field written on each data row when the form was made (row → field). */
  rows: Map<number, string>;
}

/** A 自评表 is recognised by its sheet, with or without the hidden stamp. */
export function isForm(book: WorkbookGrid): boolean {
  return Boolean(findSheet(book, FORM.sheet));
}

function readStamp(book: WorkbookGrid): FormStamp | undefined {
  const meta = findSheet(book, FORM.metaSheet);
  if (!meta) return undefined;
  const pairs = new Map<string, string>();
  for (const row of meta.rows) if (row) pairs.set(cellText(row[0]), cellText(row[1]));
  const rows = new Map<number, string>();
  for (const [k, v] of pairs) {
    const m = /^第(\d+)行$/.exec(k);
    if (m) rows.set(Number(m[1]), v);
  }
  return {
    version: pairs.get(FORM.meta.version) ?? "",
    criteriaHash: pairs.get(FORM.meta.criteriaHash) ?? "",
    year: pairs.get(FORM.meta.year) ?? "",
    unit: pairs.get(FORM.meta.unit) ?? "",
    rows,
  };
}

/**
 * The 年度 a form was made for: the stamp's, else the visible 年度 cell
 * (a form without its hidden sheet). Undefined when neither holds a year.
 */
export function formYear(book: WorkbookGrid): number | undefined {
  const sheet = findSheet(book, FORM.sheet);
  const texts = [readStamp(book)?.year ?? "", sheet ? cellText(sheet.rows[FORM.yearCell.row - 1]?.[FORM.yearCell.col - 1]) : ""];
  for (const t of texts) {
    const m = /20\d{2}/.exec(toHalfWidth(t));
    if (m) return Number(m[0]);
  }
  return undefined;
}

export interface ParsedForm {
  unit?: UnitRow;
  /** True when no input cell was filled. */
  empty: boolean;
}

/**
 * Read one returned 自评表 into a unit row. Checks the stamp (template
 * version, criteria hash) and that the protected 数据项 column was not retyped.
 */
export function parseForm(book: WorkbookGrid, criteria: Criteria, issues: IssueLog, criteriaHash?: string): ParsedForm {
  const sheet = findSheet(book, FORM.sheet) as SheetGrid;
  const file = book.file;
  const at = (r: number, c: number) => ({ file, sheet: sheet.name, cell: cellAddress(r - 1, c - 1) });
  const get = (r: number, c: number) => sheet.rows[r - 1]?.[c - 1];
  const stamp = readStamp(book);
  const name = toHalfWidth(cellText(get(FORM.nameCell.row, FORM.nameCell.col))).trim();
  const category = toHalfWidth(cellText(get(FORM.categoryCell.row, FORM.categoryCell.col))).trim() || UNCATEGORISED;
  if (!stamp) issues.warning("formNoStamp", {}, { file, sheet: sheet.name });
  else {
    if (stamp.version !== FORM.version) issues.warning("formVersion", { version: stamp.version || "（无）", expected: FORM.version }, { file });
    if (criteriaHash && stamp.criteriaHash && stamp.criteriaHash !== criteriaHash) {
      issues.warning("formOtherCriteria", {}, { file, unit: name });
    }
    if (stamp.unit && name && nameKey(stamp.unit) !== nameKey(name)) {
      issues.warning("formUnitChanged", { stamped: stamp.unit, written: name }, { ...at(FORM.nameCell.row, FORM.nameCell.col), unit: name });
    }
  }
  const known = new Map(formFields(criteria).map((f) => [nameKey(f.field), f.field]));
  const values = new Map<string, FieldValue>();
  let filled = 0;
  for (let r = FORM.firstRow; r <= sheet.rows.length; r++) {
    const written = cellText(get(r, FORM.fieldCol));
    if (!written) continue;
    const stamped = stamp?.rows.get(r);
    if (stamped !== undefined && nameKey(stamped) !== nameKey(written)) {
      issues.warning("formProtectedEdited", { expected: stamped, written }, { ...at(r, FORM.fieldCol), unit: name });
    }
    const field = known.get(nameKey(written));
    if (!field) {
      issues.warning("formUnknownField", { field: written }, { ...at(r, FORM.fieldCol), unit: name });
      continue;
    }
    const cell = get(r, FORM.valueCol);
    if (cellText(cell) !== "") filled++;
    const unit = cellText(get(r, FORM.unitCol));
    values.set(field, { cell, unit: unit === "%" || unit === "‰" ? unit : "", source: at(r, FORM.valueCol) });
  }
  if (!name) {
    issues.error("unitNameMissing", {}, at(FORM.nameCell.row, FORM.nameCell.col));
    return { empty: filled === 0 };
  }
  if (filled === 0) {
    issues.error("formEmpty", {}, { file, sheet: sheet.name, unit: name });
    return { empty: true };
  }
  return {
    empty: false,
    unit: { name, category, row: FORM.nameCell.row, source: at(FORM.nameCell.row, FORM.nameCell.col), values },
  };
}
