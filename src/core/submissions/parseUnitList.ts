import type { WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { isErrorValueName, toHalfWidth, visibleText } from "../values/normaliseText.js";
import { CATEGORY_HEADERS, FOOTER_MARKED, UNIT_NAME_HEADERS, matches } from "./columns.js";

export interface ListedUnit {
  name: string;
  category: string;
}

/** The 名单: units expected to return a form (单位名称, optional 单位类别). */
export function parseUnitList(book: WorkbookGrid): ListedUnit[] {
  const sheet = book.sheets[0];
  if (!sheet) return [];
  const header = findHeader(sheet, (n) => matches(n, UNIT_NAME_HEADERS) || matches(n, CATEGORY_HEADERS), (n) => matches(n, UNIT_NAME_HEADERS));
  if (!header) return [];
  const nameCol = header.columns.find((c) => matches(c.name, UNIT_NAME_HEADERS))!.col;
  const catCol = header.columns.find((c) => matches(c.name, CATEGORY_HEADERS))?.col;
  const out: ListedUnit[] = [];
  for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
    const row = header.filled.rows[r] ?? [];
    const name = visibleText(toHalfWidth(cellText(row[nameCol]))).trim();
    // 注：… and 合计 are no units; 注册会计师协会 is one, and #N/A from a failed lookup is none.
    if (name && !/^(合计|小计)/.test(name) && !FOOTER_MARKED.test(name) && !isErrorValueName(name)) out.push({ name, category: catCol !== undefined ? toHalfWidth(cellText(row[catCol])).trim() : "" });
  }
  return out;
}
