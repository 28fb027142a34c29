import type { Assessment } from "../core/score/assess.js";
import type { SheetSpec, WorkbookSpec } from "./xlsx/model.js";
import { writeXlsx, type SheetCuts } from "./xlsx/writeXlsx.js";
import { scoreFormat, type RunInfo } from "./workbook/frame.js";
import { resultSheetList } from "./workbook/sheets.js";

export { DETAIL_ROWS_PER_SHEET, type RunInfo } from "./workbook/frame.js";

// Cells are written as inline strings, never as formulas, so a unit named
// "=HYPERLINK(…)" or "+1" is written back inert.

/**
 * Write the result workbook: every sheet streamed row by row (writeXlsx),
 * so 100,000 units take no more memory than 100. Atomic: temp file, then rename.
 */
export async function writeResultWorkbook(path: string, a: Assessment, info: RunInfo): Promise<SheetCuts[]> {
  // What Excel could not hold (columns past XFD, cells over 32,767 characters) comes back for the run's message.
  return writeXlsx(path, resultWorkbook(a, info));
}

/** The result workbook as data: sheets whose rows are produced while they are written. */
export function resultWorkbook(a: Assessment, info: RunInfo): WorkbookSpec {
  return { creator: `kaoping ${info.version}`, created: info.generatedAt, sheets: resultSheets(a, info) };
}

/** The sheets of workbook/sheets.ts that this run writes, in their order. */
function* resultSheets(a: Assessment, info: RunInfo): Generator<SheetSpec> {
  const fmt = scoreFormat(a.criteria.settings.decimals);
  for (const entry of resultSheetList) {
    if (entry.when && !entry.when(a, info)) continue;
    const built = entry.build(a, info, fmt);
    if (Symbol.iterator in built) yield* built as Iterable<SheetSpec>;
    else yield built;
  }
}
