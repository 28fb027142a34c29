import { describe, expect, it } from "vitest";
import { compileFormula, FormulaError } from "./safeExpression.js";

describe("formula whitelist", () => {
  it.each([
    ["import({x: 1})", /不允许的函数“import”/],
    ["createUnit('分')", /不允许的函数“createUnit”/],
    ["evaluate('1+1')", /不允许的函数“evaluate”/],
    ["a.b", /不允许的写法（AccessorNode）/],
    ["a[1]", /不允许的写法/],
    ["f(x) = x + 1", /不允许的写法（FunctionAssignmentNode）/],
    ["x = 5", /不允许的写法（AssignmentNode）/],
    ["[1, 2]", /不允许的写法（ArrayNode）/],
    ["{a: 1}", /不允许的写法（ObjectNode）/],
    ["'text'", /只允许数字常量/],
    ["1:3", /不允许的写法（RangeNode）/],
    ["cos(1)", /不允许的函数“cos”/],
    ["f = 1; 2", /不允许的写法（BlockNode）/],
    ["", /公式为空/],
  ])("rejects %s", (text, reason) => {
    expect(() => compileFormula(text)).toThrow(FormulaError);
    expect(() => compileFormula(text)).toThrow(reason);
  });

  it("evaluates arithmetic over Chinese names", () => {
    const f = compileFormula("min(文明科室数 / 科室总数, 1) * 分值");
    expect(f.symbols.sort()).toEqual(["分值", "文明科室数", "科室总数"].sort());
    // 4 / 5 = 0.8; 0.8 × 10 = 8
    expect(f.evaluate({ 文明科室数: 4, 科室总数: 5, 分值: 10 })).toBe(8);
  });

  it("supports comparisons, conditionals, if() and Excel rounding", () => {
    expect(compileFormula("a >= 8 ? 3 : 0").evaluate({ a: 8 })).toBe(3);
    expect(compileFormula("if(a > 2 and b < 1, 5, 1)").evaluate({ a: 3, b: 0 })).toBe(5);
    expect(compileFormula("round(a, 2)").evaluate({ a: 1.005 })).toBe(1.01);
    expect(compileFormula("round(-2.5)").evaluate({})).toBe(-3);
    expect(compileFormula("max(0, 分值 - 次数 × 2)").evaluate({ 分值: 4, 次数: 3 })).toBe(0);
  });

  it("accepts full-width brackets typed in Chinese input mode", () => {
    expect(compileFormula("（a＋b）／2").evaluate({ a: 1, b: 2 })).toBe(1.5);
  });

  it("an unknown name fails at evaluation with its name", () => {
    expect(() => compileFormula("a + c").evaluate({ a: 1 })).toThrow(/未知的名称“c”/);
  });
});
