import { describe, expect, it } from "vitest";
import { parseCriteriaRows, sheet } from "../../../test/grids.js";
import { formFields } from "./formLayout.js";

/**
 * Each 数据项's input kind on the 自评表, from what the field means: counts
 * in a counting word are whole numbers, amounts and other quantities
 * decimals, rates percentages (a rate of change may be negative).
 */
describe("formFields: input kinds", () => {
  const { criteria, issues } = parseCriteriaRows(
    [
      ["1", "组织", "文明科室创建率", 10, "比率", "文明科室数/科室总数"],
      ["2", "组织", "专题研究", 10, "达标", "专题研究次数", "目标值=4"],
      ["3", "活动", "志愿服务经费", 10, "完成率", "志愿服务经费", "目标值=10"],
      ["4", "活动", "绿化面积", 10, "达标", "绿化面积", "目标值=2"],
      ["5", "效能", "上报准确率", 10, "达标", "上报准确率", "目标值=95%"],
      ["6", "效能", "人均收入增长率", 10, "同比", "人均收入增长率"],
      ["7", "否决", "重大责任事故", 0, "否决", "重大责任事故"],
    ],
    [sheet("数据项", [["数据项", "类型", "计量单位"], ["专题研究次数", "次数", "次"], ["志愿服务经费", "金额", "万元"], ["绿化面积", "数量", "亩"]])],
  );
  const kinds = Object.fromEntries(formFields(criteria).map((f) => [f.field, [f.kind, f.signed ?? false]]));

  it("parses without errors", () => expect(issues.errorCount).toBe(0));

  it("a 比率's numerator and denominator without a unit, and a count in 次: whole numbers", () => {
    expect(kinds["文明科室数"]).toEqual(["count", false]);
    expect(kinds["科室总数"]).toEqual(["count", false]);
    // Before issue 15 a 达标 field was a plain number whatever its unit.
    expect(kinds["专题研究次数"]).toEqual(["count", false]);
  });

  it("an amount (万元) and a quantity in 亩: decimals", () => {
    expect(kinds["志愿服务经费"]).toEqual(["number", false]);
    expect(kinds["绿化面积"]).toEqual(["number", false]);
  });

  it("rates: 0–100% for a share, either sign for a rate of change (this year's and last year's rows)", () => {
    expect(kinds["上报准确率"]).toEqual(["percent", false]);
    expect(kinds["人均收入增长率"]).toEqual(["percent", true]);
    expect(kinds["上年人均收入增长率"]).toEqual(["percent", true]);
    expect(kinds["重大责任事故"]).toEqual(["yesno", false]);
  });
});
