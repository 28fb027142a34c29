import type { Assessment } from "../../../core/score/assess.js";
import { STATUS_LABELS } from "../../../core/compare/compareYears.js";
import { COLUMNS as C, FIGURE_KIND_LABELS, SHEETS, directionLabels, yearTitle } from "../../../core/i18n/labels.js";
import { variant, type SheetSpec, type Style, type XlsxRow } from "../../xlsx/model.js";
import { type RunInfo, scoreFormat, percentFormat, perMilleFormat, sheet, looksByFormat, bodyRow } from "../frame.js";
import { changeFormat } from "./rankingColumns.js";

export function yearOnYearSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const c = a.comparison!;
  const labels = [C.unit, C.category, C.status, C.previousUnit, C.figure, C.kind, C.direction, C.current, C.previous, C.change, C.changePercent, C.changePoints, C.verdict, C.note, C.wording];
  const widths = [22, 10, 9, 22, 22, 7, 9, 11, 11, 11, 9, 12, 7, 20, 60];
  const d = a.criteria.settings.percentDecimals;
  const p = scoreFormat(d);
  // A rate's change says its unit in the cell: 百分点, or 千分点 for a ‰ rate (shown in ‰ beside it).
  const pointsFormat = (unit: string) => changeFormat(`${p}"个${unit}"`);
  const perMille = perMilleFormat(d);
  const none = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  // One look per value format: whole counts, amounts and scores (小数位数), rates, per-mille rates. A rate's
  // change is in 百分点 (its 变化 cell empty), any other's change at the value's own precision.
  const looks = looksByFormat(
    (valueFmt) => [...none, valueFmt, valueFmt, changeFormat(valueFmt), changeFormat(`${p}%`), pointsFormat(valueFmt === perMille ? "千分点" : "百分点")],
    labels.length,
  );
  // A count shows whole (6, never 「6.」); one typed with a fraction shows its decimals rather than being rounded away.
  const whole = (...xs: (number | undefined)[]) => xs.every((x) => x === undefined || Number.isInteger(x));
  const verdictLooks: Record<string, (s: Style | undefined) => Style> = { 退步: variant({ color: "FFC00000" }), 改善: variant({ color: "FF00803C" }) };
  function* body(): Generator<XlsxRow> {
    for (const u of c.units) {
      for (const ch of u.changes) {
        const rate = ch.figure.kind === "rate";
        const valueFmt = rate ? (ch.figure.perMille ? perMilleFormat(d) : percentFormat(d)) : ch.figure.kind === "count" && whole(ch.current, ch.previous) ? "0" : fmt;
        const scale = (x: number | undefined) => (x === undefined ? null : rate && ch.figure.perMille ? x * 1000 : x);
        const row = bodyRow(
          [
            u.result.unit.name,
            u.result.unit.category,
            STATUS_LABELS[u.status],
            u.previousNames.join("、"),
            ch.figure.name,
            FIGURE_KIND_LABELS[ch.figure.kind],
            directionLabels[ch.figure.direction],
            scale(ch.current),
            scale(ch.previous),
            rate ? null : (ch.change ?? null),
            ch.percent ?? (ch.change !== undefined && !rate ? "—" : null),
            ch.points ?? null,
            ch.verdict || null,
            ch.note || null,
            ch.wording || null,
          ],
          looks(valueFmt),
          widths,
        );
        const look = ch.verdict ? verdictLooks[ch.verdict] : undefined;
        if (look) row.style[12] = look(row.style[12]);
        yield row;
      }
    }
    for (const gone of c.absent) {
      yield bodyRow([gone.name, gone.category, "未参评", gone.name, "总分", FIGURE_KIND_LABELS.score, directionLabels.higher, null, gone.total ?? null, null, null, null, null, "上年参评，本年未参评", null], looks(fmt), widths);
    }
  }
  return sheet(
    {
      name: SHEETS.yearOnYear,
      title: `${yearTitle(info.label)}测评同比分析（对比 ${c.label}）`,
      subtitle: "数量和金额看增幅（%），比率看百分点（千分率看千分点，数值以千分数显示）；方向为“不评价”的指标（如分母）只列变化，不作判断；每个单位每个指标一行，可筛选",
      widths,
      header: labels,
      autoFilter: true,
    },
    body(),
    // 单位, 类别, 参评情况, 上年单位, 指标, 类型, 方向 and 判断 repeat down the sheet.
    [0, 1, 2, 3, 4, 5, 6, 12],
  );
}

