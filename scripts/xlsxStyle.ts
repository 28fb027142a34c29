import type ExcelJS from "exceljs";

import { THIN_BORDER, writeHeaderRow } from "../src/io/xlsxStyle.js";

export const thin = THIN_BORDER;

/** Style the labels already in a row as a header. */
export function styleHeaderRow(row: ExcelJS.Row): void {
  const labels: string[] = [];
  row.eachCell((cell, col) => (labels[col - 1] = String(cell.value ?? "")));
  writeHeaderRow(row, labels);
}

export function title(ws: ExcelJS.Worksheet, text: string, width: number): void {
  ws.mergeCells(1, 1, 1, width);
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, size: 16 };
  cell.alignment = { horizontal: "center" };
  ws.getRow(1).height = 28;
}
