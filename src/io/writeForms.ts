import ExcelJS from "exceljs";
import { join } from "node:path";
import type { Criteria } from "../core/model.js";
import { FORM, formFields, type FormField } from "../core/submissions/formLayout.js";
import type { ListedUnit } from "../core/submissions/parseUnitList.js";
import { writeFileAtomic } from "./atomicWrite.js";
import { safeFileName, uniqueFileNames } from "./safeFileName.js";
import { THIN_BORDER, writeHeaderRow } from "./xlsxStyle.js";

export interface FormStampInfo {
  criteriaFile: string;
  criteriaHash: string;
  year: string;
}

/**
 * Sheet protection here guards against slips, not attackers: the password
 * is published so an office can unprotect a form it needs to mend.
 */
export const FORM_PASSWORD = "kaoping";

/** The hashed form of FORM_PASSWORD that a sheet's protection stores. */
export type ProtectionHash = Pick<ExcelJS.WorksheetProtection, "spinCount"> & { algorithmName: string; saltValue: string; hashValue: string };

/**
 * FORM_PASSWORD hashed once (Excel's SHA-512 with a random salt, 100,000
 * spins, as exceljs and Excel write it): about 0.2 s of CPU, which exceljs's
 * `protect` spent again for every sheet of every form (two per form, 300
 * forms: about two minutes). The same salt and hash on every form of a run
 * protect each exactly as before; the spin count stays Excel's default so
 * unprotecting with the password works as in any Excel file.
 */
export async function hashFormPassword(): Promise<ProtectionHash> {
  const scratch = new ExcelJS.Workbook().addWorksheet("hash");
  await scratch.protect(FORM_PASSWORD, {});
  const { algorithmName, saltValue, hashValue, spinCount } = (scratch as unknown as { sheetProtection: ProtectionHash }).sheetProtection;
  return { algorithmName, saltValue, hashValue, spinCount };
}

/**
 * What `ws.protect(FORM_PASSWORD, options)` does, with the hash made once:
 * exceljs writes its `sheetProtection` model as the sheet's
 * <sheetProtection> element.
 */
function protectWith(ws: ExcelJS.Worksheet, hash: ProtectionHash, options: Partial<ExcelJS.WorksheetProtection>): void {
  (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, ...hash, ...options };
}

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF9DB" } };
const BORDER = THIN_BORDER;

/** Excel data validation for one kind of input. */
export function validationFor(f: FormField): ExcelJS.DataValidation {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const, errorTitle: "填报有误", showInputMessage: true, promptTitle: f.field, prompt: f.hint };
  switch (f.kind) {
    case "yesno":
      return { ...base, type: "list", formulae: ['"是,否"'], error: "请从下拉列表选择“是”或“否”" };
    case "grade":
      return { ...base, type: "list", formulae: [`"${f.choices!.join(",")}"`], error: `请选择 ${f.choices!.join("/")}` };
    case "count":
      return { ...base, type: "whole", operator: "greaterThanOrEqual", formulae: [0], error: "请填写不小于 0 的整数" };
    case "percent":
      if (f.signed) return { ...base, type: "decimal", operator: "between", formulae: [-100, 100], error: "请填写百分数，如 12.5% 或 -2.5%" };
      return { ...base, type: "decimal", operator: "between", formulae: [0, 1], error: "请填写 0%～100% 之间的百分数" };
    case "score":
      return { ...base, type: "decimal", operator: "between", formulae: [0, f.max ?? 100], error: `请填写 0～${f.max} 之间的分数` };
    default:
      return { ...base, type: "decimal", operator: "greaterThanOrEqual", formulae: [0], error: "请填写不小于 0 的数字" };
  }
}

/** The sign-off block's date: a real date, so the form prints it as typed and a slip (2026-13-01) is refused. */
const DATE_VALIDATION: ExcelJS.DataValidation = {
  type: "date",
  operator: "greaterThan",
  formulae: [new Date(Date.UTC(2000, 0, 1))],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: "填报有误",
  error: "请填写日期，如 2026-03-01",
};

/** One unit's 自评表 (or a blank one when unit is undefined). */
export function buildForm(criteria: Criteria, stamp: FormStampInfo, hash: ProtectionHash, unit?: ListedUnit): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  const ws = wb.addWorksheet(FORM.sheet, {
    views: [{ state: "frozen", ySplit: FORM.headerRow }],
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${FORM.headerRow}:${FORM.headerRow}` },
  });
  const lastCol = FORM.headers.length;
  [9, 14, 30, 7, 20, 14, 9, 34].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.mergeCells(1, 1, 1, lastCol);
  const title = ws.getCell(1, 1);
  title.value = `${stamp.year}年度文明单位测评自评表`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center" };
  const label = (r: number, c: number, text: string) => {
    const cell = ws.getCell(r, c);
    cell.value = text;
    cell.font = { bold: true };
    return cell;
  };
  const input = (cell: ExcelJS.Cell) => {
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
    cell.border = BORDER;
  };
  label(2, 1, "单位名称");
  label(2, 3, "单位类别");
  label(3, 1, "年度");
  const nameCell = ws.getCell(FORM.nameCell.row, FORM.nameCell.col);
  ws.mergeCells(FORM.categoryCell.row, FORM.categoryCell.col, FORM.categoryCell.row, FORM.categoryCell.col + 1);
  const categoryCell = ws.getCell(FORM.categoryCell.row, FORM.categoryCell.col);
  nameCell.value = unit?.name ?? null;
  categoryCell.value = unit?.category || null;
  ws.getCell(FORM.yearCell.row, FORM.yearCell.col).value = stamp.year;
  // A blank form lets the unit type its own name and category; a category the 名单 gives is the office's, locked.
  for (const c of [nameCell, categoryCell]) {
    c.border = BORDER;
    if (!unit || (c === categoryCell && !unit.category)) input(c);
  }
  ws.getCell(3, 3).value = "黄色单元格为填报区，其余单元格受保护";
  ws.getCell(3, 3).font = { color: { argb: "FF7F7F7F" }, size: 9 };

  writeHeaderRow(ws.getRow(FORM.headerRow), FORM.headers);
  const fields = formFields(criteria);
  const fieldRows: number[] = [];
  let r = FORM.firstRow;
  const dataRow = (row: ExcelJS.Row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      c.border = BORDER;
      c.alignment = { vertical: "middle", wrapText: true };
    });
  const pointsShown = new Set<string>();
  for (const f of fields) {
    const row = ws.getRow(r);
    // An item's 分值 once, on its first row (a rate's two counts are one item), none for a 否决.
    const points = f.item.rule.pointless || pointsShown.has(f.item.key) ? null : f.item.points;
    pointsShown.add(f.item.key);
    row.values = [f.item.key, f.item.level1, f.item.name, points, f.field, null, f.measure, f.hint];
    dataRow(row);
    const value = row.getCell(FORM.valueCol);
    input(value);
    value.dataValidation = validationFor(f);
    if (f.kind === "percent") value.numFmt = "0.0%";
    fieldRows.push(r++);
    // Under each 否决 row, the 说明 of what happened: the office needs the case, not only 是.
    if (f.item.rule.id === "veto") {
      const note = ws.getRow(r);
      note.values = [null, null, null, null, FORM.vetoNote];
      for (let c = 1; c <= lastCol; c++) note.getCell(c);
      dataRow(note);
      ws.mergeCells(r, FORM.valueCol, r, lastCol);
      const said = note.getCell(FORM.valueCol);
      input(said);
      said.dataValidation = { type: "textLength", operator: "lessThanOrEqual", formulae: [500], allowBlank: true, showInputMessage: true, promptTitle: FORM.vetoNote, prompt: FORM.vetoNoteHint, showErrorMessage: true, error: "说明请控制在 500 字以内" };
      note.height = 36;
      r++;
    }
  }

  // The sign-off block: who filled it in, who answers for it, and the unit's seal.
  r++;
  ws.mergeCells(r, 1, r, lastCol);
  label(r, 1, FORM.signOff.heading);
  r++;
  const [filler, phone, head, date, seal] = FORM.signOff.fields;
  const pair = (row: number, first: string, second: string) => {
    ws.mergeCells(row, 1, row, 2);
    label(row, 1, first).border = BORDER;
    input(ws.getCell(row, 3));
    ws.mergeCells(row, 4, row, 5);
    label(row, 4, second).border = BORDER;
    ws.mergeCells(row, 6, row, lastCol);
    input(ws.getCell(row, 6));
    ws.getRow(row).height = 24;
  };
  pair(r++, filler, phone);
  pair(r, head, date);
  ws.getCell(r, 6).dataValidation = DATE_VALIDATION;
  ws.getCell(r, 6).numFmt = "yyyy-mm-dd";
  r++;
  ws.mergeCells(r, 1, r, 2);
  label(r, 1, seal).border = BORDER;
  ws.mergeCells(r, 3, r, lastCol);
  input(ws.getCell(r, 3));
  ws.getRow(r).height = 72;
  protectWith(ws, hash, { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });

  // The stamp: template version, criteria version, the field on each row and
  // every other protected cell as written, so a returned form can be checked
  // without trusting what is visible.
  const meta = wb.addWorksheet(FORM.metaSheet, { state: "veryHidden" });
  meta.addRow([FORM.meta.version, FORM.version]);
  meta.addRow([FORM.meta.criteriaFile, stamp.criteriaFile]);
  meta.addRow([FORM.meta.criteriaHash, stamp.criteriaHash]);
  meta.addRow([FORM.meta.year, stamp.year]);
  meta.addRow([FORM.meta.unit, unit?.name ?? ""]);
  fields.forEach((f, i) => meta.addRow([FORM.meta.rowPrefix.replace("{row}", String(fieldRows[i])), f.field]));
  for (const [address, text] of protectedTexts(ws, fieldRows)) meta.addRow([FORM.meta.cellPrefix + address, text]);
  protectWith(meta, hash, {});
  return wb;
}

/**
 * The text of every locked cell with something in it (a merged range once,
 * at its top-left), except the 单位名称 (checked by name) and the 数据项 of
 * the data rows (checked row by row, with a message of their own).
 */
function protectedTexts(ws: ExcelJS.Worksheet, fieldRows: number[]): [string, string][] {
  const dataRows = new Set(fieldRows);
  const out: [string, string][] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (cell.protection?.locked === false || cell.value === null || cell.value === undefined) return;
      if (r === FORM.nameCell.row && c === FORM.nameCell.col) return;
      if (dataRows.has(r) && c === FORM.fieldCol) return;
      out.push([cell.address, String(cell.value)]);
    }),
  );
  return out;
}

/** The wide 汇总模板: one row per unit, one validated column per 数据项. */
export function buildSummaryTemplate(criteria: Criteria, stamp: FormStampInfo, units: ListedUnit[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("申报数据", { views: [{ state: "frozen", ySplit: 2, xSplit: 2 }] });
  const fields = formFields(criteria);
  const headers = ["单位名称", "单位类别", ...fields.map((f) => (f.measure && f.kind !== "grade" && f.kind !== "score" ? `${f.field}（${f.measure}）` : f.field))];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = `${stamp.year}年度文明单位测评申报数据汇总表（测评体系：${stamp.criteriaFile}）`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const header = ws.getRow(2);
  writeHeaderRow(header, headers, headers.map((_, i) => (i < 2 ? 22 : 12)));
  header.height = 48;
  const rows = Math.max(units.length, 50);
  for (let r = 0; r < rows; r++) {
    const row = ws.getRow(3 + r);
    row.getCell(1).value = units[r]?.name ?? null;
    row.getCell(2).value = units[r]?.category || null;
    fields.forEach((f, i) => {
      const c = row.getCell(3 + i);
      c.dataValidation = validationFor(f);
      if (f.kind === "percent") c.numFmt = "0.0%";
    });
  }
  return wb;
}

/** A unit whose 自评表 is not named exactly after it, and the file it went to. */
export interface RenamedFile {
  unit: string;
  path: string;
}

/**
 * Write one 自评表 per listed unit (or a blank one) and the 汇总模板. Units
 * whose names sanitise alike (甲:乙局, 甲?乙局) get distinct files (甲_乙局,
 * 甲_乙局（2）); every unit whose file name differs from its name is returned.
 */
export async function writeForms(outDir: string, criteria: Criteria, stamp: FormStampInfo, units: ListedUnit[]): Promise<{ written: string[]; renamed: RenamedFile[] }> {
  const written: string[] = [];
  const renamed: RenamedFile[] = [];
  const save = async (path: string, wb: ExcelJS.Workbook) => {
    await writeFileAtomic(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    written.push(path);
  };
  const dir = join(outDir, "自评表");
  const year = safeFileName(stamp.year);
  const hash = await hashFormPassword();
  if (units.length) {
    const pieces = uniqueFileNames(units.map((u) => safeFileName(u.name)));
    for (const [i, u] of units.entries()) {
      const path = join(dir, `${year}-${pieces[i]}-自评表.xlsx`);
      await save(path, buildForm(criteria, stamp, hash, u));
      if (pieces[i] !== u.name) renamed.push({ unit: u.name, path });
    }
  } else await save(join(dir, `${year}-自评表（空白）.xlsx`), buildForm(criteria, stamp, hash));
  await save(join(outDir, `${year}-汇总模板.xlsx`), buildSummaryTemplate(criteria, stamp, units));
  return { written, renamed };
}
