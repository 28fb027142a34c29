/**
 * The plain-data picture of a workbook that the pure core works on.
 * Readers (exceljs today, a streaming reader later) produce it; nothing in
 * the core knows where it came from.
 */

/** A stored error value such as #DIV/0!. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | Date | CellError | null;

export interface GridCell {
  /** The value, or for a formula cell its stored (cached) result. */
  v: CellValue;
  /** Excel number format, kept because "0.85 shown as 85%" must not be scaled twice. */
  fmt?: string;
  /** True when the cell holds a formula; v is then its cached result. */
  formula?: boolean;
}

/** Zero-based inclusive rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c], zero-based; holes are empty cells. */
  rows: (GridCell | undefined)[][];
  merges: CellRange[];
  /** Hidden (右键“隐藏”) or veryHidden (only through VBA): read, but never chosen over a visible sheet without saying so. */
  state?: "hidden" | "veryHidden";
}

export interface WorkbookGrid {
  /** File name shown in messages (base name, not the full path). */
  file: string;
  sheets: SheetGrid[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;
}

/**
 * Column letters for a zero-based column index.
 * @example columnLetter(0) // => "A"
 * @example columnLetter(27) // => "AB"
 */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1-style address for zero-based row and column.
 * @example cellAddress(6, 3) // => "D7"
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * Zero-based row and column of an A1-style address (the inverse of cellAddress); undefined for anything else.
 * @example readCellAddress("D7") // => { row: 6, col: 3 }
 */
export function readCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m || m[2] === "0") return undefined;
  let col = 0;
  for (let i = 0; i < m[1].length; i++) col = col * 26 + m[1].charCodeAt(i) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function getCell(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  return sheet.rows[row]?.[col];
}

export function findSheet(book: WorkbookGrid, ...names: string[]): SheetGrid | undefined {
  const wanted = names.map((n) => n.replace(/\s+/g, ""));
  return book.sheets.find((s) => wanted.includes(s.name.replace(/\s+/g, "")));
}

/** Number of columns actually used in a sheet. */
export function sheetWidth(sheet: SheetGrid): number {
  let w = 0;
  for (const row of sheet.rows) if (row && row.length > w) w = row.length;
  return w;
}

/**
 * Merged ranges cut to the rows and columns the sheet declares (size: rows
 * and columns that appear in the file, empty cells included), and the number
 * of cells they cover: a 3-row sheet may declare H2:XFD299999, and filling
 * that would build billions of cells. A range wholly outside is dropped.
 * @example clipMerges({ rows: 1, cols: 2 }, [{ top: 0, left: 0, bottom: 9, right: 99 }]) // => { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], cells: 2 }
 */
export function clipMerges(size: { rows: number; cols: number }, merges: CellRange[]): { merges: CellRange[]; cells: number } {
  const width = size.cols;
  const lastRow = size.rows - 1;
  const out: CellRange[] = [];
  let cells = 0;
  for (const m of merges) {
    const bottom = Math.min(m.bottom, lastRow);
    const right = Math.min(m.right, width - 1);
    if (m.top > bottom || m.left > right) continue;
    out.push({ top: m.top, left: m.left, bottom, right });
    cells += (bottom - m.top + 1) * (right - m.left + 1);
  }
  return { merges: out, cells };
}

/**
 * A copy of the sheet in which every cell of a merged range carries the
 * top-left value: real criteria sheets merge 一级指标 vertically, and a
 * reader must see the category on every row it covers.
 */
export function fillMergedCells(sheet: SheetGrid): SheetGrid {
  // Rows are shared with the sheet and copied only where a merge writes into them: readers never write
  // to the filled rows, and a copy of every row (100,000 units × 60 columns, once per header search) was
  // tens of MB of garbage each time.
  const rows = sheet.rows.map((r) => r ?? []);
  const copied = new Set<number>();
  // Readers have clipped the ranges to the sheet's size and counted them against the cell limit.
  for (const m of sheet.merges) {
    const source = rows[m.top]?.[m.left];
    if (!source) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      if (!copied.has(r)) {
        rows[r] = rows[r] ? [...rows[r]] : [];
        copied.add(r);
      }
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        rows[r][c] = { ...source };
      }
    }
  }
  return { ...sheet, rows };
}
