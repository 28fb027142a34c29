import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, PRINTING, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { type SheetSpec, type XlsxRow } from "../../xlsx/model.js";
import { type RunInfo, scoreFormat, sheet, looksByFormat, bodyRow } from "../frame.js";
import { changeFormat } from "./rankingColumns.js";

export function categorySummarySheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const c = a.comparison!;
  const labels = [C.group, C.figure, C.current, C.previous, C.change];
  const widths = [14, 44, 12, 12, 14];
  // One look per kind of figure (rate, score, count), built once.
  const p = scoreFormat(a.criteria.settings.percentDecimals);
  const looks = looksByFormat((kind) => {
    const valueFmt = kind === "rate" ? `${p}%` : kind === "score" ? fmt : "0";
    const changeFmt = kind === "rate" ? changeFormat(`${p}"个百分点"`) : kind === "score" ? changeFormat(fmt) : changeFormat("0");
    return [undefined, undefined, valueFmt, valueFmt, changeFmt];
  }, labels.length);
  function* body(): Generator<XlsxRow> {
    for (const s of c.summary) yield bodyRow([s.group, s.label, s.current ?? null, s.previous ?? null, s.change ?? null], looks(s.kind), widths);
  }
  return sheet({ name: SHEETS.categorySummary, title: `${yearTitle(info.label)}测评分类汇总（对比 ${c.label}）`, subtitle: `${PRINTING.summaryScope}；比率的增减单位为百分点；合计比率 = Σ分子 / Σ分母`, widths, header: labels, orientation: "portrait" }, body());
}

