import { fillMergedCells, sheetWidth, type SheetGrid } from "./grid.js";
import { cellText } from "../values/cellText.js";
import { splitHeader } from "../values/normaliseText.js";

export interface HeaderColumn {
  col: number;
  /** The most specific header text (the lower row of a two-row header). */
  name: string;
  unit: string;
  /** The upper row's text of a two-row header, when it differs. */
  group: string;
  /** The header as written, for messages. */
  text: string;
}

export interface HeaderInfo {
  /** Zero-based rows the header occupies. */
  top: number;
  bottom: number;
  columns: HeaderColumn[];
  /** The sheet with merged cells filled, for reading data rows. */
  filled: SheetGrid;
}

const MAX_SCAN = 30;

/**
 * Find the header of a messy sheet: title rows above it, possibly two rows
 * merged into one header. `isKnown` says whether a header name is expected;
 * the row with the most known names wins, and it must contain `required`.
 */
export function findHeader(sheet: SheetGrid, isKnown: (name: string) => boolean, required: (name: string) => boolean): HeaderInfo | undefined {
  const filled = fillMergedCells(sheet);
  const width = sheetWidth(filled);
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(filled.rows.length, MAX_SCAN); r++) {
    let score = 0;
    let hasRequired = false;
    for (let c = 0; c < width; c++) {
      const { name } = splitHeader(cellText(filled.rows[r]?.[c]));
      if (!name) continue;
      if (isKnown(name)) score++;
      if (required(name)) hasRequired = true;
    }
    if (hasRequired && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;

  // A two-row header shows itself by merges: a vertical merge through the
  // header row, or a horizontal group merge above sub-headers.
  let top = best;
  let bottom = best;
  for (const m of sheet.merges) {
    if (m.top <= best && m.bottom >= best && m.bottom > m.top && m.bottom - m.top <= 2) {
      top = Math.min(top, m.top);
      bottom = Math.max(bottom, m.bottom);
    }
    if (m.top === best && m.bottom === best && m.right > m.left) {
      const below = filled.rows[best + 1];
      const hasSub = below && [...Array(m.right - m.left + 1).keys()].some((k) => typeof below[m.left + k]?.v === "string");
      if (hasSub) bottom = Math.max(bottom, best + 1);
    }
  }

  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = cellText(filled.rows[r]?.[c]);
      if (t && texts[texts.length - 1] !== t) texts.push(t);
    }
    if (!texts.length) continue;
    const text = texts[texts.length - 1];
    const { name, unit } = splitHeader(text);
    const group = texts.length > 1 ? splitHeader(texts[0]).name : "";
    const groupUnit = texts.length > 1 ? splitHeader(texts[0]).unit : "";
    columns.push({ col: c, name, unit: unit || groupUnit, group, text: texts.join(" / ") });
  }
  return { top, bottom, columns, filled };
}
