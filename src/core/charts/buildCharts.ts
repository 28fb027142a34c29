import type { Assessment } from "../score/assess.js";
import type { UnitResult } from "../model.js";
import { mean } from "../math/mean.js";
import { roundExcel } from "../math/roundExcel.js";
import { VETO_LABEL, yearTitle } from "../i18n/labels.js";
import { rateName } from "../compare/figures.js";
import { satisfactionChart } from "./satisfactionChart.js";
import { historyTrendChart, rankPathsChart } from "./historyCharts.js";
import { CATEGORY_PALETTE, CHART_SIZE, GRADE_PALETTE, VETO_COLOUR, type ChartSpec } from "./chartSpec.js";

/** Above this many units a bar chart shows the top 20 and the bottom 10, and says so. */
const RANKING_LIMIT = 30;

/** The first 20 and last 10 of a long list, or all of a short one. */
function ends<T>(list: T[]): { shown: T[]; cut: boolean } {
  return list.length > RANKING_LIMIT ? { shown: [...list.slice(0, 20), ...list.slice(-10)], cut: true } : { shown: list, cut: false };
}
const CUT_NOTE = "图中为前 20 名和后 10 名";
const RATE_RULES = new Set(["ratio", "satisfaction", "completion"]);

const show = (x: number, d = 2) => String(roundExcel(x, d));
/** A rate for a label, to 百分比小数位数 places. */
const percentOf = (a: Assessment) => (x: number) => `${roundExcel(x * 100, a.criteria.settings.percentDecimals)}%`;

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
  const wanted = opts.units === "all" ? a.results : a.results.filter((r) => opts.units?.includes(r.unit.name));
  charts.push(...wanted.map((r) => unitRadar(a, r, opts.label)));
  return charts;
}

export function gradeColour(a: Assessment, r: UnitResult): string {
  if (r.vetoes.length) return VETO_COLOUR;
  const i = a.criteria.grades.findIndex((g) => g.name === r.grade);
  return GRADE_PALETTE[Math.max(i, 0) % GRADE_PALETTE.length];
}

/** 1. 总分排名: horizontal bars in rank order, coloured by grade, vetoed units grey and marked. */
export function rankingChart(a: Assessment, label: string): ChartSpec {
  const eligible = a.results.filter((r) => !r.vetoes.length);
  const vetoed = a.results.filter((r) => r.vetoes.length);
  const { shown, cut } = ends(eligible);
  const subtitle = `共 ${a.results.length} 个单位${cut ? `，${CUT_NOTE}` : ""}；颜色表示等级，灰色为一票否决`;
  // Vetoed units are all named when few; with many, the first ten stand for them.
  const units = [...shown, ...vetoed.slice(0, 10)];
  const grades = [...a.criteria.grades.map((g) => g.name), ...(vetoed.length ? [VETO_LABEL] : [])].join("、");
  return {
    id: "ranking",
    fileName: "01-总分排名",
    type: "bar",
    horizontal: true,
    title: `${yearTitle(label)}文明单位测评总分排名`,
    subtitle: `${subtitle}（${grades}）`,
    labels: units.map((r) => (r.vetoes.length ? `${r.unit.name}（否决）` : `${r.rank}. ${r.unit.name}`)),
    datasets: [
      {
        label: "总分",
        data: units.map((r) => r.total),
        color: units.map((r) => gradeColour(a, r)),
        valueLabels: units.map((r) => `${show(r.total)}${r.vetoes.length ? " 否决" : ` ${r.grade}`}`),
      },
    ],
    valueAxis: { title: "总分", min: 0 },
    ...CHART_SIZE,
    height: Math.max(CHART_SIZE.height, 160 + units.length * 44),
  };
}

function byCategory(a: Assessment): { category: string; units: UnitResult[] }[] {
  return a.categories.map((category) => ({ category, units: a.results.filter((r) => r.unit.category === category && !r.vetoes.length) }));
}

/** 2a. 分类对比: mean total per category, with the min–max range. */
export function categoryMeansChart(a: Assessment, label: string): ChartSpec {
  const groups = byCategory(a).filter((g) => g.units.length);
  const totals = groups.map((g) => g.units.map((r) => r.total));
  return {
    id: "categoryMeans",
    fileName: "02-分类对比-平均分",
    type: "bar",
    title: `${yearTitle(label)}各类别平均分`,
    subtitle: "柱为平均分，竖线为最低分至最高分（不含一票否决单位）",
    // The mean goes under the category name: above the bar it would collide with the whisker.
    labels: groups.map((g, i) => `${g.category}（${g.units.length} 个）平均 ${show(mean(totals[i]))}`),
    datasets: [
      {
        label: "平均分",
        data: totals.map((t) => roundExcel(mean(t), 2)),
        color: groups.map((_, i) => CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]),
      },
    ],
    ranges: totals.map((t) => ({ min: Math.min(...t), max: Math.max(...t) })),
    valueAxis: { title: "总分", min: 0, max: Math.ceil(Math.max(100, ...totals.flat()) / 10) * 10 },
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
      color: g === VETO_LABEL ? VETO_COLOUR : GRADE_PALETTE[i % GRADE_PALETTE.length],
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
  const sets = [...groups.map((g) => ({ label: g.category, units: g.units })), { label: "全部单位", units: all }];
  const pct = percentOf(a);
  return {
    id: "groupRates",
    fileName: "04-一级指标得分率",
    type: "bar",
    legend: true,
    title: `${yearTitle(label)}一级指标得分率`,
    subtitle: "得分率 = 平均得分 ÷ 分值（不含一票否决单位）",
    labels: scoredGroups(a).map((g) => `${g.name}（${g.points}分）`),
    datasets: sets.map((s, i) => {
      const rates = groupRates(a, s.units);
      return {
        label: s.label,
        data: rates.map((x) => roundExcel(x, 4)),
        color: s.label === "全部单位" ? "#404040" : CATEGORY_PALETTE[i % CATEGORY_PALETTE.length],
        valueLabels: rates.map(pct),
      };
    }),
    valueAxis: { title: "得分率", min: 0, max: 1, percent: true },
    ...CHART_SIZE,
  };
}

/** 3b. One unit's 一级指标 rates against the overall average (radar). */
export function unitRadar(a: Assessment, r: UnitResult, label: string): ChartSpec {
  const all = a.results.filter((x) => !x.vetoes.length);
  return {
    id: `unit:${r.unit.name}`,
    folder: "单位",
    fileName: r.unit.name,
    type: "radar",
    legend: true,
    title: `${r.unit.name} ${yearTitle(label)}一级指标得分率`,
    subtitle: `总分 ${show(r.total)}${r.vetoes.length ? "（一票否决）" : `，${r.grade}，第 ${r.rank} 名`}；灰色为全部单位平均`,
    labels: scoredGroups(a).map((g) => g.name),
    datasets: [
      { label: r.unit.name, data: groupRates(a, [r]).map((x) => roundExcel(x, 4)), color: "#1F5FAD", asLine: true },
      { label: "全部单位平均", data: groupRates(a, all).map((x) => roundExcel(x, 4)), color: "#8C8C8C", asLine: true },
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
  const lo = totals.length ? Math.floor(Math.min(...totals) / width) * width : 0;
  const hi = totals.length ? Math.max(lo + width, Math.floor(Math.max(...totals) / width) * width + width) : width;
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
  const { shown: units, cut } = ends(all);
  const noPrevious = c.units.filter((u) => u.totalChange === undefined).map((u) => u.result.unit.name);
  const missing = noPrevious.length > 10 ? `${noPrevious.length} 个单位` : noPrevious.join("、");
  return {
    id: "change",
    fileName: "06-同比变化",
    type: "bar",
    horizontal: true,
    title: `${yearTitle(label)}总分同比变化（对比 ${c.label}）`,
    subtitle: `绿色为提高，红色为降低；括号内为名次变化${cut ? `；共 ${all.length} 个单位，${CUT_NOTE}` : ""}${noPrevious.length ? `；无上年数据：${missing}` : ""}`,
    labels: units.map((u) => u.result.unit.name),
    datasets: [
      {
        label: "总分增减",
        data: units.map((u) => u.totalChange!),
        color: units.map((u) => (u.totalChange! >= 0 ? "#2E7D32" : "#C62828")),
        valueLabels: units.map((u) => `${u.totalChange! > 0 ? "+" : ""}${show(u.totalChange!)}（${u.rankChange}）`),
      },
    ],
    valueAxis: { title: "总分增减（分）" },
    ...CHART_SIZE,
    height: Math.max(CHART_SIZE.height, 160 + units.length * 44),
  };
}

/** 6. 覆盖率: each rate item by unit, with its 满分线. */
export function rateCharts(a: Assessment, label: string): ChartSpec[] {
  const out: ChartSpec[] = [];
  const pct = percentOf(a);
  a.criteria.items.forEach((item, index) => {
    if (!RATE_RULES.has(item.rule.id)) return;
    const rated = a.results
      .map((r) => ({ r, rate: r.items.rate(index) }))
      .filter((x): x is { r: UnitResult; rate: number } => x.rate !== undefined)
      .sort((x, y) => y.rate - x.rate);
    const { shown: rows, cut } = ends(rated);
    const full = item.rule.id === "completion" ? 1 : (item.params.fullLine as number);
    const name = rateName(item);
    out.push({
      id: `rate:${item.key}`,
      folder: "覆盖率",
      fileName: `${item.key} ${name}`,
      type: "bar",
      horizontal: true,
      title: yearTitle(label, name),
      subtitle: `${item.fields.join(" / ")}；红线为满分线 ${pct(full)}${cut ? `；共 ${rated.length} 个单位，${CUT_NOTE}` : ""}${rated.length < a.results.length ? `；${a.results.length - rated.length} 个单位无法计算（见问题清单）` : ""}`,
      labels: rows.map((x) => x.r.unit.name),
      datasets: [
        {
          label: name,
          data: rows.map((x) => roundExcel(x.rate, 4)),
          color: rows.map((x) => (x.rate >= full ? "#2E7D32" : "#E0A100")),
          valueLabels: rows.map((x) => pct(x.rate)),
        },
      ],
      lines: [{ value: full, label: `满分线 ${pct(full)}`, color: "#C62828" }],
      valueAxis: { min: 0, max: Math.max(1, ...rows.map((x) => x.rate)), percent: true },
      ...CHART_SIZE,
      height: Math.max(CHART_SIZE.height, 160 + rows.length * 44),
    });
  });
  return out;
}
