import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { type SheetSpec } from "../../xlsx/model.js";
import { type RunInfo, sheet } from "../frame.js";
import { comparisonsByResult, rankColumns, rankingRows, settingsLine } from "./rankingColumns.js";
import { rankingFormulas } from "./rankingFormulas.js";

export function rankingSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const cols = rankColumns(a, fmt, C.rank);
  // 同比要点 is for pasting, not for the printed table.
  const highlights = cols.findIndex((c) => c.label === C.highlights);
  return sheet(
    {
      name: SHEETS.ranking,
      title: `${yearTitle(info.label)}文明单位测评总排名`,
      subtitle: settingsLine(a),
      widths: cols.map((c) => c.width),
      header: cols.map((c) => c.label),
      autoFilter: true,
      printColumns: highlights > 0 ? highlights : undefined,
    },
    rankingRows(cols, a.results, (r) => r.rank, comparisonsByResult(a), rankingFormulas(a, info, cols.map((c) => c.label))),
  );
}

