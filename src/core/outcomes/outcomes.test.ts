import { describe, expect, it } from "vitest";
import { book, parseCriteriaRows, sheet, type CriteriaRow, type Input } from "../../../test/grids.js";
import { assess } from "../score/assess.js";
import { IssueLog } from "../issues.js";
import type { SheetGrid } from "../table/grid.js";
import { parsePlaces } from "./parseQuotas.js";
import { windowMonths } from "./parseNegativeList.js";
import { parseDate, windowStart } from "./parseDate.js";

const ITEMS: CriteriaRow[] = [
  ["1", "组织", "组织领导", 60, "直接打分", "甲分"],
  ["2", "作风", "作风建设", 40, "直接打分", "乙分"],
  ["3", "加分项目", "荣誉", 5, "加分", "省级", "各级分值=2"],
];
const GRADES = sheet("等级", [
  ["等级", "最低分", "基本分不低于", "一级指标得分率", "无警告"],
  ["优秀", 90, 90, "作风≥80%", "是"],
  ["良好", 80],
  ["合格", 60],
  ["不合格", ""],
]);
const NEGATIVE_LIST = sheet("负面清单", [
  ["负面清单（2026年）"],
  ["事项", "类别", "每次扣分", "扣分上限", "时间范围", "严重后果"],
  ["安全生产事故", "严重", 3, "", "24个月", "取消申报资格"],
  ["信访问题", "一般", "每次扣2分", 3, "2年", "限期整改"],
]);

function run(extraCriteria: SheetGrid[], units: Record<string, Input>[], extraSubmissions: SheetGrid[] = [], year: number | undefined = 2026) {
  const { criteria, issues } = parseCriteriaRows(ITEMS, extraCriteria);
  expect(issues.items.filter((i) => i.severity === "error")).toEqual([]);
  const headers = [...new Set(units.flatMap((u) => Object.keys(u)))];
  const grid = sheet("申报数据", [headers, ...units.map((u) => headers.map((h) => u[h]))]);
  const log = new IssueLog();
  const assessment = assess(criteria, book("2026-申报数据.xlsx", grid, ...extraSubmissions), log, { year });
  return { assessment, issues: log.items, byName: (n: string) => assessment.results.find((r) => r.unit.name === n)! };
}

const u = (name: string, category: string, a: number, b: number, honours = 0) => ({ 单位名称: name, 单位类别: category, 甲分: a, 乙分: b, 省级: honours });
// Hand totals (basic = 甲 + 乙, bonus = 2 per 省级):
// A局 58+34 = 92 + 2 = 94; B局 50+38 = 88 + 2 = 90; G局 50+30 = 80; F局 57+35 = 92;
// C镇 59+31 = 90; D镇 55+36 = 91; E镇 57+37 = 94 − 3 (负面清单) = 91.
const UNITS = [u("A局", "机关", 58, 34, 1), u("B局", "机关", 50, 38, 1), u("G局", "机关", 50, 30), u("F局", "机关", 57, 35), u("C镇", "乡镇", 59, 31), u("D镇", "乡镇", 55, 36), u("E镇", "乡镇", 57, 37)];
const CASES = sheet("负面事项", [
  ["单位名称", "事项", "发生日期", "说明", "来源"],
  ["F局", "安全生产事故", "2026-05-10", "仓库火灾", "应急局"],
  ["F局", "信访问题", "2024-06-01", "", "信访局"],
  ["E镇", "信访问题", "2026年3月", "", "信访局"],
  ["E镇", "信访问题", "2026.8.1", "", "信访局"],
  ["张三局", "信访问题", "2026-01-01", "", "信访局"],
  ["D镇", "乱停车", "2026-02-01", "", "城管局"],
  ["D镇", "信访问题", "去年", "", "信访局"],
]);

describe("gates, 负面清单 and quotas together", () => {
  const quotas = sheet("评定规则", [
    ["规则", "范围", "名额", "等级要求", "并列处理", "结果"],
    ["推荐名额", "各类别", "1个", "优秀", "", "推荐"],
    ["末位不续评", "全部", "20%", "", "全部不入选", "不予保留"],
  ]);
  const { byName, issues, assessment } = run([GRADES, NEGATIVE_LIST, quotas], UNITS, [CASES]);

  it("a basic-score gate drops B局 (basic 88 < 90) from 优秀 to 良好, saying why", () => {
    expect(byName("B局")).toMatchObject({ total: 90, basic: 88, grade: "良好", scoreGrade: "优秀" });
    expect(byName("B局").outcome!.reasons[0]).toBe("总分达到“优秀”，但基本分 88.00 低于“优秀”要求的 90 分");
  });
  it("a 一级指标 rate gate drops C镇 (作风 31 / 40 = 77.5% < 80%)", () => {
    expect(byName("C镇")).toMatchObject({ total: 90, grade: "良好", scoreGrade: "优秀" });
    expect(byName("C镇").outcome!.reasons[0]).toBe("总分达到“优秀”，但“作风”得 31.00 / 40 分（得分率 77.50%），低于“优秀”要求的 80%");
  });
  it("D镇 passes every gate (basic 91, 作风 36 / 40 = 90%, no warning)", () => {
    expect(byName("D镇")).toMatchObject({ total: 91, grade: "优秀" });
    expect(byName("D镇").scoreGrade).toBeUndefined();
  });
  it("E镇: two 信访问题 cases in the window deduct 2 + 1 (cap 3), 94 → 91; 限期整改 fails 无警告", () => {
    const e = byName("E镇");
    expect(e.negative!.points).toBe(3);
    expect(e.negative!.cases.map((c) => [c.date, c.counted, c.points])).toEqual([["2026-03-01", true, 2], ["2026-08-01", true, 1]]);
    expect(e).toMatchObject({ total: 91, basic: 94, grade: "良好", scoreGrade: "优秀" });
    expect(e.outcome!.result).toBe("限期整改");
    expect(e.outcome!.reasons).toContain("总分达到“优秀”，但有负面清单警告或限期整改，“优秀”要求无警告");
  });
  it("F局: a serious case bars it (取消申报资格) like a veto; a case before the 24-month window is listed, not counted", () => {
    const f = byName("F局");
    expect(f.vetoes.map((v) => [v.reason, v.outcome])).toEqual([["负面清单“安全生产事故”（2026-05-10）", "取消申报资格"]]);
    expect(f.rank).toBeUndefined();
    expect(f.grade).toBe("");
    // 2024-06-01 is before 2025-01-01, the first day of 24 months ending 2026-12-31.
    expect(f.negative!.cases.find((c) => c.date === "2024-06-01")).toMatchObject({ counted: false, points: 0 });
    expect(issues.map((i) => i.message)).toContain("负面事项“信访问题”（2024-06-01）早于 24 个月的计算期（2025-01-01 起），不计入");
  });
  it("cases naming an unknown unit, an unknown 事项 or no date are errors at their cells, not counted", () => {
    const at = (cell: string) => issues.find((i) => i.sheet === "负面事项" && i.cell === cell);
    expect(at("A6")).toMatchObject({ severity: "error", message: "负面事项“信访问题”所列单位“张三局”不在参评单位中，未计入" });
    expect(at("B7")).toMatchObject({ severity: "error" });
    expect(at("B7")!.message).toContain("负面事项“乱停车”不在测评体系的负面清单中");
    expect(at("C8")).toMatchObject({ severity: "error", message: "发生日期“去年”不是日期（应写作 2025-03-15 或 2025年3月15日），该事项未计入" });
    expect(byName("D镇").negative).toBeUndefined();
  });
  it("推荐名额 per category among 优秀 units: 机关 A局 (94), 乡镇 D镇 (91; E镇 ties at 91 but is 良好)", () => {
    const recommended = assessment.results.filter((r) => r.outcome?.result.includes("推荐")).map((r) => r.unit.name);
    expect(recommended).toEqual(["A局", "D镇"]);
    expect(byName("A局").outcome!.reasons).toEqual(["机关名额 1 个，本单位第 1 名，推荐"]);
  });
  it("末位 20% of 6 eligible units = floor(1.2) = 1 place: G局 (80) is not renewed", () => {
    expect(byName("G局").outcome).toEqual({ result: "不予保留", reasons: ["全部单位末位名额为参评单位的 20%（6 个 × 20% 向下取整 = 1 个），本单位第 6 名，不予保留"] });
    expect(assessment.outcomes!.quotas.map((q) => [q.scope, q.places, q.selected.map((r) => r.unit.name)])).toEqual([["机关", 1, ["A局"]], ["乡镇", 1, ["D镇"]], ["全部单位", 1, ["G局"]]]);
  });
});

describe("a unit under 限期整改 is not a candidate for 推荐", () => {
  // 乡镇 without 等级要求: D镇 91, E镇 91 (限期整改 from its 信访问题 cases), C镇 90. Were E镇 a candidate, D镇 and E镇
  // would tie at 91 for the one place and both be in (全部入选); E镇 is left out, so D镇 alone.
  const quotas = sheet("评定规则", [["规则", "范围", "名额"], ["推荐名额", "乡镇", "1"]]);
  const { byName, assessment } = run([NEGATIVE_LIST, quotas], UNITS, [CASES]);
  it("D镇 alone is recommended; E镇's reason says why not", () => {
    expect(assessment.results.filter((r) => r.outcome?.result.includes("推荐")).map((r) => r.unit.name)).toEqual(["D镇"]);
    expect(byName("E镇").outcome!.reasons).toContain("有负面清单限期整改或警告，整改期间不作为“推荐”候选");
  });
});

describe("ties at a quota's cut-off", () => {
  // Eligible totals without gates: A局 94, E镇 94, D镇 91, B局 90, C镇 90, G局 80, F局 92 (no cases here).
  // Overall 2 places: A局 and E镇 clear (94); then for 3 places, D镇 91 is third alone. With 4 places,
  // B局 and C镇 tie at 90 for the 4th place.
  const units = UNITS.map((x) => (x.单位名称 === "E镇" ? { ...x } : x));
  const rule = (tie: string, places = "5") => sheet("评定规则", [["规则", "范围", "名额", "并列处理"], ["推荐名额", "", places, tie]]);
  const recommended = (tie: string, places?: string) =>
    run([rule(tie, places)], units).assessment.results.filter((r) => r.outcome?.result === "推荐").map((r) => r.unit.name);
  // Order: A局 94, E镇 94, F局 92, D镇 91, B局 90, C镇 90, G局 80. 5 places: the 5th is B局/C镇 at 90.
  it("全部入选: both tied units are in (6 recommended for 5 places)", () => {
    expect(recommended("")).toEqual(["A局", "E镇", "F局", "D镇", "B局", "C镇"]);
  });
  it("全部不入选: neither is (4 recommended)", () => {
    expect(recommended("全部不入选")).toEqual(["A局", "E镇", "F局", "D镇"]);
  });
  it("按“作风”得分: B局 作风 38 beats C镇 31", () => {
    expect(recommended("按“作风”得分")).toEqual(["A局", "E镇", "F局", "D镇", "B局"]);
  });
  it("按“组织”得分 still tied? B局 50 vs C镇 59: C镇 in", () => {
    expect(recommended("按组织得分")).toEqual(["A局", "E镇", "F局", "D镇", "C镇"]);
  });
});

describe("criteria errors at their cells", () => {
  it("a gate naming a 一级指标 the criteria lack, an unreadable 名额 and tie rule", () => {
    const { issues } = parseCriteriaRows(ITEMS, [
      sheet("等级", [["等级", "最低分", "一级指标得分率"], ["优秀", 90, "环境建设≥85%"], ["良好", 80]]),
      sheet("评定规则", [["规则", "范围", "名额", "并列处理"], ["推荐名额", "", "若干", ""], ["推荐名额", "", "3", "抽签"]]),
    ]);
    expect(issues.items.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["等级", "C2", "error"], ["评定规则", "C2", "error"], ["评定规则", "D3", "error"]]);
  });
});

describe("small readers", () => {
  it("places, windows and dates as offices write them", () => {
    expect(parsePlaces("前20%")).toEqual({ share: 0.2 });
    expect(parsePlaces("3名")).toEqual({ count: 3 });
    expect(parsePlaces("若干")).toBeUndefined();
    expect(windowMonths("两年")).toBe(24);
    expect(windowMonths("本年度")).toBe(12);
    expect(windowMonths("近24个月内")).toBe(24);
    expect(parseDate({ v: "2025-02-30" })).toEqual({ ok: false });
    expect(parseDate({ v: "２０２５年３月１５日" })).toEqual({ ok: true, date: new Date(Date.UTC(2025, 2, 15)), monthOnly: false });
    // 31 March minus one month is 28 February (2026 is not a leap year); the window starts the day after, 1 March.
    expect(windowStart(new Date(Date.UTC(2026, 2, 31)), 1).toISOString().slice(0, 10)).toBe("2026-03-01");
  });
});

describe("the edge of a 24-month window ending 2026-12-31", () => {
  // 24 months back from 2026-12-31 is 2024-12-31; the window starts the day after, 2025-01-01.
  // B局's case on 2024-12-31 (24 months and one day before the end) is out; on 2025-01-01 it is in: 90 − 2 = 88.
  const cases = sheet("负面事项", [["单位名称", "事项", "发生日期"], ["B局", "信访问题", "2024-12-31"], ["B局", "信访问题", "2025-01-01"]]);
  const { byName } = run([NEGATIVE_LIST], UNITS, [cases]);
  it("counts the first day of the window and not the day before", () => {
    expect(byName("B局").negative!.cases.map((c) => [c.date, c.counted, c.points])).toEqual([["2024-12-31", false, 0], ["2025-01-01", true, 2]]);
    expect(byName("B局").total).toBe(88);
  });
});
