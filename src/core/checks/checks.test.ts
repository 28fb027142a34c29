import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { book, criteriaBook, scoreItem, scoreRows, sheet, type CriteriaRow, type Input } from "../../../test/grids.js";
import { IssueLog, type Issue } from "../issues.js";
import { parseCriteria } from "../criteria/parseCriteria.js";
import { assess } from "../score/assess.js";
import { explainUnit } from "../score/scoreUnit.js";
import { holds, plainConstantDivisor } from "./validationRules.js";
import { ruleFieldName } from "../criteria/parseValidationRules.js";
import { tenfold } from "./lastYearTenfold.js";
import { CAPPED_RATE_ENDINGS, isCappedRateName } from "./rateAbove100.js";
import { checks } from "./registry.js";
import { SIGNED_RATE_ENDINGS, isNonNegativeRateName } from "../rules/cappedRates.js";

// Every expected value below is worked out by hand in the comment beside it.

const ofId = (issues: Issue[], id: string) => issues.filter((i) => i.id === id);

/** Assess a submissions sheet given as rows (header first) against criteria rows (and extra criteria sheets). */
function assessRows(criteriaRows: CriteriaRow[], rows: Input[][], extra: ReturnType<typeof sheet>[] = [], previous?: Input[][]) {
  const issues = new IssueLog();
  const criteria = parseCriteria(criteriaBook(criteriaRows, extra), issues);
  const criteriaIssues = [...issues.items];
  const a = assess(criteria, book("申报.xlsx", sheet("申报数据", rows)), issues, previous ? { previous: book("上年.xlsx", sheet("申报数据", previous)) } : {});
  return { a, issues: issues.items, criteriaIssues, byName: (n: string) => a.results.find((r) => r.unit.name === n)! };
}

describe("分子大于分母 (比率, 满意度)", () => {
  it("13 办结 of 12 受理: one error naming both cells, scored as capped (4 of 4), 数据待核实", () => {
    // Columns: 单位名称 A, 单位类别 B, 办结数 C, 受理数 D; the unit is on row 2.
    const { item, issues, result } = scoreItem(["1", "效能", "信访办结率", 4, "比率", "办结数/受理数"], { 办结数: 13, 受理数: 12 });
    expect(item.points).toBe(4);
    const found = ofId(issues, "numeratorExceeds");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", sheet: "申报数据", cell: "C2、D2", unit: "测试单位", item: "1 信访办结率" });
    expect(found[0].message).toBe("分子“办结数”（C2）= 13 大于分母“受理数”（D2）= 12，数据不可能成立；比率按 100% 计分，请核实");
    // 13 / 12 = 108.33 %
    expect(item.explanation).toBe("办结数 13 / 受理数 12 = 108.33%，超过 100%（数据待核实），按 100% 计，满分线 100%，起评线 0% → 4 / 4 分");
    expect(result.toVerify).toBe(true);
  });
  it("(150 + 60) 满意 of 200 questionnaires: error with the three cells", () => {
    const { issues, result, item } = scoreItem(["1", "服务", "民主测评", 6, "满意度", "满意,基本满意,总数", "满分线=95%;起评线=70%"], { 满意: 150, 基本满意: 60, 总数: 200 });
    // 210 / 200 = 105 % → capped at 100 % ≥ 95 % → 6
    expect(item.points).toBe(6);
    const found = ofId(issues, "satisfactionExceeds");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: "C2、D2、E2" });
    expect(found[0].message).toBe("满意“满意”（C2）150 + 基本满意“基本满意”（D2）60 = 210，大于有效问卷“总数”（E2）200，数据不可能成立；满意度按 100% 计分，请核实");
    expect(result.toVerify).toBe(true);
  });
  it("a completion item over its target is not this check (over-achievement is allowed)", () => {
    const { issues, result } = scoreItem(["1", "道德", "志愿服务", 4, "完成率", "次数/目标数"], { 次数: 15, 目标数: 12 });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.toVerify).toBeUndefined();
  });
  it("equal parts and a zero denominator are not violations (the zero is the rule's own warning)", () => {
    expect(ofId(scoreItem(["1", "效能", "纠纷调处率", 3, "比率", "调处数/受理数"], { 调处数: 34, 受理数: 34 }).issues, "numeratorExceeds")).toEqual([]);
    const zero = scoreItem(["1", "效能", "纠纷调处率", 3, "比率", "调处数/受理数"], { 调处数: 2, 受理数: 0 });
    expect(ofId(zero.issues, "numeratorExceeds")).toEqual([]);
    expect(ofId(zero.issues, "zeroDenominator")).toHaveLength(1);
  });
});

describe("比率不能超过 100%", () => {
  const row: CriteriaRow = ["1", "服务", "上报准确率", 3, "达标", "上报准确率", "目标值=95%;方向=≥"];
  it("97 typed into a 0%-formatted cell (shown 9700%) is an error that says what was typed; the score is unchanged", () => {
    const { issues, item, result } = scoreItem(row, { 上报准确率: { v: 97, fmt: "0%" } });
    // read as 97 = 9700 %, scored as 100 % (a share cannot exceed it) ≥ 95 % → 3 points; the item's rate is 100 %, never 9700 %
    expect(item.points).toBe(3);
    expect(item.rate).toBe(1);
    expect(item.explanation).toBe("上报准确率 9700%，超过 100%（数据待核实），按 100% 计，要求 ≥ 95%，达标 → 3 / 3 分");
    const found = ofId(issues, "percentCellTyped");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: "C2", item: "1 上报准确率" });
    expect(found[0].message).toBe("“上报准确率”的单元格设为百分比格式，填入的 97 显示为 9700%，超过 100%；若指 97%，应填 0.97 或“97%”");
    expect(result.toVerify).toBe(true);
  });
  it("“105%” as text and a plain 102 are above 100 %; 98.5 (read as 98.5 %), 0.97 with a % format and “100%” are not", () => {
    expect(ofId(scoreItem(row, { 上报准确率: "105%" }).issues, "rateAbove100")[0]?.message).toBe("“上报准确率”为 105%，超过 100%，不可能成立，请核实");
    // A plain 102 against a 95% target is read (and scored) as 102%: the check says so in the same terms.
    expect(ofId(scoreItem(row, { 上报准确率: 102 }).issues, "rateAbove100")[0]?.message).toBe("“上报准确率”为 102%，超过 100%，不可能成立，请核实");
    for (const fine of [98.5, { v: 0.97, fmt: "0%" }, "100%"] as Input[]) {
      const { issues } = scoreItem(row, { 上报准确率: fine });
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    }
  });
  it("a field whose own name ends in a capped rate is checked whatever the item's name; 完成率 is not capped", () => {
    const { issues } = scoreItem(["1", "服务", "覆盖", 3, "达标", "文明覆盖率", "目标值=90%"], { 文明覆盖率: "120%" });
    expect(ofId(issues, "rateAbove100")).toHaveLength(1);
    const done = scoreItem(["1", "服务", "任务完成率", 3, "达标", "任务完成率", "目标值=100%"], { 任务完成率: "120%" });
    expect(done.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(isCappedRateName("上年上报准确率")).toBe(true);
    expect(isCappedRateName("人口自然增长率")).toBe(false);
  });
});

describe("合计 rows", () => {
  const criteria: CriteriaRow[] = [
    ["1", "环境", "文明科室创建率", 4, "比率", "文明科室数/科室总数"],
    ["2", "服务", "政策符合率", 3, "达标", "政策符合率", "目标值=97%"],
  ];
  const header = ["序号", "单位名称", "单位类别", "文明科室数", "科室总数", "政策符合率(%)"];
  it("a 合计 that is off by one is a warning naming the column, the cell, the sum and the 合计; a % column and an exact column are not", () => {
    const { issues } = assessRows(criteria, [
      header,
      [1, "甲乡", "乡镇", 4, 5, 98],
      [2, "乙乡", "乡镇", 3, 6, 97],
      [3, "丙乡", "乡镇", 2, 4, 99],
      // 4 + 3 + 2 = 9 (right); 5 + 6 + 4 = 15, written 16; the rate column's 合计 is an average (98), never summed
      ["合计", "", "", 9, 16, 98],
    ]);
    const found = ofId(issues, "totalRowMismatch");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: "申报数据", cell: "E5" });
    expect(found[0].message).toBe("“合计”行的“科室总数”列（E 列）为 16，而其上 3 个单位之和为 15（相差 1），请核对");
  });
  it("tolerance is 0.5 % of the sum or 0.01: 100.2 + 200.3 = 300.5 allows 1.5025, so 302 passes and 303 does not", () => {
    const money: CriteriaRow[] = [["1", "建设", "投入", 3, "达标", "投入资金", "目标值=100"]];
    const rows = (total: number) => [["单位名称", "单位类别", "投入资金(万元)"], ["甲局", "机关", 100.2], ["乙局", "机关", 200.3], ["合计", "", total]];
    expect(ofId(assessRows(money, rows(302)).issues, "totalRowMismatch")).toEqual([]);
    const off = ofId(assessRows(money, rows(303)).issues, "totalRowMismatch");
    // 303 − 300.5 = 2.5 > 1.5025
    expect(off.map((i) => i.message)).toEqual(["“合计”行的“投入资金”列（C 列）为 303，而其上 2 个单位之和为 300.5（相差 2.5），请核对"]);
  });
  it("小计 rows sum their own section, the final 合计 every unit; 平均 rows are not sums", () => {
    const { issues } = assessRows(criteria, [
      header,
      [1, "甲乡", "乡镇", 4, 5, 98],
      [2, "乙乡", "乡镇", 3, 6, 97],
      ["小计", "", "", 7, 11, ""], // 4 + 3, 5 + 6: right
      [3, "甲局", "机关", 2, 4, 99],
      [4, "乙局", "机关", 1, 2, 99],
      ["小计", "", "", 3, 7, ""], // 2 + 1 = 3 right; 4 + 2 = 6, written 7: off
      ["合计", "", "", 10, 17, ""], // 4+3+2+1 = 10 right; 5+6+4+2 = 17 right
      ["平均", "", "", 2.5, 4.25, ""],
    ]);
    const found = ofId(issues, "totalRowMismatch");
    expect(found.map((i) => [i.cell, i.message])).toEqual([["E7", "“小计”行的“科室总数”列（E 列）为 7，而其上 2 个单位之和为 6（相差 1），请核对"]]);
  });
});

describe("checks read values as their field means them, not as typed", () => {
  it("a 合计 in a 亿元 column agrees when a unit typed 93000万元: 9.3 + 5.5 + 2.2 = 17", () => {
    const money: CriteriaRow[] = [["1", "建设", "投资", 3, "完成率", "完成投资额", "目标值=10"]];
    const rows: Input[][] = [["单位名称", "单位类别", "完成投资额(亿元)"], ["甲局", "机关", "93000万元"], ["乙局", "机关", 5.5], ["丙局", "机关", 2.2], ["合计", "", 17]];
    const { issues } = assessRows(money, rows);
    expect(ofId(issues, "totalRowMismatch")).toEqual([]);
    // The conversion itself is stated: 93000万元 = 9.3 亿元.
    expect(ofId(issues, "unitConverted").map((i) => i.cell)).toEqual(["C2"]);
  });
  it("a share above 100 % is an error, not also an outlier hint (97 in a %-formatted cell among 95–97 %)", () => {
    const rate: CriteriaRow[] = [["1", "服务", "上报准确率", 3, "达标", "上报准确率", "目标值=95%"]];
    const rows: Input[][] = [["单位名称", "单位类别", "上报准确率"]];
    [0.96, 0.95, 0.97, 0.96, 0.95, { v: 97, fmt: "0%" }].forEach((v, k) => rows.push([`机关${k + 1}`, "机关", v as Input]));
    const { issues } = assessRows(rate, rows);
    expect(ofId(issues, "percentCellTyped").map((i) => i.unit)).toEqual(["机关6"]);
    expect(ofId(issues, "categoryOutlier")).toEqual([]);
  });
  it("a declared rate typed 0.96, 96 and 95% in one category has no outlier", () => {
    // As fractions: 0.96 0.96 0.95 0.97 0.95 0.94 → median 0.955, MAD 0.005, largest |z| = 0.6745 × 0.015 / 0.005 = 2.02 ≤ 3.5.
    // Read as typed (0.96 beside 96) the median would be 0.955 and 96 would be z ≈ 12,900: a false hint.
    const rate: CriteriaRow[] = [["1", "学习", "参加率", 3, "达标", "参加率", "目标值=95%"]];
    const rows: Input[][] = [["单位名称", "单位类别", "参加率"]];
    [0.96, 96, 0.95, 97, "95%", 0.94].forEach((v, k) => rows.push([`机关${k + 1}`, "机关", v]));
    const { issues } = assessRows(rate, rows, [sheet("数据项", [["数据项", "类型"], ["参加率", "比率"]])]);
    expect(ofId(issues, "categoryOutlier")).toEqual([]);
  });
});

describe("校验规则 sheet", () => {
  const criteria: CriteriaRow[] = [
    ["1", "环境", "文明宿舍创建率", 3, "比率", "文明宿舍数/宿舍总数"],
    ["2", "安全", "森林防火", 3, "扣分", "森林火灾", "每次扣分=1"],
  ];
  const rules = sheet("校验规则", [
    ["校验规则（数据之间的关系）"],
    ["序号", "左边", "比较", "右边", "容差", "级别", "说明"],
    [1, "森林火灾", "=", "火警 + 一般火灾", "", "错误", "火灾分类合计"],
    [2, "文明宿舍数", "≤", "宿舍总数", "", "警告", ""],
    [3, "干部职工", "等于", "汉族 + 少数民族", "", "提示", "民族构成"],
  ]);
  // Columns: 单位名称 A, 单位类别 B, 文明宿舍数 C, 宿舍总数 D, 森林火灾 E, 火警 F, 一般火灾 G, 干部职工 H, 汉族 I, 少数民族 J
  const header = ["单位名称", "单位类别", "文明宿舍数", "宿舍总数", "森林火灾", "火警", "一般火灾", "干部职工", "汉族", "少数民族"];
  const run = () =>
    assessRows(criteria, [
      header,
      ["萨勒吾则克乡", "乡镇", 13, 18, 3, 1, 2, 79, 14, 65], // 3 = 1 + 2; 13 ≤ 18; 79 = 14 + 65: all hold
      ["城关镇", "乡镇", 19, 18, 4, 1, 2, 80, 14, 65], // 4 ≠ 3; 19 > 18; 80 ≠ 79
      ["大垌镇", "乡镇", 10, 12, 2, "", 2, "", 30, 40], // 火警 and 干部职工 blank: those rules skipped
    ], [rules]);
  it("fields named only by a rule are read from the submissions, never scored, with no unknown-column notes", () => {
    const { a, issues, criteriaIssues } = run();
    expect(criteriaIssues).toEqual([]);
    expect(a.criteria.checkedFields).toEqual(["火警", "一般火灾", "干部职工", "汉族", "少数民族"]);
    expect(a.criteria.fields).toEqual(["文明宿舍数", "宿舍总数", "森林火灾"]);
    expect(ofId(issues, "unknownColumn")).toEqual([]);
  });
  it("each violation names the unit, the rule, every cell and both sides, at the rule's 级别", () => {
    const { issues, byName } = run();
    const found = ofId(issues, "validationFailed");
    expect(found.map((i) => [i.severity, i.unit, i.cell, i.message])).toEqual([
      ["error", "城关镇", "E3、F3、G3", "校验规则“火灾分类合计”不成立：森林火灾 = 4，火警 + 一般火灾 = 3（森林火灾 E3 = 4，火警 F3 = 1，一般火灾 G3 = 2）"],
      ["warning", "城关镇", "C3、D3", "校验规则“文明宿舍数 ≤ 宿舍总数”不成立：文明宿舍数 = 19，宿舍总数 = 18（文明宿舍数 C3 = 19，宿舍总数 D3 = 18）"],
      ["info", "城关镇", "H3、I3、J3", "校验规则“民族构成”不成立：干部职工 = 80，汉族 + 少数民族 = 79（干部职工 H3 = 80，汉族 I3 = 14，少数民族 J3 = 65）"],
    ]);
    // An error-level rule marks the unit; the score is what the rules give: 森林火灾 4 × 1 = 4, capped at 3 → 0
    expect(byName("城关镇").toVerify).toBe(true);
    expect(byName("大垌镇").toVerify).toBeUndefined();
  });
  it("a rule whose column is in no sheet is one warning and is not run", () => {
    const { issues } = assessRows(criteria, [header.slice(0, 7), ["甲乡", "乡镇", 1, 2, 3, 1, 2]], [rules]);
    expect(ofId(issues, "validationFieldMissing").map((i) => [i.cell, i.message])).toEqual([["B5", "校验规则“民族构成”用到的“干部职工”在申报数据中没有对应列，该规则未执行"]]);
  });
});

describe("校验规则 with rates and last year's names (round 3, t09/t09b)", () => {
  const criteria: CriteriaRow[] = [
    ["1", "作风", "群众满意率同比提高", 3, "同比", "群众满意率", "方向=越高越好;满分改善=5%"],
    ["2", "安全", "森林火灾同比下降", 3, "同比", "森林火灾", "方向=越低越好;满分改善=20%"],
  ];
  const rules = sheet("校验规则", [
    ["左边", "比较", "右边", "级别", "说明"],
    ["森林火灾", "≤", "去年森林火灾 + 1", "警告", "去年写法"],
    ["群众满意率", "≥", "60", "警告", "至少六成"],
    ["群众满意率", "≥", "上年群众满意率", "提示", "不下降"],
  ]);
  const P = (v: number) => ({ v, fmt: "0.0%" });
  // Columns: 单位名称 A, 单位类别 B, 群众满意率 C, 上年群众满意率 D, 森林火灾 E, 森林火灾（上年） F; units on rows 2–4.
  const run = () =>
    assessRows(criteria, [
      ["单位名称", "单位类别", "群众满意率", "上年群众满意率", "森林火灾", "森林火灾（上年）"],
      ["甲乡", "乡镇", P(0.523), P(0.49), 12, 10], // 12 > 10 + 1; 52.3% < 60%; 52.3% ≥ 49%
      ["乙局", "机关", P(0.912), P(0.905), 0, 1], // all hold (91.2% ≥ 60%: never "0.912 < 60")
      ["丙局", "机关", P(0.8), P(0.82), 2, 2], // 2 ≤ 3; 80% ≥ 60%; 80% < 82%
    ], [rules]);
  it("去年森林火灾 reads the 森林火灾（上年） column; rates are shown as percents; 60 against a rate is 60%", () => {
    const { issues } = run();
    expect(ofId(issues, "validationFieldMissing")).toEqual([]);
    expect(ofId(issues, "validationFailed").map((i) => [i.severity, i.unit, i.cell, i.message])).toEqual([
      ["warning", "甲乡", "E2、F2", "校验规则“去年写法”不成立：森林火灾 = 12，去年森林火灾 + 1 = 11（森林火灾 E2 = 12，去年森林火灾 F2 = 10）"],
      ["warning", "甲乡", "C2", "校验规则“至少六成”不成立：群众满意率 = 52.3%，60 = 60%（群众满意率 C2 = 52.3%）"],
      ["info", "丙局", "C4、D4", "校验规则“不下降”不成立：群众满意率 = 80%，上年群众满意率 = 82%（群众满意率 C4 = 80%，上年群众满意率 D4 = 82%）"],
    ]);
    // Said once, at the rule, whatever the number of units.
    expect(ofId(issues, "validationPlainAsRate").map((i) => [i.severity, i.sheet, i.cell, i.message])).toEqual([
      ["info", "校验规则", "A3", "校验规则“至少六成”把比率“群众满意率”与 60 比较：比率按小数计（如 0.912 即 91.2%），60 按 60% 理解；若另有所指，请在规则中写明 %"],
    ]);
  });
  it("the names and numbers as read", () => {
    const known = new Map([["森林火灾", "森林火灾"], ["上年群众满意率", "上年群众满意率"]]);
    expect(["去年森林火灾", "森林火灾上年数", "上年度森林火灾", "本年森林火灾", "上年群众满意率", "火警"].map((n) => ruleFieldName(n, known))).toEqual([
      "上年森林火灾", "上年森林火灾", "上年森林火灾", "森林火灾", "上年群众满意率", "火警",
    ]);
    // 60 against a percent → ÷ 100; 0.6 and 60% as written; against a plain figure as written; ‰ → ÷ 1000.
    expect([plainConstantDivisor("60", 60, "percent"), plainConstantDivisor("0.6", 0.6, "percent"), plainConstantDivisor("60%", 0.6, "percent"), plainConstantDivisor("60", 60, "plain"), plainConstantDivisor("5", 5, "permille")]).toEqual([100, 1, 1, 1, 1000]);
  });
});

describe("校验规则 parsing", () => {
  const parse = (rows: Input[][]) => {
    const issues = new IssueLog();
    const c = parseCriteria(criteriaBook([["1", "安全", "森林防火", 3, "扣分", "森林火灾", "每次扣分=1"]], [sheet("校验规则", rows)]), issues);
    return { rules: c.validationRules, issues: issues.items };
  };
  it("reads signs and words, 容差 as a number or a share, and one-column rules", () => {
    const { rules, issues } = parse([
      ["左边", "比较", "右边", "容差", "级别", "说明", "规则"],
      ["森林火灾", "不大于", "火警 + 一般火灾", "", "", "", ""],
      ["森林火灾", ">=", "火警", "5%", "警告", "", ""],
      ["森林火灾", "约等于", "火警", 2, "提示", "", ""],
      ["", "", "", "", "", "", "森林火灾 = 火警 + 一般火灾"],
    ]);
    expect(issues).toEqual([]);
    expect(rules.map((r) => [r.comparison, r.tolerance, r.severity, r.label])).toEqual([
      ["le", undefined, "error", "森林火灾 ≤ 火警 + 一般火灾"],
      ["ge", { value: 0.05, relative: true }, "warning", "森林火灾 ≥ 火警"],
      ["approx", { value: 2, relative: false }, "info", "森林火灾 ≈ 火警"],
      ["eq", undefined, "error", "森林火灾 = 火警 + 一般火灾"],
    ]);
  });
  it("a bad expression, comparison, 级别 or 容差 is a criteria error naming its cell", () => {
    const { rules, issues } = parse([
      ["左边", "比较", "右边", "容差", "级别", "规则"],
      ["森林火灾", "=", "火警 +", "", "", ""],
      ["森林火灾", "≠", "火警", "", "", ""],
      ["森林火灾", "=", "火警", "", "严重错误", ""],
      ["森林火灾", "≈", "火警", "约两起", "", ""],
      ["", "", "", "", "", "a < b < c"],
      ["import(森林火灾)", "=", "火警", "", "", ""],
    ]);
    expect(rules).toEqual([]);
    expect(issues.map((i) => [i.severity, i.id, i.sheet, i.cell])).toEqual([
      ["error", "criteriaBadValidationExpression", "校验规则", "C2"],
      ["error", "criteriaBadComparison", "校验规则", "B3"],
      ["error", "criteriaBadValidationLevel", "校验规则", "E4"],
      ["error", "criteriaBadTolerance", "校验规则", "D5"],
      ["error", "criteriaBadComparison", "校验规则", "F6"],
      ["error", "criteriaBadValidationExpression", "校验规则", "A7"],
    ]);
    expect(issues[0].message).toMatch(/^校验规则的右边“火警 \+”有误：/);
  });
  it("holds: = exact, ≈ within 0.5 % or 0.01, a 容差 widens every comparison", () => {
    expect(holds(12, 11, "eq")).toBe(false);
    expect(holds(0.1 + 0.2, 0.3, "eq")).toBe(true); // floating-point noise only
    expect(holds(12, 11.99, "approx")).toBe(true); // 0.01 ≤ max(0.01, 0.005 × 11.99 = 0.05995)
    expect(holds(12, 11.9, "approx")).toBe(false); // 0.1 > 0.0595
    expect(holds(13, 11, "le", { value: 2, relative: false })).toBe(true); // 13 ≤ 11 + 2
    expect(holds(105, 100, "eq", { value: 0.05, relative: true })).toBe(true); // |5| ≤ 5 % × 100
    expect(holds(106, 100, "eq", { value: 0.05, relative: true })).toBe(false);
    expect(holds(5, 5, "lt")).toBe(false);
    expect(holds(6, 5, "gt")).toBe(true);
  });
});

describe("plausibility hints (never a score change)", () => {
  const criteria: CriteriaRow[] = [["1", "宣传", "宣传信息", 3, "完成率", "信息篇数", "目标值=60"]];
  it("×10 and ÷10 against last year's submissions, and the unit's own 上年 column", () => {
    const { issues, byName } = assessRows(
      criteria,
      [
        ["单位名称", "单位类别", "信息篇数", "上年信息篇数"],
        ["甲局", "机关", 450, ""], // last year 45 → 450 / 45 = 10 ≥ 8
        ["乙局", "机关", 5, ""], // last year 50 → 5 / 50 = 1/10 ≤ 1/8
        ["丙局", "机关", 9, ""], // last year 1 → both below 10: small counts, no hint
        ["丁局", "机关", 64, 8], // own 上年 column 8 → 64 / 8 = 8
        ["戊局", "机关", 60, ""], // last year 55 → 1.09: nothing
      ],
      [],
      [["单位名称", "单位类别", "信息篇数"], ["甲局", "机关", 45], ["乙局", "机关", 50], ["丙局", "机关", 1], ["丁局", "机关", 70], ["戊局", "机关", 55]],
    );
    const hints = issues.filter((i) => i.id === "tenfoldRise" || i.id === "tenfoldFall");
    expect(hints.map((i) => [i.severity, i.unit, i.cell, i.message])).toEqual([
      ["info", "甲局", "C2", "“信息篇数”本年 450 是上年 45（上年.xlsx 申报数据!C2）的 10 倍，请核实（是否多写了一位）"],
      ["info", "乙局", "C3", "“信息篇数”本年 5 只有上年 50（上年.xlsx 申报数据!C3）的 1/10，请核实（是否少写了一位）"],
      ["info", "丁局", "C5", "“信息篇数”本年 64 是上年 8（D5）的 8 倍，请核实（是否多写了一位）"],
    ]);
    // 450 / 60 = 750 %, capped at 100 % → 3 points: a hint does not change it
    expect(byName("甲局").total).toBe(3);
    expect(byName("甲局").toVerify).toBeUndefined();
    expect(tenfold({ value: 0.5, scale: "percent" }, { value: 0.05, scale: "percent" })).toBe("rise");
  });
  it("robust z within a category of at least 5: 10, 11, 12, 12, 13, 40 → z(40) = 18.9; a category of 4 is not checked", () => {
    // median 12; |x − 12| = 2, 1, 0, 0, 1, 28 → MAD 1; z(40) = 0.6745 × 28 / 1 = 18.886; z(10) = −1.349 (not flagged)
    const rows: Input[][] = [["单位名称", "单位类别", "信息篇数"]];
    [10, 11, 12, 12, 13, 40].forEach((v, k) => rows.push([`机关${k + 1}`, "机关", v]));
    [10, 11, 12, 400].forEach((v, k) => rows.push([`学校${k + 1}`, "学校", v]));
    const { issues, byName } = assessRows(criteria, rows);
    const found = ofId(issues, "categoryOutlier");
    expect(found.map((i) => [i.severity, i.unit, i.cell, i.message])).toEqual([
      ["info", "机关6", "C7", "“信息篇数”= 40，在“机关”6 个单位中明显偏离（中位数 12，稳健 z 值 18.9），请核实"],
    ]);
    // 40 / 60 × 3 = 2
    expect(byName("机关6").total).toBe(2);
  });
});

describe("完成率超过目标 10 倍 (round 3: 「12,000」 in a 亿元 column scored full points unseen)", () => {
  it("a hint with both cells at 10 times the target and above, never below; the score is unchanged", () => {
    const criteria: CriteriaRow[] = [["1", "经济", "招商引资任务", 5, "完成率", "招商引资到位资金/招商引资目标任务"]];
    // Columns: 单位名称 A, 单位类别 B, 到位资金（亿元）C, 目标任务（万元）D; every target 15000 万元 = 1.5 亿元.
    const { issues, byName } = assessRows(criteria, [
      ["单位名称", "单位类别", "招商引资到位资金（亿元）", "招商引资目标任务（万元）"],
      ["甲乡", "乡镇", "12,000", 15000], // a 万元 figure typed as-is: 12000 / 1.5 = 8000 times = 800000 %
      ["乙乡", "乡镇", 1.2, 15000], // 1.2 / 1.5 = 80 %: nothing
      ["丙乡", "乡镇", 15, 15000], // 15 / 1.5 = 10 times exactly (1000 %): hinted
      ["丁乡", "乡镇", 14.85, 15000], // 14.85 / 1.5 = 9.9 times: not hinted
    ]);
    expect(ofId(issues, "completionTenfold").map((i) => [i.severity, i.unit, i.cell, i.item, i.message])).toEqual([
      ["info", "甲乡", "C2、D2", "1 招商引资任务", "完成率 800000%：“招商引资到位资金” 12000 亿元 是“招商引资目标任务” 1.5 亿元 的 8000 倍，请核实（是否计量单位填错，如万元数填在亿元列）"],
      ["info", "丙乡", "C4、D4", "1 招商引资任务", "完成率 1000%：“招商引资到位资金” 15 亿元 是“招商引资目标任务” 1.5 亿元 的 10 倍，请核实（是否计量单位填错，如万元数填在亿元列）"],
    ]);
    // capped at 100 % → 5 of 5 (a hint never changes a score), not 数据待核实; 乙乡 0.8 × 5 = 4
    expect(byName("甲乡").total).toBe(5);
    expect(byName("甲乡").toVerify).toBeUndefined();
    expect(byName("乙乡").total).toBe(4);
  });
  it("a one-field 完成率 against its 目标值 names the target", () => {
    // 200 万元 / 目标 10 万元 = 20 times = 2000 %
    const { issues } = assessRows([["1", "经济", "税收任务", 5, "完成率", "税收收入", "目标值=10万元"]], [["单位名称", "单位类别", "税收收入（万元）"], ["甲乡", "乡镇", 200]]);
    expect(ofId(issues, "completionTenfold").map((i) => [i.cell, i.message])).toEqual([["C2", "完成率 2000%：“税收收入” 200 万元 是“目标值” 10 万元 的 20 倍，请核实（是否计量单位填错，如万元数填在亿元列）"]]);
  });
});

describe("nothing is logged twice", () => {
  it("a numerator above its denominator read by two items is one issue per item, never a rule warning as well", () => {
    const { issues } = scoreRows(
      [
        ["1", "效能", "办结率", 2, "比率", "办结数/受理数"],
        ["2", "效能", "办结情况", 2, "比率", "办结数/受理数"],
      ],
      [{ 单位名称: "甲", 单位类别: "乡镇", 办结数: 5, 受理数: 4 }],
    );
    expect(ofId(issues, "numeratorExceeds").map((i) => [i.severity, i.item])).toEqual([["error", "1 办结率"], ["error", "2 办结情况"]]);
    expect(issues.filter((i) => i.severity === "warning")).toEqual([]);
  });
  it("explainUnit on a capped unit logs nothing (its words only)", () => {
    const { assessment } = scoreRows([["1", "效能", "办结率", 2, "比率", "办结数/受理数"]], [{ 单位名称: "甲", 单位类别: "乡镇", 办结数: 5, 受理数: 4 }]);
    // 5 / 4 = 125 %
    expect(explainUnit(assessment.results[0].unit, assessment.criteria)[0].explanation).toContain("125%，超过 100%");
  });
});

describe("比率为负 (negativeRate)", () => {
  const birth: CriteriaRow = ["1", "人口", "人口出生率控制", 3, "达标", "人口出生率", "目标值=≤20‰"];
  const accuracy: CriteriaRow = ["2", "统计", "统计上报准确率", 3, "达标", "上报准确率", "目标值=≥95%"];
  it("出生率 −2 under （‰）, 「-2‰」 and 「－2」: an error naming the cell, scored as missing (0 of 3, never 达标), 数据待核实", () => {
    for (const [header, typed] of [["人口出生率（‰）", -2], ["人口出生率", "-2‰"], ["人口出生率（‰）", "－2"]] as const) {
      const { item, issues, result } = scoreItem(birth, { [header]: typed });
      expect(item).toMatchObject({ points: 0, missing: true });
      const found = ofId(issues, "negativeRate");
      expect(found).toHaveLength(1);
      // columns: 单位名称 A, 单位类别 B, 人口出生率 C
      expect(found[0]).toMatchObject({ severity: "error", sheet: "申报数据", cell: "C2", unit: "测试单位", item: "1 人口出生率控制" });
      expect(found[0].message).toBe("“人口出生率”为 -2‰，比率不能为负数，不可能成立，该值按缺失计分，请核实");
      expect(result.toVerify).toBe(true);
    }
  });
  it("准确率 −0.96, a %-formatted −0.96 and 「-96%」 are −96%: an error, 0 of 3", () => {
    for (const typed of [-0.96, { v: -0.96, fmt: "0.0%" }, "-96%"] as Input[]) {
      const { item, issues } = scoreItem(accuracy, { 上报准确率: typed });
      expect(item).toMatchObject({ points: 0, missing: true });
      expect(ofId(issues, "negativeRate").map((i) => i.message)).toEqual(["“上报准确率”为 -96%，比率不能为负数，不可能成立，该值按缺失计分，请核实"]);
    }
  });
  it("a negative 上年 rate is named too; 自然增长率 and 增幅 may be negative (no error, scored as typed)", () => {
    const yoy = scoreItem(["1", "服务", "满意率同比", 3, "同比", "群众满意率", "满分改善=5%"], { "群众满意率（%）": 52.3, "上年群众满意率（%）": -49 });
    expect(ofId(yoy.issues, "negativeRate")).toMatchObject([{ cell: "D2", message: "“上年群众满意率”为 -49%，比率不能为负数，不可能成立，该值按缺失计分，请核实" }]);
    // −2‰ ≤ 5‰ → 达标 → 3
    const growth = scoreItem(["1", "人口", "自然增长率控制", 3, "达标", "人口自然增长率", "目标值=≤5‰"], { "人口自然增长率（‰）": -2 });
    expect(growth.item.points).toBe(3);
    expect(ofId(growth.issues, "negativeRate")).toEqual([]);
    expect([isNonNegativeRateName("人口死亡率"), isNonNegativeRateName("招商引资完成率"), isNonNegativeRateName("上年群众满意度")]).toEqual([true, true, true]);
    expect(["人口自然增长率", "地区生产总值增幅", "财政收入增速"].map(isNonNegativeRateName)).toEqual([false, false, false]);
  });
});

describe("docs", () => {
  it("docs/standard-sheets.md lists every capped rate ending, and every check is registered once", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "..", "docs", "standard-sheets.md"), "utf8");
    expect(doc).toContain(`名称以 ${CAPPED_RATE_ENDINGS.join("、")} 结尾的数据项`);
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    expect(doc).toContain(`名称以 ${SIGNED_RATE_ENDINGS.join("、")} 结尾的比率可以为负`);
  });
});
