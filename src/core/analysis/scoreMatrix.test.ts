import { describe, expect, it } from "vitest";
import { scoreRows } from "../../../test/grids.js";
import { pointsColumns, scoreMatrix } from "./scoreMatrix.js";
import { columnOf } from "../weights/objective.js";

describe("scoreMatrix", () => {
  it("lays out eligible units' points and rates, vetoed units left out", () => {
    const { assessment } = scoreRows(
      [
        ["1", "甲", "项目一", 10, "直接打分", "得分一"],
        ["2", "乙", "项目二", 20, "直接打分", "得分二"],
        ["3", "乙", "否决项", 0, "一票否决", "事故"],
      ],
      [
        { 单位名称: "A", 单位类别: "机关", 得分一: 8, 得分二: 20, 事故: "否" },
        { 单位名称: "B", 单位类别: "机关", 得分一: 5, 得分二: 10, 事故: "是" },
        { 单位名称: "C", 单位类别: "机关", 得分一: 10, 得分二: 5, 事故: "否" },
      ],
    );
    const m = scoreMatrix(assessment.results, assessment.criteria.items);
    // A 28 ranks first, C 15 second; B is vetoed.
    expect(m.units.map((u) => u.unit.name)).toEqual(["A", "C"]);
    expect([...m.points]).toEqual([8, 20, 0, 10, 5, 0]);
    // 8/10, 20/20; 10/10, 5/20; the veto item has no 分值.
    expect([...m.rates].map((v) => (Number.isNaN(v) ? "NaN" : v))).toEqual([0.8, 1, "NaN", 1, 0.25, "NaN"]);
    expect(columnOf({ values: m.points, columns: 3 }, 1)).toEqual([20, 5]);
    // Read from the units directly: 得分二 of A and C, 20 and 5; 得分一, 8 and 10.
    expect(pointsColumns(m, [1, 0]).map((c) => [...c])).toEqual([[20, 5], [8, 10]]);
  });
});
