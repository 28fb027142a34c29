import type { Assessment } from "../score/assess.js";
import type { UnitRobustness } from "../analysis/rankRobustness.js";
import { CHART_TEXT, ROBUSTNESS as R, yearTitle } from "../i18n/labels.js";
import { ends } from "./buildCharts.js";
import { CHART_SIZE, LINE_COLOURS, type ChartSpec } from "./chartSpec.js";

/** Half the bar's extra length each side, in places: an interval of one place ([3, 3]) still shows as a short bar. */
const PAD = 0.25;

/**
 * 稳健性: units by nominal rank (top to bottom), a bar over each one's
 * 5 %–95 % rank interval, a diamond at the median and a triangle at the
 * published rank; long lists show the top 20 and the bottom 10 with the
 * 「… 省略 N 个单位 …」 row, as the ranking chart does. Grey bar, black
 * marks: it prints the same in grey.
 */
export function robustnessChart(a: Assessment, label: string): ChartSpec | undefined {
  const rb = a.robustness;
  if (!rb) return undefined;
  const { shown, cut, omitted } = ends<UnitRobustness>(rb.units);
  const n = rb.units.length;
  const ticks = rankTicks(n);
  return {
    id: "robustness",
    fileName: "10-名次稳健性",
    type: "bar",
    horizontal: true,
    title: R.chartTitle(yearTitle(label)),
    subtitle: R.chartSubtitle(rb.draws, rb.delta, cut),
    labels: shown.map((u) => (u ? unitLabel(u) : CHART_TEXT.omitted(omitted))),
    datasets: [
      { label: R.chartInterval, data: shown.map((u) => (u ? u.high + PAD : null)), from: shown.map((u) => (u ? u.low - PAD : null)), color: "#BDBDBD", pointStyle: "rect" },
      { label: R.chartMedian, data: shown.map((u) => u?.median ?? null), color: "#262626", asLine: true, markers: true, pointStyle: "rectRot" },
      { label: R.chartNominal, data: shown.map((u) => u?.rank ?? null), color: "#FFFFFF", asLine: true, markers: true, pointStyle: "triangle" },
    ],
    breaks: shown.flatMap((u, i) => (u ? [] : [i])),
    lines: rb.topN < n ? [{ value: rb.topN + 0.5, label: R.chartTopLine(rb.topN), color: LINE_COLOURS.full }] : [],
    legend: true,
    valueAxis: { title: R.chartAxis, min: 0.5, max: n + 0.5, ticks },
    ...CHART_SIZE,
    height: Math.max(CHART_SIZE.height, 220 + shown.length * 44),
  };
}

/**
 * A unit's row label: its rank and name, and 「（结果不稳健）」 when a grade or
 * quota line runs through it, so the chart names the units the 通报 names (a
 * unit on the 优秀 line can keep its rank in every draw and still lose its grade).
 */
export function unitLabel(u: Pick<UnitRobustness, "rank" | "unstable"> & { result: { unit: { name: string } } }): string {
  return `${u.rank}. ${u.result.unit.name}${u.unstable.length ? R.chartUnstable : ""}`;
}

/**
 * Rank ticks 1 … n at a step that keeps about ten of them.
 * @example rankTicks(11) // => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
 */
export function rankTicks(n: number): number[] {
  const step = n <= 12 ? 1 : n <= 30 ? 2 : [5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000].find((s) => n / s <= 12) ?? Math.ceil(n / 10);
  const ticks = [1];
  for (let t = step; t <= n; t += step) if (t > 1) ticks.push(t);
  return ticks;
}
