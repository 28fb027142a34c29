/**
 * Raw questionnaires → 满意度, on an export written the way 问卷星 writes it:
 * 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, numbered questions
 * (「1、您所评价的单位是：」 first), a free-text question and 总分.
 *
 * The export (序号: unit, Q2 服务态度, Q3 办事效率):
 *   1 甲局 满意 满意        2 甲局 基本满意 不满意   3 甲局 不了解 满意
 *   4 甲局 (跳过) (跳过) → blank                    5 甲局 满意 基本满意
 *   5 甲局 不满意 不满意 → duplicate of 序号 5 (same sheet)
 *   6 乙局 满意 满意        7 乙局 基本满意 满意     8 乙局 不满意 满意
 *   9 丁局 满意 满意 → unknown unit                10 乙局 满意 满意
 *
 * Check off (default):
 *   甲局 valid 4 (rows 1, 2, 3, 5); blank 1, duplicate 1.
 *     Q2: 满意 2 (1, 5), 基本满意 1 (2), 不了解 1 (3) → 有效 3, 满意度 3/3 = 100%
 *     Q3: 满意 2 (1, 3), 基本满意 1 (5), 不满意 1 (2) → 有效 4, 满意度 3/4 = 75%
 *     pooled: 满意 4, 基本满意 2, 有效 7 → 6/7 = 85.714%; lines 90% / 50%, 10 分:
 *     (6/7 − 0.5) / 0.4 × 10 = 8.92857 → 8.93
 *   乙局 valid 4 (6, 7, 8, 10). Q2: 满意 2, 基本满意 1, 不满意 1 → 有效 4; Q3: 满意 4 → 有效 4.
 *     pooled 满意 6, 基本满意 1, 有效 8 → 7/8 = 87.5% → 0.375 / 0.4 × 10 = 9.375 → 9.38
 * With 雷同答卷剔除 = 是 (one same answer to every question):
 *   甲局 row 1 (满意, 满意) out → valid 3 (2, 3, 5): Q2 满意 1, 基本满意 1, 不了解 1 → 有效 2;
 *     Q3 满意 1, 基本满意 1, 不满意 1 → 有效 3; pooled 2 + 2 of 5 = 80% → 0.3 / 0.4 × 10 = 7.5
 *   乙局 rows 6 and 10 out → valid 2 (7, 8): Q2 基本满意 1, 不满意 1; Q3 满意 2;
 *     pooled 2 + 1 of 4 = 75% → 0.25 / 0.4 × 10 = 6.25
 */
import { describe, expect, it } from "vitest";
import { book, parseCriteriaRows, sheet, type CriteriaRow, type Input } from "../../../test/grids.js";
import { IssueLog } from "../issues.js";
import { assess } from "../score/assess.js";
import { explainUnit } from "../score/scoreUnit.js";
import { answerClassOf, scoreClass } from "./answers.js";
import { splitNumber } from "./platforms.js";
import { parseScoreClasses } from "./settings.js";
import { parseCriteria } from "../criteria/parseCriteria.js";

const ITEMS: CriteriaRow[] = [["1", "服务质量", "民主测评满意度", 10, "满意度", "满意票数,基本满意票数,有效问卷数", "满分线=90%;起评线=50%"]];

const HEADER = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您所评价的单位是：", "2、您对该单位服务态度是否满意？", "3、您对该单位办事效率是否满意？", "4、您的意见和建议", "总分"];
const ROWS: [number, string, string, string, string?][] = [
  [1, "甲局", "满意", "满意", "很好"],
  [2, "甲局", "基本满意", "不满意"],
  [3, "甲局", "不了解", "满意"],
  [4, "甲局", "(跳过)", "(跳过)"],
  [5, "甲局", "满意", "基本满意"],
  [5, "甲局", "不满意", "不满意"],
  [6, "乙局", "满意", "满意"],
  [7, "乙局", "基本满意", "满意"],
  [8, "乙局", "不满意", "满意", "希望改进"],
  [9, "丁局", "满意", "满意"],
  [10, "乙局", "满意", "满意"],
];
const EXPORT = book(
  "2026民主测评_问卷星.xlsx",
  sheet("Sheet1", [HEADER, ...ROWS.map(([n, unit, q2, q3, q4]) => [n, `2026/3/${n} 10:0${n % 10}:00`, `${100 + n}秒`, "手机提交", "直接访问", `10.0.0.${n}(浙江-温州)`, unit, q2, q3, q4 ?? "(跳过)", 8])]),
);

function run(settings: Input[][] = [], units: Record<string, Input>[] = [{ 单位名称: "甲局" }, { 单位名称: "乙局", 满意票数: 99 }, { 单位名称: "丙局" }]) {
  const { criteria, issues } = parseCriteriaRows(ITEMS, settings.length ? [sheet("设置", settings)] : []);
  expect(issues.items.filter((i) => i.severity === "error")).toEqual([]);
  const headers = [...new Set(units.flatMap((u) => Object.keys(u)))];
  const log = new IssueLog();
  const assessment = assess(criteria, book("申报.xlsx", sheet("申报数据", [headers, ...units.map((u) => headers.map((h) => u[h]))])), log, { questionnaires: [EXPORT] });
  const points = (name: string) => {
    const r = assessment.results.find((x) => x.unit.name === name)!;
    return r.items.points(0);
  };
  return { assessment, issues: log.items, points, summary: assessment.questionnaires! };
}

describe("raw questionnaires", () => {
  it("a unit no questionnaire names, with its counts typed in 申报数据, is scored from them and said (not warned)", () => {
    // 戊局 typed 满意 40, 基本满意 5, 有效 50 → 45 / 50 = 90% → full 10 points (满分线 90%).
    const { points, issues } = run([], [{ 单位名称: "甲局" }, { 单位名称: "戊局", 满意票数: 40, 基本满意票数: 5, 有效问卷数: 50 }]);
    expect(points("戊局")).toBe(10);
    const about = issues.filter((i) => i.unit === "戊局" && i.id.startsWith("questionnaire"));
    expect(about.map((i) => [i.severity, i.id])).toEqual([["info", "questionnaireNoneTyped"]]);
  });

  it("counts per unit and question, excluding blank, duplicate and unknown-unit questionnaires by reason", () => {
    const { summary, points, issues } = run();
    const jia = summary.units.find((u) => u.unit === "甲局")!;
    expect(jia.valid).toBe(4);
    expect(jia.excluded).toEqual({ blank: 1, duplicate: 1, identical: 0 });
    // Only the two satisfaction questions: 意见和建议 is free text, 总分 and the platform columns are no questions.
    expect(jia.questions.map((q) => [q.question.number, q.satisfied, q.basic, q.dissatisfied, q.unknown, q.blank, q.valid])).toEqual([
      [2, 2, 1, 0, 1, 0, 3],
      [3, 2, 1, 1, 0, 0, 4],
    ]);
    const yi = summary.units.find((u) => u.unit === "乙局")!;
    expect(yi.valid).toBe(4);
    expect(yi.questions.map((q) => [q.satisfied, q.basic, q.dissatisfied, q.valid])).toEqual([[2, 1, 1, 4], [4, 0, 0, 4]]);
    expect(summary.unknownUnits).toEqual([{ name: "丁局", count: 1, source: { file: "2026民主测评_问卷星.xlsx", sheet: "Sheet1", cell: "G11" } }]);
    expect(points("甲局")).toBe(8.93);
    expect(points("乙局")).toBe(9.38);
    // 丙局 has no questionnaire: listed with its count, and its item is missing (0 points).
    expect(points("丙局")).toBe(0);
    const few = issues.filter((i) => i.id === "questionnaireFewValid").map((i) => [i.unit, i.message]);
    expect(few).toEqual([
      ["甲局", "有效问卷 4 份，少于设置的最少有效问卷 30 份"],
      ["乙局", "有效问卷 4 份，少于设置的最少有效问卷 30 份"],
      ["丙局", "有效问卷 0 份，少于设置的最少有效问卷 30 份"],
    ]);
    const dup = issues.find((i) => i.id === "questionnaireDuplicate")!;
    expect([dup.sheet, dup.cell, dup.message]).toEqual(["Sheet1", "G7", "答卷编号“5”与 2026民主测评_问卷星.xlsx Sheet1 第 6 行重复，第 7 行未计入"]);
    const unknown = issues.find((i) => i.id === "questionnaireUnitUnknown")!;
    expect([unknown.file, unknown.sheet, unknown.cell]).toEqual(["2026民主测评_问卷星.xlsx", "Sheet1", "G11"]);
    // 乙局 typed 99 satisfied in 申报数据; the questionnaires count 6: a warning with both, the questionnaires win.
    const conflict = issues.find((i) => i.id === "questionnaireConflict")!;
    expect(conflict.message).toBe("“满意票数”：申报数据中填的是 99（申报.xlsx 申报数据!B3），按问卷（2026民主测评_问卷星.xlsx）统计为 6，两者不一致；按问卷统计计分，请核实");
  });

  it("the 计分明细 note names the file and the counts", () => {
    const { assessment } = run();
    const jia = assessment.results.find((r) => r.unit.name === "甲局")!;
    const [line] = explainUnit(jia.unit, assessment.criteria);
    expect(line.inputs).toContain("取自问卷 2026民主测评_问卷星.xlsx：有效问卷 4 份（另剔除空白 1、重复 1），全部 2 题合计：满意 4、基本满意 2、有效回答 7（不含不了解）");
  });

  it("with 雷同答卷剔除 on, questionnaires answering every question alike are excluded", () => {
    const { summary, points } = run([["雷同答卷剔除", "是"], ["最少有效问卷", "3"]]);
    expect(summary.units.map((u) => [u.unit, u.valid, u.excluded.identical])).toEqual([["甲局", 3, 1], ["乙局", 2, 2]]);
    expect(points("甲局")).toBe(7.5);
    expect(points("乙局")).toBe(6.25);
  });

  it("满意度口径 不了解计入 counts 不了解 among the valid answers; 参数 问题 picks the questions", () => {
    const items: CriteriaRow[] = [["1", "服务质量", "服务态度满意度", 10, "满意度", "满意票数,基本满意票数,有效问卷数", "满分线=90%;起评线=50%;问题=2"]];
    const { criteria } = parseCriteriaRows(items, [sheet("设置", [["满意度口径", "不了解计入"]])]);
    const assessment = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称"], ["甲局"]])), new IssueLog(), { questionnaires: [EXPORT] });
    // 甲局 Q2 only: 满意 2 + 基本满意 1 of 有效 4 (不了解 now counted) = 75% → 0.25 / 0.4 × 10 = 6.25
    expect(assessment.results[0].items.points(0)).toBe(6.25);
    expect(assessment.questionnaires!.units[0].questions[0].valid).toBe(4);
  });

  it("one sheet per unit: the unit comes from the sheet name; 1–5 scores are read on the scale", () => {
    const { criteria } = parseCriteriaRows(ITEMS);
    const scored = book(
      "腾讯问卷导出.xlsx",
      sheet("甲局", [["编号", "开始答题时间", "结束答题时间", "答题时长", "Q1. 服务态度", "Q2. 办事效率"], [1, "", "", "60", 5, 4], [2, "", "", "60", 3, 2], [3, "", "", "60", 1, 5]]),
    );
    const log = new IssueLog();
    const assessment = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称"], ["甲局"]])), log, { questionnaires: [scored] });
    // 1–5: 5, 4 满意; 3 基本满意; 2, 1 不满意. Q1: 5, 3, 1 → 1, 1, 1; Q2: 4, 2, 5 → 2, 0, 1.
    // pooled 满意 3 + 基本满意 1 of 6 = 66.67% → (2/3 − 0.5) / 0.4 × 10 = 4.1667 → 4.17
    expect(assessment.questionnaires!.units[0].questions.map((q) => [q.satisfied, q.basic, q.dissatisfied])).toEqual([[1, 1, 1], [2, 0, 1]]);
    expect(assessment.results[0].items.points(0)).toBe(4.17);
    expect(log.items.find((i) => i.id === "questionnaireScale")?.message).toContain("按 5 分制读取：4 分及以上为满意，3 分及以上为基本满意");
  });

  it("answer words, numbers and mappings", () => {
    expect(answerClassOf("A.非常满意")).toBe("satisfied");
    expect(answerClassOf("一般")).toBe("basic");
    expect(answerClassOf("非常不满意")).toBe("dissatisfied");
    expect(answerClassOf("一般", { 一般: "dissatisfied" })).toBe("dissatisfied");
    expect(answerClassOf("很好")).toBeUndefined();
    // 10-point scale: ≥ 8 满意, ≥ 6 基本满意
    expect([10, 8, 7, 6, 5, 0].map((n) => scoreClass(n, 10, undefined))).toEqual(["satisfied", "satisfied", "basic", "basic", "dissatisfied", "dissatisfied"]);
    expect(scoreClass(3, 5, parseScoreClasses("4-5=满意;3=不满意;1-2=不满意"))).toBe("dissatisfied");
    expect(splitNumber("第4题 您对窗口服务的评价")).toEqual({ number: 4, text: "您对窗口服务的评价" });
  });

  it("答卷人标识 finds the same respondent twice; a sheet naming no unit anywhere is one warning", () => {
    const { criteria } = parseCriteriaRows(ITEMS, [sheet("设置", [["答卷人标识", "手机号"]])]);
    const byPhone = book(
      "金数据导出.xlsx",
      // 用户ID is not a person: the same 用户ID twice is no duplicate; the same 手机号 for 甲局 is.
      sheet("甲局", [["序号", "提交时间", "用户ID", "手机号", "1. 总体评价", "2. 服务态度"], [1, "t1", "u1", "139", "满意", "满意"], [2, "t2", "u1", "138", "不满意", "满意"], [3, "t3", "u2", "139", "基本满意", "不满意"]]),
      sheet("Sheet2", [["序号", "提交时间", "1. 总体评价"], [1, "t1", "满意"], [2, "t2", "满意"]]),
    );
    const log = new IssueLog();
    const assessment = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称"], ["甲局"]])), log, { questionnaires: [byPhone] });
    // 甲局: rows 1 and 2 valid, row 3 (手机号 139 again) a duplicate.
    expect(assessment.questionnaires!.units.map((u) => [u.unit, u.valid, u.excluded.duplicate])).toEqual([["甲局", 2, 1]]);
    expect(log.items.find((i) => i.id === "questionnaireDuplicate")?.message).toBe("手机号“139”与 金数据导出.xlsx 甲局 第 2 行重复，第 4 行未计入");
    // Sheet2 has no unit column, and neither 「Sheet2」 nor 「金数据导出」 holds a unit's name: its 2 questionnaires are out.
    expect(assessment.questionnaires!.unknownUnits.map((u) => [u.name, u.count])).toEqual([["Sheet2", 2]]);
    expect(log.items.find((i) => i.id === "questionnaireUnitNotInName")?.message).toBe("金数据导出.xlsx 的“Sheet2”表没有被评单位列，工作表名和文件名中也没有参评单位的名称，2 份问卷未计入");
  });

  it("a 问卷调查 part of a non-满意度 item is filled from the questionnaires too (its trailing three 数据项)", () => {
    // 服务承诺公开, 10 分, 是否, 材料审核 60 % + 问卷调查 40 %; the survey part is (满意 + 基本满意) / 有效 × 10.
    //   甲局 承诺 是 → 材料审核 10 → ROUND(0.6 × 10, 2) = 6;
    //        questionnaires pooled 满意 4 + 基本满意 2 of 有效 7 (as above) → 6/7 × 10 = 8.5714 → ROUND(0.4 × 8.5714, 2) = 3.43;
    //        item 6 + 3.43 = 9.43
    //   乙局 承诺 否 → 0; pooled 6 + 1 of 8 → 8.75 → ROUND(0.4 × 8.75, 2) = 3.5; item 0 + 3.5 = 3.5
    //        (乙局 typed 满意票数 99: the questionnaires' 6 wins, a warning at its cell)
    const criteriaLog = new IssueLog();
    const criteria = parseCriteria(
      book(
        "测评体系.xlsx",
        sheet("测评细则", [
          ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "测评方法"],
          ["1", "服务质量", "服务承诺公开", 10, "是否", "服务承诺已公开,满意票数,基本满意票数,有效问卷数", "材料审核60%、问卷调查40%"],
        ]),
      ),
      criteriaLog,
    );
    expect(criteriaLog.items.filter((i) => i.severity === "error")).toEqual([]);
    const log = new IssueLog();
    const grid = sheet("申报数据", [["单位名称", "服务承诺已公开", "满意票数"], ["甲局", "是", ""], ["乙局", "否", 99]]);
    const assessment = assess(criteria, book("申报.xlsx", grid), log, { questionnaires: [EXPORT] });
    const points = (name: string) => assessment.results.find((r) => r.unit.name === name)!.items.points(0);
    expect(points("甲局")).toBe(9.43);
    expect(points("乙局")).toBe(3.5);
    expect(log.items.filter((i) => i.id === "methodPartMissing")).toEqual([]);
    const conflict = log.items.find((i) => i.id === "questionnaireConflict")!;
    expect([conflict.unit, conflict.item, conflict.cell]).toEqual(["乙局", "1", "C3"]);
  });
});
