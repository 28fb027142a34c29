import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { parseSubmissions } from "./parseSubmissions.js";
import { headerYear } from "./previousColumns.js";
import { assess } from "../score/assess.js";
import { book, parseCriteriaRows, sheet, type CriteriaRow, type Input } from "../../../test/grids.js";

/** 森林火灾 is counted twice: a deduction (2 per fire, 4 points) and a 同比 (fewer is better). */
const CRITERIA: CriteriaRow[] = [
  ["1", "安全", "森林火灾", 4, "扣分", "森林火灾", "每次扣分=2"],
  ["2", "安全", "森林火灾同比下降", 3, "同比", "森林火灾", "方向=越低越好;满分改善=100%"],
];
const { criteria } = parseCriteriaRows(CRITERIA);

function parse(rows: Input[][], merges: string[] = [], year?: number) {
  const issues = new IssueLog();
  const parsed = parseSubmissions(book("申报.xlsx", sheet("申报数据", rows, merges)), criteria, issues, { year });
  const unit = parsed.units[0];
  const value = (field: string) => unit.values.get(field)?.cell?.v;
  return { unit, value, issues: issues.items };
}

describe("previous-year columns in every spelling", () => {
  // This year's 森林火灾 is 1, last year's 4: each spelling must give 上年森林火灾 = 4 and keep 森林火灾 = 1.
  const spellings = [
    "上年森林火灾",
    "森林火灾（上年）",
    "森林火灾(去年)",
    "森林火灾（上年度）",
    "去年森林火灾",
    "上年度森林火灾",
    "上年同期森林火灾",
    "森林火灾上年数",
    "森林火灾上年",
    "森林火灾去年同期",
    "森林火灾（上年数）",
  ];
  for (const header of spellings) {
    it(header, () => {
      const { value, issues } = parse([["单位名称", "森林火灾", header], ["甲单位", 1, 4]]);
      expect([value("森林火灾"), value("上年森林火灾")]).toEqual([1, 4]);
      expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  }

  it("a measure unit beside 上年 stays the unit, in either order", () => {
    const a = parse([["单位名称", "森林火灾（起）", "森林火灾（上年）（起）"], ["甲单位", 1, 4]]);
    expect(a.unit.values.get("上年森林火灾")).toMatchObject({ unit: "起", cell: { v: 4 } });
    const b = parse([["单位名称", "森林火灾（起）", "森林火灾（起）（去年）"], ["甲单位", 1, 4]]);
    expect(b.unit.values.get("上年森林火灾")).toMatchObject({ unit: "起", cell: { v: 4 } });
    // a real unit in brackets is still a unit
    expect(b.unit.values.get("森林火灾")).toMatchObject({ unit: "起", cell: { v: 1 } });
  });

  it("「2025年X」 is last year's and 「2026年X」 this year's in a 2026 run; 「X（2025年）」 too", () => {
    const a = parse([["单位名称", "2026年森林火灾", "2025年森林火灾"], ["甲单位", 1, 4]], [], 2026);
    expect([a.value("森林火灾"), a.value("上年森林火灾")]).toEqual([1, 4]);
    const b = parse([["单位名称", "森林火灾（2026年）", "森林火灾（2025年）"], ["甲单位", 1, 4]], [], 2026);
    expect([b.value("森林火灾"), b.value("上年森林火灾")]).toEqual([1, 4]);
    // in a 2025 run the same sheet's 2025 column is this year's, and 2026 is neither year: not read, said
    const c = parse([["单位名称", "2025年森林火灾", "2026年森林火灾"], ["甲单位", 4, 1]], [], 2025);
    expect([c.value("森林火灾"), c.value("上年森林火灾")]).toEqual([4, undefined]);
    expect(c.issues.find((i) => i.id === "columnOtherYear")).toMatchObject({ cell: "C1", message: "“2026年森林火灾”是 2026 年的数据，既不是本年（2025 年）也不是上年，未读取" });
  });

  it("a year in a header without a known assessment year is a warning, never a guess", () => {
    const { value, issues } = parse([["单位名称", "森林火灾", "2025年森林火灾"], ["甲单位", 1, 4]]);
    expect([value("森林火灾"), value("上年森林火灾")]).toEqual([1, undefined]);
    expect(issues.find((i) => i.id === "columnYearUnknown")).toMatchObject({ severity: "warning", cell: "C1" });
  });

  it("a two-row header: 森林火灾 merged over 本年 | 上年 (and 今年 | 去年, 本年 | 上年同期)", () => {
    for (const [now, before] of [["本年", "上年"], ["今年", "去年"], ["本年", "上年同期"], ["本年数", "上年数"]]) {
      const { value, issues } = parse(
        [
          ["2026年度申报数据"],
          ["单位名称", "森林火灾（起）", undefined],
          [undefined, now, before],
          ["甲单位", 1, 4],
        ],
        ["A1:C1", "A2:A3", "B2:C2"],
      );
      expect([now, value("森林火灾"), value("上年森林火灾")]).toEqual([now, 1, 4]);
      expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    }
  });

  it("two columns for one field: an error naming both, the first one kept", () => {
    const { value, issues } = parse([["单位名称", "森林火灾", "森林火灾（次）"], ["甲单位", 1, 4]]);
    expect(value("森林火灾")).toBe(1);
    expect(issues.find((i) => i.id === "duplicateFieldColumn")).toMatchObject({
      severity: "error",
      cell: "C1",
      message: "数据项“森林火灾”有两列：B1“森林火灾” 和 C1“森林火灾（次）”；按前一列计分，后一列未读取，请删除或改名其中一列",
    });
  });

  it("headerYear leaves names without a year word alone", () => {
    expect(headerYear("森林火灾", "起")).toBeUndefined();
    expect(headerYear("上年", "")).toBeUndefined();
    expect(headerYear("森林火灾", "上年")).toEqual({ base: "森林火灾", unit: "", when: "previous" });
  });
});

describe("森林火灾（上年） regression", () => {
  it("keeps this year's 森林火灾 and scores both items", () => {
    // 森林火灾 1, 上年 4: 扣分 4 − min(1 × 2, 4) = 2; 同比 fewer is better: (4 − 1) / 4 = 75% of 100% → 0.75 × 3 = 2.25.
    // Before: 「森林火灾（上年）」 was read as 森林火灾 in unit 上年, overwrote the 1 with 4 (扣分 4 − 4 = 0)
    // and left no 上年 value (同比 0): 0 points, no message.
    const issues = new IssueLog();
    const a = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "森林火灾", "森林火灾（上年）"], ["甲单位", "乡镇", 1, 4]])), issues);
    const r = a.results[0];
    expect([r.items.get(0)!.points, r.items.get(1)!.points, r.total]).toEqual([2, 2.25, 4.25]);
  });
});
