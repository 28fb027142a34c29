import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, CellRange, GridCell, SheetGrid, WorkbookGrid } from "../core/table/grid.js";
import { InputFileError } from "./errors.js";

/** Bounds for untrusted workbooks. */
export const LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  cellsPerSheet: 5_000_000,
};

/** Anything that can turn a file into the core's plain grid. */
export interface WorkbookReader {
  read(path: string): Promise<WorkbookGrid>;
}

/**
 * What a file really is, by its first bytes rather than its extension:
 * a renamed text file or an old .xls must be refused with a clear message.
 */
export function sniffFormat(head: Uint8Array): "xlsx" | "ole2" | "html" | "other" {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole2";
  const text = Buffer.from(head.slice(0, 512)).toString("utf8").trimStart().toLowerCase();
  if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.includes("<table")) return "html";
  return "other";
}

/** Reads .xlsx with exceljs' object model: fine for office-sized files. */
export const exceljsReader: WorkbookReader = {
  async read(path: string): Promise<WorkbookGrid> {
    const file = basename(path);
    let size: number;
    try {
      const s = await stat(path);
      if (!s.isFile()) throw new InputFileError(`${path}: 不是文件`);
      size = s.size;
    } catch (e) {
      if (e instanceof InputFileError) throw e;
      throw new InputFileError(`找不到文件：${path}`);
    }
    if (size > LIMITS.fileBytes) {
      throw new InputFileError(`${file}: 文件大小 ${(size / 1048576).toFixed(1)} MB，超过上限 ${LIMITS.fileBytes / 1048576} MB`);
    }
    const buffer = await readFile(path);
    const format = sniffFormat(buffer.subarray(0, 512));
    if (format === "ole2") throw new InputFileError(`${file}: 这是旧版 Excel（.xls）或 WPS（.et）文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入`);
    if (format === "html") throw new InputFileError(`${file}: 这是网页表格（HTML）改名的文件，不是真正的 Excel 文件，请在 Excel 中打开后另存为 .xlsx`);
    if (format !== "xlsx") throw new InputFileError(`${file}: 不是 .xlsx 文件（文件内容不是 Excel 工作簿）`);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch (e) {
      throw new InputFileError(`${file}: 无法读取，文件可能已损坏（${(e as Error).message}）`);
    }
    return { file, sheets: workbook.worksheets.map((ws) => toGrid(ws, file)) };
  },
};

function toGrid(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  const rowCount = ws.actualRowCount ? ws.rowCount : 0;
  const colCount = ws.columnCount;
  if (rowCount * Math.max(colCount, 1) > LIMITS.cellsPerSheet) {
    throw new InputFileError(`${file}: 工作表“${ws.name}”有 ${rowCount} 行 × ${colCount} 列，超过上限 ${LIMITS.cellsPerSheet} 个单元格`);
  }
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const converted = convertCell(cell);
      if (converted) out[colNumber - 1] = converted;
    });
    rows[rowNumber - 1] = out;
  });
  const merges: CellRange[] = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
  return { name: ws.name, rows, merges };
}

function convertCell(cell: ExcelJS.Cell): GridCell | undefined {
  const raw = cell.value as unknown;
  const fmt = cell.numFmt || undefined;
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean" || raw instanceof Date) {
    return { v: raw, fmt };
  }
  const obj = raw as Record<string, unknown>;
  if ("error" in obj) return { v: { error: String(obj.error) }, fmt };
  if ("formula" in obj || "sharedFormula" in obj) {
    // cell.value drops falsy results (a cached 0 or FALSE); cell.result keeps them.
    return { v: normaliseResult(cell.result), fmt, formula: true };
  }
  if ("richText" in obj) return { v: (obj.richText as { text: string }[]).map((t) => t.text).join(""), fmt };
  if ("text" in obj) return { v: String(obj.text), fmt };
  return { v: String(raw), fmt };
}

function normaliseResult(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "object" && !(result instanceof Date)) {
    const o = result as Record<string, unknown>;
    if ("error" in o) return { error: String(o.error) };
    if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    return String(result);
  }
  return result as CellValue;
}

function parseRange(ref: string): CellRange {
  const [a, b = a] = ref.split(":");
  const p = (addr: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(addr.replace(/\$/g, ""))!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = p(a);
  const e = p(b);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}
