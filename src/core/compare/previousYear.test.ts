import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { assess } from "../score/assess.js";
import { buildReport } from "../report/buildReport.js";
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "../../../test/grids.js";

describe("a 上年 column and last year's file disagree", () => {
  const { criteria } = parseCriteriaRows([["1", "安全", "森林火灾同比下降", 3, "同比", "森林火灾", "方向=越低越好;满分改善=100%"]]);
  const thisYear = book("2026-申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "森林火灾", "上年森林火灾"], ["甲单位", "乡镇", 1, 4], ["乙单位", "乡镇", 1, 2]]));
  const lastYear = book("2025-申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "森林火灾"], ["甲单位", "乡镇", 3], ["乙单位", "乡镇", 2]]));
  const issues = new IssueLog();
  const a = assess(criteria, thisYear, issues, { previous: lastYear, year: 2026 });

  it("warns with both cells and uses the 上年 column as typed", () => {
    const conflicts = issues.items.filter((i) => i.id === "previousConflict");
    // 甲单位 only: 乙单位's 上年 column (2) agrees with last year's file (2).
    expect(conflicts.map((i) => [i.severity, i.unit, i.cell, i.message])).toEqual([
      [
        "warning",
        "甲单位",
        "D2",
        "“上年森林火灾”：本年申报数据中填的是 4（2026-申报.xlsx 申报数据!D2），上年申报数据中为 3（2025-申报.xlsx 申报数据!C2），两者不一致；按本年申报数据中的上年列计分，请核实",
      ],
    ]);
    // used 4: (4 − 1) / 4 = 75% of 100% → 2.25 (with last year's 3 it would be 66.67% → 2)
    expect(a.results.find((r) => r.unit.name === "甲单位")!.items.get(0)!.points).toBe(2.25);
  });
});

describe("last year's file lacks what a 同比 item needs (its own year before)", () => {
  // 60 points 领导小组 (是否) + 40 points 同比 on 森林火灾; grades 优秀 90 / 良好 80 / 合格 60.
  const rows: CriteriaRow[] = [
    ["1", "组织", "领导小组已成立", 60, "是否", "领导小组已成立"],
    ["2", "安全", "森林火灾同比下降", 40, "同比", "森林火灾", "方向=越低越好;满分改善=50%"],
  ];
  const { criteria } = parseCriteriaRows(rows);
  const thisYear = book("2026-申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "领导小组已成立", "森林火灾"], ["甲单位", "乡镇", "是", 1], ["乙单位", "乡镇", "是", 3]]));
  // No 上年森林火灾 (2024) column: last year cannot score its 同比 item.
  const lastYear = book("2025-申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "领导小组已成立", "森林火灾"], ["甲单位", "乡镇", "是", 2], ["乙单位", "乡镇", "否", 3]]));
  const issues = new IssueLog();
  const a = assess(criteria, thisYear, issues, { previous: lastYear, year: 2026 });
  const c = a.comparison!;
  const unit = (n: string) => c.units.find((u) => u.result.unit.name === n)!;

  it("marks the item not comparable and says so once", () => {
    expect(c.notComparable.map((i) => i.name)).toEqual(["森林火灾同比下降"]);
    expect(issues.items.filter((i) => i.id === "previousNotComparable")).toHaveLength(1);
    // last year's issues stay apart: no noPreviousValue per unit from rescoring last year
    expect(issues.items.filter((i) => i.id === "noPreviousValue")).toEqual([]);
    expect(a.previousIssueCount).toBe(0);
  });

  it("compares both years on the comparable items; last year's grade lines scaled, never all 不合格", () => {
    // This year: 甲 上年 filled from last year's 2 → (2 − 1) / 2 = 50% → 40, total 100; 乙 3 → 3: 0, total 60.
    expect(a.results.map((r) => [r.unit.name, r.total])).toEqual([["甲单位", 100], ["乙单位", 60]]);
    // Last year without the 40-point item: 甲 60, 乙 0. Grade lines × 60/100: 优秀 54, 良好 48, 合格 36.
    expect([unit("甲单位").previous?.total, unit("甲单位").previous?.grade]).toEqual([60, "优秀"]);
    expect([unit("乙单位").previous?.total, unit("乙单位").previous?.grade]).toEqual([0, "不合格"]);
    // (Rescored as before, 甲's 60 + 0 against 优秀 90 would have been 合格.)
    // 总分增减 on comparable items: 甲 60 − 60 = 0, 乙 60 − 0 = +60.
    expect([unit("甲单位").totalChange, unit("乙单位").totalChange]).toEqual([0, 60]);
    const totalRow = unit("甲单位").changes[0];
    expect([totalRow.figure.name, totalRow.current, totalRow.previous, totalRow.note]).toEqual(["总分（可比指标）", 60, 60, "不含上年不可比的 森林火灾同比下降"]);
  });

  it("名次变化 compares both years' comparable ranks, not this year's full rank", () => {
    // This year without the 同比 item: 甲 60, 乙 60 → both 1st. Last year: 甲 60 (1st), 乙 0 (2nd).
    // 甲 1 → 1 持平; 乙 2 → 1 ↑1 (on the full totals 100 / 60 乙 is 2nd, which would read 持平).
    expect([unit("甲单位").comparable, unit("乙单位").comparable]).toEqual([{ total: 60, rank: 1 }, { total: 60, rank: 1 }]);
    expect([unit("甲单位").rankChange, unit("乙单位").rankChange]).toEqual(["持平", "↑1"]);
  });

  it("分类汇总 averages both years on the comparable items and leaves last year's grade counts out", () => {
    const all = c.summary.filter((s) => s.group === "全部单位");
    // (60 + 60) / 2 = 60 this year vs (60 + 0) / 2 = 30 last year → +30 (on full totals this year would be 80).
    expect(all.find((s) => s.label === "平均分（不含否决单位，按可比指标）")).toMatchObject({ current: 60, previous: 30, change: 30 });
    // This year's grades stay the official ones: 甲 100 优秀, 乙 60 合格; last year's are not told.
    expect(all.find((s) => s.label === "优秀单位数")).toMatchObject({ current: 1, previous: undefined });
  });

  it("the 通报 gives the change of the average on the comparable items", () => {
    const report = buildReport(a, "2026", new Set());
    const first = report.blocks.find((b) => b.kind === "paragraph")!;
    // 平均分 (100 + 60) / 2 = 80 is this year's; the change is 60 − 30 = +30 on the comparable items (not 80 − 30 = 50);
    // both at 小数位数 2, trailing zeros kept (issue 15: one precision).
    expect(first.kind === "paragraph" && first.text).toContain("参评单位平均分 80.00 分（不含一票否决单位），按可比指标，比上年提高 30.00 分");
  });
});
