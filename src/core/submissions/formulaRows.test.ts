/**
 * Issue 12 item 11: a unit row whose cells are all formulas saved without
 * results (a file written by a program and never opened in Excel) reads as
 * empty. It must be listed with its cell, not skipped.
 */
import { expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { parseSubmissions } from "./parseSubmissions.js";
import { book, parseCriteriaRows, sheet } from "../../../test/grids.js";

it("lists a row of formulas without cached results", () => {
  const { criteria } = parseCriteriaRows([["1", "服务", "政策符合率", 5, "达标", "政策符合率", "目标值=97%"]]);
  const issues = new IssueLog();
  const noResult = { v: null, formula: true };
  const parsed = parseSubmissions(
    book("申报.xlsx", sheet("申报数据", [
      ["单位名称", "单位类别", "政策符合率"],
      ["甲局", "机关", 98],
      [noResult, noResult, noResult],
      ["丙局", "机关", 99],
    ])),
    criteria,
    issues,
  );
  // 甲局 and 丙局 are read; row 3 (the formulas, from A3) is rejected and said.
  expect(parsed.units.map((u) => u.name)).toEqual(["甲局", "丙局"]);
  expect(parsed.rejected).toEqual([{ row: 3, label: "A3", reason: "公式没有保存计算结果", source: { file: "申报.xlsx", sheet: "申报数据", cell: "A3" } }]);
  expect(issues.items.filter((i) => i.id === "unitRowFormulasOnly").map((i) => [i.severity, i.cell])).toEqual([["error", "A3"]]);
});
