import { describe, expect, it } from "vitest";
import { scoreRows, type CriteriaRow } from "../../../test/grids.js";
import { buildCharts, rankingChart, rateCharts } from "./buildCharts.js";

const ITEMS: CriteriaRow[] = [
  ["1", "组织", "得分", 90, "直接打分", "得分"],
  ["2", "环境", "文明科室创建率", 10, "比率", "文明科室数/科室总数", "满分线=80%"],
  ["3", "一票否决", "事故", "", "否决", "事故"],
];

describe("chart specifications", () => {
  it("with more than 30 units the ranking shows the top 20 and bottom 10 and says so", () => {
    const units = Array.from({ length: 40 }, (_, i) => ({ 单位名称: `单位${i + 1}`, 单位类别: "机关", 得分: 90 - i, 文明科室数: 5, 科室总数: 5, 事故: i === 39 ? "是" : "否" }));
    const { assessment } = scoreRows(ITEMS, units);
    const chart = rankingChart(assessment, "2026");
    // 39 eligible (单位40 vetoed): places 1–20 and 30–39, then the vetoed unit
    expect(chart.labels).toHaveLength(31);
    expect(chart.labels[0]).toBe("1. 单位1");
    expect(chart.labels[19]).toBe("20. 单位20");
    expect(chart.labels[20]).toBe("30. 单位30");
    expect(chart.labels[30]).toBe("单位40（否决）");
    expect(chart.subtitle).toContain("图中为前 20 名和后 10 名");
    expect((chart.datasets[0].color as string[])[30]).toBe("#A6A6A6");
  });

  it("rate charts draw the item's 满分线 and sort units by rate", () => {
    const { assessment } = scoreRows(ITEMS, [
      { 单位名称: "甲", 得分: 80, 文明科室数: 3, 科室总数: 5, 事故: "否" },
      { 单位名称: "乙", 得分: 80, 文明科室数: 5, 科室总数: 5, 事故: "否" },
    ]);
    const [chart] = rateCharts(assessment, "2026");
    expect(chart.labels).toEqual(["乙", "甲"]);
    expect(chart.datasets[0].data).toEqual([1, 0.6]);
    expect(chart.lines).toEqual([{ value: 0.8, label: "满分线 80%", color: "#C62828" }]);
  });

  it("radars only on request; every chart has a title with the year", () => {
    const { assessment } = scoreRows(ITEMS, [{ 单位名称: "甲", 得分: 80, 文明科室数: 3, 科室总数: 5, 事故: "否" }]);
    expect(buildCharts(assessment, { label: "2026" }).some((c) => c.type === "radar")).toBe(false);
    const withRadar = buildCharts(assessment, { label: "2026", units: ["甲"] });
    const radar = withRadar.find((c) => c.type === "radar")!;
    // 组织 80 of 90 → 88.89%; 环境 3/5 = 60% against a 80% line → 0.75 × 10 = 7.5 of 10 → 75%
    expect(radar.datasets[0].data).toEqual([80 / 90, 0.75].map((x) => Math.round(x * 10000) / 10000));
    for (const c of withRadar) expect(c.title).toContain("2026");
  });
});

describe("rate chart names", () => {
  it("a completion item named …完成 gets 率, not a second 完成; a name starting with 年度 is not run into the year's 年度", () => {
    const items: CriteriaRow[] = [
      ["1", "目标", "年度工作目标完成", 10, "完成率", "目标完成项数/年度目标项数"],
      ["2", "经济", "招商引资任务", 10, "完成率", "招商引资额/招商引资任务额"],
      ["3", "组织", "党员占比", 10, "比率", "党员数/职工总数"],
    ];
    const { assessment } = scoreRows(items, [{ 单位名称: "甲", 目标完成项数: 9, 年度目标项数: 10, 招商引资额: 80, 招商引资任务额: 100, 党员数: 3, 职工总数: 10 }]);
    expect(rateCharts(assessment, "2026").map((c) => [c.title, c.datasets[0].label])).toEqual([
      ["2026年 年度工作目标完成率", "年度工作目标完成率"],
      ["2026年度招商引资任务完成率", "招商引资任务完成率"],
      ["2026年度党员占比", "党员占比"],
    ]);
  });
});
