import ExcelJS from "exceljs";
import { clipMerges, type CellRange, type CellValue, type GridCell, type SheetGrid, type WorkbookGrid } from "../core/table/grid.js";
import { InputFileError } from "./errors.js";
import { ZIP_LIMITS, limitMessage } from "./inspectZip.js";

/** An .xlsx through exceljs' object model, as a grid: the reference the streaming reader is checked against. */
export async function readWithExceljs(buffer: Buffer, file: string): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputFileError(`${file}: 无法读取，文件可能已损坏（${(e as Error).message}）`);
  }
  return { file, sheets: workbook.worksheets.map((ws) => toGrid(ws, file)) };
}

function toGrid(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  const rowCount = ws.actualRowCount ? ws.rowCount : 0;
  const colCount = ws.columnCount;
  if (rowCount * Math.max(colCount, 1) > ZIP_LIMITS.cellsPerSheet) {
    throw new InputFileError(`${file}: 工作表“${ws.name}”有 ${rowCount} 行 × ${colCount} 列，超过上限 ${ZIP_LIMITS.cellsPerSheet} 个单元格`);
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
  const merges = clipMerges({ rows: ws.rowCount, cols: ws.columnCount }, ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange));
  let cells = merges.cells;
  for (const row of rows) if (row) for (const c of row) if (c) cells++;
  if (cells > ZIP_LIMITS.cellsPerSheet) throw new InputFileError(limitMessage(file, ws.name, "cells", cells));
  const grid: SheetGrid = { name: ws.name, rows, merges: merges.merges };
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.state = ws.state;
  return grid;
}

function convertCell(cell: ExcelJS.Cell): GridCell | undefined {
  const raw = cell.value as unknown;
  // "General" says nothing about the value; the streaming reader drops it too.
  const fmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
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
    const m = /^([A-Z]+)(\d+)$/.exec(addr.replace(/\$/g, "").toUpperCase())!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = p(a);
  const e = p(b);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}
