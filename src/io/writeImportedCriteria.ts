import ExcelJS from "exceljs";
import type { CellMark, PlanSheet } from "../core/criteria/import/planImport.js";
import { writeFileAtomic } from "./atomicWrite.js";
import { linesNeeded } from "./xlsx/textLines.js";
import { HEADER_FILL, THIN_BORDER } from "./xlsxStyle.js";

/** Light yellow: a cell kaoping proposes, to be reviewed (the legend's 「建议」 cell has it too). */
export const PROPOSED_FILL_ARGB = "FFFFF2CC";
/** Orange: a cell kaoping could not read, to be filled (the legend's 「待确认」 cell). */
export const PENDING_FILL_ARGB = "FFF8CBAD";

const FILLS: Partial<Record<CellMark, ExcelJS.Fill>> = {
  proposed: { type: "pattern", pattern: "solid", fgColor: { argb: PROPOSED_FILL_ARGB } },
  pending: { type: "pattern", pattern: "solid", fgColor: { argb: PENDING_FILL_ARGB } },
  header: HEADER_FILL,
};

/** The planned sheets as an .xlsx workbook (exceljs: small, and its fills and merges are what a reviewer sees). */
export function buildPlannedWorkbook(sheets: PlanSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  for (const plan of sheets) {
    const ws = wb.addWorksheet(plan.name, { views: [{ state: "frozen", ySplit: plan.frozenRows }] });
    plan.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    plan.rows.forEach((row, r) => {
      row.forEach((planned, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = planned.value;
        const fill = planned.mark && FILLS[planned.mark];
        if (fill) cell.fill = fill;
        if (planned.mark === "header") {
          cell.font = { bold: true };
          cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        } else if (planned.mark === "title") {
          cell.font = { bold: true, size: 16 };
          cell.alignment = { horizontal: "center" };
        } else cell.alignment = { vertical: "middle", wrapText: true };
        if (r >= plan.frozenRows - 1 && plan.frozenRows > 0) cell.border = THIN_BORDER;
      });
    });
    for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    // Rows as tall as their wrapped text (依据, 评分标准), or the lines print over each other; merged title rows keep theirs.
    const merged = new Set(plan.merges.filter((m) => m.right > m.left).map((m) => m.top));
    plan.rows.forEach((row, r) => {
      if (merged.has(r)) return;
      const lines = Math.max(1, ...row.map((planned, c) => (planned.value === null || planned.value === undefined ? 1 : linesNeeded(String(planned.value), plan.widths[c] ?? 10))));
      if (lines > 1) ws.getRow(r + 1).height = 15 * Math.min(lines, 27);
    });
    // A4 landscape, all columns on one page width, the header repeated on every page.
    ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
    if (plan.frozenRows > 0) ws.pageSetup.printTitlesRow = `${plan.frozenRows}:${plan.frozenRows}`;
    ws.headerFooter = { oddFooter: "第 &P 页，共 &N 页" };
  }
  return wb;
}

/** Write the planned workbook atomically (temp file beside it, then renamed). */
export async function writePlannedWorkbook(path: string, sheets: PlanSheet[]): Promise<void> {
  const buffer = await buildPlannedWorkbook(sheets).xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer));
}
