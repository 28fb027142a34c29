import type { Assessment } from "../score/assess.js";
import type { History, UnitYear } from "../history/history.js";
import { mean } from "../math/mean.js";
import { roundExcel } from "../math/roundExcel.js";
import { HISTORY_CHARTS } from "../i18n/labels.js";
import { CATEGORY_PALETTE, type ChartSpec } from "./chartSpec.js";
import { max } from "../math/max.js";
import { min } from "../math/min.js";
import { totalText } from "./chartNumbers.js";

/** Units whose rank paths are drawn: this year's first places. */
const RANK_PATH_UNITS = 6;
const PANEL_COLUMNS = 3;

/** One category's totals in one year: eligible units (not vetoed) with a total, as that year's file has them. */
export interface CategoryYear {
  year: number;
  count: number;
  mean?: number;
  min?: number;
  max?: number;
}

/**
 * Per category of this year, each held year's mean, lowest and highest
 * total among its eligible units (the category as each year's file wrote it).
 * (the mean rounded once, with Excel's ROUND at 小数位数, as the totals are).
 * @example // 乡镇 2026, 2 decimals: 99.43, 97.92, 94.6, 94.6 → mean 96.6375 → 96.64, min 94.6, max 99.43
 */
function categoryYears(history: History, categories: readonly string[], decimals: number): { category: string; years: CategoryYear[] }[] {
  return categories.map((category) => ({
    category,
    years: history.years.map((y) => {
      const totals = y.units.filter((s) => s.category === category && !s.vetoed && s.total !== undefined).map((s) => s.total!);
      return totals.length
        ? { year: y.year, count: totals.length, mean: roundExcel(mean(totals), decimals), min: min(totals), max: max(totals) }
        : { year: y.year, count: 0 };
    }),
  }));
}

/**
 * 历年各类别平均分: one panel per category, the mean total by year as a
 * line over the min–max band, every panel on the same value axis so the
 * categories compare at a glance. Only with history.
 */
export function historyTrendChart(a: Assessment, label: string): ChartSpec | undefined {
  const h = a.history;
  if (!h || h.years.length < 2) return undefined;
  const groups = categoryYears(h, a.categories, a.criteria.settings.decimals).filter((g) => g.years.some((y) => y.count));
  const lows = groups.flatMap((g) => g.years.map((y) => y.min).filter((x) => x !== undefined));
  const highs = groups.flatMap((g) => g.years.map((y) => y.max).filter((x) => x !== undefined));
  // A shared axis in steps of 5, with a step of room above for the labels.
  const min = Math.max(0, Math.floor(Math.min(...lows) / 5) * 5 - 5);
  const max = Math.ceil(Math.max(...highs) / 5) * 5 + 5;
  const labels = h.years.map((y) => HISTORY_CHARTS.year(y.year));
  const first = h.years[0].year;
  const shown = totalText(a);
  const panels: ChartSpec[] = groups.map((g, i) => {
    const colour = CATEGORY_PALETTE[a.categories.indexOf(g.category) % CATEGORY_PALETTE.length] ?? CATEGORY_PALETTE[i];
    const current = a.results.filter((r) => r.unit.category === g.category).length;
    return {
      id: `historyTrend:${g.category}`,
      fileName: g.category,
      type: "line",
      title: HISTORY_CHARTS.trendPanel(g.category, current),
      labels,
      datasets: [
        {
          label: HISTORY_CHARTS.mean,
          data: g.years.map((y) => y.mean ?? null),
          color: colour,
          // At 小数位数 with trailing zeros, as every other chart label (94.60, not 94.6).
          valueLabels: g.years.map((y) => (y.mean === undefined ? null : shown(y.mean))),
          band: { low: g.years.map((y) => y.min ?? null), high: g.years.map((y) => y.max ?? null) },
        },
      ],
      valueAxis: { title: HISTORY_CHARTS.total, min, max },
      width: 0,
      height: 0,
    };
  });
  return panelGrid({
    id: "historyTrend",
    fileName: "08-历年趋势-类别平均分",
    title: HISTORY_CHARTS.trendTitle(label, first, h.year),
    subtitle: HISTORY_CHARTS.trendSubtitle,
    panels,
    panelHeight: 640,
  });
}

/**
 * 前 N 名的历年名次: small multiples, one panel per unit of this year's
 * first places (eligible units, rank order), its 总排名 名次 by year on an
 * inverted axis (first place at the top) shared by every panel. A year with
 * no place (absent, before a merger, vetoed) is a gap, named under the panel.
 */
export function rankPathsChart(a: Assessment, label: string, count = RANK_PATH_UNITS): ChartSpec | undefined {
  const h = a.history;
  if (!h || h.years.length < 2) return undefined;
  const top = a.results.filter((r) => !r.vetoes.length).slice(0, count);
  if (!top.length) return undefined;
  const labels = h.years.map((y) => HISTORY_CHARTS.year(y.year));
  // The axis runs to the most units ranked in any year, so a panel's height means the same in every panel.
  const deepest = max(h.years.map((y) => y.units.filter((s) => s.rank !== undefined).length));
  const panels: ChartSpec[] = top.map((r, i) => {
    const path = h.years.map((y) => h.units.get(r.unit.name)?.years.find((u) => u.year === y.year));
    const missing = noRankNote(h.years.map((y, k) => ({ year: y.year, why: path[k]?.rank === undefined ? reason(path[k]) : undefined })));
    return {
      id: `rankPath:${r.unit.name}`,
      fileName: r.unit.name,
      type: "line",
      title: HISTORY_CHARTS.rankPanel(r.rank ?? i + 1, r.unit.name),
      // Every panel has a subtitle line, so the plots line up: the category, and the years without a place.
      subtitle: HISTORY_CHARTS.rankPanelNote(r.unit.category, missing),
      labels,
      datasets: [
        {
          label: HISTORY_CHARTS.rankAxis,
          data: path.map((u) => u?.rank ?? null),
          color: CATEGORY_PALETTE[Math.max(0, a.categories.indexOf(r.unit.category)) % CATEGORY_PALETTE.length],
          valueLabels: path.map((u) => (u?.rank === undefined ? null : HISTORY_CHARTS.rankLabel(u.rank))),
        },
      ],
      // Half a place of room each side, so a first or last place and its label are not cut by the frame.
      valueAxis: { title: HISTORY_CHARTS.rankAxis, min: 0.5, max: Math.max(deepest, 2) + 0.5, ticks: rankTicks(deepest), reverse: true },
      width: 0,
      height: 0,
    };
  });
  return panelGrid({
    id: "rankPaths",
    fileName: "09-历年趋势-前列单位名次",
    title: HISTORY_CHARTS.rankTitle(label, top.length),
    subtitle: HISTORY_CHARTS.rankSubtitle(h.years[0].year, h.year),
    panels,
    panelHeight: 480,
  });
}

/**
 * The rank axis' ticks: every place up to 8 units, else 1 and every other place.
 * @example rankTicks(13) // => [1, 3, 5, 7, 9, 11, 13]
 */
export function rankTicks(deepest: number): number[] {
  const step = deepest > 8 ? 2 : 1;
  const out: number[] = [];
  for (let t = 1; t <= Math.max(deepest, 2); t += step) out.push(t);
  return out;
}

/**
 * The years of a path without a place, grouped by why, short enough for a panel.
 * @example noRankNote([{ year: 2024, why: "merged" }, { year: 2025, why: "merged" }, { year: 2026 }]) // => "2024、2025 年合并前"
 */
function noRankNote(years: { year: number; why?: keyof typeof HISTORY_CHARTS.noRank }[]): string | undefined {
  const groups = (Object.keys(HISTORY_CHARTS.noRank) as (keyof typeof HISTORY_CHARTS.noRank)[])
    .map((why) => ({ why, years: years.filter((y) => y.why === why).map((y) => y.year) }))
    .filter((g) => g.years.length);
  return groups.length ? groups.map((g) => HISTORY_CHARTS.noRankGroup(g.years.join("、"), HISTORY_CHARTS.noRank[g.why])).join("，") : undefined;
}

function reason(y: UnitYear | undefined): keyof typeof HISTORY_CHARTS.noRank {
  if (y?.vetoed) return "vetoed";
  return y?.status === "merged" ? "merged" : "absent";
}

/** Room above the grid for the chart's title and subtitle, in logical pixels. */
const PANEL_HEADER = 130;
const WIDTH = 1600;

/** Panels laid out in rows of three under one title; each panel gets its cell's size. */
function panelGrid(g: { id: string; fileName: string; title: string; subtitle: string; panels: ChartSpec[]; panelHeight: number }): ChartSpec {
  const columns = Math.min(PANEL_COLUMNS, g.panels.length);
  const rows = Math.ceil(g.panels.length / columns);
  const width = Math.floor(WIDTH / columns);
  return {
    id: g.id,
    fileName: g.fileName,
    type: "panels",
    title: g.title,
    subtitle: g.subtitle,
    labels: [],
    datasets: [],
    panels: g.panels.map((p) => ({ ...p, width, height: g.panelHeight })),
    columns,
    width: WIDTH,
    height: PANEL_HEADER + rows * g.panelHeight,
  };
}
