import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, PRINTING, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { restyle, type SheetSpec } from "../../xlsx/model.js";
import { itemRateScale } from "../../../core/criteria/fieldMeaning.js";
import { type RunInfo, percentFormat, perMilleFormat, tableSheet } from "../frame.js";

export function statisticsSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const d = a.criteria.settings.percentDecimals;
  const vetoed = a.results.filter((r) => r.vetoes.length).length;
  const perMille = a.statistics.map((s) => itemRateScale(s.item, a.criteria.fieldMeanings) === "permille");
  return tableSheet(
    {
      name: SHEETS.statistics,
      title: `${yearTitle(info.label)}测评指标统计`,
      subtitle: `${PRINTING.eligibleScope(a.results.length - vetoed, vetoed)}；标准差为样本标准差 STDEV.S${perMille.some(Boolean) ? "；千分率指标的比率以千分数显示" : ""}`,
      labels: [C.key, C.level1, C.item, C.rule, C.points, C.mean, C.median, C.q1, C.q3, C.stdDev, C.max, C.min, C.scoreRate, C.fullCount, C.pooledRate, C.meanRate],
      widths: [8, 14, 28, 10, 7, 9, 9, 11, 11, 12, 9, 9, 9, 10, 14, 12],
    },
    // Points (the standard deviation too) at 小数位数, rates at 百分比小数位数, as everywhere in the workbook.
    [undefined, undefined, undefined, undefined, undefined, fmt, fmt, fmt, fmt, fmt, fmt, fmt, percentFormat(d), "0", percentFormat(d), percentFormat(d)],
    a.statistics.map((s, i) => {
      const rate = (x: number | undefined) => (x === undefined ? null : perMille[i] ? x * 1000 : x);
      return [s.item.key, s.item.level1, s.item.name, s.item.rule.label, s.item.points, s.mean ?? null, s.median ?? null, s.q1 ?? null, s.q3 ?? null, s.stdDev ?? null, s.max ?? null, s.min ?? null, s.scoreRate ?? null, s.fullCount, rate(s.pooledRate), rate(s.meanRate)];
    }),
    // A ‰ item's rates in ‰ (see perMilleFormat).
    (row, i) => {
      if (!perMille[i]) return;
      for (const c of [14, 15]) row.style[c] = restyle(row.style[c], { numFmt: perMilleFormat(d) });
    },
  );
}

