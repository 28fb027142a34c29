import JSZip from "jszip";
import { InputFileError } from "./errors.js";

/** Bounds for untrusted .xlsx files, checked before exceljs builds anything. */
export const ZIP_LIMITS = {
  entries: 10_000,
  /** Total inflated size of all parts. */
  inflatedBytes: 256 * 1024 * 1024,
  /** Rows and cells per sheet: a province's 100k units × 60 fields fit; a million empty rows do not. */
  rowsPerSheet: 300_000,
  cellsPerSheet: 10_000_000,
};

export interface SheetCensus {
  path: string;
  rows: number;
  cells: number;
  maxRow: number;
  usesSharedStrings: boolean;
}

/**
 * Inflate every part once with a running total (a zip bomb stops at the
 * bound, whatever its headers claim) and count rows and cells of each sheet,
 * so a file that would exhaust memory is refused with a clear message.
 */
export async function inspectZip(data: Uint8Array, file: string): Promise<SheetCensus[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new InputFileError(`${file}: 无法读取，文件可能已损坏（不是完整的压缩包：${(e as Error).message}）`);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > ZIP_LIMITS.entries) throw new InputFileError(`${file}: 压缩包内有 ${entries.length} 个文件，超过上限 ${ZIP_LIMITS.entries}`);
  if (!zip.file("[Content_Types].xml") || !zip.file("xl/workbook.xml")) {
    throw new InputFileError(`${file}: 不是 Excel 工作簿（压缩包中没有 xl/workbook.xml）`);
  }
  let total = 0;
  const census: SheetCensus[] = [];
  for (const entry of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    const c: SheetCensus = { path: entry.name, rows: 0, cells: 0, maxRow: 0, usesSharedStrings: false };
    const decoder = new TextDecoder();
    let tail = "";
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream("nodebuffer");
      stream
        .on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > ZIP_LIMITS.inflatedBytes) {
            stream.pause();
            reject(new InputFileError(`${file}: 解压后超过 ${ZIP_LIMITS.inflatedBytes / 1048576} MB（可能是“压缩炸弹”或异常文件），已拒绝读取`));
            return;
          }
          if (!isSheet) return;
          // Count tags across chunk boundaries: keep the last few characters.
          const text = tail + decoder.decode(chunk, { stream: true });
          c.rows += occurrences(text, "<row ") + occurrences(text, "<row>");
          c.cells += occurrences(text, "<c ") + occurrences(text, "<c>");
          if (!c.usesSharedStrings && text.includes('t="s"')) c.usesSharedStrings = true;
          for (const m of text.matchAll(/<row [^>]*\br="(\d+)"/g)) c.maxRow = Math.max(c.maxRow, Number(m[1]));
          tail = text.slice(-16);
          c.rows -= occurrences(tail, "<row ") + occurrences(tail, "<row>");
          c.cells -= occurrences(tail, "<c ") + occurrences(tail, "<c>");
        })
        .on("error", (e: Error) => reject(new InputFileError(`${file}: 无法读取，文件可能已损坏（${e.message}）`)))
        .on("end", () => resolve());
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
    if (c.usesSharedStrings && !zip.file("xl/sharedStrings.xml")) {
      throw new InputFileError(`${file}: 文件不完整：工作表 ${sheet} 引用了共享字符串，但缺少 xl/sharedStrings.xml，请在 Excel 中打开并另存`);
    }
  }
  return census;
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
