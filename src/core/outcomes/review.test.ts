/**
 * 复查 of titled units (issue 14 §3) and the rules over years of history
 * (连续两年末位, 连续三年优秀), hand-computed.
 *
 * Criteria: one item 工作得分 (直接打分, 100 points): a total is the score
 * typed. 等级 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below.
 * 2026, 机关: A局 95 优秀 · B局 92 优秀 · C局 85 良好 · D局 70 合格 · E局 50 不合格 (类别名次 1–5)
 *       乡镇: F镇 91 优秀 · G镇 88 良好 · H镇 65 合格 (1–3)
 * Titled (市级文明单位): C局 2024, D局 2023, E局, F镇, H镇; A局, B局, G镇 hold none.
 * 类别末位1名 (no unit of the category below it): E局 (机关), H镇 (乡镇).
 */
import { describe, expect, it } from "vitest";
import { book, parseCriteriaRows, sheet, type CriteriaRow, type Input } from "../../../test/grids.js";
import { assess } from "../score/assess.js";
import { IssueLog } from "../issues.js";
import type { SheetGrid, WorkbookGrid } from "../table/grid.js";
import { parseUnitList } from "../submissions/parseUnitList.js";
import { readCondition } from "./conditions/registry.js";
import { reviewResult } from "./parseReviewRules.js";
import { titleYearOf } from "./titles.js";

const ITEMS: CriteriaRow[] = [["1", "组织", "工作得分", 100, "直接打分", "得分"]];
const GRADES = sheet("等级", [["等级", "最低分"], ["优秀", 90], ["良好", 80], ["合格", 60], ["不合格", ""]]);
const TODAY: [string, string, number][] = [
  ["A局", "机关", 95], ["B局", "机关", 92], ["C局", "机关", 85], ["D局", "机关", 70], ["E局", "机关", 50],
  ["F镇", "乡镇", 91], ["G镇", "乡镇", 88], ["H镇", "乡镇", 65],
];
/** The titles as a clerk lists them in the submissions: a title row, the year typed three ways. */
const TITLES = sheet("已命名单位", [
  ["2026年已命名市级文明单位"],
  ["序号", "单位名称", "已命名称号", "命名年度"],
  [1, "C局", "市级文明单位", "2024年"],
  [2, "D局", "市级文明单位", 2023],
  [3, "E局", "市级文明单位", ""],
  [4, "F镇", "市级文明单位", "2022"],
  [5, "H镇", "市级文明单位", "2025年度"],
]);
const REVIEW = sheet("复查", [
  ["已命名文明单位复查规则"],
  ["条件", "复查结论", "撤一补一", "递补等级要求"],
  ["等级低于合格", "撤销", "是", "优秀"],
  ["等级为合格", "警告（限期整改）", "", ""],
  ["类别末位1名", "警告", "", ""],
  ["连续两年末位", "撤销", "是", ""],
]);

/** An earlier year as its kaoping result workbook's 总排名 has it. */
function published(year: number, rows: [number, string, string, number, string][]): WorkbookGrid {
  return book(`${year}-排名结果.xlsx`, sheet("总排名", [[`${year}年度文明单位测评总排名`], ["名次", "单位名称", "单位类别", "总分", "等级"], ...rows]));
}
// 末位 of m ranked units = the last min(3, floor(m / 2)) (history's lastPlacesOf): never more than the bottom half.
// 2025 机关 [70 C, 72 E, 75 D, 91 X, 93 B, 95 A], 6 → 3 places: C (0 below), E (1), D (2).
// 2025 乡镇 [60 Y, 80 G, 85 H, 92 F], 4 → 2 places: Y (0), G (1); H镇 has 2 below → not.
const Y2025 = published(2025, [
  [1, "A局", "机关", 95, "优秀"], [2, "B局", "机关", 93, "优秀"], [3, "F镇", "乡镇", 92, "优秀"], [4, "X局", "机关", 91, "优秀"],
  [5, "H镇", "乡镇", 85, "良好"], [6, "G镇", "乡镇", 80, "良好"], [7, "D局", "机关", 75, "合格"], [8, "E局", "机关", 72, "合格"],
  [9, "C局", "机关", 70, "合格"], [10, "Y镇", "乡镇", 60, "合格"],
]);
// 2024: A局 优秀 (so 优秀 2024, 2025, 2026: 3 years); B局 and F镇 良好 (2 years each).
// 2024 机关 [78 D, 80 C, 82 E, 85 B, 94 A], 5 → 2 places: D (0 below), C (1); 乡镇 [70 H, 88 F], 2 → 1: H (G镇 absent).
const Y2024 = published(2024, [
  [1, "A局", "机关", 94, "优秀"], [2, "F镇", "乡镇", 88, "良好"], [3, "B局", "机关", 85, "良好"], [4, "E局", "机关", 82, "良好"],
  [5, "C局", "机关", 80, "良好"], [6, "D局", "机关", 78, "合格"], [7, "H镇", "乡镇", 70, "合格"],
]);

function run(criteriaSheets: SheetGrid[], opts: { titles?: SheetGrid; history?: WorkbookGrid[]; listed?: WorkbookGrid; grades?: SheetGrid } = {}) {
  const { criteria, issues: criteriaIssues } = parseCriteriaRows(ITEMS, [opts.grades ?? GRADES, ...criteriaSheets]);
  const grid = sheet("申报数据", [["单位名称", "单位类别", "得分"], ...TODAY.map((u): Input[] => u)]);
  const log = new IssueLog();
  const history = opts.history?.map((b) => ({ book: b, year: Number(b.file.slice(0, 4)) }));
  const a = assess(criteria, book("2026-申报数据.xlsx", grid, ...(opts.titles ? [opts.titles] : [])), log, { year: 2026, history, expected: opts.listed ? parseUnitList(opts.listed) : undefined });
  const of = (n: string) => a.results.find((r) => r.unit.name === n)!;
  return { a, of, issues: log.items, criteriaIssues: criteriaIssues.items };
}

describe("复查 without history", () => {
  const { a, of, issues, criteriaIssues } = run([REVIEW], { titles: TITLES });
  it("reads the rules without errors", () => expect(criteriaIssues.filter((i) => i.severity === "error")).toEqual([]));

  it("D局 合格 → 警告（限期整改）, with the rule it met", () => {
    expect(of("D局").review).toMatchObject({ title: "市级文明单位", titleYear: 2023, result: "warn" });
    expect(of("D局").review!.reasons).toEqual(["等级为合格：等级为“合格” → 警告（限期整改）", "“连续两年末位”未判断（没有历年数据）"]);
  });

  it("E局 不合格 → 撤销 (also 末位, a 警告: the most severe wins, every reason kept); 撤一补一 names A局, the best untitled 优秀 of 机关", () => {
    const e = of("E局").review!;
    expect(e.result).toBe("withdraw");
    expect(e.reasons).toEqual([
      "等级低于合格：等级“不合格”低于“合格” → 撤销",
      "类别末位1名：本年居“机关”类别末位 1 名之内（类别第 5 名，共 5 个） → 警告（限期整改）",
      "“连续两年末位”未判断（没有历年数据）",
      "撤一补一，由A局递补",
    ]);
    expect(of("A局").review).toEqual({
      title: "市级文明单位",
      result: "replace",
      reasons: ["撤一补一：递补E局被撤销的“市级文明单位”（“机关”类别第 1 名，优秀）"],
      replacement: { unit: "E局", categoryPlace: 1, grade: "优秀" },
    });
    // For the 通报: the causes alone, and who replaces E局.
    expect(e.causes).toEqual(["等级“不合格”低于“合格”", "本年居“机关”类别末位 1 名之内（类别第 5 名，共 5 个）"]);
    expect(e.replacement).toEqual({ unit: "A局", categoryPlace: 1, grade: "优秀" });
  });

  it("C局 良好 and F镇 优秀 are kept, saying the history rule was not judged; H镇 合格 and last of 乡镇 → 警告 with both reasons", () => {
    expect(of("C局").review).toMatchObject({ result: "keep", reasons: ["未触及复查条件，保留", "“连续两年末位”未判断（没有历年数据）"] });
    expect(of("F镇").review!.result).toBe("keep");
    expect(of("H镇").review!.result).toBe("warn");
    expect(of("H镇").review!.reasons.slice(0, 2)).toEqual(["等级为合格：等级为“合格” → 警告（限期整改）", "类别末位1名：本年居“乡镇”类别末位 1 名之内（类别第 3 名，共 3 个） → 警告（限期整改）"]);
  });

  it("untitled units other than the 递补 get no conclusion; the counts are 保留 2, 警告 2, 撤销 1, 递补 1", () => {
    expect([of("B局").review, of("G镇").review]).toEqual([undefined, undefined]);
    expect(a.outcomes!.review).toMatchObject({ titled: 5, counts: { keep: 2, warn: 2, withdraw: 1, replace: 1 } });
  });

  it("the rule that needs history is a warning at its cell, never silently passed", () => {
    const w = issues.find((i) => i.cell === "A6" && i.sheet === "复查")!;
    expect(w.severity).toBe("warning");
    expect(w.message).toContain("复查规则“连续两年末位”（撤销）需要历年数据，本次没有 --history，未对任何单位执行");
    expect(a.outcomes!.review!.notApplied.map((r) => r.condition.text)).toEqual(["连续两年末位"]);
  });
});

describe("复查 with two earlier years", () => {
  // 2026 机关 [50 E, 70 D, 85 C, 92 B, 95 A], 5 → 2 places: E, D (C局 has 2 below → not).
  // 乡镇 [65 H, 88 G, 91 F], 3 → 1 place: H.
  // Years running, ending 2026: D局 2026, 2025, 2024 → 3; E局 2026, 2025 (not 2024: 2 below) → 2; C局 0; H镇 1 (not 2025).
  const { of, a, issues } = run([REVIEW], { titles: TITLES, history: [Y2024, Y2025] });

  it("D局 (合格: a 警告 alone) is withdrawn: 末位 in 2024, 2025 and 2026; C局 (良好, 3rd of 5) is kept", () => {
    expect(of("D局").review!.result).toBe("withdraw");
    expect(of("D局").review!.reasons).toContain("连续两年末位：2024—2026 年连续 3 年居类别末位 3 名之内 → 撤销");
    expect(of("C局").review).toMatchObject({ result: "keep", reasons: ["未触及复查条件，保留"] });
  });

  it("撤一补一 in rank order: D局 (4th) → A局, E局 (5th) → B局; H镇 is warned, not withdrawn (末位 2026 only), so no 递补", () => {
    expect(of("D局").review!.reasons.at(-1)).toBe("撤一补一，由A局递补");
    expect(of("E局").review).toMatchObject({ result: "withdraw" });
    expect(of("E局").review!.reasons).toContain("连续两年末位：2025—2026 年连续 2 年居类别末位 3 名之内 → 撤销");
    expect(of("E局").review!.reasons.at(-1)).toBe("撤一补一，由B局递补");
    expect(of("H镇").review!.result).toBe("warn");
    expect([of("A局").review?.result, of("B局").review?.result, of("G镇").review]).toEqual(["replace", "replace", undefined]);
  });

  it("F镇 is kept; counts 保留 2 (C局, F镇), 警告 1 (H镇), 撤销 2 (D局, E局), 递补 2; no history warning", () => {
    expect(of("F镇").review).toMatchObject({ result: "keep", reasons: ["未触及复查条件，保留"] });
    expect(a.outcomes!.review!.counts).toEqual({ keep: 2, warn: 1, withdraw: 2, replace: 2 });
    expect(issues.filter((i) => i.message.includes("需要历年数据"))).toEqual([]);
  });
});

describe("titles from the 名单 (--units)", () => {
  const listed = book("名单.xlsx", sheet("名单", [
    ["参评单位名单"],
    ["单位名称", "单位类别", "已命名称号", "命名年度"],
    ["A局", "机关", "", ""], ["B局", "机关", "", ""], ["C局", "机关", "", ""],
    ["D局", "机关", "市级文明单位", "2023年"],
    ["E局", "机关", "县级文明单位", "明年"],
    ["F镇", "乡镇", "", ""], ["G镇", "乡镇", "", ""], ["H镇", "乡镇", "", "2027"],
    ["Z局", "机关", "市级文明单位", "2020"],
  ]));
  const rules = sheet("评定规则", [["规则", "条件", "结果", "撤一补一"], ["复查", "等级低于合格", "撤销称号", "否"], ["复查", "等级为合格", "限期整改", ""]]);
  const { of, a, issues } = run([rules], { listed });

  it("复查 rows in 评定规则 apply to the titles the 名单 gives: D局 警告, E局 撤销 without 撤一补一", () => {
    expect(of("D局").review).toMatchObject({ title: "市级文明单位", titleYear: 2023, result: "warn" });
    expect(of("E局").review).toEqual({ title: "县级文明单位", result: "withdraw", reasons: ["等级低于合格：等级“不合格”低于“合格” → 撤销"], causes: ["等级“不合格”低于“合格”"] });
    expect(a.results.filter((r) => r.review).map((r) => r.unit.name)).toEqual(["D局", "E局"]);
  });

  it("a 命名年度 that is no year, a year with no title, and a titled unit not assessed are warnings at their cells", () => {
    const at = (cell: string) => issues.find((i) => i.file === "名单.xlsx" && i.cell === cell)?.message;
    expect(at("D7")).toBe("命名年度“明年”不是年份（应写作 2024 或 2024年），未采用");
    expect(at("D10")).toBe("单位“H镇”填了命名年度“2027”，但没有已命名称号，不作复查");
    expect(at("C11")).toBe("已命名“市级文明单位”的单位“Z局”不在本次参评单位中，无法复查");
  });
});

describe("rules over years in 评定规则", () => {
  const rules = sheet("评定规则", [["规则", "范围", "名额", "结果"], ["连续三年优秀", "全部", "", "推荐省级"]]);

  it("连续三年优秀 → 推荐省级: A局 only (优秀 2024–2026; B局 and F镇 were 良好 in 2024)", () => {
    const { a, of } = run([rules], { history: [Y2024, Y2025] });
    expect(a.results.filter((r) => r.outcome?.result === "推荐省级").map((r) => r.unit.name)).toEqual(["A局"]);
    expect(of("A局").outcome!.reasons).toEqual(["2024—2026 年连续 3 年为“优秀”，推荐省级"]);
  });

  it("without --history the rule is a warning at its cell and applies to no one", () => {
    const { a, issues } = run([rules]);
    expect(a.results.some((r) => r.outcome?.result)).toBe(false);
    expect(issues.find((i) => i.sheet === "评定规则")).toMatchObject({ severity: "warning", cell: "A2" });
    expect(a.outcomes!.quotas[0].notApplied).toBe(true);
  });

  it("the grade is the criteria's own: with 先进/达标/待改进, 「连续三年优秀」 is an error and 「连续三年先进」 reads", () => {
    const grades = sheet("等级", [["等级", "最低分"], ["先进", 90], ["达标", 75], ["待改进", 0]]);
    const { criteria, issues } = parseCriteriaRows(ITEMS, [grades, sheet("评定规则", [["规则", "结果"], ["连续三年优秀", "推荐省级"], ["连续三年先进", "推荐省级"]])]);
    expect(issues.items.map((i) => [i.cell, i.severity])).toEqual([["A2", "error"]]);
    expect(criteria.quotas.map((q) => q.condition?.params)).toEqual([{ years: 3, grade: "先进" }]);
  });

  // As in the 复查 above: two years running ending 2026 only D局 (3) and E局 (2); G镇 88 is 2nd of 3 in 2026, not 末位.
  // In rank order: D局 70, E局 50.
  it("连续两年末位 with 名额 不限 → 不予保留: D局, E局", () => {
    const bottom = sheet("评定规则", [["规则", "条件", "名额", "结果"], ["推荐名额", "连续两年末位", "不限", "不予保留"]]);
    const { a } = run([bottom], { history: [Y2024, Y2025] });
    expect(a.results.filter((r) => r.outcome?.result === "不予保留").map((r) => r.unit.name)).toEqual(["D局", "E局"]);
  });
});

describe("small readers", () => {
  it("conditions, conclusions and years as offices write them", () => {
    const grades = [{ name: "优秀", min: 90 }, { name: "合格", min: 60 }, { name: "不合格", min: 0 }];
    expect(readCondition("连续２年类别末位３名", grades)?.params).toEqual({ years: 2, n: 3 });
    expect(readCondition("等级为不合格", grades)?.params).toEqual({ compare: "is", grade: "不合格" });
    expect(readCondition("合格及以下", grades)?.params).toEqual({ compare: "atMost", grade: "合格" });
    expect(readCondition("负面清单撤销称号", grades)?.params).toEqual({ consequence: "撤销称号" });
    expect(readCondition("一票否决", grades)?.type.id).toBe("vetoed");
    expect(readCondition("表现一般", grades)).toBeUndefined();
    expect(reviewResult("撤销（撤一补一）")).toEqual({ result: "withdraw", replace: true });
    expect(reviewResult("黄牌警告")).toEqual({ result: "warn", replace: false });
    expect(reviewResult("通报")).toBeUndefined();
    expect(titleYearOf("2024-05-01")).toBe(2024);
    expect(titleYearOf("去年")).toBeUndefined();
  });
});

describe("末位不续评 among the units due for renewal", () => {
  // 末位 40%: with titles (C, D, E, F, H titled, none vetoed) floor(5 × 40%) = 2 of the titled: E局 50, H镇 65.
  // Without titles, among all 8 units: floor(8 × 40%) = 3: E局 50, H镇 65, D局 70.
  const bottom = sheet("评定规则", [["规则", "范围", "名额"], ["末位不续评", "全部", "40%"]]);
  const dropped = (a: ReturnType<typeof run>["a"]) => a.results.filter((r) => r.outcome?.result === "末位不予保留").map((r) => r.unit.name);
  it("with titles known: only titled units are candidates, and the reason says so", () => {
    const { a, of } = run([bottom], { titles: TITLES });
    expect(dropped(a)).toEqual(["H镇", "E局"]);
    expect(of("E局").outcome!.reasons[0]).toBe("全部单位末位名额为参评单位的 40%（5 个 × 40% 向下取整 = 2 个）（在已命名单位 5 个中计算，即应复查续评的单位），本单位第 8 名，末位不予保留");
  });
  it("without titles: all units", () => {
    expect(dropped(run([bottom]).a)).toEqual(["D局", "H镇", "E局"]);
  });
});
