import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { inspectZip } from "./inspectZip.js";
import { InputFileError } from "./errors.js";
import { writeFileAtomic } from "./atomicWrite.js";
import { HEADER_FILL, THIN_BORDER } from "./xlsxStyle.js";
import { PROPOSED_FILL_ARGB } from "./writeImportedCriteria.js";
import type { CellEdit } from "../core/weights/proposedCells.js";
import type { WeightsBlock } from "../core/weights/weightsTable.js";
import { WEIGHTS } from "../core/i18n/labels.js";
import { linesNeeded } from "./xlsx/textLines.js";
import { LINE_HEIGHT } from "./workbook/frame.js";

const PROPOSED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: PROPOSED_FILL_ARGB } };

/**
 * Write the copy of the criteria workbook with the proposed 分值: the input
 * is read (after the ZIP bound checks exceljs needs), each changed cell
 * rewritten, filled light yellow, its original value in a note; a 权重
 * sheet added; written atomically beside the target. The input is never
 * written to (the caller refuses an output that is an input).
 */
export async function writeWeightsWorkbook(criteriaPath: string, criteriaFile: string, output: string, edits: readonly CellEdit[], sheet: { title: string; subtitle: string; blocks: WeightsBlock[] }): Promise<void> {
  const bytes = await readFile(criteriaPath);
  await inspectZip(bytes, criteriaFile);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputFileError(`${criteriaFile}: 无法读取，文件可能已损坏（${(e as Error).message}）`);
  }
  for (const edit of edits) {
    const ws = wb.getWorksheet(edit.sheet);
    if (!ws) continue;
    const cell = ws.getCell(edit.cell);
    cell.value = edit.after;
    cell.fill = PROPOSED_FILL;
    cell.note = WEIGHTS.originalNote(edit.before || "（空）");
  }
  addWeightsSheet(wb, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(output, new Uint8Array(buffer as ArrayBuffer));
}

const WIDTHS = [16, 16, 30, 10, 10, 12, 12, 12, 12, 10, 10];

/**
 * A block's column widths: the sheet's, its last column running on to the
 * sheet's last (the blocks below the item table have 3–9 columns, the
 * last one often long text: 下级指标及权重, 位置与说明, 建议修改).
 * @example blockWidths(3) // => [16, 16, 118]
 */
export function blockWidths(columns: number): number[] {
  const widths = WIDTHS.slice(0, columns);
  widths[columns - 1] = WIDTHS.slice(columns - 1).reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Points for a row whose text wraps at these widths: LibreOffice and some
 * viewers do not re-measure wrapped (or merged) cells, and the lines then
 * print over one another.
 * @example rowHeight(["作风与效能建设 / 工作效能", "判断矩阵"], [16, 16]) // => 30
 */
export function rowHeight(values: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v === "string") lines = Math.max(lines, linesNeeded(v, widths[i] ?? 10));
  });
  return LINE_HEIGHT * lines;
}

/** Merge a block's last cell on to the sheet's last column (bordered), when the block is narrower than the sheet. */
function spanLastColumn(ws: ExcelJS.Worksheet, row: ExcelJS.Row, columns: number, width: number): void {
  if (columns >= width) return;
  for (let c = columns + 1; c <= width; c++) row.getCell(c).border = THIN_BORDER;
  ws.mergeCells(row.number, columns, row.number, width);
}

export function addWeightsSheet(wb: ExcelJS.Workbook, spec: { title: string; subtitle: string; blocks: WeightsBlock[] }): void {
  let name: string = WEIGHTS.sheet;
  for (let k = 2; wb.getWorksheet(name); k++) name = `${WEIGHTS.sheet}${k}`;
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 3 }] });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const width = WIDTHS.length;
  ws.addRow([spec.title]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, width);
  ws.addRow([spec.subtitle]);
  ws.mergeCells(2, 1, 2, width);
  spec.blocks.forEach((block, b) => {
    if (b > 0) {
      ws.addRow([]);
      ws.addRow([block.heading]).font = { bold: true };
    }
    // Only a block whose last column is text runs it on (a number column such as 变化 stays one cell).
    const textLast = block.rows.some((r) => typeof r[block.header.length - 1] === "string" && r[block.header.length - 1] !== "");
    const span = textLast ? width : block.header.length;
    const widths = textLast ? blockWidths(block.header.length) : WIDTHS.slice(0, block.header.length);
    const header = ws.addRow([...block.header]);
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN_BORDER;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    spanLastColumn(ws, header, block.header.length, span);
    header.height = rowHeight(block.header, widths);
    for (const values of block.rows) {
      const row = ws.addRow(values);
      for (let c = 1; c <= block.header.length; c++) {
        const cell = row.getCell(c);
        cell.border = THIN_BORDER;
        cell.alignment = { vertical: "middle", wrapText: true };
        if (block.weightColumns.includes(c - 1)) cell.numFmt = "0.0000";
        if (block.pointColumns.includes(c - 1)) cell.numFmt = "0.00";
      }
      spanLastColumn(ws, row, block.header.length, span);
      row.height = rowHeight(values, widths);
    }
  });
  // A4 landscape, one page wide, the header rows repeated on every page.
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
  ws.pageSetup.printTitlesRow = "3:3";
  ws.headerFooter = { oddFooter: "第 &P 页，共 &N 页" };
}
