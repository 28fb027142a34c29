import type { Assessment } from "../../../core/score/assess.js";
import type { UnitResult } from "../../../core/model.js";
import type { UnitComparison } from "../../../core/compare/compareYears.js";
import { COLUMNS as C, PRINTING, REVIEW, REVIEW_LABELS, DATA_TO_VERIFY, ON_COMPARABLE, VETO_LABEL, rankMethodLabels } from "../../../core/i18n/labels.js";
import { type XlsxRow, type XlsxValue } from "../../xlsx/model.js";
import { reviewTitle } from "./outcomes.js";
import { vetoSentence } from "../../../core/report/notice.js";
import { bodyStyles, bodyRow, percentFormat, GREY, CENTRED, GRADE_LOOKS } from "../frame.js";

/** One column of the ranking sheets: heading, width, number format and value. */
export interface RankColumn {
  label: string;
  width: number;
  fmt?: string;
  value: (r: UnitResult, place: number | undefined, c: UnitComparison | undefined) => XlsxValue;
  /** false: long text for the screen and for pasting, after the printed columns (outside the print area). */
  printed?: false;
}

/** A signed change at a figure's format, zero shown at the same precision (+1.20, -0.35, 0.00). */
export function changeFormat(fmt: string): string {
  return `+${fmt};-${fmt};${fmt}`;
}

export function rankColumns(a: Assessment, fmt: string, placeLabel: string): RankColumn[] {
  const vetoed = (r: UnitResult) => r.vetoes.length > 0;
  // The 复查 columns only when some unit holds a title (or is named 递补).
  const reviewed = a.results.some((r) => r.review);
  // Widths for print: the figures as narrow as their numbers (100.00), so the printed columns fit one A4 width legibly.
  const cols: RankColumn[] = [
    { label: placeLabel, width: 6, value: (r, place) => (vetoed(r) ? VETO_LABEL : (place ?? null)) },
    { label: C.unit, width: 26, value: (r) => r.unit.name },
    { label: C.category, width: 10, value: (r) => r.unit.category },
    { label: C.basic, width: 8, fmt, value: (r) => r.basic },
    { label: C.bonus, width: 7, fmt, value: (r) => r.bonus },
    // 总分 = 基本分 + 加分 − 负面清单扣分 when the criteria have a 负面清单, so the row still adds up.
    ...(a.criteria.negativeList.length ? [{ label: C.negative, width: 8, fmt, value: (r: UnitResult) => r.negative?.points ?? 0 }] : []),
    { label: C.total, width: 8, fmt, value: (r) => r.total },
    { label: C.grade, width: 7, value: (r) => (vetoed(r) ? VETO_LABEL : r.grade) },
    ...(a.outcomes ? [{ label: C.outcome, width: 10, value: (r: UnitResult) => r.outcome?.result || null }] : []),
    ...(reviewed ? [{ label: REVIEW.title, width: 16, value: (r: UnitResult) => reviewTitle(r.review) }, { label: REVIEW.result, width: 9, value: (r: UnitResult) => (r.review ? REVIEW_LABELS[r.review.result] : null) }] : []),
    // A rate like every rate of the workbook: at 百分比小数位数.
    { label: C.percentile, width: 9, fmt: percentFormat(a.criteria.settings.percentDecimals), value: (r) => r.percentile ?? null },
  ];
  if (a.comparison) {
    // With items last year cannot score, the 同比 columns compare both years without them:
    // this year's comparable total stands beside last year's, and 上年等级 is left out
    // (last year's grade on its full items is unknown; see 说明).
    const partial = a.comparison.notComparable.length > 0;
    const on = partial ? ON_COMPARABLE : "";
    if (partial) cols.push({ label: C.comparableTotal, width: 10, fmt, value: (_r, _p, c) => c?.comparable?.total ?? null });
    cols.push(
      { label: C.previousTotal + on, width: partial ? 10 : 8, fmt, value: (_r, _p, c) => c?.previous?.total ?? null },
      { label: C.totalChange + on, width: partial ? 10 : 8, fmt: changeFormat(fmt), value: (_r, _p, c) => c?.totalChange ?? null },
      { label: C.previousRank + on, width: partial ? 10 : 8, value: (_r, _p, c) => (c?.status === "same" || c?.status === "renamed" ? (c.previous?.rank ?? (c.previous?.vetoed ? VETO_LABEL : null)) : null) },
      { label: C.rankChange + on, width: partial ? 10 : 8, value: (_r, _p, c) => c?.rankChange ?? null },
    );
    if (!partial) cols.push({ label: C.previousGrade, width: 7, value: (_r, _p, c) => c?.previous?.grade || null });
  }
  // 备注 is the last printed column; the reasons (printed on 评定结果) and 同比要点 (for the 通报) follow it on screen only.
  cols.push({ label: C.remark, width: 30, value: (r, _p, c) => remark(r, c) });
  if (a.outcomes) cols.push({ label: C.outcomeReasons, width: 44, printed: false, value: (r) => r.outcome?.reasons.join("；") || null });
  if (reviewed) cols.push({ label: REVIEW.reasons, width: 44, printed: false, value: (r) => r.review?.reasons.join("；") ?? null });
  if (a.comparison) cols.push({ label: C.highlights, width: 70, printed: false, value: (_r, _p, c) => c?.highlights || null });
  return cols;
}

/** How many columns print: those before the first screen-only one. */
export function printedColumns(cols: readonly RankColumn[]): number {
  const first = cols.findIndex((c) => c.printed === false);
  return first < 0 ? cols.length : first;
}

/** The subtitle's words on what the printed ranking leaves to the screen; empty when everything prints. */
export function printNote(cols: readonly RankColumn[], a: Assessment): string {
  const left = cols.filter((c) => c.printed === false).map((c) => c.label);
  if (!left.length) return "";
  return PRINTING.screenOnly(cols[printedColumns(cols) - 1].label, left, Boolean(a.outcomes));
}

export function remark(r: UnitResult, c?: UnitComparison): string {
  const parts: string[] = [];
  // In words, as the 通报 says it; the cell each veto item read is in 计分明细.
  if (r.vetoes.length) parts.push(`一票否决：${vetoSentence(r)}`);
  if (c?.status === "renamed") parts.push(`原名 ${c.previousNames.join("、")}`);
  if (c?.status === "merged") parts.push(`由 ${c.previousNames.join("、")} 合并`);
  if (c?.status === "new") parts.push("本年新参评");
  if (r.toVerify) parts.push(DATA_TO_VERIFY);
  if (r.issueCount) parts.push(`数据问题 ${r.issueCount} 条，见问题清单`);
  return parts.join("；");
}

/** Each unit's 同比 record, found by its result (built once a sheet, not once a category). */
export function comparisonsByResult(a: Assessment): Map<UnitResult, UnitComparison> {
  return new Map(a.comparison?.units.map((u) => [u.result, u]));
}

/**
 * The rows of a ranking sheet. `formulas` may replace a row's values with
 * formula cells (same values cached) before the row is laid out.
 */
export function* rankingRows(
  cols: RankColumn[],
  results: Iterable<UnitResult>,
  place: (r: UnitResult) => number | undefined,
  byUnit: Map<UnitResult, UnitComparison>,
  formulas?: (r: UnitResult, values: XlsxValue[]) => void,
): Generator<XlsxRow> {
  const widths = cols.map((c) => c.width);
  const looks = bodyStyles(cols.map((c) => c.fmt), cols.length);
  const gradeCol = cols.findIndex((c) => c.label === C.grade);
  // Only the printed columns wrap and set the row's height: a long 同比要点 does not make every printed row tall.
  const printed = printedColumns(cols);
  for (const r of results) {
    const values = cols.map((c) => c.value(r, place(r), byUnit.get(r)));
    formulas?.(r, values);
    const row = bodyRow(values, looks, widths, printed);
    const vetoed = r.vetoes.length > 0;
    if (vetoed) row.style = row.style.map(GREY);
    row.style[0] = CENTRED(row.style[0]);
    const fill = GRADE_LOOKS.get(vetoed ? VETO_LABEL : r.grade);
    if (fill) row.style[gradeCol] = fill(row.style[gradeCol]);
    yield row;
  }
}

export function settingsLine(a: Assessment): string {
  const s = a.criteria.settings;
  const skipped = a.comparison?.notComparable ?? [];
  const partial = skipped.length ? `　同比各列按可比指标（不含上年不可比的 ${skipped.map((i) => i.key).join("、")}，见说明）` : "";
  return `排名方式：${rankMethodLabels[s.rankMethod]}　总分保留 ${s.decimals} 位小数（Excel ROUND）　百分位为 PERCENTRANK.INC　参评 ${a.results.length} 个单位${partial}`;
}

