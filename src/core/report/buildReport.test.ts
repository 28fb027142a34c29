import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { assess } from "../score/assess.js";
import { buildReport } from "./buildReport.js";
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "../../../test/grids.js";

/**
 * Directions, as the criteria give them (no 数据项 sheet): 文明科室数 higher;
 * 科室总数 only a denominator → not judged; 群众投诉件数 a deduction count →
 * lower is better; 特色活动得分 a 直接打分 field → higher, measure 分;
 * 领导小组已成立 是/否 is no figure at all.
 */
const CRITERIA: CriteriaRow[] = [
  ["1", "环境", "文明科室创建率", 10, "比率", "文明科室数/科室总数"],
  ["2", "作风", "群众投诉", 10, "扣分", "群众投诉件数", "每次扣分=1"],
  ["3", "组织", "领导小组", 10, "是否", "领导小组已成立"],
  ["4", "活动", "特色活动", 10, "直接打分", "特色活动得分"],
];
const HEAD = ["单位名称", "单位类别", "文明科室数", "科室总数", "群众投诉件数", "领导小组已成立", "特色活动得分"];

/*
 * By hand (创建率 × 10; 10 − 投诉; 是 10 / 否 0; 特色 as typed):
 *   甲 2025: 4/5 → 8, 10 − 8 = 2, 10, 10 = 30;  2026: 2/4 → 5, 10 − 6 = 4, 10, 6 = 25  → −5
 *      worse: 文明科室数 4 → 2 (−50%), 特色活动得分 10 → 6 (−40%), 创建率 80% → 50% (−30 points, 30/80 = 37.5%);
 *      better: 投诉 8 → 6 (fewer complaints); not judged: 科室总数 5 → 4.
 *   乙 2025: 10 + (10 − 4) + 10 + 8 = 34;  2026: 10 + (10 − 2) + 0 (否) + 8 = 26  → −8
 *      the only figure that moved is 投诉 4 → 2, an improvement: nothing judged 退步 explains the fall.
 *   丙 2025: 2/4 → 5, 10 − 3 = 7, 10, 5 = 27;  2026: 3/3 → 10, 10 − 5 = 5, 10, 7 = 32  → +5
 *      better: 创建率 50% → 100% (+50 points, 50/50 = 100%), 文明科室数 2 → 3 (+50%), 特色 5 → 7 (+40%);
 *      worse: 投诉 3 → 5; not judged: 科室总数 4 → 3.
 */
const thisYear = sheet("申报数据", [HEAD, ["甲", "乡镇", 2, 4, 6, "是", 6], ["乙", "乡镇", 5, 5, 2, "否", 8], ["丙", "乡镇", 3, 3, 5, "是", 7]]);
const lastYear = sheet("申报数据", [HEAD, ["甲", "乡镇", 4, 5, 8, "是", 10], ["乙", "乡镇", 5, 5, 4, "是", 8], ["丙", "乡镇", 2, 4, 3, "是", 5]]);

describe("通报: 进步与退步", () => {
  const { criteria } = parseCriteriaRows(CRITERIA);
  const a = assess(criteria, book("2026.xlsx", thisYear), new IssueLog(), { previous: book("2025.xlsx", lastYear) });
  const report = buildReport(a, "2026", new Set());
  const paragraph = (start: string) => report.blocks.find((b): b is { kind: "paragraph"; text: string } => b.kind === "paragraph" && b.text.startsWith(start))!.text;

  // Issue 15: only scored figures explain a move — an item's rate, or a field an item scores directly;
  // the parts of a rate (文明科室数 over 科室总数) are said by the rate. Totals at 小数位数 2, rates,
  // 百分点 and 增幅 at 百分比小数位数 2, trailing zeros kept.
  it("a unit that went down is explained only by scored figures that got worse, largest first; one with nothing worse by its total alone", () => {
    // 乙 −8 before 甲 −5; 甲's worse scored figures: 特色活动得分 10 → 6 (4/10 = 40%) before 创建率 80% → 50%
    // (30/80 = 37.5%); not 文明科室数 (a part of the rate), nor 投诉 (an improvement), nor 科室总数.
    expect(paragraph("退步较大的单位")).toBe(
      "退步较大的单位：乙（总分 26.00 分，比上年降低 8.00 分）；" +
        "甲（总分 25.00 分，比上年降低 5.00 分；特色活动得分 6 分，比上年减少 4 分，下降 40.00%；文明科室创建率 50.00%，比上年降低 30.00 个百分点）。",
    );
  });

  it("a unit that went up is explained only by scored figures that got better", () => {
    // 丙 +5: 创建率 50% → 100% (+50 百分点, 50/50 = 100% relative) before 特色 5 → 7 (2/5 = 40%);
    // never 文明科室数 (part of the rate), 投诉 3 → 5 or 科室总数
    expect(paragraph("与 2025 年相比")).toBe(
      "与 2025 年相比，进步较大的单位：丙（总分 32.00 分，比上年提高 5.00 分；文明科室创建率 100.00%，比上年提高 50.00 个百分点；特色活动得分 7 分，比上年增加 2 分，增长 40.00%）。",
    );
  });
});

/*
 * One question (「2、您对该单位的总体评价是？」), 问卷星 columns; 设置 百分比小数位数 1.
 *   序号 1 甲局 满意, 2 甲局 满意, 3 甲局 基本满意, 4 甲局 不满意, 5 甲局 不了解, 6 甲局 (跳过) → blank,
 *   3 甲局 满意 → duplicate of 序号 3, 7 乙局 满意, 8 乙局 基本满意, 9 乙局 基本满意,
 *   10 丁局 满意, 11 丁局 不满意 → unit not assessed.
 * Read 12; excluded 单位不明 2 + 空白 1 + 重复 1 = 4; valid 12 − 4 = 8 (甲局 5, 乙局 3).
 * 满意 2 + 1 = 3, 基本满意 1 + 2 = 3; 有效回答 甲局 4 (不了解 out) + 乙局 3 = 7;
 * 满意度 (3 + 3) / 7 = 85.714…% → 85.7% at one decimal.
 */
describe("通报: the questionnaires in one sentence", () => {
  const { criteria } = parseCriteriaRows(
    [["1", "服务质量", "民主测评满意度", 10, "满意度", "满意票数,基本满意票数,有效问卷数", "满分线=90%;起评线=50%"]],
    [sheet("设置", [["设置项", "值"], ["百分比小数位数", 1], ["最少有效问卷", 1]])],
  );
  const answers: [number, string, string][] = [
    [1, "甲局", "满意"], [2, "甲局", "满意"], [3, "甲局", "基本满意"], [4, "甲局", "不满意"], [5, "甲局", "不了解"], [6, "甲局", "(跳过)"],
    [3, "甲局", "满意"], [7, "乙局", "满意"], [8, "乙局", "基本满意"], [9, "乙局", "基本满意"], [10, "丁局", "满意"], [11, "丁局", "不满意"],
  ];
  const exported = book(
    "民主测评_问卷星.xlsx",
    sheet("Sheet1", [
      ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您所评价的单位是：", "2、您对该单位的总体评价是？"],
      ...answers.map(([n, unit, answer]) => [n, `2026/3/${n} 9:00:00`, `${60 + n}秒`, "微信", "N/A", `10.0.0.${n}(浙江-温州)`, unit, answer]),
    ]),
  );
  const submissions = book("2026.xlsx", sheet("申报数据", [["单位名称", "单位类别"], ["甲局", "机关"], ["乙局", "机关"]]));
  const paragraphs = (r: ReturnType<typeof buildReport>) => r.blocks.filter((b): b is { kind: "paragraph"; text: string } => b.kind === "paragraph").map((b) => b.text);

  it("states read, valid, excluded by reason and the overall 满意度 at 百分比小数位数", () => {
    const a = assess(criteria, submissions, new IssueLog(), { questionnaires: [exported] });
    const sentence = paragraphs(buildReport(a, "2026", new Set())).find((t) => t.startsWith("民主测评"));
    expect(sentence).toBe("民主测评共读取问卷 12 份，有效问卷 8 份，剔除 4 份（单位不明 2 份、空白 1 份、重复 1 份）；全部参评单位合计满意度 85.7%（满意 3、基本满意 3，有效回答 7，不含不了解）。");
  });

  it("says nothing of questionnaires when none were given", () => {
    const a = assess(criteria, submissions, new IssueLog());
    expect(paragraphs(buildReport(a, "2026", new Set())).some((t) => t.includes("问卷"))).toBe(false);
  });
});
