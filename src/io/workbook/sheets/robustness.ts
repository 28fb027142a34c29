import type { Assessment } from "../../../core/score/assess.js";
import type { Robustness, UnitRobustness } from "../../../core/analysis/rankRobustness.js";
import { COLUMNS as C, ROBUSTNESS as R, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { roundExcel } from "../../../core/math/roundExcel.js";
import { fixedPercent } from "../../../core/report/reportNumbers.js";
import type { SheetSpec, XlsxValue } from "../../xlsx/model.js";
import { BOLD, CENTRED, percentFormat, tableSheet, type RunInfo } from "../frame.js";

/** 名次区间（5%–95%）: the sixth column. */
const INTERVAL_COLUMN = 5;

/**
 * 稳健性: each ranked unit's nominal rank beside its median rank and its
 * 5 %–95 % interval over the Monte Carlo of the 一级指标's 分值, the
 * chances of the top N, the top grade and the quota, and whether a
 * decision line runs through it; then each 一级指标's share of the rank
 * variance, in words.
 */
export function robustnessSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const rb = a.robustness!;
  const quota = Boolean(rb.quota);
  const labels = [C.rank, C.unit, C.category, C.total, R.median, R.interval, R.topN(rb.topN), R.topGrade(rb.topGrade), ...(quota ? [R.quota(rb.quota!.outcome)] : []), R.conclusion];
  const pct = percentFormat(a.criteria.settings.percentDecimals);
  const rows: XlsxValue[][] = rb.units.map((u) => [
    u.rank,
    u.result.unit.name,
    u.result.unit.category,
    u.result.total,
    u.median,
    R.range(rankText(u.low), rankText(u.high)),
    u.topN,
    u.topGrade,
    ...(quota ? [u.quota ?? null] : []),
    conclusion(u),
  ]);
  const shareColumn = 6;
  const last = labels.length - 1;
  const heading = rows.length + 1;
  rows.push([], groupRow(labels.length, [R.groupsHeading, R.groupPoints], R.groupShare, R.groupsNote, shareColumn));
  for (const g of rb.groups) {
    // The same figure as the share cell beside it (百分比小数位数, trailing zeros kept): 5.00%, not 5%.
    const words = g.share === undefined ? R.groupNone(g.name) : R.groupSentence(g.name, fixedPercent(g.share, a.criteria.settings.percentDecimals));
    rows.push(groupRow(labels.length, [g.name, g.points], g.share ?? null, words, shareColumn));
  }
  return tableSheet(
    {
      name: SHEETS.robustness,
      title: `${yearTitle(info.label)}${R.title}`,
      subtitle: R.subtitle(rb.draws, rb.delta, rb.seed, rb.units.length, reducedText(rb)),
      labels,
      widths: [7, 26, 12, 9, 9, 13, 11, 11, ...(quota ? [13] : []), 56],
      frozenCols: 2,
    },
    [undefined, undefined, undefined, fmt, "0.0", undefined, pct, pct, ...(quota ? [pct] : []), undefined],
    rows,
    (row, i) => {
      if (i === heading) for (const c of [1, 2, shareColumn, last]) row.style[c] = BOLD(row.style[c]);
      // The interval (text "3–4") centred: left-aligned it runs on from the right-aligned median beside it ("3.0│3–4").
      if (i < rb.units.length) row.style[INTERVAL_COLUMN] = CENTRED(row.style[INTERVAL_COLUMN]);
    },
  );
}

/** A row of the 一级指标 block: name and 分值 under 单位名称 and 单位类别, the share under the first probability column, the words under 结论. */
function groupRow(width: number, first: XlsxValue[], share: XlsxValue, words: string, shareColumn: number): XlsxValue[] {
  const row: XlsxValue[] = Array(width).fill(null);
  row[1] = first[0];
  row[2] = first[1];
  row[shareColumn] = share;
  row[width - 1] = words;
  return row;
}

/** A rank of the interval: whole, or with its decimals (PERCENTILE.INC interpolates; RANK.AVG has halves). @example rankText(2) // => "2" */
export function rankText(x: number): string {
  return String(roundExcel(x, 1));
}

/** The draws cut for a large run, said where the figures are. */
export function reducedText(rb: Robustness): string {
  return rb.draws < rb.requestedDraws ? R.reduced(rb.requestedDraws, rb.draws) : "";
}

/** 稳健, or 结果不稳健：the lines, and whom it cannot be told from. */
export function conclusion(u: UnitRobustness): string {
  if (!u.unstable.length) return R.robust;
  const parts = u.unstable.map((x) => (x.line.kind === "grade" ? R.gradeLine(x.line.name, x.line.value!) : R.quotaLine(x.line.name)) + R.others(x.others, x.count));
  return `${R.notRobust}：${parts.join("；")}`;
}
