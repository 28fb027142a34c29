import type { IssueLog } from "../issues.js";
import { cellAddress, findSheet, type WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";

export const CHANGE_SHEET_NAMES = ["单位变更", "名称变更", "changes"];
const OLD = ["旧名称", "原名称", "上年名称", "原单位", "old"];
const NEW = ["新名称", "现名称", "本年名称", "新单位", "new"];
const is = (n: string, list: string[]) => list.some((x) => nameKey(x) === n);

export interface UnitChange {
  oldName: string;
  newName: string;
  where: { file: string; sheet: string; cell: string };
}

/**
 * The optional 单位变更 sheet in the submissions: 旧名称 → 新名称. One old
 * name per new name is a rename; several old names to one new name a merge
 * (人事局 + 劳动局 → 人事劳动局).
 */
export function parseUnitChanges(book: WorkbookGrid, issues: IssueLog): UnitChange[] {
  const sheet = findSheet(book, ...CHANGE_SHEET_NAMES);
  if (!sheet) return [];
  const header = findHeader(sheet, (n) => is(n, OLD) || is(n, NEW), (n) => is(n, OLD));
  const newCol = header?.columns.find((c) => is(c.name, NEW));
  if (!header || !newCol) {
    issues.warning("submissionsNoHeader", { sheet: sheet.name }, { file: book.file, sheet: sheet.name });
    return [];
  }
  const oldCol = header.columns.find((c) => is(c.name, OLD))!;
  const out: UnitChange[] = [];
  for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
    const row = header.filled.rows[r] ?? [];
    const oldName = toHalfWidth(cellText(row[oldCol.col])).trim();
    const newName = toHalfWidth(cellText(row[newCol.col])).trim();
    if (oldName && newName) out.push({ oldName, newName, where: { file: book.file, sheet: sheet.name, cell: cellAddress(r, oldCol.col) } });
  }
  return out;
}
