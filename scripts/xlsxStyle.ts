import type ExcelJS from "exceljs";

/** Thin borders and a header fill shared by the generated sheets. */
export const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export const headerFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

export function styleHeaderRow(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = headerFill;
    cell.border = thin;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
}

export function title(ws: ExcelJS.Worksheet, text: string, width: number): void {
  ws.mergeCells(1, 1, 1, width);
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, size: 16 };
  cell.alignment = { horizontal: "center" };
  ws.getRow(1).height = 28;
}
