/**
 * Methods: items written with shares are scored part by part, each method
 * from its own source. One fixture, worked out by hand:
 *
 * 1 创建档案资料 10 分, 扣分 2 per 缺项, 「材料审核60%、实地考察40%」
 *   甲局 缺项 1 → 10 − 2 = 8; panel 8, 9, 9.5 → drop 9.5 and 8 → 9.  8 × 60% = 4.8, 9 × 40% = 3.6 → 8.4
 *   乙局 缺项 3 → 10 − 6 = 4; panel 7, 7.5, 6 → 7.                     4 × 60% = 2.4, 7 × 40% = 2.8 → 5.2
 *   丙局 缺项 0 → 10; no panel score → 0 (an error).                  10 × 60% = 6, 0 → 6
 * 2 部门评价 6 分, 是否 制度公开, 「材料审核（50%）+征求相关部门意见（50%）」
 *   opinions (default 满意 100%, 基本满意 60%, 不满意 0; averaged):
 *   甲局 满意, 基本满意 → (1 + 0.6) / 2 = 80% → 4.8;   是 → 6.  6 × 50% = 3, 4.8 × 50% = 2.4 → 5.4
 *   乙局 不满意, 满意, 4 分 (of 6 = 66.67%) → (0 + 1 + 0.6667) / 3 = 55.56% → 3.3333; 是 → 6.
 *        3 + 3.3333 × 50% = 1.66667 → 1.67 → 4.67
 *   丙局 满意 → 100% → 6; 否 → 0.  0 + 3 → 3
 * 3 窗口服务 5 分, 是否 窗口规范, 「材料审核40%、暗访60%」
 *   甲局 是 → 5 × 40% = 2; 暗访 1 + 1.5 = 2.5 → 5 − 2.5 = 2.5 × 60% = 1.5 → 3.5
 *   乙局 否 → 0; 暗访 4 + 3 = 7 > 5 → floored at 0 → 0
 *   丙局 是 → 2; no 暗访 row → 5 × 60% = 3 → 5
 * 4 环境卫生 4 分, 直接打分 (typed), 「检查组实地打分」: one method, no shares: scored as before (甲 3.5, 乙 4, 丙 2).
 * 5 学习记录 3 分, 是否, 「听取汇报」: names no method (甲 3, 乙 0, 丙 3).
 * Totals: 甲 8.4 + 5.4 + 3.5 + 3.5 + 3 = 23.8; 乙 5.2 + 4.67 + 0 + 4 + 0 = 13.87; 丙 6 + 3 + 5 + 2 + 3 = 19.
 * By method: 材料审核 甲 4.8 + 3 + 2 = 9.8, 乙 2.4 + 3 + 0 = 5.4, 丙 6 + 0 + 2 = 8;
 *   实地考察 甲 3.6 + 3.5 = 7.1, 乙 2.8 + 4 = 6.8, 丙 0 + 2 = 2; 征求意见 2.4, 1.67, 3; 暗访 1.5, 0, 3; 未注明方法 3, 0, 3.
 * Method points: 材料审核 10 × 60% + 6 × 50% + 5 × 40% = 11; 实地考察 4 + 4 = 8; 征求意见 3; 暗访 3; 未注明 3.
 */
import { describe, expect, it } from "vitest";
import { book, sheet, type Input } from "../../../test/grids.js";
import { IssueLog } from "../issues.js";
import { parseCriteria } from "../criteria/parseCriteria.js";
import { assess } from "../score/assess.js";
import { explainUnit } from "../score/scoreUnit.js";
import { readMethods } from "./registry.js";
import { capPoints } from "./caps.js";
import { methodColumns, methodSubtotals } from "./subtotals.js";
import { parseOpinionScale } from "./opinionScale.js";
import { surveyFieldSets } from "./surveyFields.js";

const HEADER = ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "每次扣分", "测评方法"];
const ITEMS: Input[][] = [
  ["1", "组织领导", "创建档案资料", 10, "扣分", "资料缺项数", 2, "材料审核60%、实地考察40%"],
  ["2", "服务质量", "部门评价", 6, "是否", "制度公开", "", "材料审核（50%）+征求相关部门意见（50%）"],
  ["3", "服务质量", "窗口服务", 5, "是否", "窗口规范", "", "材料审核40%、暗访60%"],
  ["4", "环境建设", "环境卫生", 4, "直接打分", "环境得分", "", "检查组实地打分"],
  ["5", "其他", "学习记录", 3, "是否", "学习记录齐全", "", "听取汇报"],
];
type Sheet = ReturnType<typeof sheet>;
const criteriaOf = (items: Input[][], extra: Sheet[] = []) => {
  const issues = new IssueLog();
  const criteria = parseCriteria(book("测评体系.xlsx", sheet("测评细则", [HEADER, ...items]), ...extra), issues);
  return { criteria, issues };
};

const SUBMISSIONS = sheet("申报数据", [
  ["单位名称", "单位类别", "资料缺项数", "制度公开", "窗口规范", "环境得分", "学习记录齐全"],
  ["甲局", "机关", 1, "是", "是", 3.5, "是"],
  ["乙局", "机关", 3, "是", "否", 4, "否"],
  ["丙局", "机关", 0, "否", "是", 2, "是"],
]);
/** A team's 汇总表 as an office lays it out: title row, the item merged over 评委1…3. */
const PANEL = sheet(
  "评委打分",
  [
    ["2026年度检查组评分汇总表"],
    ["序号", "单位名称", "创建档案资料（10分）", "", ""],
    ["", "", "评委1", "评委2", "评委3"],
    [1, "甲局", 8, 9, 9.5],
    [2, "乙局", 7, 7.5, 6],
  ],
  ["A1:E1", "A2:A3", "B2:B3", "C2:E2"],
);
const OPINIONS = sheet("征求意见", [
  ["2026年度征求相关部门意见汇总表"],
  ["序号", "单位名称", "部门", "意见"],
  [1, "甲局", "纪检", "满意"],
  [2, "甲局", "信访", "基本满意"],
  [3, "乙局", "纪检", "不满意"],
  [4, "乙局", "信访", "满意"],
  [5, "乙局", "公安", "4"],
  [6, "丙局", "纪检", "满意"],
  [7, "丁局", "纪检", "满意"],
]);
const UNANNOUNCED = sheet("暗访扣分", [
  ["单位名称", "问题", "扣分"],
  ["甲局", "窗口无人值守", 1],
  ["甲局", "未公示办事指南", "1.5"],
  ["乙局", "服务态度生硬", 4],
  ["乙局", "无服务台账", 3],
]);

const run = (extra: Sheet[] = [], sheets: Sheet[] = [SUBMISSIONS, PANEL, OPINIONS, UNANNOUNCED]) => {
  const { criteria, issues } = criteriaOf(ITEMS, extra);
  expect(issues.items.filter((i) => i.severity === "error")).toEqual([]);
  const a = assess(criteria, book("申报.xlsx", ...sheets), issues);
  const unit = (name: string) => a.results.find((r) => r.unit.name === name)!;
  const points = (name: string) => [...unit(name).items].map((r) => r.points);
  return { a, unit, points, issues: a.issues };
};

describe("the 测评方法 column names methods", () => {
  it("by name or alias, one per phrase, with shares", () => {
    const read = (t: string) => readMethods(t).map((m) => [m.method.label, m.share]);
    expect(read("材料审核60%、实地考察40%")).toEqual([["材料审核", 0.6], ["实地考察", 0.4]]);
    expect(read("查阅档案资料")).toEqual([["材料审核", undefined]]);
    expect(read("现场查看（70％）＋问卷调查（30％）")).toEqual([["实地考察", 0.7], ["问卷调查", 0.3]]);
    // The phrase's first method: an inspection team reading files is 实地考察.
    expect(read("检查组查阅档案资料打分")).toEqual([["实地考察", undefined]]);
    expect(read("暗访评议")).toEqual([["暗访", undefined]]);
    expect(read("征求纪检、信访等部门意见")).toEqual([["征求意见", undefined], ["征求意见", undefined]]);
    expect(read("网上测评")).toEqual([["网上测评", undefined]]);
    expect(read("听取汇报")).toEqual([]);
  });
  it("a text that names no method stays description, without any issue; one that names methods without shares keeps its 计分方式", () => {
    const { criteria, issues } = criteriaOf(ITEMS);
    expect(issues.items).toEqual([]);
    expect(criteria.items[4].methods).toBeUndefined();
    expect(criteria.items[4].method).toBe("听取汇报");
    expect(criteria.items[3].methods?.named.map((m) => m.label)).toEqual(["实地考察"]);
    expect(criteria.items[3].methods?.parts).toBeUndefined();
    expect(criteria.items[0].methods?.parts?.map((p) => [p.method.label, p.share, p.item.rule.id, p.item.fields])).toEqual([
      ["材料审核", 0.6, "deduction", ["资料缺项数"]],
      ["实地考察", 0.4, "direct", ["创建档案资料（实地考察）"]],
    ]);
  });
});

describe("an item scored by two methods with shares", () => {
  it("is the shares' weighted sum of the per-method scores, each product rounded before the sum (see the header)", () => {
    const { points, unit } = run();
    expect(points("甲局")).toEqual([8.4, 5.4, 3.5, 3.5, 3]);
    expect(points("乙局")).toEqual([5.2, 4.67, 0, 4, 0]);
    expect(points("丙局")).toEqual([6, 3, 5, 2, 3]);
    expect([unit("甲局").total, unit("乙局").total, unit("丙局").total]).toEqual([23.8, 13.87, 19]);
  });
  it("计分明细 shows each part with its share and source", () => {
    const { a, unit } = run();
    const words = explainUnit(unit("甲局").unit, a.criteria);
    expect(words[0].explanation).toContain("【材料审核 60%，申报数据】资料缺项数 1 次 × 每次扣 2 分 = 扣 2 分 → 8 / 10 分；");
    expect(words[0].explanation).toContain("【实地考察 40%，评委打分表】评委 3 人打分 8、9、9.5，去掉一个最高分和一个最低分后平均 = 9 → 9 / 10 分；");
    expect(words[0].explanation).toContain("按占比合计 8 × 60% + 9 × 40% = 4.8 + 3.6 → 8.4 / 10 分");
    expect(words[1].explanation).toContain("【征求意见 50%，征求意见表】征求意见：纪检 满意（100%）、信访 基本满意（60%），平均 80% → 80% × 6");
  });
  it("a method part without data for a unit is an error at the unit's cell, and that part is 0", () => {
    const { issues } = run();
    const missing = issues.filter((i) => i.id === "methodPartMissing");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: "error", unit: "丙局", sheet: "申报数据", cell: "A4", item: "1 创建档案资料" });
    expect(missing[0].message).toContain("实地考察部分（占 40%）没有该单位的数据（来源：评委打分表）");
  });
  it("the 测评汇总表 columns: each method's part of 基本分, adding up to it", () => {
    const { a, unit } = run();
    const columns = methodColumns(a.criteria);
    expect(columns.map((c) => [c.method?.label ?? "未注明方法", c.points])).toEqual([["材料审核", 11], ["实地考察", 8], ["征求意见", 3], ["暗访", 3], ["未注明方法", 3]]);
    expect(methodSubtotals(unit("甲局"), a.criteria, columns)).toEqual([9.8, 7.1, 2.4, 1.5, 3]);
    expect(methodSubtotals(unit("乙局"), a.criteria, columns)).toEqual([5.4, 6.8, 1.67, 0, 0]);
    expect(methodSubtotals(unit("丙局"), a.criteria, columns)).toEqual([8, 2, 3, 3, 3]);
  });
});

describe("征求意见: departments averaged or the lowest taken", () => {
  it("averaged by default; an unknown unit in the sheet is an error at its cell", () => {
    const { points, issues } = run();
    expect(points("乙局")[1]).toBe(4.67);
    const unknown = issues.filter((i) => i.id === "methodUnitUnknown");
    expect(unknown.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["征求意见", "B9", "error"]]);
  });
  it("意见汇总方式 最低: 甲局 min(100%, 60%) = 60% → 3.6 × 50% = 1.8 + 3 = 4.8; 乙局 0 → 3; 丙局 3", () => {
    const { points } = run([sheet("设置", [["设置项", "值"], ["意见汇总方式", "最低"]])]);
    expect([points("甲局")[1], points("乙局")[1], points("丙局")[1]]).toEqual([4.8, 3, 3]);
  });
  it("意见折算 sets the words: 基本满意 = 80% → 甲局 (1 + 0.8) / 2 = 90% → 5.4 × 50% = 2.7 + 3 = 5.7", () => {
    const { points } = run([sheet("设置", [["设置项", "值"], ["意见折算", "满意=100%，基本满意=80%，不满意=0"]])]);
    expect(points("甲局")[1]).toBe(5.7);
    expect(parseOpinionScale("满意=1，一般=0.5")).toEqual([{ word: "满意", share: 1 }, { word: "一般", share: 0.5 }]);
    expect(parseOpinionScale("满意")).toBeUndefined();
  });
  it("a word that is not on the scale is an error with its cell", () => {
    const opinions = sheet("部门意见", [["单位名称", "部门", "意见"], ["甲局", "纪检", "很好"]]);
    const { issues } = run([], [SUBMISSIONS, PANEL, opinions, UNANNOUNCED]);
    expect(issues.filter((i) => i.id === "opinionUnknown").map((i) => [i.sheet, i.cell, i.unit])).toEqual([["部门意见", "C2", "甲局"]]);
    // 乙局 and 丙局 now have no opinion: that part is 0, and said at their rows.
    expect(issues.filter((i) => i.id === "methodPartMissing").map((i) => [i.unit, i.item])).toEqual([["甲局", "2 部门评价"], ["乙局", "2 部门评价"], ["丙局", "1 创建档案资料"], ["丙局", "2 部门评价"]]);
  });
});

describe("where the method sheets may be", () => {
  it("in a file of their own beside the returns, and before a submissions sheet not named 申报数据", () => {
    const { criteria, issues } = criteriaOf(ITEMS);
    const data = { ...SUBMISSIONS, name: "Sheet1" };
    const a = assess(criteria, [book("申报.xlsx", OPINIONS, data, PANEL), book("暗访.xlsx", UNANNOUNCED)], issues);
    expect(a.issues.filter((i) => i.id === "fileUnreadable")).toEqual([]);
    // Same figures as the one-workbook run: 甲局 5.4 (征求意见) and 3.5 (暗访).
    expect([...a.results.find((r) => r.unit.name === "甲局")!.items].map((r) => r.points)).toEqual([8.4, 5.4, 3.5, 3.5, 3]);
  });
});

describe("暗访: 分值 − Σ扣分, floored at 0", () => {
  it("乙局's 4 + 3 = 7 on a 5-point item is 0, not −2; a unit without a row loses nothing, and 计分明细 says so", () => {
    const { a, points, unit } = run();
    expect(points("乙局")[2]).toBe(0);
    expect(points("丙局")[2]).toBe(5);
    const words = explainUnit(unit("乙局").unit, a.criteria)[2].explanation;
    expect(words).toContain("暗访发现问题 2 个：服务态度生硬 扣 4 分（暗访扣分!C4）；无服务台账 扣 3 分（暗访扣分!C5）");
    expect(words).toContain("5 − 7，扣完为止 → 0 / 5 分");
    expect(explainUnit(unit("丙局").unit, a.criteria)[2].explanation).toContain("中没有该单位的问题，未扣分");
  });
  it("a 扣分 that is not a number is an error with its cell", () => {
    const bad = sheet("暗访扣分", [["单位名称", "问题", "扣分"], ["甲局", "窗口无人值守", "严重"]]);
    const { issues } = run([], [SUBMISSIONS, PANEL, OPINIONS, bad]);
    expect(issues.filter((i) => i.id === "unannouncedBadDeduction").map((i) => [i.sheet, i.cell])).toEqual([["暗访扣分", "C2"]]);
  });
});

describe("shares and caps are checked with the criteria", () => {
  it("shares that do not add to 100 % are an error at the 测评方法 cell", () => {
    const { issues } = criteriaOf([["1", "组织领导", "创建档案资料", 10, "扣分", "资料缺项数", 2, "材料审核60%、实地考察30%"]]);
    const errors = issues.items.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.id, i.sheet, i.cell])).toEqual([["criteriaMethodShares", "测评细则", "H2"]]);
    expect(errors[0].message).toContain("占比合计 90%，应为 100%（材料审核 60%，实地考察 30%）");
  });
  it("a share written for one method and not the other is the same error", () => {
    const { issues } = criteriaOf([["1", "组织领导", "创建档案资料", 10, "扣分", "资料缺项数", 2, "材料审核60%、实地考察"]]);
    expect(issues.items.map((i) => i.id)).toEqual(["criteriaMethodShares"]);
  });
  it("method caps in a 测评方法 sheet or 设置: the items' method points must add up to them", () => {
    const methods = sheet("测评方法", [["测评方法", "分值"], ["材料审核", 11], ["实地考察", "8分"], ["暗访", 4]]);
    const { issues } = criteriaOf(ITEMS, [methods, sheet("设置", [["设置项", "值"], ["征求意见分值", "3+0"]])]);
    // 暗访 carries 5 × 60% = 3, not 4.
    expect(issues.items.map((i) => [i.id, i.sheet, i.cell])).toEqual([["methodCapMismatch", "测评方法", "B4"]]);
    expect(issues.items[0].message).toContain("测评方法“暗访”的分值为 4，而各指标按测评方法（及占比）合计为基本分 3、加分 0");
    expect(capPoints("50+10")).toEqual({ basic: 50, bonus: 10 });
    expect(capPoints("五十")).toBeUndefined();
  });
  it("问卷调查 beside 材料审核 on a non-满意度 item reads the last three 数据项 as 满意, 基本满意, 有效问卷数", () => {
    // 材料审核 70%: 是 → 4 → 2.8; 问卷调查 30%: (150 + 30) / 200 = 90% × 4 = 3.6 → 1.08. 2.8 + 1.08 = 3.88
    const { criteria, issues } = criteriaOf([["1", "服务质量", "服务承诺", 4, "是否", "承诺公开,满意票数,基本满意票数,有效问卷数", "", "材料审核70%、问卷调查30%"]]);
    expect(issues.items).toEqual([]);
    expect(criteria.items[0].fields).toEqual(["承诺公开"]);
    expect(criteria.fields).toEqual(["承诺公开", "满意票数", "基本满意票数", "有效问卷数"]);
    expect(surveyFieldSets(criteria)).toEqual([["满意票数", "基本满意票数", "有效问卷数"]]);
    const data = sheet("申报数据", [["单位名称", "承诺公开", "满意票数", "基本满意票数", "有效问卷数"], ["甲局", "是", 150, 30, 200]]);
    expect(assess(criteria, book("申报.xlsx", data)).results[0].items.points(0)).toBe(3.88);
  });
});

describe("an item scored by methods alone (计分方式 按测评方法)", () => {
  // 窗口暗访 3 分, 「暗访100%」: 甲局 1 + 1.5 = 2.5 → 3 − 2.5 = 0.5; 乙局 4 + 3 = 7 → floored at 0; 丙局 no row → 3.
  const items: Input[][] = [["1", "服务质量", "窗口暗访", 3, "按测评方法", "", "", "暗访100%"]];
  it("needs no 数据项, warns of nothing unused, and scores from the 暗访 sheet", () => {
    const { criteria, issues } = criteriaOf(items);
    expect(issues.items).toEqual([]);
    const a = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称", "单位类别"], ["甲局", "机关"], ["乙局", "机关"], ["丙局", "机关"]]), UNANNOUNCED), issues);
    expect(a.results.map((r) => [r.unit.name, r.total])).toEqual([["丙局", 3], ["甲局", 0.5], ["乙局", 0]]);
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
  it("without shares, or with a part that reads the item's own rule, is a criteria error at the 测评方法 cell", () => {
    const noShares = criteriaOf([["1", "服务质量", "窗口暗访", 3, "按测评方法", "", "", "暗访"]]).issues.items;
    expect(noShares.map((i) => [i.id, i.cell])).toEqual([["criteriaByMethodsNoShares", "H2"]]);
    const material = criteriaOf([["1", "服务质量", "窗口暗访", 3, "按测评方法", "", "", "材料审核50%、暗访50%"]]).issues.items;
    expect(material.map((i) => [i.id, i.cell])).toEqual([["criteriaByMethodsRulePart", "H2"]]);
  });
});
