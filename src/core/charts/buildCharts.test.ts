import { describe, expect, it } from "vitest";
import { scoreRows, sheet, type CriteriaRow } from "../../../test/grids.js";
import { buildCharts, categoryMeansChart, ends, fullRateItems, rankingChart, rateCharts, rateFormula, unitRadar } from "./buildCharts.js";
import { CATEGORY_PALETTE, GRADE_PALETTE } from "./chartSpec.js";

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
    // 39 eligible (单位40 vetoed): places 1–20, a row for the 39 − 30 = 9 left out, places 30–39, then the vetoed unit
    expect(chart.labels).toHaveLength(32);
    expect(chart.labels[0]).toBe("1. 单位1");
    expect(chart.labels[19]).toBe("20. 单位20");
    expect(chart.labels[20]).toBe("… 省略 9 个单位 …");
    expect(chart.datasets[0].data[20]).toBeNull();
    expect(chart.datasets[0].valueLabels![20]).toBeNull();
    expect(chart.breaks).toEqual([20]);
    expect(chart.labels[21]).toBe("30. 单位30");
    expect(chart.labels[31]).toBe("单位40（否决）");
    expect(chart.subtitle).toContain("图中为前 20 名和后 10 名");
    expect((chart.datasets[0].color as string[])[31]).toBe("#A6A6A6");
  });

  it("rate charts draw the item's 满分线 and sort units by rate", () => {
    const { assessment } = scoreRows(ITEMS, [
      { 单位名称: "甲", 得分: 80, 文明科室数: 3, 科室总数: 5, 事故: "否" },
      { 单位名称: "乙", 得分: 80, 文明科室数: 5, 科室总数: 5, 事故: "否" },
    ]);
    const [chart] = rateCharts(assessment, "2026");
    expect(chart.labels).toEqual(["乙", "甲"]);
    expect(chart.datasets[0].data).toEqual([1, 0.6]);
    // 百分比小数位数 defaults to 2: 80% is written 80.00%
    expect(chart.lines).toEqual([{ value: 0.8, label: "满分线 80.00%", color: "#C62828" }]);
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
      // The year's 年度 and the name's are one (it was 「2026年 年度工作目标完成率」, before that 「2026年度年度…」).
      ["2026年度工作目标完成率", "年度工作目标完成率"],
      ["2026年度招商引资任务完成率", "招商引资任务完成率"],
      ["2026年度党员占比", "党员占比"],
    ]);
  });
});

/** Two CJK characters said twice in a row: 「年度年度」, 「完成完成」. */
const doubled = (text: string) => /([\u4e00-\u9fff]{2})\1/.exec(text)?.[0];

describe("charts a leader reads without help (issue 15)", () => {
  const items: CriteriaRow[] = [
    ["1", "组织", "得分", 80, "直接打分", "得分"],
    ["2", "目标", "年度工作目标完成", 5, "完成率", "目标完成项数/年度目标项数"],
    ["3", "目标", "年度目标任务完成情况", 5, "完成率", "任务完成数/任务数"],
    ["4", "服务", "民主测评满意度", 5, "满意度", "满意票数,基本满意票数,有效问卷数", "满分线=90%;起评线=50%"],
    ["5", "环境", "信访办结率", 5, "比率", "办结数/受理数"],
    ["6", "一票否决", "事故", "", "否决", "事故"],
  ];
  const unit = (name: string, category: string, score: number, done: number, extra: Record<string, number | string> = {}) => ({
    单位名称: name,
    单位类别: category,
    得分: score,
    目标完成项数: done,
    年度目标项数: 10,
    任务完成数: done,
    任务数: 10,
    满意票数: 30,
    基本满意票数: 10,
    有效问卷数: 50,
    办结数: 4,
    受理数: 4,
    事故: "否",
    ...extra,
  });

  it("no title or file name says a word twice", () => {
    const { assessment } = scoreRows(items, [unit("甲", "机关", 70, 9), unit("乙", "乡镇", 60, 8)]);
    const charts = buildCharts(assessment, { label: "2026", units: "all" });
    for (const c of charts) {
      expect(doubled(c.title), c.title).toBeUndefined();
      expect(doubled(c.fileName), c.fileName).toBeUndefined();
    }
    // 「年度目标任务完成情况」 is named as its 完成率, 情况 dropped rather than 完成 said twice
    expect(charts.map((c) => c.fileName)).toContain("3 年度目标任务完成率");
  });

  it("the 满意度 subtitle is its formula, not a list of fields", () => {
    const { assessment } = scoreRows(items, [unit("甲", "机关", 70, 9), unit("乙", "乡镇", 60, 8, { 满意票数: 10 })]);
    const chart = rateCharts(assessment, "2026").find((c) => c.id === "rate:4")!;
    expect(chart.subtitle!.startsWith("（满意票数 + 基本满意票数）÷ 有效问卷数")).toBe(true);
    expect(chart.subtitle).not.toContain("满意票数 / 基本满意票数");
    expect(rateFormula(assessment.criteria.items[4])).toBe("办结数 ÷ 受理数");
  });

  it("labels have one precision per kind: totals at 小数位数, rates at 百分比小数位数, trailing zeros kept", () => {
    const settings = sheet("设置", [["设置项", "值"], ["小数位数", 2], ["百分比小数位数", 1]]);
    const { assessment } = scoreRows(items, [unit("甲", "机关", 70, 9), unit("乙", "机关", 60, 8, { 满意票数: 10 })], [settings]);
    // 甲: 70 + 9/10 × 5 + 9/10 × 5 + 满意度 (30 + 10)/50 = 80%, between 50% and 90%: (0.8 − 0.5)/(0.9 − 0.5) × 5 = 3.75, + 信访 4/4 → 5 = 87.75 良好
    // 乙: 60 + 4 + 4 + 满意度 (10 + 10)/50 = 40% ≤ 50% → 0, + 5 = 73 → 「73.00」, its zeros kept
    expect(rankingChart(assessment, "2026").datasets[0].valueLabels).toEqual(["87.75 良好", "73.00 合格"]);
    const sat = rateCharts(assessment, "2026").find((c) => c.id === "rate:4")!;
    // 甲 (30+10)/50 = 80.0%, 乙 (10+10)/50 = 40.0%: one decimal each, the 0 kept
    expect(sat.datasets[0].valueLabels).toEqual(["80.0%", "40.0%"]);
    const means = categoryMeansChart(assessment, "2026");
    // (87.75 + 73)/2 = 80.375 → 80.38 (half away from zero)
    expect(means.labels).toEqual(["机关（2 个）\n平均 80.38"]);
    expect(means.ranges).toEqual([{ min: 73, max: 87.75 }]);
    expect(means.rangeLabels).toEqual([{ min: "最低 73.00", max: "最高 87.75" }]);
  });

  it("legends name what colours mean: grades (and 否决) in 01, rate states in 覆盖率; grades and categories never share a colour", () => {
    const { assessment } = scoreRows(items, [unit("甲", "机关", 70, 9), unit("乙", "乡镇", 60, 8, { 满意票数: 10 }), unit("丙", "乡镇", 60, 8, { 事故: "是" })]);
    expect(rankingChart(assessment, "2026").legendItems!.map((l) => l.label)).toEqual(["优秀", "良好", "合格", "不合格", "否决"]);
    const sat = rateCharts(assessment, "2026").find((c) => c.id === "rate:4")!;
    // 甲 80% and 丙 80% are between the lines, 乙 40% is at or below the 起评线 50%: no unit reaches 90%
    expect(sat.legendItems!.map((l) => l.label)).toEqual(["未达满分线", "不高于起评线（50.00%），不得分"]);
    expect(GRADE_PALETTE.filter((c) => CATEGORY_PALETTE.includes(c))).toEqual([]);
  });

  it("a rate chart draws its 起评线 beside the 满分线", () => {
    const { assessment } = scoreRows(items, [unit("甲", "机关", 70, 9), unit("乙", "乡镇", 60, 8, { 满意票数: 10 })]);
    const sat = rateCharts(assessment, "2026").find((c) => c.id === "rate:4")!;
    expect(sat.lines!.map((l) => [l.value, l.label])).toEqual([
      [0.9, "满分线 90.00%"],
      [0.5, "起评线 50.00%"],
    ]);
  });

  it("an item at 100 % for every unit gets no chart, and is named for the summary", () => {
    // 信访办结率 4/4 for both; the completions 90% and 80% are drawn
    const { assessment } = scoreRows(items, [unit("甲", "机关", 70, 9), unit("乙", "乡镇", 60, 8)]);
    const ids = rateCharts(assessment, "2026").map((c) => c.id);
    expect(ids).toEqual(["rate:2", "rate:3", "rate:4"]);
    expect(fullRateItems(assessment)).toEqual(["5 信访办结率"]);
  });

  it("long lists keep their top 20 and bottom 10 with one row standing for the rest", () => {
    const list = Array.from({ length: 35 }, (_, i) => i + 1);
    const { shown, cut, omitted } = ends(list);
    // 35 − 30 = 5 left out: 1–20, the gap, 26–35
    expect([shown.length, cut, omitted, shown[19], shown[20], shown[21]]).toEqual([31, true, 5, 20, null, 26]);
    expect(ends(list.slice(0, 30))).toEqual({ shown: list.slice(0, 30), cut: false, omitted: 0 });
  });

  it("a unit's radar compares it with its category's mean and with all units", () => {
    const { assessment, byName } = scoreRows(items, [unit("甲", "机关", 80, 10), unit("乙", "机关", 40, 10), unit("丙", "乡镇", 20, 10)]);
    const radar = unitRadar(assessment, byName("甲"), "2026");
    expect(radar.datasets.map((d) => d.label)).toEqual(["甲", "机关平均", "全部单位平均"]);
    // 组织 (80 points): 甲 80/80 = 1; 机关 (80 + 40)/2 = 60 → 0.75; all (80 + 40 + 20)/3 = 46.67 → 0.5833
    expect(radar.datasets.map((d) => d.data[0])).toEqual([1, 0.75, 0.5833]);
    // Told apart without colour: the averages dashed, each its own marker
    expect(radar.datasets.map((d) => d.pointStyle)).toEqual(["circle", "triangle", "rect"]);
    expect(radar.datasets[1].dash).toBeDefined();
  });
});
