import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { style, type Merge, type SheetSpec, type XlsxRow } from "../../xlsx/model.js";
import { type RunInfo, sheet } from "../frame.js";
import { comparisonsByResult, printNote, printedColumns, rankColumns, rankingRows, settingsLine } from "./rankingColumns.js";
import { categoryRankingFormulas } from "./rankingFormulas.js";

export function categorySheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const cols = rankColumns(a, fmt, C.categoryRank);
  const merges: Merge[] = [];
  const band = style({ bold: true, fill: "FFF2F2F2" });
  const byUnit = comparisonsByResult(a);
  const formulas = categoryRankingFormulas(a, info, cols.map((c) => c.label));
  const printed = printedColumns(cols);
  function* body(): Generator<XlsxRow> {
    let row = 3;
    for (const category of a.categories) {
      const members = a.results.filter((r) => r.unit.category === category);
      row++;
      merges.push({ top: row, left: 1, bottom: row, right: cols.length });
      yield { values: [`${category}（${members.length} 个单位）`], style: band };
      yield* rankingRows(cols, members, (r) => r.categoryRank, byUnit, formulas.block(members, row + 1));
      row += members.length;
    }
  }
  return sheet(
    {
      name: SHEETS.categoryRanking,
      title: `${yearTitle(info.label)}文明单位测评分类排名`,
      subtitle: [`按“${a.criteria.settings.groupField}”分组排名；${settingsLine(a)}`, printNote(cols, a)].filter(Boolean).join("　"),
      widths: cols.map((c) => c.width),
      header: cols.map((c) => c.label),
      merges,
      // The same print as 总排名: up to 备注, on one A4 width.
      printColumns: printed < cols.length ? printed : undefined,
    },
    body(),
  );
}

