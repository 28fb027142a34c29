import type { Assessment } from "../score/assess.js";
import type { UnitResult } from "../model.js";
import { mean } from "../math/mean.js";
import { roundExcel } from "../math/roundExcel.js";
import { CHART_FOLDERS, CHART_TEXT, VETO_LABEL, yearTitle } from "../i18n/labels.js";
import { rateName } from "../compare/figures.js";
import type { CriteriaItem } from "../model.js";
import { satisfactionChart } from "./satisfactionChart.js";
import { robustnessChart } from "./robustnessChart.js";
import { historyTrendChart, rankPathsChart } from "./historyCharts.js";
import { ALL_UNITS_SWATCH, CHANGE_SWATCHES, CHART_SIZE, LINE_COLOURS, RATE_SWATCHES, VETO_SWATCH, categorySwatch, gradeSwatch, type ChartSpec, type FillPattern, type LegendItem, type Swatch } from "./chartSpec.js";
import { percentText, totalText } from "./chartNumbers.js";
import { max } from "../math/max.js";
import { min } from "../math/min.js";

/** Above this many units a bar chart shows the top 20 and the bottom 10, and says so. */
const RANKING_LIMIT = 30;

/**
 * The first 20 and last 10 of a long list with a row between them standing
 * for the rest (null: drawn as «… 省略 N 个单位 …» and a dashed rule), or
 * all of a short one.
 * @example ends([1, 2, 3]) // => { shown: [1, 2, 3], cut: false, omitted: 0 }
 */
export function ends<T>(list: T[]): { shown: (T | null)[]; cut: boolean; omitted: number } {
  if (list.length <= RANKING_LIMIT) return { shown: list, cut: false, omitted: 0 };
  return { shown: [...list.slice(0, 20), null, ...list.slice(-10)], cut: true, omitted: list.length - 30 };
}
const RATE_RULES = new Set(["ratio", "satisfaction", "completion"]);

/** Per-bar colours and textures of a list of swatches. */
function fills(swatches: Swatch[]): { color: string[]; pattern: FillPattern[] } {
  return { color: swatches.map((s) => s.color), pattern: swatches.map((s) => s.pattern ?? "solid") };
}
const GAP_SWATCH: Swatch = { color: "#FFFFFF" };

export interface ChartOptions {
  /** Year or run label for titles. */
  label: string;
  /** Units to draw a radar for (names); "all" for every unit. */
  units?: string[] | "all";
}

/** Every chart of the report, in reading order. */
export function buildCharts(a: Assessment, opts: ChartOptions): ChartSpec[] {
  const charts: ChartSpec[] = [
    rankingChart(a, opts.label),
    categoryMeansChart(a, opts.label),
    categoryGradesChart(a, opts.label),
    groupRatesChart(a, opts.label),
    distributionChart(a, opts.label),
  ];
  if (a.comparison) charts.push(changeChart(a, opts.label));
  charts.push(...rateCharts(a, opts.label));
  const satisfaction = satisfactionChart(a, opts.label);
  if (satisfaction) charts.push(satisfaction);
  // With earlier years (--history, or the samples' own): the categories' trend and the first places' rank paths.
  for (const chart of [historyTrendChart(a, opts.label), rankPathsChart(a, opts.label)]) if (chart) charts.push(chart);
  const robustness = robustnessChart(a, opts.label);
  if (robustness) charts.push(robustness);
  const wanted = opts.units === "all" ? a.results : a.results.filter((r) => opts.units?.includes(r.unit.name));
  charts.push(...wanted.map((r) => unitRadar(a, r, opts.label)));
  return charts;
}

export function gradeColour(a: Assessment, r: UnitResult): string {
  return gradeFill(a, r).color;
}

/** A unit's grade swatch; vetoed units grey and dotted. */
function gradeFill(a: Assessment, r: UnitResult): Swatch {
  if (r.vetoes.length) return VETO_SWATCH;
  return gradeSwatch(a.criteria.grades.findIndex((g) => g.name === r.grade));
}

/** A legend entry per grade, and 否决 when some unit is vetoed. */
function gradeLegend(a: Assessment, vetoed: boolean): LegendItem[] {
  return [...a.criteria.grades.map((g, i) => ({ label: g.name, ...gradeSwatch(i) })), ...(vetoed ? [{ label: VETO_LABEL, ...VETO_SWATCH }] : [])];
}

/** 1. 总分排名: horizontal bars in rank order, coloured by grade (legend), vetoed units grey and marked. */
export function rankingChart(a: Assessment, label: string): ChartSpec {
  const eligible = a.results.filter((r) => !r.vetoes.length);
  const vetoed = a.results.filter((r) => r.vetoes.length);
  const { shown, cut, omitted } = ends(eligible);
  // Vetoed units are all named when few; with many, the first ten stand for them, and a row says how many more.
  const moreVetoed = Math.max(vetoed.length - 10, 0);
  const units: (UnitResult | null)[] = [...shown, ...vetoed.slice(0, 10), ...(moreVetoed ? [null] : [])];
  const gapText = (i: number) => (i === units.length - 1 && moreVetoed ? CHART_TEXT.moreVetoed(moreVetoed) : CHART_TEXT.omitted(omitted));
  const total = totalText(a);
  return {
    id: "ranking",
    fileName: "01-总分排名",
    type: "bar",
    horizontal: true,
    title: `${yearTitle(label)}文明单位测评总分排名`,
    subtitle: CHART_TEXT.rankingSubtitle(a.results.length, cut),
    labels: units.map((r, i) => (!r ? gapText(i) : r.vetoes.length ? `${r.unit.name}（否决）` : `${r.rank}. ${r.unit.name}`)),
    datasets: [
      {
        label: "总分",
        data: units.map((r) => r?.total ?? null),
        ...fills(units.map((r) => (r ? gradeFill(a, r) : GAP_SWATCH))),
        valueLabels: units.map((r) => (r ? `${total(r.total)}${r.vetoes.length ? " 否决" : ` ${r.grade}`}` : null)),
      },
    ],
    breaks: units.flatMap((r, i) => (r ? [] : [i])),
    legendItems: gradeLegend(a, vetoed.length > 0),
    valueAxis: { title: "总分", min: 0 },
    ...CHART_SIZE,
    height: Math.max(CHART_SIZE.height, 200 + units.length * 44),
  };
}

function byCategory(a: Assessment): { category: string; units: UnitResult[] }[] {
  return a.categories.map((category) => ({ category, units: a.results.filter((r) => r.unit.category === category && !r.vetoes.length) }));
}

/** 2a. 分类对比: mean total per category, with the min–max range. */
export function categoryMeansChart(a: Assessment, label: string): ChartSpec {
  const indexed = byCategory(a).map((g, i) => ({ ...g, swatch: categorySwatch(i) }));
  const groups = indexed.filter((g) => g.units.length);
  const totals = groups.map((g) => g.units.map((r) => r.total));
  const total = totalText(a);
  return {
    id: "categoryMeans",
    fileName: "02-分类对比-平均分",
    type: "bar",
    title: `${yearTitle(label)}各类别平均分`,
    subtitle: "柱为平均分，竖线为最低分至最高分（不含一票否决单位）",
    // The mean goes under the category name (a second line): above the bar it would collide with the whisker.
    labels: groups.map((g, i) => CHART_TEXT.categoryMeanLabel(g.category, g.units.length, total(mean(totals[i])))),
    datasets: [
      {
        label: "平均分",
        data: totals.map((t) => roundExcel(mean(t), a.criteria.settings.decimals)),
        ...fills(groups.map((g) => g.swatch)),
      },
    ],
    ranges: totals.map((t) => ({ min: min(t), max: max(t) })),
    rangeLabels: totals.map((t) => ({ min: CHART_TEXT.whiskerMin(total(min(t))), max: CHART_TEXT.whiskerMax(total(max(t))) })),
    valueAxis: { title: "总分", min: 0, max: Math.ceil(Math.max(100, ...totals.map((t) => max(t, 0))) / 10) * 10 },
    ...CHART_SIZE,
  };
}

/** 2b. 分类对比: grade counts per category, stacked. */
export function categoryGradesChart(a: Assessment, label: string): ChartSpec {
  const cats = a.categories;
  const names = [...a.criteria.grades.map((g) => g.name), VETO_LABEL];
  const count = (c: string, g: string) =>
    a.results.filter((r) => r.unit.category === c && (g === VETO_LABEL ? r.vetoes.length > 0 : !r.vetoes.length && r.grade === g)).length;
  return {
    id: "categoryGrades",
    fileName: "03-分类对比-等级",
    type: "bar",
    stacked: true,
    legend: true,
    title: `${yearTitle(label)}各类别等级分布`,
    subtitle: "单位数",
    labels: cats,
    datasets: names.map((g, i) => ({
      label: g,
      data: cats.map((c) => count(c, g)),
      ...(g === VETO_LABEL ? VETO_SWATCH : gradeSwatch(i)),
      valueLabels: cats.map((c) => (count(c, g) ? String(count(c, g)) : null)),
    })),
    valueAxis: { title: "单位数", min: 0, integer: true },
    ...CHART_SIZE,
  };
}

/** 一级指标 that carry basic points (bonus and veto groups left out). */
function scoredGroups(a: Assessment) {
  return a.criteria.groups.filter((g) => !g.bonus && g.points > 0);
}

/** Score rate (得分 / 分值) of each 一级指标 over a set of units. */
export function groupRates(a: Assessment, units: UnitResult[]): number[] {
  return scoredGroups(a).map((g) => (units.length ? mean(units.map((r) => r.groupScores.get(g.name) ?? 0)) / g.points : 0));
}

/** 3. 一级指标得分率 per category (grouped bars) and overall. */
export function groupRatesChart(a: Assessment, label: string): ChartSpec {
  const groups = byCategory(a).filter((g) => g.units.length);
  const all = a.results.filter((r) => !r.vetoes.length);
  const swatches = new Map(a.categories.map((c, i) => [c, categorySwatch(i)]));
  const sets = [...groups.map((g) => ({ label: g.category, units: g.units, swatch: swatches.get(g.category)! })), { label: "全部单位", units: all, swatch: ALL_UNITS_SWATCH }];
  const pct = percentText(a);
  return {
    id: "groupRates",
    fileName: "04-一级指标得分率",
    type: "bar",
    legend: true,
    title: `${yearTitle(label)}一级指标得分率`,
    subtitle: "得分率 = 平均得分 ÷ 分值（不含一票否决单位）",
    labels: scoredGroups(a).map((g) => `${g.name}（${g.points}分）`),
    datasets: sets.map((s) => {
      const rates = groupRates(a, s.units);
      return {
        label: s.label,
        data: rates.map((x) => roundExcel(x, 4)),
        ...s.swatch,
        valueLabels: rates.map(pct),
      };
    }),
    valueAxis: { title: "得分率", min: 0, max: 1, percent: true },
    ...CHART_SIZE,
  };
}

/** 3b. One unit's 一级指标 rates against its category's average and the overall average (radar). */
export function unitRadar(a: Assessment, r: UnitResult, label: string): ChartSpec {
  const all = a.results.filter((x) => !x.vetoes.length);
  const category = r.unit.category;
  const peers = all.filter((x) => x.unit.category === category);
  const rates = (units: UnitResult[]) => groupRates(a, units).map((x) => roundExcel(x, 4));
  // Told apart without colour too: solid with circles, dashed with triangles, dotted with squares.
  return {
    id: `unit:${r.unit.name}`,
    folder: CHART_FOLDERS.unit,
    fileName: r.unit.name,
    type: "radar",
    legend: true,
    title: `${r.unit.name} ${yearTitle(label)}一级指标得分率`,
    subtitle: CHART_TEXT.radarSubtitle(totalText(a)(r.total), r.vetoes.length ? "（一票否决）" : `，${r.grade}，第 ${r.rank} 名`, category),
    labels: scoredGroups(a).map((g) => g.name),
    datasets: [
      { label: r.unit.name, data: rates([r]), color: "#1F4E9A", asLine: true, pointStyle: "circle" },
      ...(peers.length ? [{ label: CHART_TEXT.categoryMean(category), data: rates(peers), color: "#E07B00", asLine: true, dash: [12, 6], pointStyle: "triangle" as const }] : []),
      { label: CHART_TEXT.allMean, data: rates(all), color: "#7F7F7F", asLine: true, dash: [3, 5], pointStyle: "rect" },
    ],
    valueAxis: { min: 0, max: 1, percent: true },
    width: 1200,
    height: 1000,
  };
}

/** 4. 得分分布: a histogram of totals in 5-point bins, with the grade lines. */
export function distributionChart(a: Assessment, label: string): ChartSpec {
  const totals = a.results.filter((r) => !r.vetoes.length).map((r) => r.total);
  const width = 5;
  const lo = totals.length ? Math.floor(min(totals) / width) * width : 0;
  const hi = totals.length ? Math.max(lo + width, Math.floor(max(totals) / width) * width + width) : width;
  const bins: { from: number; count: number }[] = [];
  for (let from = lo; from < hi; from += width) {
    bins.push({ from, count: totals.filter((t) => t >= from && t < from + width).length });
  }
  const lines = a.criteria.grades
    .filter((g) => g.min > lo && g.min < hi)
    .map((g) => ({ value: (g.min - lo) / width - 0.5, label: `${g.name} ${g.min}`, color: "#C62828", axis: "index" as const }));
  return {
    id: "distribution",
    fileName: "05-得分分布",
    type: "bar",
    title: `${yearTitle(label)}总分分布`,
    subtitle: `每 ${width} 分一组，含下限不含上限；红线为等级分数线（不含一票否决单位）`,
    labels: bins.map((b) => `${b.from}–${b.from + width}`),
    datasets: [{ label: "单位数", data: bins.map((b) => b.count), color: "#1F5FAD", valueLabels: bins.map((b) => (b.count ? String(b.count) : null)) }],
    lines,
    valueAxis: { title: "单位数", min: 0, integer: true },
    categoryAxisTitle: "总分",
    ...CHART_SIZE,
  };
}

/** 5. 同比变化: diverging bars of the change in total, labelled with the rank movement. */
export function changeChart(a: Assessment, label: string): ChartSpec {
  const c = a.comparison!;
  const all = c.units.filter((u) => u.totalChange !== undefined).sort((x, y) => y.totalChange! - x.totalChange!);
  const { shown: units, cut, omitted } = ends(all);
  const noPrevious = c.units.filter((u) => u.totalChange === undefined).map((u) => u.result.unit.name);
  const missing = noPrevious.length > 10 ? `${noPrevious.length} 个单位` : noPrevious.join("、");
  const total = totalText(a);
  return {
    id: "change",
    fileName: "06-同比变化",
    type: "bar",
    horizontal: true,
    title: `${yearTitle(label)}总分同比变化（对比 ${c.label}）`,
    subtitle: `括号内为名次变化${cut ? `；共 ${all.length} 个单位，${CHART_TEXT.cutNote}` : ""}${noPrevious.length ? `；无上年数据：${missing}` : ""}`,
    labels: units.map((u) => (u ? u.result.unit.name : CHART_TEXT.omitted(omitted))),
    datasets: [
      {
        label: "总分增减",
        data: units.map((u) => u?.totalChange ?? null),
        ...fills(units.map((u) => (!u ? GAP_SWATCH : u.totalChange! >= 0 ? CHANGE_SWATCHES.up : CHANGE_SWATCHES.down))),
        valueLabels: units.map((u) => (u ? `${u.totalChange! > 0 ? "+" : ""}${total(u.totalChange!)}（${u.rankChange}）` : null)),
      },
    ],
    breaks: units.flatMap((u, i) => (u ? [] : [i])),
    legendItems: [
      { label: CHART_TEXT.changeUp, ...CHANGE_SWATCHES.up },
      { label: CHART_TEXT.changeDown, ...CHANGE_SWATCHES.down },
    ],
    valueAxis: { title: "总分增减（分）" },
    ...CHART_SIZE,
    height: Math.max(CHART_SIZE.height, 200 + units.length * 44),
  };
}

/** 6. 覆盖率: each rate item by unit, with its 满分线 and 起评线; an item at 100 % for every unit is not drawn (see fullRateItems). */
export function rateCharts(a: Assessment, label: string): ChartSpec[] {
  const out: ChartSpec[] = [];
  const pct = percentText(a);
  a.criteria.items.forEach((item, index) => {
    if (!RATE_RULES.has(item.rule.id)) return;
    const rated = ratedUnits(a, index);
    if (allFull(rated)) return;
    const { shown: rows, cut, omitted } = ends(rated);
    const full = item.rule.id === "completion" ? 1 : (item.params.fullLine as number);
    // Completion has no 起评线 (it scores from 0); a 起评线 of 0 is the axis itself.
    const zero = item.rule.id === "completion" ? 0 : ((item.params.zeroLine as number | undefined) ?? 0);
    const hasZero = zero > 0 && zero < full;
    const name = rateName(item);
    const state = (rate: number): Swatch => (rate >= full ? RATE_SWATCHES.full : hasZero && rate <= zero ? RATE_SWATCHES.zero : RATE_SWATCHES.partial);
    const lines = [
      { value: full, label: CHART_TEXT.fullLine(pct(full)), color: LINE_COLOURS.full },
      ...(hasZero ? [{ value: zero, label: CHART_TEXT.zeroLine(pct(zero)), color: LINE_COLOURS.zero, dash: [3, 4] }] : []),
    ];
    const notes = [rateFormula(item), cut ? `共 ${rated.length} 个单位，${CHART_TEXT.cutNote}` : "", rated.length < a.results.length ? CHART_TEXT.unrated(a.results.length - rated.length) : ""];
    out.push({
      id: `rate:${item.key}`,
      folder: CHART_FOLDERS.coverage,
      fileName: `${item.key} ${name}`,
      type: "bar",
      horizontal: true,
      title: yearTitle(label, name),
      subtitle: notes.filter(Boolean).join("；"),
      labels: rows.map((x) => (x ? x.r.unit.name : CHART_TEXT.omitted(omitted))),
      datasets: [
        {
          label: name,
          data: rows.map((x) => (x ? roundExcel(x.rate, 4) : null)),
          ...fills(rows.map((x) => (x ? state(x.rate) : GAP_SWATCH))),
          valueLabels: rows.map((x) => (x ? pct(x.rate) : null)),
        },
      ],
      breaks: rows.flatMap((x, i) => (x ? [] : [i])),
      lines,
      // The states some unit is in (the lines are labelled on the plot).
      legendItems: (
        [
          [RATE_SWATCHES.full, CHART_TEXT.rateFull(pct(full))],
          [RATE_SWATCHES.partial, CHART_TEXT.ratePartial],
          [RATE_SWATCHES.zero, CHART_TEXT.rateZero(pct(zero))],
        ] as const
      )
        .filter(([swatch]) => rated.some((x) => state(x.rate) === swatch))
        .map(([swatch, text]) => ({ label: text, ...swatch })),
      valueAxis: { min: 0, max: Math.max(1, max(rated.map((x) => x.rate), 0)), percent: true },
      ...CHART_SIZE,
      height: Math.max(CHART_SIZE.height, 200 + rows.length * 44),
    });
  });
  return out;
}

/** Units with a rate for the item, highest first. */
function ratedUnits(a: Assessment, index: number): { r: UnitResult; rate: number }[] {
  return a.results
    .map((r) => ({ r, rate: r.items.rate(index) }))
    .filter((x): x is { r: UnitResult; rate: number } => x.rate !== undefined)
    .sort((x, y) => y.rate - x.rate);
}

/** Every unit with a rate is at exactly 100 %: a chart of equal bars says nothing a sentence cannot. */
const allFull = (rated: { rate: number }[]) => rated.length > 0 && rated.every((x) => x.rate === 1);

/**
 * Rate items not drawn because every unit is at 100 %, named as their
 * charts would be (「3.1.1 信访办结率」), for the summary to say so.
 */
export function fullRateItems(a: Assessment): string[] {
  return a.criteria.items.flatMap((item, index) => (RATE_RULES.has(item.rule.id) && allFull(ratedUnits(a, index)) ? [`${item.key} ${rateName(item)}`] : []));
}

/**
 * The item's formula in words: 分子 ÷ 分母; (满意 + 基本满意) ÷ 有效问卷 for
 * 满意度; 实际值 ÷ 目标值 for a completion (the target written as a number
 * when it is a parameter).
 */
export function rateFormula(item: Pick<CriteriaItem, "rule" | "fields" | "params">): string {
  const [first, second, third] = item.fields;
  if (item.rule.id === "satisfaction") return CHART_TEXT.satisfaction(first, second, third);
  if (item.rule.id === "completion" && second === undefined) {
    const target = item.params.target as { value: number; unit?: string } | undefined;
    return CHART_TEXT.ratio(first, target ? `${target.value}${target.unit ?? ""}` : "目标值");
  }
  return CHART_TEXT.ratio(first, second);
}
