import ExcelJS from "exceljs";
import { columnLetter } from "../../core/table/grid.js";
import { isFormula, type Style, type WorkbookSpec } from "./model.js";

/**
 * The reference serialiser: the same workbook description built in memory
 * with exceljs. Not used for results (it holds every cell as an object);
 * the tests compare writeXlsx's output with it.
 */
export function toExceljs(book: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = book.creator;
  wb.created = book.created;
  for (const spec of book.sheets) {
    const f = spec.frozen;
    const ws = wb.addWorksheet(spec.name, {
      views: [f && (f.rows || f.cols) ? { state: "frozen", xSplit: f.cols, ySplit: f.rows } : {}],
      pageSetup: spec.page
        ? {
            paperSize: 9,
            orientation: spec.page.orientation,
            fitToPage: !spec.page.scale,
            scale: spec.page.scale,
            fitToWidth: spec.page.fitToWidth,
            fitToHeight: 0,
            printTitlesRow: spec.page.titleRows ? `${spec.page.titleRows.first}:${spec.page.titleRows.last}` : undefined,
            printTitlesColumn: spec.page.titleColumns ? `${columnLetter(spec.page.titleColumns.first - 1)}:${columnLetter(spec.page.titleColumns.last - 1)}` : undefined,
            // exceljs writes no column breaks (<colBreaks>): the tests read them from writeXlsx's XML.
            margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
          }
        : undefined,
      headerFooter: spec.page?.footer ? { oddFooter: spec.page.footer } : undefined,
    });
    spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    let r = 0;
    for (const row of spec.rows) {
      r++;
      if (!row) continue;
      const xr = ws.getRow(r);
      if (row.height) xr.height = row.height;
      row.values.forEach((v, c) => {
        const s = Array.isArray(row.style) ? row.style[c] : (row.style as Style | undefined);
        if ((v === null || v === undefined || v === "") && !s) return;
        const cell = xr.getCell(c + 1);
        if (isFormula(v)) cell.value = { formula: v.formula, result: v.cached ?? undefined } as ExcelJS.CellFormulaValue;
        else cell.value = v === "" || v === undefined || (typeof v === "number" && !Number.isFinite(v)) ? null : v;
        if (s) applyStyle(cell, s);
      });
    }
    for (const m of spec.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    if (spec.autoFilter) ws.autoFilter = { from: { row: spec.autoFilter.row, column: spec.autoFilter.left }, to: { row: spec.autoFilter.row, column: spec.autoFilter.right } };
    if (spec.page?.printColumns) ws.pageSetup.printArea = `A$1:${ws.getColumn(spec.page.printColumns).letter}$${Math.max(r, 1)}`;
    for (const img of spec.images ?? []) {
      // The in-memory reference is built whole: its images must already be drawn.
      if (img.png instanceof Promise) throw new TypeError("toExceljs: an image is still being drawn");
      const id = wb.addImage({ buffer: Buffer.from(img.png) as unknown as ExcelJS.Buffer, extension: "png" });
      ws.addImage(id, { tl: { col: img.col, row: img.row }, ext: { width: img.width, height: img.height } });
    }
  }
  return wb;
}

function applyStyle(cell: ExcelJS.Cell, s: Style): void {
  if (s.bold || s.size || s.color) cell.font = { bold: s.bold || undefined, size: s.size, color: s.color ? { argb: s.color } : undefined };
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: s.fill } };
  if (s.border) {
    const side = { style: "thin" as const, color: { argb: s.border } };
    cell.border = { top: side, left: side, bottom: side, right: side };
  }
  if (s.horizontal || s.vertical || s.wrap) cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap || undefined };
  if (s.numFmt) cell.numFmt = s.numFmt;
}
