import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { parseSubmissions } from "./parseSubmissions.js";
import { assess } from "../score/assess.js";
import { explainUnit } from "../score/scoreUnit.js";
import { book, parseCriteriaRows, scoreRows, sheet, type CriteriaRow } from "../../../test/grids.js";

const CRITERIA: CriteriaRow[] = [
  ["1", "环境", "文明科室创建率", 10, "比率", "文明科室数/科室总数"],
  ["2", "服务", "政策符合率", 5, "达标", "政策符合率", "目标值=97%"],
  ["3", "组织", "档案资料", 5, "直接打分", "档案资料得分"],
];

/** A real-looking return: two title rows, a two-row merged header, 合计, 注 and 填表人 rows. */
function messySheet() {
  return sheet(
    "申报数据",
    [
      ["2026年度文明单位申报数据汇总表"],
      ["填报单位：县文明办"],
      ["序号", "单位 名称", "单位类别", "文明科室（个）", undefined, "政策符合率（%）"],
      [undefined, undefined, undefined, "文明科室数", "科室总数", undefined],
      [1, "萨勒吾则克乡", "乡镇", "４", "5", "98.5"],
      [2, "城关镇", "乡镇", 5, 5, { v: 0.96, fmt: "0.0%" }],
      [3, "县水务局", "机关", "1,0", 5, "97%以上"],
      [4, undefined, "机关", 3, 5, 98],
      [5, "城关镇", "乡镇", 5, 5, 98],
      [undefined, "合计", undefined, 13, 20],
      ["注：数据截至10月底"],
      ["填表人：李明"],
    ],
    ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"],
  );
}

describe("reading a messy submissions sheet", () => {
  const { criteria } = parseCriteriaRows(CRITERIA);
  const issues = new IssueLog();
  const parsed = parseSubmissions(book("申报.xlsx", messySheet()), criteria, issues);

  it("finds the two-row header below the titles and reads unit rows", () => {
    expect(parsed.units.map((u) => [u.name, u.category, u.row])).toEqual([
      ["萨勒吾则克乡", "乡镇", 5],
      ["城关镇", "乡镇", 6],
      ["县水务局", "机关", 7],
    ]);
    expect(parsed.units[0].values.get("科室总数")?.source?.cell).toBe("E5");
    expect(parsed.units[0].values.get("政策符合率")?.unit).toBe("%");
  });
  it("accounts for every other row: no name and duplicates rejected, 合计/注/填表人 excluded", () => {
    expect(parsed.rejected.map((r) => [r.row, r.reason])).toEqual([
      [8, "缺少单位名称"],
      [9, "与第 6 行单位重复"],
    ]);
    expect(parsed.excluded.map((r) => r.row)).toEqual([10, 11, 12]);
    expect(issues.items.find((i) => i.id === "unitDuplicate")?.message).toBe("单位“城关镇”重复出现（第 6 行和第 9 行），第 9 行未参与排名");
  });
  it("says which criteria 数据项 no source has, once all sources are gathered: an error counting the units it zeroes", () => {
    // Changed by issue 11: this was a warning per sheet, logged before panel sheets were read.
    const gathered = new IssueLog();
    assess(criteria, book("申报.xlsx", messySheet()), gathered);
    const missing = gathered.items.filter((i) => i.id === "fieldNoSource");
    // 3 units are ranked (萨勒吾则克乡, 城关镇, 县水务局); 档案资料 scores 0 for each.
    expect(missing.map((i) => [i.severity, i.message])).toEqual([
      ["error", "测评体系要求的数据项“档案资料得分”（档案资料）在申报数据、自评表和评委打分中都没有，3 个单位的相关指标都按 0 分计"],
    ]);
  });
  it("lists the unknown 序号 column? no: 序号 is expected and ignored", () => {
    expect(issues.items.filter((i) => i.id === "unknownColumn")).toEqual([]);
  });
});

describe("scoring the messy sheet", () => {
  const { criteria } = parseCriteriaRows(CRITERIA);
  const a = assess(criteria, book("申报.xlsx", messySheet()));
  const unit = (n: string) => a.results.find((r) => r.unit.name === n)!;
  it("reads full-width and text numbers; % in the header scales plain numbers once", () => {
    // 萨勒吾则克乡: "４" of "5" = 80% of 10 = 8; "98.5" in a (%) column = 98.5% ≥ 97% → 5
    expect([...unit("萨勒吾则克乡").items].map((i) => i.points)).toEqual([8, 5, 0]);
    // 城关镇: 5/5 → 10; 0.96 formatted as % is 96% (not 0.96%) < 97% → 0
    expect([...unit("城关镇").items].map((i) => i.points)).toEqual([10, 0, 0]);
  });
  it("a malformed number is an error with file, sheet and cell; an approximation a note", () => {
    const bad = a.issues.find((i) => i.id === "notANumber")!;
    expect(bad).toMatchObject({ file: "申报.xlsx", sheet: "申报数据", cell: "D7", unit: "县水务局", message: "“1,0” 不是数字，按缺失处理" });
    expect(a.issues.find((i) => i.id === "approximateNumber")).toMatchObject({ cell: "F7", message: "“97%以上” 是约数，按 97% 计算" });
  });
});

describe("评委打分 sheet", () => {
  const submissions = sheet("申报数据", [["单位名称", "单位类别"], ["甲局", "机关"], ["乙局", "机关"]]);
  const { criteria } = parseCriteriaRows([["1", "组织", "档案资料", 5, "直接打分", "档案资料得分"], ["2", "环境", "环境", 5, "直接打分", "环境得分"]]);
  it("long layout: drops one highest and one lowest of five, averages to two decimals", () => {
    const panel = sheet("评委打分", [
      ["单位名称", "评委", "档案资料得分", "环境得分"],
      ...[5, 4.5, 4, 5, 3].map((s, k) => ["甲局", `评委${k}`, s, 4]),
      ...[4, 4, 4.5].map((s, k) => ["乙局", `评委${k}`, s, 3]),
    ]);
    const a = assess(criteria, book("申报.xlsx", submissions, panel));
    // 甲局: 5, 4.5, 4, 5, 3 → drop 5 and 3 → (4.5 + 4 + 5) / 3 = 4.5
    // 乙局: 4, 4, 4.5 → drop 4.5 and 4 → 4
    expect(a.results.map((r) => [r.unit.name, r.items.points(0), r.items.points(1)])).toEqual([
      ["甲局", 4.5, 4],
      ["乙局", 4, 3],
    ]);
    expect(explainUnit(a.results[0].unit, a.criteria)[0].explanation).toContain("去掉一个最高分和一个最低分后平均");
  });
  it("wide layout: one column per inspector; 8.5, 9, 9.5, 7 of 10 → drop 9.5 and 7 → 8.75", () => {
    const { criteria: c10 } = parseCriteriaRows([["1", "组织", "特色", 10, "直接打分", "特色得分"]]);
    const panel = sheet("评委打分", [["单位名称", "数据项", "评委甲", "评委乙", "评委丙", "评委丁"], ["甲局", "特色得分", 8.5, 9, 9.5, 7]]);
    const a = assess(c10, book("申报.xlsx", submissions, panel));
    expect(a.results.find((r) => r.unit.name === "甲局")!.items.points(0)).toBe(8.75);
  });
  it("a panel row for an unknown unit is listed", () => {
    const panel = sheet("评委打分", [["单位名称", "评委", "档案资料得分"], ["丙局", "甲", 5]]);
    const a = assess(criteria, book("申报.xlsx", submissions, panel));
    expect(a.issues.find((i) => i.id === "panelUnitUnknown")?.message).toBe("评委打分表中的单位“丙局”不在申报数据中，已忽略");
  });
});

describe("分组字段", () => {
  const rows: CriteriaRow[] = [["1", "组织", "领导小组", 2, "是否", "已成立"]];
  const settings = (field: string) => sheet("设置", [["设置项", "值"], ["分组字段", field]]);
  it("the configured column wins over a 单位类别 that comes first", () => {
    const { assessment } = scoreRows(rows, [{ 单位名称: "甲", 单位类别: "机关", 所属片区: "东片", 已成立: "是" }], [settings("所属片区")]);
    expect(assessment.results[0].unit.category).toBe("东片");
  });
  it("a configured column that is missing is an error naming it, and the fallback is said", () => {
    const { assessment, issues } = scoreRows(rows, [{ 单位名称: "甲", 单位类别: "机关", 已成立: "是" }], [settings("所属片区")]);
    expect(assessment.results[0].unit.category).toBe("机关");
    expect(issues.filter((i) => i.id === "groupFieldMissing").map((i) => [i.severity, i.message])).toEqual([
      ["error", "设置的分组字段“所属片区”在“申报数据”表中没有对应的列，分类排名改按“单位类别”分组，请核对设置或表头"],
    ]);
  });
});

describe("unit rows on narrow and wide sheets", () => {
  const criteria = parseCriteriaRows([
    ["1", "服务", "政策符合率", 5, "达标", "政策符合率", "目标值=97%"],
    ["2", "组织", "档案资料", 5, "直接打分", "档案资料得分"],
  ]).criteria;

  it("reads the same values and cells whether a unit keeps its row or a copy of its item cells", () => {
    // Narrow: 4 columns, 2 of them items (2 × 2 ≥ 4: the row is kept). Wide: 8 remark columns before the items (2 × 2 < 12: copied).
    const narrow = sheet("申报数据", [["单位名称", "单位类别", "政策符合率(%)", "档案资料得分"], ["甲局", "机关", 98, 4]]);
    const remarks = Array.from({ length: 8 }, (_, i) => `备注${i + 1}`);
    const wide = sheet("申报数据", [["单位名称", "单位类别", ...remarks, "政策符合率(%)", "档案资料得分"], ["甲局", "机关", ...remarks.map(() => "无"), 98, 4]]);
    for (const [grid, rateCell, pointsCell] of [[narrow, "C2", "D2"], [wide, "K2", "L2"]] as const) {
      const unit = parseSubmissions(book("申报.xlsx", grid), criteria, new IssueLog()).units[0];
      expect(unit.values.get("政策符合率")).toMatchObject({ cell: { v: 98 }, unit: "%", source: { cell: rateCell } });
      expect(unit.values.get("档案资料得分")).toMatchObject({ cell: { v: 4 }, source: { cell: pointsCell } });
      // A column that is not a 数据项 is not a value, whichever way the row is held.
      expect(unit.values.get("单位类别")).toBeUndefined();
      expect([...unit.values.keys()]).toEqual(["政策符合率", "档案资料得分"]);
    }
  });
});
