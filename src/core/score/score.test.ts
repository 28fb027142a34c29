import { describe, expect, it } from "vitest";
import { book, parseCriteriaRows, scoreRows, sheet, type CriteriaRow } from "../../../test/grids.js";
import { assess } from "./assess.js";

const ITEMS: CriteriaRow[] = [
  ["1", "组织", "甲", 60, "直接打分", "甲分"],
  ["2", "作风", "乙", 40, "直接打分", "乙分"],
  ["3", "加分项目", "荣誉", 5, "加分", "省级", "各级分值=2"],
  ["4", "一票否决", "事故", "", "否决", "事故"],
];
const unit = (name: string, category: string, a: number, b: number, honours = 0, veto = "否") => ({
  单位名称: name, 单位类别: category, 甲分: a, 乙分: b, 省级: honours, 事故: veto,
});
// Totals: A 55 + 35 = 90; B 50 + 38 + 2 = 90; C 50 + 30 = 80; D 45 + 38.005 → 38.01 → 83.01;
// E 60 + 40 = 100 but vetoed; F 40 + 30 = 70.
const UNITS = [
  unit("A局", "机关", 55, 35),
  unit("B镇", "乡镇", 50, 38, 1),
  unit("C局", "机关", 50, 30),
  unit("D镇", "乡镇", 45, 38.005),
  unit("E局", "机关", 60, 40, 0, "是"),
  unit("F镇", "乡镇", 40, 30),
];
const settings = (method: string) => [sheet("设置", [["排名方式", method]])];

describe("totals, grades, vetoes", () => {
  const { assessment, byName } = scoreRows(ITEMS, UNITS);
  it("rounds each item with Excel ROUND before summing: 38.005 → 38.01", () => {
    expect(byName("D镇")).toMatchObject({ basic: 83.01, bonus: 0, total: 83.01 });
    expect(byName("B镇")).toMatchObject({ basic: 88, bonus: 2, total: 90 });
  });
  it("grades by the default lines (优秀 90 / 良好 80 / 合格 60)", () => {
    expect(["A局", "B镇", "C局", "D镇", "F镇"].map((n) => byName(n).grade)).toEqual(["优秀", "优秀", "良好", "良好", "合格"]);
  });
  it("a vetoed unit gets no grade or place and is listed after the eligible ones", () => {
    expect(byName("E局")).toMatchObject({ grade: "", total: 100 });
    expect(byName("E局").rank).toBeUndefined();
    expect(assessment.results.map((r) => r.unit.name)).toEqual(["A局", "B镇", "D镇", "C局", "F镇", "E局"]);
  });
  it("subtotals per 一级指标", () => {
    expect([...byName("B镇").groupScores]).toEqual([["组织", 50], ["作风", 38], ["加分项目", 2], ["一票否决", 0]]);
  });
});

describe("tie conventions on totals 90, 90, 83.01, 80, 70", () => {
  const ranks = (method: string) => {
    const { assessment } = scoreRows(ITEMS, UNITS, settings(method));
    return assessment.results.filter((r) => !r.vetoes.length).map((r) => [r.unit.name, r.rank, r.categoryRank]);
  };
  it("美式 = RANK.EQ: 1, 1, 3, 4, 5", () => {
    expect(ranks("美式")).toEqual([["A局", 1, 1], ["B镇", 1, 1], ["D镇", 3, 2], ["C局", 4, 2], ["F镇", 5, 3]]);
  });
  it("中国式 = dense: 1, 1, 2, 3, 4", () => {
    expect(ranks("中国式")).toEqual([["A局", 1, 1], ["B镇", 1, 1], ["D镇", 2, 2], ["C局", 3, 2], ["F镇", 4, 3]]);
  });
  it("平均 = RANK.AVG: 1.5, 1.5, 3, 4, 5", () => {
    expect(ranks("平均")).toEqual([["A局", 1.5, 1], ["B镇", 1.5, 1], ["D镇", 3, 2], ["C局", 4, 2], ["F镇", 5, 3]]);
  });
  it("ranks on the published total: 89.996 and 90.004 both show 90.00 and tie", () => {
    const { assessment } = scoreRows(
      [["1", "组织", "甲", 100, "公式", "", "公式=x"]],
      [{ 单位名称: "甲", 单位类别: "机关", x: 89.996 }, { 单位名称: "乙", 单位类别: "机关", x: 90.004 }],
    );
    expect(assessment.results.map((r) => [r.total, r.rank])).toEqual([[90, 1], [90, 1]]);
  });
});

describe("item statistics", () => {
  it("mean, median, STDEV.S, score rate and full-score count of item 甲 over the five ranked units (E局, vetoed, left out)", () => {
    const { assessment } = scoreRows(ITEMS, UNITS);
    const s = assessment.statistics[0];
    // 甲 scores without E局's 60: 55, 50, 50, 45, 40 → mean 48, median 50, none at the full 60;
    // squared deviations 49+4+4+9+64 = 130, /4 = 32.5, STDEV.S = √32.5
    expect(s).toMatchObject({ count: 5, mean: 48, median: 50, max: 55, min: 40, fullCount: 0 });
    expect(s.stdDev).toBeCloseTo(Math.sqrt(32.5), 12);
    expect(s.scoreRate).toBeCloseTo(48 / 60, 12);
  });
  it("pooled rate Σ分子/Σ分母 differs from the mean of unit rates", () => {
    const { assessment } = scoreRows(
      [["1", "环境", "文明科室", 10, "比率", "文明科室数/科室总数"]],
      [{ 单位名称: "甲", 文明科室数: 4, 科室总数: 5 }, { 单位名称: "乙", 文明科室数: 13, 科室总数: 18 }],
    );
    // pooled (4 + 13) / (5 + 18) = 17/23; mean of 0.8 and 0.7222… = 0.76111…
    expect(assessment.statistics[0].pooledRate).toBeCloseTo(17 / 23, 12);
    expect(assessment.statistics[0].meanRate).toBeCloseTo((0.8 + 13 / 18) / 2, 12);
  });
});

describe("the analyses after ranking", () => {
  const rows: CriteriaRow[] = [
    ["1.1", "组织", "学习", 10, "直接打分", "B"],
    ["2.1", "环境", "整改", 10, "直接打分", "D"],
  ];
  const units = ["甲", "乙", "丙", "丁"].map((name, i) => ({ 单位名称: name, 单位类别: "机关", B: 10 - i, D: 4 + i * 2 }));

  it("are run by default and skipped with analyses: false (kaoping weights needs only the item rates)", () => {
    const grid = sheet("申报数据", [["单位名称", "单位类别", "B", "D"], ...units.map((u) => [u.单位名称, u.单位类别, u.B, u.D])]);
    const { criteria } = parseCriteriaRows(rows);
    const full = assess(criteria, book("申报.xlsx", grid));
    expect(full.robustness?.units.length).toBe(4);
    expect(full.diagnostics?.units).toBe(4);
    const bare = assess(criteria, book("申报.xlsx", grid), undefined, { analyses: false });
    expect(bare.robustness).toBeUndefined();
    expect(bare.diagnostics).toBeUndefined();
    // Scores and ranks are the same either way.
    expect(bare.results.map((r) => [r.unit.name, r.total, r.rank])).toEqual(full.results.map((r) => [r.unit.name, r.total, r.rank]));
  });
});
