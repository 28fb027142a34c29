import { describe, expect, it } from "vitest";
import type { CriteriaItem } from "../model.js";
import { ruleTypes, findRule } from "../rules/registry.js";
import { itemFormulas, itemScoreFormula, linearShareFormula, type FormulaInputs } from "./itemFormulas.js";
import type { FieldRead } from "./recordReads.js";
import { compileFormula } from "../expression/safeExpression.js";

/** An item as parseCriteria gives it, with only what the formulas read. */
function item(rule: string, points: number, fields: string[], params: Record<string, unknown> = {}, name = "测评内容"): CriteriaItem {
  return { key: "1.1", name, level1: "一", level2: "", points, rule: findRule(rule)!, fields, params, bonus: false, method: "", standard: "", source: { file: "f", sheet: "测评细则", cell: "A1" } };
}

/** Each field's 数据 cell is named after its position: D4, E4, F4 …; reads as given. */
function inputs(fields: string[], reads: Record<string, FieldRead> = {}): FormulaInputs {
  return {
    ref: (f) => (fields.includes(f) ? `${String.fromCharCode(68 + fields.indexOf(f))}4` : undefined),
    read: (f) => reads[f],
    meaning: () => undefined,
  };
}

const formulaOf = (i: CriteriaItem, reads: Record<string, FieldRead> = {}) => itemFormulas[i.rule.id]!(i, inputs(i.fields, reads));

describe("item formulas", () => {
  it("cover every rule type of the registry (null only for rules without one formula over 数据)", () => {
    expect(Object.keys(itemFormulas).sort()).toEqual(ruleTypes.map((r) => r.id).sort());
    expect(Object.entries(itemFormulas).filter(([, f]) => f === null).map(([id]) => id).sort()).toEqual(["byMethods", "veto"]);
  });

  it("直接打分: the score clamped to 0..分值", () => {
    expect(formulaOf(item("direct", 5, ["档案资料得分"]))).toBe("MIN(MAX(D4,0),5)");
  });

  it("比率: rate capped at 100 %, linear between 起评线 60 % and 满分线 95 %, 0 for a zero denominator", () => {
    // (rate − 0.6) / (0.95 − 0.6), clamped to 0..1, × 4 分
    expect(formulaOf(item("ratio", 4, ["学习参勤人次", "应参学人次"], { fullLine: 0.95, zeroLine: 0.6 }))).toBe("IF(E4=0,0,MIN(1,MAX(0,(MIN(D4/E4,1)-0.6)/(0.95-0.6)))*4)");
    // 起评线 0: the rate over the full line
    expect(linearShareFormula("R", 0.9, 0)).toBe("MIN(1,MAX(0,R/0.9))");
    // 满分线 at or below 起评线: pass/fail at the full line
    expect(linearShareFormula("R", 0.5, 0.5)).toBe("IF(R>=0.5,1,0)");
  });

  it("满意度: (满意 + 基本满意) / 有效问卷 against the lines", () => {
    expect(formulaOf(item("satisfaction", 10, ["满意票数", "基本满意票数", "有效问卷数"], { fullLine: 0.9, zeroLine: 0.6 }))).toBe("IF(F4=0,0,MIN(1,MAX(0,(MIN((D4+E4)/F4,1)-0.6)/(0.9-0.6)))*10)");
  });

  it("达标: compared at 12 decimals in the target's direction; a plain 98.5 against a % target is 98.5 %; a share above 100 % counts as 100 %", () => {
    const accuracy = item("threshold", 3, ["上报准确率"], { target: { value: 0.95, scale: "percent" }, direction: "higher" });
    expect(formulaOf(accuracy, { 上报准确率: { value: 0.98, scale: "percent" } })).toBe("IF(ROUND(MIN(D4,1)-0.95,12)>=0,3,0)");
    expect(formulaOf(accuracy, { 上报准确率: { value: 98.5, scale: "plain" } })).toBe("IF(ROUND(MIN((D4/100),1)-0.95,12)>=0,3,0)");
    const births = item("threshold", 2, ["人口出生率"], { target: { value: 0.02, scale: "permille" }, direction: "lower" });
    expect(formulaOf(births, { 人口出生率: { value: 0.012, scale: "permille" } })).toBe("IF(ROUND(D4-0.02,12)<=0,2,0)");
  });

  it("完成率: actual / target capped at 超额加分 (the excess is not in the item's points); a converted target is left to kaoping", () => {
    const done = item("completion", 5, ["目标完成项数", "年度目标项数"], { overAward: 1.2 });
    expect(formulaOf(done, { 目标完成项数: { value: 9, unit: "" }, 年度目标项数: { value: 10, unit: "" } })).toBe("IF(E4=0,0,MIN(MIN(D4/E4,1.2)*5,5))");
    const byParam = item("completion", 5, ["招商引资"], { overAward: 1, target: { value: 8000, unit: "万元" } });
    expect(formulaOf(byParam, { 招商引资: { value: 7000, unit: "万元" } })).toBe("IF(8000=0,0,MIN(MIN(D4/8000,1)*5,5))");
    // 1 亿元 against a 万元 actual: converted to 10000 万元 by kaoping, so no formula
    expect(formulaOf(item("completion", 5, ["招商引资"], { overAward: 1, target: { value: 1, unit: "亿元" } }), { 招商引资: { value: 7000, unit: "万元" } })).toBeUndefined();
  });

  it("同比: a count by its growth over |上年| (上年 0: any figure above 0 is full marks), a rate by 百分点", () => {
    const complaints = item("yearOnYear", 4, ["群众投诉件数"], { direction: "lower", fullImprovement: 0.3 });
    const reads = { 群众投诉件数: { value: 12 }, 上年群众投诉件数: { value: 16 } };
    const at: FormulaInputs = { ...inputs(["群众投诉件数", "上年群众投诉件数"], reads), read: (f) => reads[f as keyof typeof reads] };
    // lower is better: (上年 − 本年) / |上年| over 30 %; 上年 0: full marks only at 0
    expect(itemFormulas.yearOnYear!(complaints, at)).toBe("IF(E4=0,IF(D4=0,4,0),MIN(1,MAX(0,(E4-D4)/ABS(E4)/0.3))*4)");
    const rate = item("yearOnYear", 2, ["本年覆盖率", "上年覆盖率"], { direction: "higher", fullImprovement: 0.05 });
    // a rate: 本年 − 上年 in 百分点 over 5 个百分点; 覆盖率 is a share, capped at 100 %
    expect(formulaOf(rate, { 本年覆盖率: { value: 0.9, scale: "percent" }, 上年覆盖率: { value: 0.86, scale: "percent" } })).toBe("MIN(1,MAX(0,(MIN(D4,1)-MIN(E4,1))/0.05))*2");
  });

  it("扣分, 差额扣分: occurrences × points each, capped; a shortfall from the standard, never below 0", () => {
    expect(formulaOf(item("deduction", 5, ["安全事故次数"], { perOccurrence: 3 }))).toBe("5-MIN(D4*3,5)");
    expect(formulaOf(item("deduction", 5, ["纪律通报次数"], { perOccurrence: 1, deductionCap: 2 }))).toBe("5-MIN(D4*1,2)");
    expect(formulaOf(item("shortfall", 4, ["工作制度数"], { standard: 10, perShort: 2 }))).toBe("MAX(0,4-MAX(0,10-D4)*2)");
  });

  it("加分: honours × points per level, at most 分值", () => {
    expect(formulaOf(item("bonus", 5, ["国家级荣誉数", "省级荣誉数", "市级荣誉数", "县级荣誉数"], { levelPoints: [3, 2, 1, 0.5] }))).toBe("MIN(D4*3+E4*2+F4*1+G4*0.5,5)");
  });

  it("是否, 档次: full points for TRUE; the letter's share of 分值", () => {
    expect(formulaOf(item("yesNo", 2, ["领导小组已成立"]))).toBe("IF(D4,2,0)");
    expect(formulaOf(item("gradeLetter", 3, ["计划总结档次"], { shares: { A: 1, B: 0.66, C: 0.33 } }))).toBe('IF(D4="A",1,IF(D4="B",0.66,IF(D4="C",0.33,0)))*3');
  });

  it("公式: the whitelisted expression in Excel syntax, every operation in parentheses, clamped to 0..分值", () => {
    const f = item("formula", 10, ["文明科室数", "科室总数"], { formula: "min(文明科室数 / 科室总数, 1) * 分值" });
    expect(formulaOf(f, { 文明科室数: { value: 4 }, 科室总数: { value: 5 } })).toBe("MIN(MAX((MIN((D4/E4),1)*10),0),10)");
    // kaoping's 0 points for a division by zero is #DIV/0! in Excel: no formula
    expect(formulaOf(f, { 文明科室数: { value: 4 }, 科室总数: { value: 0 } })).toBeUndefined();
  });

  it("translates each operator and function to what kaoping's evaluator computes", () => {
    const excel = (text: string) => compileFormula(text).toExcel((n) => ({ a: "A1", b: "B1" })[n]);
    // mathjs reads -2^2 as -(2^2) = -4; Excel would read -2^2 as 4 without the parentheses
    expect(excel("-a^2")).toBe("(-(A1^2))");
    // JavaScript's % keeps the dividend's sign (−7 % 3 = −1); Excel's MOD(−7,3) is 2
    expect(excel("a % b")).toBe("(A1-B1*TRUNC(A1/B1))");
    expect(excel("a >= b ? a : b")).toBe("IF(((A1>=B1)*1)<>0,A1,B1)");
    expect(excel("if(a and not b, floor(a), ceil(b))")).toBe("IF((AND(A1<>0,((B1=0)*1)<>0)*1)<>0,INT(A1),(-INT(-B1)))");
    expect(excel("round(a / 3, 2) + abs(b) - 1e-7")).toBe("((ROUND((A1/3),2)+ABS(B1))-0.0000001)");
    expect(excel("a + c")).toBeUndefined();
  });

  it("wraps a formula in ROUND to the 小数位数, and says why an item is a value", () => {
    const d = item("direct", 5, ["档案资料得分"]);
    expect(itemScoreFormula(d, { points: 4.5, inputs: "", explanation: "" }, inputs(d.fields), 2)).toEqual({ formula: "ROUND(MIN(MAX(D4,0),5),2)" });
    expect(itemScoreFormula(d, { points: 0, missing: true, inputs: "", explanation: "" }, inputs(d.fields), 2)).toEqual({ reason: "missing" });
    expect(itemScoreFormula(d, undefined, inputs(d.fields), 2)).toEqual({ reason: "methods" });
  });
});
