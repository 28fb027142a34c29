import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { type SheetSpec } from "../../xlsx/model.js";
import { type RunInfo, sheet } from "../frame.js";
import { comparisonsByResult, printNote, printedColumns, rankColumns, rankingRows, settingsLine } from "./rankingColumns.js";
import { rankingFormulas } from "./rankingFormulas.js";

export function rankingSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const cols = rankColumns(a, fmt, C.rank);
  // 评定理由, 复查理由 and 同比要点 are for the screen and for pasting: the print stops at 备注, on one A4 width.
  const printed = printedColumns(cols);
  return sheet(
    {
      name: SHEETS.ranking,
      title: `${yearTitle(info.label)}文明单位测评总排名`,
      subtitle: [settingsLine(a), printNote(cols, a)].filter(Boolean).join("　"),
      widths: cols.map((c) => c.width),
      header: cols.map((c) => c.label),
      autoFilter: true,
      printColumns: printed < cols.length ? printed : undefined,
    },
    rankingRows(cols, a.results, (r) => r.rank, comparisonsByResult(a), rankingFormulas(a, info, cols.map((c) => c.label))),
  );
}

