import type { CriteriaItem, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, type GridCell, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { stripNumbering } from "../criteria/numbering.js";
import type { AssessmentMethod } from "./types.js";

/** One data row of a method's sheet: its cells by role, with their addresses. */
export interface MethodRow {
  file: string;
  sheet: string;
  cells: Record<string, { cell: GridCell | undefined; text: string; address: string } | undefined>;
}

/**
 * The rows of every sheet whose name matches `sheetName` (征求意见, 暗访扣分 …)
 * in the given workbooks, read under a header found among title rows and
 * merged cells. A sheet without the `required` columns is one error naming them.
 */
export function readMethodRows(
  books: readonly WorkbookGrid[],
  sheetName: RegExp,
  columns: Record<string, readonly string[]>,
  required: readonly string[],
  issues: IssueLog,
): { sheets: { file: string; sheet: string }[]; rows: MethodRow[] } {
  const roleOf = (name: string) => Object.entries(columns).find(([, names]) => names.some((n) => nameKey(n) === nameKey(name)))?.[0];
  const out: { sheets: { file: string; sheet: string }[]; rows: MethodRow[] } = { sheets: [], rows: [] };
  for (const book of books) {
    for (const sheet of book.sheets) {
      if (!sheetName.test(nameKey(sheet.name))) continue;
      const header = findHeader(sheet, (n) => roleOf(n) !== undefined, (n) => roleOf(n) === required[0]);
      const at = new Map<string, number>();
      for (const col of header?.columns ?? []) {
        const role = roleOf(col.name);
        if (role && !at.has(role)) at.set(role, col.col);
      }
      const lacking = required.filter((r) => !at.has(r));
      if (!header || lacking.length) {
        issues.error("methodSheetColumns", { sheet: sheet.name, columns: required.map((r) => columns[r][0]).join("、") }, { file: book.file, sheet: sheet.name });
        continue;
      }
      out.sheets.push({ file: book.file, sheet: sheet.name });
      const rows = (header.filled as SheetGrid).rows;
      for (let r = header.bottom + 1; r < rows.length; r++) {
        const cells: MethodRow["cells"] = {};
        for (const [role, c] of at) cells[role] = { cell: rows[r]?.[c], text: cellText(rows[r]?.[c]), address: cellAddress(r, c) };
        const unit = cells[required[0]]?.text ?? "";
        // Blank rows, 合计 and 注 lines under the table.
        if (!unit || /^(合计|总计|小计|注|说明|备注|填表)/.test(nameKey(unit))) continue;
        out.rows.push({ file: book.file, sheet: sheet.name, cells });
      }
    }
  }
  return out;
}

/** The items scored partly by `method`, and a finder for an 指标 cell naming one of them (by 测评内容 or 编号). */
export function itemsOfMethod(items: readonly CriteriaItem[], method: AssessmentMethod): { items: CriteriaItem[]; named(text: string): CriteriaItem | undefined } {
  const scored = items.filter((i) => i.methods?.parts?.some((p) => p.method === method));
  return {
    items: scored,
    named(text) {
      const key = nameKey(stripNumbering(text)).replace(/[(（][^()（）]*[)）]$/, "");
      return scored.find((i) => nameKey(i.name) === key || nameKey(i.key) === nameKey(text) || `${nameKey(i.key)}${nameKey(i.name)}` === nameKey(text));
    },
  };
}

/** The unit a name cell names, matched as the panel does (full/half width, spaces, brackets). */
export function unitFinder(units: readonly UnitRow[]): (name: string) => UnitRow | undefined {
  const byName = new Map(units.map((u) => [nameKey(u.name), u]));
  return (name) => byName.get(nameKey(name));
}
