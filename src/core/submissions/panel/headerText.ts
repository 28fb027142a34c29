import type { HeaderInfo } from "../../table/findHeader.js";
import { cellText } from "../../values/cellText.js";

/**
 * A header column's text as written in one header row (merged cells
 * filled), brackets and points kept: findHeader's name has them split off.
 */
export function headerTextAt(header: HeaderInfo, row: number, col: number): string {
  return cellText(header.filled.rows[row]?.[col]);
}

/** The lowest non-empty header text of a column: the most specific heading. */
export function bottomText(header: HeaderInfo, col: number): string {
  for (let r = header.bottom; r >= header.top; r--) {
    const t = headerTextAt(header, r, col);
    if (t) return t;
  }
  return "";
}
