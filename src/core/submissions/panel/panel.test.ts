import { describe, expect, it } from "vitest";
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "../../../../test/grids.js";
import { assess } from "../../score/assess.js";
import { explainUnit } from "../../score/scoreUnit.js";
import { IssueLog } from "../../issues.js";
import { parseSettings } from "../../criteria/parseSettings.js";
import { pickSubmissionSheet } from "../parseSubmissions.js";
import { findPanelSheets, isPanelSheet, teamOfSheet } from "./sheets.js";
import { itemReference } from "./items.js";
import { teamCoefficients } from "./teamCoefficients.js";
import { panelLayouts } from "./layouts.js";

const ITEMS: CriteriaRow[] = [
  ["1", "组织领导", "领导班子履职", 4, "直接打分", "领导班子得分"],
  ["2", "组织领导", "档案资料", 5, "直接打分", "档案资料得分"],
];
const units = (...names: string[]) => sheet("申报数据", [["单位名称", "单位类别"], ...names.map((n) => [n, "机关"])]);
type Sheet = ReturnType<typeof sheet>;
const SECOND_AVERAGE = sheet("设置", [["设置项", "值"], ["评分组校正", "二次平均法"]]);
/** Score the sheets against the rows; criteria sheets (设置) before the submissions. */
const runWith = (extra: Sheet[], rows: CriteriaRow[], ...sheets: Sheet[]) => {
  const { criteria } = parseCriteriaRows(rows, extra);
  const a = assess(criteria, book("申报.xlsx", ...sheets));
  const points = (unit: string, item = 0) => a.results.find((r) => r.unit.name === unit)!.items.points(item);
  const note = (unit: string, item = 0) => explainUnit(a.results.find((r) => r.unit.name === unit)!.unit, a.criteria)[item].explanation;
  return { a, points, note, ids: a.issues.map((i) => i.id) };
};
const run = (rows: CriteriaRow[], ...sheets: Sheet[]) => runWith([], rows, ...sheets);
const runCorrected = (rows: CriteriaRow[], ...sheets: Sheet[]) => runWith([SECOND_AVERAGE], rows, ...sheets);
const TEAM_ITEMS: CriteriaRow[] = [["1", "创建活动", "特色创建活动", 10, "直接打分", "特色得分"]];

describe("which sheets are panel sheets", () => {
  it("names with 评委, 打分, 评分 or 检查 are; exact submissions names and 评分标准 are not", () => {
    expect(["评委打分", "检查组评分汇总表", "评委打分-一组", "一组评分", "检查打分"].map(isPanelSheet)).toEqual([true, true, true, true, true]);
    expect(["汇总", "申报数据", "评分标准", "评分说明", "单位变更", "名单"].map(isPanelSheet)).toEqual([false, false, false, false, false, false]);
  });
  it("检查组评分汇总表 is never taken for the submissions sheet, though SUBMISSION_SHEET_NAMES has 汇总", () => {
    const panel = sheet("检查组评分汇总表", [["单位名称", "评委1", "评委2"]]);
    const data = sheet("Sheet1", [["单位名称", "单位类别"], ["甲局", "机关"]]);
    const b = book("申报.xlsx", panel, data);
    expect(pickSubmissionSheet(b)?.name).toBe("Sheet1");
    expect(findPanelSheets(b, data).map((s) => s.name)).toEqual(["检查组评分汇总表"]);
    // A sheet named 汇总 is the submissions sheet, even when a panel sheet comes first.
    expect(pickSubmissionSheet(book("申报.xlsx", panel, { ...data, name: "汇总" }))?.name).toBe("汇总");
  });
  it("a sheet of any name headed by 评委1, 评委2 … is a panel sheet, unless it is the submissions sheet", () => {
    const scores = sheet("Sheet2", [["单位名称", "评委1", "评委2"]]);
    const data = sheet("申报数据", [["单位名称"], ["甲局"]]);
    expect(findPanelSheets(book("x.xlsx", data, scores), data).map((s) => s.name)).toEqual(["Sheet2"]);
    expect(findPanelSheets(book("x.xlsx", data), data)).toEqual([]);
  });
  it("the team a sheet name gives", () => {
    expect(["评委打分-一组", "评委打分（二组）", "一组评分", "检查三组", "第一检查组", "评委打分", "检查组评分汇总表"].map(teamOfSheet)).toEqual(["一组", "二组", "一组", "三组", "一组", "", ""]);
  });
  it("an item header: numbering and bracketed points are stripped", () => {
    expect(itemReference("领导班子履职（4分）")).toEqual({ name: "领导班子履职", points: 4 });
    expect(itemReference("1.2 档案资料(满分5分)")).toEqual({ name: "档案资料", points: 5 });
    expect(itemReference("十星级文明家庭")).toEqual({ name: "十星级文明家庭", points: undefined });
  });
});

describe("汇总表 layout", () => {
  // Title row, 序号/单位名称 merged over two header rows, each item merged over 评委1…评委5,
  // a 平均分 column at the right, units in another order than 申报数据 (甲, 乙, 丙).
  const summary = sheet(
    "检查组评分汇总表",
    [
      ["2026年度文明单位检查组评分汇总表"],
      ["序号", "单位名称", "领导班子履职（4分）", null, null, null, null, "档案资料得分（5分）", null, null, null, null, "平均分"],
      [null, null, "评委1", "评委2", "评委3", "评委4", "评委5", "评委1", "评委2", "评委3", "评委4", "评委5"],
      [1, "丙局", 3.5, 4, 3, 3.8, 3.6, 4, 4.5, 5, 4.5, 4, 99],
      [2, "甲局", 4, 4, 4, 4, 4, 5, 4.5, 4, 5, 3, 99],
      [3, "乙局", 2, 3, 2.5, 3, 2, 3, "3.5", 4, 3, 3.5, 99],
      ["合计", null, 40],
      // Signature lines under the table, in the name column, as inspection teams sign their sheet.
      [null, "检查组成员签字："],
      [null, "组长（签字）", null, null, null, null, null, "日期：2026年11月20日"],
    ],
    ["A1:M1", "A2:A3", "B2:B3", "C2:G2", "H2:L2", "M2:M3"],
  );
  it("reads each item over its inspectors, by 指标名称 or 数据项, and ignores 平均分, the 合计 row and the signature lines", () => {
    const { points, ids, a } = run(ITEMS, units("甲局", "乙局", "丙局"), summary);
    // 丙局 领导班子: 3.5, 4, 3, 3.8, 3.6 → drop 4 and 3 → (3.5 + 3.8 + 3.6) / 3 = 3.6333 → 3.63
    //      档案资料: 4, 4.5, 5, 4.5, 4 → drop 5 and 4 → (4 + 4.5 + 4.5) / 3 = 4.3333 → 4.33
    // 甲局 领导班子: five 4s → 4;  档案资料: 5, 4.5, 4, 5, 3 → drop 5 and 3 → (4.5 + 4 + 5) / 3 = 4.5
    // 乙局 领导班子: 2, 3, 2.5, 3, 2 → drop 3 and 2 → (2 + 2.5 + 3) / 3 = 2.5
    //      档案资料: 3, "3.5", 4, 3, 3.5 → drop 4 and 3 → (3 + 3.5 + 3.5) / 3 = 3.3333 → 3.33
    expect([points("甲局", 0), points("甲局", 1), points("乙局", 0), points("乙局", 1), points("丙局", 0), points("丙局", 1)]).toEqual([4, 4.5, 2.5, 3.33, 3.63, 4.33]);
    expect(ids).not.toContain("panelFieldUnknown");
    expect(ids).not.toContain("panelLayoutUnknown");
    expect(ids).not.toContain("panelPointsDiffer");
    expect(ids).not.toContain("panelUnitUnknown");
    expect(ids).not.toContain("submissionsMissingColumn");
    expect(a.issues.find((i) => i.id === "panelSummaryIgnored")).toMatchObject({ sheet: "检查组评分汇总表", cell: "M3", message: "“平均分”列是评委分的合计或平均，不作为评委分读取" });
  });
  it("bracketed points that differ from 分值 are warned once; an item name written only over its first inspector still covers the rest", () => {
    const plain = sheet("评分汇总表", [
      ["单位名称", "领导班子履职（5分）", null, null],
      [null, "组长", "组员1", "组员2"],
      ["甲局", 4, 3, 3.5],
      ["乙局", 3, 3, 3],
    ], ["A1:A2"]);
    const { points, a } = run(ITEMS, units("甲局", "乙局"), plain);
    // 甲局: 4, 3, 3.5 → drop 4 and 3 → 3.5; 乙局: 3, 3, 3 → 3
    expect([points("甲局"), points("乙局")]).toEqual([3.5, 3]);
    const differ = a.issues.filter((i) => i.id === "panelPointsDiffer");
    expect(differ).toHaveLength(1);
    expect(differ[0]).toMatchObject({ cell: "B1", message: "评委打分表中“领导班子履职（5分）”标注 5 分，测评体系中“领导班子履职”为 4 分；按测评体系的 4 分检查和计分" });
  });
});

describe("汇总表 layout without merged cells", () => {
  it("item names over their first inspector, 评委1… on the row below, nothing merged", () => {
    const plain = sheet("检查打分", [
      ["序号", "单位名称", "领导班子履职", null, null, "档案资料", null, null],
      [null, null, "评委1", "评委2", "评委3", "评委1", "评委2", "评委3"],
      [1, "乙局", 3, 2, 4, 5, 4, 4.5],
    ]);
    const { points, ids } = run(ITEMS, units("甲局", "乙局"), plain);
    // 乙局: 3, 2, 4 → drop 4 and 2 → 3; 5, 4, 4.5 → drop 5 and 4 → 4.5 (read as a long table it would take only 评委1: 3 and 5)
    expect([points("乙局", 0), points("乙局", 1)]).toEqual([3, 4.5]);
    expect(ids.filter((id) => id === "panelScoreMissing")).toHaveLength(2); // 甲局, both items
  });
});

describe("汇总表 columns that are not under 评委N", () => {
  it("an item merged over both header rows is one score column, an unknown column is named once, neither dropped silently", () => {
    const mixed = sheet("评分汇总", [
      ["单位名称", "领导班子履职（4分）", null, "档案资料（5分）", "联系人"],
      [null, "评委1", "评委2", null, null],
      ["甲局", 3, 4, 4.5, "王五"],
    ], ["A1:A2", "B1:C1", "D1:D2", "E1:E2"]);
    const { points, a } = run(ITEMS, units("甲局"), mixed);
    // 领导班子: 3, 4 → mean 3.5; 档案资料: one score 4.5
    expect([points("甲局", 0), points("甲局", 1)]).toEqual([3.5, 4.5]);
    expect(a.issues.filter((i) => i.id === "panelFieldUnknown").map((i) => [i.cell, i.message])).toEqual([["E1", "评委打分表中的列“联系人”不是直接打分的数据项，已忽略"]]);
  });
});

describe("a sheet named with 检查 only (round 3, t16)", () => {
  const wide = sheet("评委打分", [
    ["单位名称", "数据项", "评委1", "评委2", "评委3"],
    ["甲局", "档案资料得分", 4, 5, 4.5],
  ]);
  it("检查发现问题 with 单位名称 | 问题描述 | 问题数 | 整改情况 is not a panel sheet: one 提示, no 错误", () => {
    const findings = sheet("检查发现问题", [
      ["单位名称", "问题描述", "问题数", "整改情况"],
      ["甲局", "档案不全", 2, "已整改"],
      ["乙局", "无", 0, ""],
    ]);
    const { a, points, ids } = run(ITEMS, units("甲局", "乙局"), wide, findings);
    // The 评委打分 sheet still counts: 4, 5, 4.5 → drop 5 and 4 → 4.5.
    expect(points("甲局", 1)).toBe(4.5);
    expect(ids).not.toContain("panelLayoutUnknown");
    const notes = a.issues.filter((i) => i.id === "panelSheetNotScores");
    expect(notes.map((i) => [i.severity, i.sheet, i.message])).toEqual([
      ["info", "检查发现问题", "“检查发现问题”表名含“检查”，但表头中没有评委列（评委1、组长、组员）、得分/打分/评分列或直接打分指标，不是评委打分表，未读取"],
    ]);
  });
  it("a 检查 sheet headed like scores is still a panel sheet: 组长/组员 columns, an 得分 heading, a 直接打分 item's name", () => {
    // 组长 3, 组员1 4 → fewer than three → mean 3.5 of 领导班子履职.
    const byRole = sheet("检查结果", [["单位名称", "数据项", "组长", "组员1"], ["甲局", "领导班子得分", 3, 4]]);
    expect(run(ITEMS, units("甲局"), byRole).points("甲局", 0)).toBe(3.5);
    // A long sheet: 单位名称 | 检查人 | 档案资料 (the item's name): 4 and 5 → 4.5.
    const byItem = sheet("实地检查", [["单位名称", "检查人", "档案资料"], ["甲局", "张三", 4], ["甲局", "李四", 5]]);
    expect(run(ITEMS, units("甲局"), byItem).points("甲局", 1)).toBe(4.5);
    // A header with 得分 but no layout kaoping knows stays the 错误 it was: the sheet looks like scores.
    const odd = sheet("检查情况", [["序号", "检查得分合计"], [1, 9]]);
    const oddRun = run(ITEMS, units("甲局"), wide, odd);
    expect(oddRun.ids).toContain("panelLayoutUnknown");
    expect(oddRun.ids).not.toContain("panelSheetNotScores");
  });
});

describe("round 3 minor panel cases", () => {
  it("one inspector: the note says the score is not trimmed", () => {
    const wide = sheet("评委打分", [["单位名称", "数据项", "评委1"], ["甲局", "档案资料得分", 4]]);
    const { points, note } = run(ITEMS, units("甲局"), wide);
    // A lone 4 is taken as it is (评委去极值 on by default needs three).
    expect(points("甲局", 1)).toBe(4);
    expect(note("甲局", 1)).toBe("评委 1 人打分 4，只有 1 位评委，不去极值 = 4 → 4 / 5 分");
  });
  it("wide layout: a 最终得分 column is not read as an inspector, with the documented 提示", () => {
    // Columns: 单位名称 A, 数据项 B, 评委1–评委3 C–E, 最终得分 F; header on row 1.
    const wide = sheet("评委打分", [
      ["单位名称", "数据项", "评委1", "评委2", "评委3", "最终得分"],
      ["甲局", "档案资料得分", 4, 5, 4.5, 9.9],
    ]);
    const { a, points } = run(ITEMS, units("甲局"), wide);
    // 4, 5, 4.5 → drop 5 and 4 → 4.5 (with 9.9 as a fourth: drop 9.9 and 4 → (5 + 4.5) / 2 = 4.75)
    expect(points("甲局", 1)).toBe(4.5);
    expect(a.issues.filter((i) => i.id === "panelSummaryIgnored").map((i) => [i.severity, i.sheet, i.cell, i.message])).toEqual([
      ["info", "评委打分", "F1", "“最终得分”列是评委分的合计或平均，不作为评委分读取"],
    ]);
  });
});

describe("a workbook of panel sheets only", () => {
  it("beside the submissions it is read for scores, not reported as a workbook without 申报数据", () => {
    const { criteria } = parseCriteriaRows(ITEMS);
    const scores = book("检查组评分.xlsx", sheet("评委打分", [["单位名称", "评委", "档案资料得分"], ["甲局", "评委1", 4], ["甲局", "评委2", 5]]));
    const a = assess(criteria, [book("申报.xlsx", units("甲局")), scores]);
    // 4 and 5 → mean 4.5
    expect(a.results[0].items.points(1)).toBe(4.5);
    expect(a.issues.map((i) => i.id)).not.toContain("fileUnreadable");
    expect(a.rejected).toEqual([]);
  });
});

describe("long and wide layouts", () => {
  it("long layout with a 检查组 column and a 平均分 column", () => {
    const long = sheet("评委打分", [
      ["序号", "单位名称", "检查组", "评委", "领导班子履职", "平均分"],
      [1, "甲局", "一组", "张三", 3, 9],
      [2, "甲局", "一组", "李四", 4, 9],
    ]);
    const { points, note, ids } = run(ITEMS, units("甲局"), long);
    // 3 and 4, fewer than three → plain mean 3.5
    expect(points("甲局")).toBe(3.5);
    expect(note("甲局")).toBe("一组：评委 2 人打分 3、4，平均 = 3.5 → 3.5 / 4 分");
    expect(ids).not.toContain("panelFieldUnknown");
  });
  it("wide layout: 数据项 column written with points, a 平均分 column ignored", () => {
    const wide = sheet("评委评分", [
      ["单位名称", "数据项", "评委1", "评委2", "评委3", "平均分"],
      ["甲局", "档案资料（5分）", 4, 5, 4.5, 9],
    ]);
    const { points } = run(ITEMS, units("甲局"), wide);
    // 4, 5, 4.5 → drop 5 and 4 → 4.5 (平均分 read as a fourth inspector would give 4, 5, 4.5, 9 → (5 + 4.5) / 2 = 4.75)
    expect(points("甲局", 1)).toBe(4.5);
  });
});

describe("inspection teams", () => {
  // 特色创建活动, 10 points, three inspectors per unit.
  // 一组 (sheet 评委打分-一组, long): 甲局 9.5, 9.8, 9.2; 乙局 8.5, 8.6, 8.4 → 54 / 6 = mean 9
  // 二组 (sheet 评委打分（二组）, wide): 丙局 8.4, 8.8, 8.0; 丁局 7.6, 7.0, 8.2 → 48 / 6 = mean 8
  const team1 = sheet("评委打分-一组", [["单位名称", "评委", "特色得分"], ...[9.5, 9.8, 9.2].map((s, k) => ["甲局", `评委${k + 1}`, s]), ...[8.5, 8.6, 8.4].map((s, k) => ["乙局", `评委${k + 1}`, s])]);
  const team2 = sheet("评委打分（二组）", [["单位名称", "数据项", "评委1", "评委2", "评委3"], ["丙局", "特色得分", 8.4, 8.8, 8.0], ["丁局", "特色得分", 7.6, 7.0, 8.2]]);
  const data = units("甲局", "乙局", "丙局", "丁局");

  it("without 评分组校正 each team's scores are used as given, the note naming the team", () => {
    const { points, note, a } = run(TEAM_ITEMS, data, team1, team2);
    // Medians of three (drop highest and lowest): 9.5, 8.5, 8.4, 7.6
    expect(["甲局", "乙局", "丙局", "丁局"].map((u) => points(u))).toEqual([9.5, 8.5, 8.4, 7.6]);
    expect(note("丙局")).toBe("二组：评委 3 人打分 8.4、8.8、8，去掉一个最高分和一个最低分后平均 = 8.4 → 8.4 / 10 分");
    // Each sheet as read: 一组 long, 评委1–3 for 甲 and 乙; 二组 wide, three inspector columns for 丙 and 丁.
    const LONG = panelLayouts.find((l) => l.id === "long")!.label;
    const WIDE = panelLayouts.find((l) => l.id === "wide")!.label;
    expect(a.panel).toEqual({
      teams: ["一组", "二组"],
      correction: "none",
      calibration: [],
      sheets: [
        { file: "申报.xlsx", sheet: "评委打分-一组", layout: LONG, inspectors: 3, units: 2 },
        { file: "申报.xlsx", sheet: "评委打分（二组）", layout: WIDE, inspectors: 3, units: 2 },
      ],
    });
  });

  it("二次平均法: coefficients 8.5 / 9 and 8.5 / 8 applied to the raw scores before trimming", () => {
    const { points, note, a } = runCorrected(TEAM_ITEMS, data, team1, team2);
    // Mean of the team means (9 + 8) / 2 = 8.5; 一组 k = 8.5 / 9 = 0.94444, 二组 k = 8.5 / 8 = 1.0625.
    // 甲局 9.5 × 0.94444 = 8.97222 → 8.97   乙局 8.5 × 0.94444 = 8.02778 → 8.03
    // 丙局 8.4 × 1.0625 = 8.925 → 8.93      丁局 7.6 × 1.0625 = 8.075 → 8.08 (ROUND half away from zero)
    expect(["甲局", "乙局", "丙局", "丁局"].map((u) => points(u))).toEqual([8.97, 8.03, 8.93, 8.08]);
    // 甲局 corrected: 9.5 → 8.97, 9.8 × 0.94444 = 9.25556 → 9.26, 9.2 × 0.94444 = 8.68889 → 8.69
    expect(note("甲局")).toBe("一组：评委 3 人打分 9.5、9.8、9.2，二次平均法校正系数 8.5 ÷ 9 = 0.9444，校正后 8.97、9.26、8.69，去掉一个最高分和一个最低分后平均 = 8.97 → 8.97 / 10 分");
    const c = a.panel!.calibration[0];
    expect(c.overall).toBeCloseTo(8.5, 12);
    expect(c.teams.map((t) => [t.team, t.count, t.mean, Number(t.coefficient.toFixed(6))])).toEqual([["一组", 6, 9, 0.944444], ["二组", 6, 8, 1.0625]]);
  });

  it("a unit scored by two teams is one error naming both cells; the first team's scores are kept", () => {
    const other = sheet("评委打分（二组）", [["单位名称", "数据项", "评委1", "评委2", "评委3"], ["丁局", "特色得分", 7.6, 7.0, 8.2], ["甲局", "特色得分", 1, 1, 1]]);
    const { points, a } = run(TEAM_ITEMS, data, team1, other);
    const errors = a.issues.filter((i) => i.id === "panelTwoTeams");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe("单位“甲局”的“特色创建活动”同时由“一组”（评委打分-一组!A2）和“二组”（评委打分（二组）!A3）打分，只采用“一组”的分数");
    expect(points("甲局")).toBe(9.5);
  });

  it("teams in a 组别 column of one sheet, 评分组校正 on", () => {
    // 一组: 甲局 6, 6 and 乙局 8, 8 → mean 7; 二组: 丙局 5, 5 → mean 5. Mean of means 6.
    // 一组 k = 6 / 7: 甲局 6 × 6/7 = 5.142857 → 5.14; 乙局 8 × 6/7 = 6.857143 → 6.86. 二组 k = 6 / 5 = 1.2: 丙局 5 × 1.2 = 6
    const long = sheet("评委打分", [["单位名称", "组别", "评委", "特色得分"], ["甲局", "一组", "A", 6], ["甲局", "一组", "B", 6], ["乙局", "一组", "A", 8], ["乙局", "一组", "B", 8], ["丙局", "二组", "C", 5], ["丙局", "二组", "D", 5]]);
    const { points } = runCorrected(TEAM_ITEMS, units("甲局", "乙局", "丙局"), long);
    expect([points("甲局"), points("乙局"), points("丙局")]).toEqual([5.14, 6.86, 6]);
  });
});

describe("teamCoefficients", () => {
  it("mean of means over the team's mean; a team whose mean is 0 keeps its scores", () => {
    // 一组 mean 90, 二组 mean 80 → 85 / 90, 85 / 80
    expect(teamCoefficients(new Map([["一组", [90, 92, 88]], ["二组", [80, 82, 78]]])).map((t) => t.coefficient)).toEqual([85 / 90, 85 / 80]);
    expect(teamCoefficients(new Map([["一组", [0, 0]], ["二组", [4]]])).map((t) => t.coefficient)).toEqual([1, 0.5]);
  });
});

describe("scores that need a word", () => {
  it("an inspector score outside 0…分值 is listed with its cell and enters the trimmed mean as typed", () => {
    const long = sheet("评委打分", [["单位名称", "评委", "档案资料得分"], ["甲局", "评委1", 4], ["甲局", "评委2", 6], ["甲局", "评委3", 4.5], ["乙局", "评委1", 3], ["乙局", "评委2", -1], ["乙局", "评委3", 4]]);
    const { points, note, a } = run(ITEMS, units("甲局", "乙局"), long);
    // 甲局 4, 6, 4.5 → drop 6 and 4 → 4.5; 乙局 3, −1, 4 → drop 4 and −1 → 3
    expect([points("甲局", 1), points("乙局", 1)]).toEqual([4.5, 3]);
    const out = a.issues.filter((i) => i.id === "panelScoreOutOfRange");
    expect(out.map((i) => [i.cell, i.unit])).toEqual([["C3", "甲局"], ["C6", "乙局"]]);
    expect(out[0].message).toBe("评委2的分数 6 超出 0～5 分，按原值参与平均（平均后仍超出范围的按 0～5 分截断）");
    expect(note("甲局", 1)).toContain("评委 3 人打分 4、6、4.5（其中 6 超出 0～5 分，按原值计入），去掉一个最高分和一个最低分后平均");
  });

  it("a unit the panel did not score is listed once; with a self-assessed score that is used and said", () => {
    const long = sheet("评委打分", [["单位名称", "评委", "档案资料得分"], ["甲局", "评委1", 4], ["甲局", "评委2", 5]]);
    const data = sheet("申报数据", [["单位名称", "单位类别", "档案资料得分"], ["甲局", "机关", null], ["乙局", "机关", null], ["丙局", "机关", 3]]);
    const { points, a } = run(ITEMS, data, long);
    expect([points("甲局", 1), points("乙局", 1), points("丙局", 1)]).toEqual([4.5, 0, 3]);
    // 乙局: one message about 档案资料, not a second 「未填写」 from the rule.
    const yi = a.issues.filter((i) => i.unit === "乙局" && i.item?.includes("档案资料"));
    expect(yi.map((i) => i.message)).toEqual(["评委打分表中没有单位“乙局”的“档案资料”分数（其他 1 个单位有），该项按 0 分计"]);
    expect(a.issues.find((i) => i.unit === "丙局" && i.id === "panelScoreMissingOwnUsed")?.message).toBe("评委打分表中没有单位“丙局”的“档案资料”分数（其他 1 个单位有），采用申报数据中的 3");
    expect(explainUnit(a.results.find((r) => r.unit.name === "乙局")!.unit, a.criteria)[1].inputs).toBe("档案资料得分：评委打分表中没有该单位的分数");
  });

  it("a score sheet no layout understands is exactly one error listing the layouts, not a warning per column", () => {
    const unknown = sheet("检查组评分汇总表", [["2026年度检查组评分汇总表"], ["序号", "单位名称", "评委1", "评委2", "评委3", "平均分"], [1, "甲局", 4, 4, 4, 4]]);
    const { a } = run(ITEMS, units("甲局"), unknown);
    const panelIssues = a.issues.filter((i) => i.sheet === "检查组评分汇总表");
    expect(panelIssues).toHaveLength(1);
    expect(panelIssues[0]).toMatchObject({ severity: "error", id: "panelLayoutUnknown" });
    expect(panelIssues[0].message).toContain("长表（单位名称 | 评委 | 各直接打分数据项");
    expect(panelIssues[0].message).toContain("宽表（单位名称 | 数据项 | 评委1");
    expect(panelIssues[0].message).toContain("汇总表（单位名称 | 各指标名称合并在其评委列之上");
    // The 汇总表 was not taken for the submissions sheet: 甲局 is still a unit.
    expect(a.results.map((r) => r.unit.name)).toEqual(["甲局"]);
  });

  it("a sheet of another name headed by 评委N columns and not understood is the same one error", () => {
    const unknown = sheet("Sheet3", [["单位名称", "评委1", "评委2"], ["甲局", 4, 4]]);
    const { a } = run(ITEMS, units("甲局"), unknown);
    expect(a.issues.filter((i) => i.sheet === "Sheet3").map((i) => i.id)).toEqual(["panelLayoutUnknown"]);
  });
});

describe("评分组校正 setting", () => {
  it("二次平均法 or 否; another value is an error listing both", () => {
    const parse = (value: string) => {
      const issues = new IssueLog();
      return { settings: parseSettings(sheet("设置", [["设置项", "值"], ["评分组校正", value]]), "c.xlsx", issues), issues };
    };
    expect(parse("二次平均法").settings.teamCorrection).toBe("secondAverage");
    expect(parse("否").settings.teamCorrection).toBe("none");
    expect(parse("无").settings.teamCorrection).toBe("none");
    expect(parseSettings(undefined, "c.xlsx", new IssueLog()).teamCorrection).toBe("none");
    const bad = parse("加权");
    expect(bad.issues.items.map((i) => i.message)).toEqual(["设置“评分组校正”的值“加权”无效，可用：二次平均法、否"]);
  });
});

describe("issue 12 item 14: units whose names begin with a footer word, in a panel sheet", () => {
  it("注册会计师协会 and 统计合计, units of the submissions, are scored; a 注： note and a 合计 row are not units", () => {
    const wide = sheet("评委打分", [
      ["单位名称", "数据项", "评委1", "评委2", "评委3"],
      ["注册会计师协会", "档案资料得分", 4, 5, 4.5],
      ["统计合计", "档案资料得分", 3, 3, 3],
      ["合计", "档案资料得分", 7, 8, 7.5],
      ["注：评委打分取去极值平均", null, null, null, null],
    ]);
    const { points, ids } = run(ITEMS, units("注册会计师协会", "统计合计"), wide);
    // 4, 5, 4.5 → drop 5 and 4 → 4.5; 3, 3, 3 → 3.
    expect(points("注册会计师协会", 1)).toBe(4.5);
    expect(points("统计合计", 1)).toBe(3);
    expect(ids).not.toContain("panelUnitUnknown");
  });
});

describe("a province's panel sheet", () => {
  it("70,000 units × 2 inspectors (140,000 scores) are read and averaged: push(...scores) overflowed the stack past ~120,000", () => {
    const n = 70_000;
    const { criteria, issues } = parseCriteriaRows([["1", "组织领导", "档案资料", 5, "直接打分", "档案资料得分"]]);
    const names = Array.from({ length: n }, (_, i) => `单位${i + 1}`);
    const data = sheet("申报数据", [["单位名称", "单位类别"], ...names.map((name) => [name, "机关"])]);
    // 长表: unit i gets 4 and 5 from the two inspectors → mean 4.5 (two scores: nothing trimmed).
    const panel = sheet("评委打分", [["单位名称", "评委", "档案资料得分"], ...names.flatMap((name) => [[name, "评委甲", 4], [name, "评委乙", 5]])]);
    const a = assess(criteria, book("申报.xlsx", data, panel), issues);
    expect(a.results.length).toBe(n);
    expect(a.results.every((r) => r.total === 4.5)).toBe(true);
  });
});
