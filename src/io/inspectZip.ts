import { InputFileError } from "./errors.js";
import { inflateEntry, readZipDirectory, type ZipEntry } from "./zipReader.js";

/** Bounds for untrusted .xlsx files, checked before exceljs builds anything. */
export const ZIP_LIMITS = {
  entries: 10_000,
  /** Total inflated size of all parts. */
  inflatedBytes: 256 * 1024 * 1024,
  /**
   * Rows and cells per sheet (README states the same figures): a province's
   * 100k units × 60 fields fit; a million empty rows do not. Cells count
   * filled cells plus the cells merged ranges cover, and CSV fields.
   */
  rowsPerSheet: 300_000,
  cellsPerSheet: 10_000_000,
  /** Longest single <row> or shared string: a real one is a few KB; an unclosed one runs to the end of the part. */
  elementChars: 32 * 1024 * 1024,
};

/**
 * The message for a sheet past a bound, naming the bound that was hit.
 * @example limitMessage("a.xlsx", "申报数据", "cells", 10000001) // => "a.xlsx: 工作表“申报数据”超过单元格上限：每张表最多 10000000 个单元格（含合并单元格覆盖的格子），读到 10000001 个时停止；请删除多余的行、列或合并区域后另存"
 */
export function limitMessage(file: string, sheet: string, limit: "rows" | "cells", count: number): string {
  if (limit === "rows") return `${file}: 工作表“${sheet}”有 ${count} 行，超过上限 ${ZIP_LIMITS.rowsPerSheet} 行（多为大量空行，请删除空行后另存）`;
  return `${file}: 工作表“${sheet}”超过单元格上限：每张表最多 ${ZIP_LIMITS.cellsPerSheet} 个单元格（含合并单元格覆盖的格子），读到 ${count} 个时停止；请删除多余的行、列或合并区域后另存`;
}

export interface SheetCensus {
  path: string;
  rows: number;
  cells: number;
  maxRow: number;
  usesSharedStrings: boolean;
  /** Cells the sheet's merged ranges cover, as written (exceljs makes one object per merged cell before anything can clip them). */
  mergedCells: number;
}

/** A workbook archive held in memory, with the running total of bytes inflated from it. */
export interface XlsxArchive {
  file: string;
  data: Buffer;
  members: Map<string, ZipEntry>;
  /** Bytes that may still be inflated (ZIP_LIMITS.inflatedBytes at the start). */
  left: number;
}

/**
 * Open an .xlsx for reading under the bounds: its ZIP directory, refused
 * with a message about the file when it is not a complete workbook archive.
 */
export function openXlsx(bytes: Uint8Array, file: string): XlsxArchive {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let members: Map<string, ZipEntry>;
  try {
    members = readZipDirectory(data);
  } catch (e) {
    throw new InputFileError(`${file}: 无法读取，文件可能已损坏（不是完整的压缩包：${(e as Error).message}）`);
  }
  if (members.size > ZIP_LIMITS.entries) throw new InputFileError(`${file}: 压缩包内有 ${members.size} 个文件，超过上限 ${ZIP_LIMITS.entries}`);
  if (!members.has("[Content_Types].xml") || !members.has("xl/workbook.xml")) throw notAWorkbook(file);
  return { file, data, members, left: ZIP_LIMITS.inflatedBytes };
}

export function notAWorkbook(file: string): InputFileError {
  return new InputFileError(`${file}: 不是 Excel 工作簿（压缩包中没有 xl/workbook.xml）`);
}

/**
 * Inflate one member, handing on the bytes as they come and counting them
 * against the archive's bound: a zip bomb stops there, whatever its
 * headers claim.
 */
export async function inflateBounded(archive: XlsxArchive, entry: ZipEntry, onBytes: (b: Buffer) => void): Promise<void> {
  let over = false;
  try {
    await inflateEntry(archive.data, entry, (chunk) => {
      archive.left -= chunk.length;
      if (archive.left < 0) {
        over = true;
        return false;
      }
      onBytes(chunk);
      return true;
    });
  } catch (e) {
    // A reader's own verdict (an unclosed or oversized element) already names the file and what is wrong.
    if (e instanceof InputFileError) throw e;
    throw new InputFileError(`${archive.file}: 无法读取，文件可能已损坏（${(e as Error).message}）`);
  }
  if (over) throw new InputFileError(`${archive.file}: 解压后超过 ${ZIP_LIMITS.inflatedBytes / 1048576} MB（可能是“压缩炸弹”或异常文件），已拒绝读取`);
}

/** Inflate one member as text (UTF-8, decoded across chunk boundaries). */
export async function inflateText(archive: XlsxArchive, entry: ZipEntry, onText: (s: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  await inflateBounded(archive, entry, (chunk) => onText(decoder.decode(chunk, { stream: true })));
  onText(decoder.decode());
}

/**
 * Inflate every part once under the bound and count rows and cells of each
 * sheet, so a file that would exhaust memory is refused with a clear
 * message before exceljs (the reference reader) builds anything.
 */
export async function inspectZip(data: Uint8Array, file: string): Promise<SheetCensus[]> {
  const archive = openXlsx(data, file);
  const census: SheetCensus[] = [];
  for (const entry of archive.members.values()) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    const c: SheetCensus = { path: entry.name, rows: 0, cells: 0, maxRow: 0, usesSharedStrings: false, mergedCells: 0 };
    let tail = "";
    const merges = mergeCellCounter();
    await inflateText(archive, entry, (chunk) => {
      if (!isSheet) return;
      c.mergedCells = merges(chunk);
      // Count tags across chunk boundaries: keep the last few characters.
      const text = tail + chunk;
      c.rows += occurrences(text, "<row ") + occurrences(text, "<row>");
      c.cells += occurrences(text, "<c ") + occurrences(text, "<c>");
      if (!c.usesSharedStrings && text.includes('t="s"')) c.usesSharedStrings = true;
      for (const m of text.matchAll(/<row [^>]*\br="(\d+)"/g)) c.maxRow = Math.max(c.maxRow, Number(m[1]));
      tail = text.slice(-16);
      c.rows -= occurrences(tail, "<row ") + occurrences(tail, "<row>");
      c.cells -= occurrences(tail, "<c ") + occurrences(tail, "<c>");
    });
    if (isSheet) {
      c.rows += occurrences(tail, "<row ") + occurrences(tail, "<row>");
      c.cells += occurrences(tail, "<c ") + occurrences(tail, "<c>");
      census.push(c);
    }
  }
  for (const c of census) {
    const sheet = c.path.replace(/^xl\/worksheets\//, "");
    if (c.rows > ZIP_LIMITS.rowsPerSheet || c.maxRow > ZIP_LIMITS.rowsPerSheet) {
      throw new InputFileError(`${file}: 工作表 ${sheet} 有 ${Math.max(c.rows, c.maxRow)} 行，超过上限 ${ZIP_LIMITS.rowsPerSheet} 行（多为大量空行，请删除空行后另存）`);
    }
    if (c.cells > ZIP_LIMITS.cellsPerSheet) throw new InputFileError(`${file}: 工作表 ${sheet} 有 ${c.cells} 个单元格，超过上限 ${ZIP_LIMITS.cellsPerSheet}`);
    // A merge bomb (one <mergeCell ref="H2:XFD299999"/> in a 3-row sheet) is refused here: exceljs would fill its 4.9 billion cells and abort out of memory.
    if (c.cells + c.mergedCells > ZIP_LIMITS.cellsPerSheet) throw new InputFileError(limitMessage(file, sheet, "cells", c.cells + c.mergedCells));
    if (c.usesSharedStrings && !archive.members.has("xl/sharedStrings.xml")) {
      throw new InputFileError(`${file}: 文件不完整：工作表 ${sheet} 引用了共享字符串，但缺少 xl/sharedStrings.xml，请在 Excel 中打开并另存`);
    }
  }
  return census;
}

/** The longest <mergeCell …> element kept across chunks; a real one is under 60 characters. */
const MERGE_ELEMENT_CHARS = 1024;

/**
 * A running count of the cells covered by the <mergeCell ref="…"/> elements
 * of a sheet's XML fed chunk by chunk (an element may straddle chunks), with
 * or without a namespace prefix. Linear: each element is found by indexOf
 * and parsed once.
 */
function mergeCellCounter(): (chunk: string) => number {
  let pending = "";
  let cells = 0;
  return (chunk) => {
    const text = pending + chunk;
    let done = 0;
    // The search goes on after each element's ">": a run of unclosed heads is scanned once, not once per head.
    for (let at = text.indexOf("mergeCell"); at >= 0; ) {
      const before = text[at - 1];
      const after = text[at + 9];
      if ((before !== "<" && before !== ":") || after === undefined || !/[\s/>]/.test(after)) {
        at = text.indexOf("mergeCell", at + 9);
        continue;
      }
      const end = text.indexOf(">", at);
      if (end < 0) {
        done = at;
        break;
      }
      cells += rangeCells(/\bref\s*=\s*["']([^"']*)["']/.exec(text.slice(at, end))?.[1] ?? "");
      done = end + 1;
      at = text.indexOf("mergeCell", done);
    }
    // Keep an unfinished element (bounded), or the last characters where "<mergeCell" may begin.
    const rest = text.slice(Math.max(done, text.length - 9));
    pending = text.slice(done).includes("mergeCell") && text.length - done <= MERGE_ELEMENT_CHARS ? text.slice(done) : rest;
    return cells;
  };
}

/**
 * Cells in an A1 range; 0 for a reference that is not one.
 * @example rangeCells("H2:XFD299999") // => 16377 * 299998
 */
export function rangeCells(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return 0;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [col(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [col(m[3]), Number(m[4])] : [c1, r1];
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
