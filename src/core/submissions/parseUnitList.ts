import { cellAddress, type GridCell, type WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { isErrorValueName, toHalfWidth, visibleText } from "../values/normaliseText.js";
import { CATEGORY_HEADERS, FOOTER_MARKED, UNIT_NAME_HEADERS, matches } from "./columns.js";
import type { SourceRef } from "../model.js";

export interface ListedUnit {
  name: string;
  category: string;
  /** 已命名称号 (市级文明单位 …) as written, for 复查; absent when the 名单 has no such column or the cell is blank. */
  title?: string;
  /** 命名年度 as written (read and checked by the 复查). */
  titleYear?: string;
  /** The row's 已命名称号 cell, for messages about its title (present with a title or 命名年度). */
  source?: SourceRef;
  /** The row's 命名年度 cell (present with a 命名年度). */
  yearSource?: SourceRef;
}

/** Headers of a column naming the title a unit already holds. */
export const TITLE_HEADERS = ["已命名称号", "已获称号", "现有称号", "已有称号", "命名称号", "称号", "已命名"];
/** Headers of the year the title was given. */
export const TITLE_YEAR_HEADERS = ["命名年度", "命名年份", "命名时间", "获得年度", "命名年"];

/** The 名单: units expected to return a form (单位名称, optional 单位类别, optional 已命名称号 and 命名年度). */
export function parseUnitList(book: WorkbookGrid): ListedUnit[] {
  const sheet = book.sheets[0];
  if (!sheet) return [];
  const header = findHeader(sheet, (n) => matches(n, UNIT_NAME_HEADERS) || matches(n, CATEGORY_HEADERS), (n) => matches(n, UNIT_NAME_HEADERS));
  if (!header) return [];
  const nameCol = header.columns.find((c) => matches(c.name, UNIT_NAME_HEADERS))!.col;
  const catCol = header.columns.find((c) => matches(c.name, CATEGORY_HEADERS))?.col;
  const titleCol = header.columns.find((c) => matches(c.name, TITLE_HEADERS))?.col;
  const yearCol = header.columns.find((c) => matches(c.name, TITLE_YEAR_HEADERS))?.col;
  const text = (row: readonly (GridCell | undefined)[], col: number | undefined) => (col === undefined ? "" : toHalfWidth(cellText(row[col])).trim());
  const out: ListedUnit[] = [];
  for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
    const row = header.filled.rows[r] ?? [];
    const name = visibleText(toHalfWidth(cellText(row[nameCol]))).trim();
    // 注：… and 合计 are no units; 注册会计师协会 is one, and #N/A from a failed lookup is none.
    if (!name || /^(合计|小计)/.test(name) || FOOTER_MARKED.test(name) || isErrorValueName(name)) continue;
    const title = text(row, titleCol);
    const titleYear = text(row, yearCol);
    out.push({
      name,
      category: text(row, catCol),
      ...(title && !["无", "—", "-", "/"].includes(title) ? { title } : {}),
      ...(titleYear ? { titleYear } : {}),
      ...(title || titleYear ? { source: { file: book.file, sheet: sheet.name, cell: cellAddress(r, titleCol ?? nameCol) } } : {}),
      ...(titleYear ? { yearSource: { file: book.file, sheet: sheet.name, cell: cellAddress(r, yearCol!) } } : {}),
    });
  }
  return out;
}
