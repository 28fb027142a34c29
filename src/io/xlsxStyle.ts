import type ExcelJS from "exceljs";

/** Shared look of every workbook kaoping writes: results, forms, templates. */
export const HEADER_FILL_ARGB = "FFDDEBF7";
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL_ARGB } };
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Write a header row: bold, filled, bordered, centred and wrapped; optional column widths. */
export function writeHeaderRow(row: ExcelJS.Row, labels: readonly string[], widths?: readonly number[], border: Partial<ExcelJS.Borders> = THIN_BORDER): void {
  labels.forEach((label, i) => {
    const cell = row.getCell(i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = border;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (widths?.[i] !== undefined) row.worksheet.getColumn(i + 1).width = widths[i];
  });
}
