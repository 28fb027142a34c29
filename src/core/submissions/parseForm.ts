import type { Criteria, FieldValue, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, findSheet, readCellAddress, type GridCell, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { UNCATEGORISED } from "../i18n/labels.js";
import { parseBoolean } from "../values/parseBoolean.js";
import { FORM, FORM_COLUMN_HEADERS, formFields } from "./formLayout.js";

export interface FormStamp {
  version: string;
  criteriaHash: string;
  year: string;
  unit: string;
  /** Field written on each data row when the form was made (row → field). */
  rows: Map<number, string>;
  /** Every other protected cell's text when the form was made (A1 address → text): titles, 分值, 指标, labels. */
  cells: Map<string, string>;
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
  const cells = new Map<string, string>();
  for (const [k, v] of pairs) {
    const m = /^第(\d+)行$/.exec(k);
    if (m) rows.set(Number(m[1]), v);
    if (k.startsWith(FORM.meta.cellPrefix)) cells.set(k.slice(FORM.meta.cellPrefix.length), v);
  }
  return {
    version: pairs.get(FORM.meta.version) ?? "",
    criteriaHash: pairs.get(FORM.meta.criteriaHash) ?? "",
    year: pairs.get(FORM.meta.year) ?? "",
    unit: pairs.get(FORM.meta.unit) ?? "",
    rows,
    cells,
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
  /** The unit named on the form, when it has a name (also for a blank form). */
  name?: string;
}

/** Where a form's 数据项, 填报值 and 计量单位 are: by the header row, else the layout of the form's version (form-1: D, E, F). */
function formColumns(sheet: SheetGrid, stamp: FormStamp | undefined): { field: number; value: number; unit: number } {
  const header = (sheet.rows[FORM.headerRow - 1] ?? []).map((c) => nameKey(cellText(c)));
  const find = (text: string) => header.indexOf(nameKey(text)) + 1;
  const found = { field: find(FORM_COLUMN_HEADERS.field), value: find(FORM_COLUMN_HEADERS.value), unit: find(FORM_COLUMN_HEADERS.unit) };
  if (found.field && found.value) return { ...found, unit: found.unit || found.value + 1 };
  return stamp?.version === FORM.version ? { field: FORM.fieldCol, value: FORM.valueCol, unit: FORM.unitCol } : { field: 4, value: 5, unit: 6 };
}

/**
 * Where the stamped rows are now. A clerk who inserts a remark row (or
 * deletes one) in a returned form moves every row below it; the rows are
 * found again by their 数据项 (a 数据项 written once on the form). A
 * stamped row moves with the nearest stamped 数据项 row at or above it.
 * `first`: the first row (as the form is now) where it departs from the template.
 */
function stampedRowShifts(sheet: SheetGrid, stamp: FormStamp, fieldCol: number): { ofStamped(row: number): number; ofWritten(row: number): number; first?: { row: number; by: number } } {
  const now = new Map<string, number[]>();
  for (let r = FORM.firstRow; r <= sheet.rows.length; r++) {
    const key = nameKey(cellText(sheet.rows[r - 1]?.[fieldCol - 1]));
    if (key) now.set(key, [...(now.get(key) ?? []), r]);
  }
  // [stamped row, shift], in row order, for the 数据项 found once.
  const moves: [number, number][] = [];
  for (const [row, field] of [...stamp.rows].sort((a, b) => a[0] - b[0])) {
    const at = now.get(nameKey(field));
    if (at?.length === 1) moves.push([row, at[0] - row]);
  }
  const last = (fits: (m: [number, number]) => boolean) => {
    let shift = 0;
    for (const m of moves) if (fits(m)) shift = m[1];
    return shift;
  };
  const moved = moves.find(([, by]) => by !== 0);
  return {
    ofStamped: (row) => last(([r]) => r <= row),
    ofWritten: (row) => last(([r, by]) => r + by <= row),
    first: moved && { row: moved[0] + moved[1], by: moved[1] },
  };
}

/** Same text once full-width digits, spaces and 10 vs 10.0 are set aside. */
function sameText(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x === y || (x !== "" && y !== "" && Number.isFinite(Number(x)) && Number(x) === Number(y));
}

/** 是, √, or a count above 0 in a 否决 row: something happened. */
function saysHappened(cell: GridCell | undefined): boolean {
  const reading = parseBoolean(cell);
  if (reading.ok) return reading.value;
  const count = Number(toHalfWidth(cellText(cell)));
  return Number.isFinite(count) && count > 0;
}

/**
 * Read one returned 自评表 into a unit row. Checks the stamp (template
 * version, criteria hash) and every protected cell against the stamp's
 * record of it: a retyped 数据项 (the value is then unknown), a changed 分值,
 * 指标 text or label (warned with its cell; scoring follows the criteria).
 * A 否决 row's 情况说明 travels with its value as a note.
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
    if (!(FORM.readableVersions as readonly string[]).includes(stamp.version)) issues.warning("formVersion", { version: stamp.version || "（无）", expected: FORM.version }, { file });
    if (criteriaHash && stamp.criteriaHash && stamp.criteriaHash !== criteriaHash) {
      issues.warning("formOtherCriteria", {}, { file, unit: name });
    }
    if (stamp.unit && name && nameKey(stamp.unit) !== nameKey(name)) {
      issues.warning("formUnitChanged", { stamped: stamp.unit, written: name }, { ...at(FORM.nameCell.row, FORM.nameCell.col), unit: name });
    }
  }
  const columns = formColumns(sheet, stamp);
  // A row inserted or deleted in the form moves the rows below it: they are compared where they are now.
  const shifts = stamp ? stampedRowShifts(sheet, stamp, columns.field) : undefined;
  if (stamp && shifts) {
    if (shifts.first) issues.warning("formRowsShifted", { row: String(shifts.first.row), by: String(Math.abs(shifts.first.by)), how: shifts.first.by > 0 ? "下移" : "上移", cause: shifts.first.by > 0 ? "上方插入了行" : "上方删除了行" }, { ...at(shifts.first.row, columns.field), unit: name || undefined });
    for (const [address, expected] of stamp.cells) {
      const place = readCellAddress(address);
      if (!place) continue;
      const r = place.row + 1 + shifts.ofStamped(place.row + 1);
      const written = cellText(get(r, place.col + 1));
      if (sameText(expected, written)) continue;
      const where = { file, sheet: sheet.name, cell: cellAddress(r - 1, place.col), unit: name || undefined };
      // A changed 计量单位 other than % or ‰ is not applied: say in which unit the figure is read.
      if (place.col + 1 === columns.unit && expected && written !== "%" && written !== "‰") issues.warning("formUnitEdited", { expected, written: written || "（空）" }, where);
      else issues.warning("formProtectedCellEdited", { expected, written: written || "（空）" }, where);
    }
  }
  const known = new Map(formFields(criteria).map((f) => [nameKey(f.field), f.field]));
  const vetoFields = new Set(criteria.items.filter((i) => i.rule.id === "veto").flatMap((i) => i.fields));
  const values = new Map<string, FieldValue>();
  let filled = 0;
  let previous: string | undefined;
  for (let r = FORM.firstRow; r <= sheet.rows.length; r++) {
    // The sign-off block (填表人, 负责人 …) is not data.
    if (cellText(get(r, 1)) === FORM.signOff.heading) break;
    const written = cellText(get(r, columns.field));
    if (!written) continue;
    if (written === FORM.vetoNote && previous) {
      const said = cellText(get(r, columns.value));
      const value = values.get(previous)!;
      if (said) values.set(previous, { ...value, note: `${FORM.vetoNote}：${said}` });
      else if (vetoFields.has(previous) && saysHappened(value.cell)) {
        issues.warning("formVetoNoNote", { field: previous, value: cellText(value.cell) }, { ...at(r, columns.value), unit: name || undefined, item: previous });
      }
      continue;
    }
    const stamped = stamp?.rows.get(r - (shifts?.ofWritten(r) ?? 0));
    if (stamped !== undefined && nameKey(stamped) !== nameKey(written)) {
      issues.warning("formProtectedEdited", { expected: stamped, written }, { ...at(r, columns.field), unit: name });
    }
    const field = known.get(nameKey(written));
    previous = undefined;
    if (!field) {
      issues.warning("formUnknownField", { field: written }, { ...at(r, columns.field), unit: name });
      continue;
    }
    previous = field;
    const cell = get(r, columns.value);
    if (cellText(cell) !== "") filled++;
    const unit = cellText(get(r, columns.unit));
    values.set(field, { cell, unit: unit === "%" || unit === "‰" ? unit : "", source: at(r, columns.value) });
  }
  // A form returned blank is one message, named or not.
  if (filled === 0) {
    issues.error("formEmpty", {}, { file, sheet: sheet.name, unit: name || undefined });
    return { empty: true, name: name || undefined };
  }
  if (!name) {
    issues.error("unitNameMissing", {}, at(FORM.nameCell.row, FORM.nameCell.col));
    return { empty: false };
  }
  return {
    empty: false,
    name,
    unit: { name, category, row: FORM.nameCell.row, source: at(FORM.nameCell.row, FORM.nameCell.col), values },
  };
}

