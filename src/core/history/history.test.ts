/**
 * History (issue 14 §4): three earlier years built by hand, followed to this
 * year through 单位变更, with every derived figure computed by hand below.
 *
 * Criteria: one item 工作得分 (直接打分, 100 points), so a unit's total is
 * the score typed; 等级 先进 ≥ 90, 达标 ≥ 75, 待改进 below — the top grade
 * is 先进, never the word 优秀.
 *
 * 2023 — a result workbook named 测评结果.xlsx (the year only in its title),
 * 总排名 and 分类排名 as published:
 *   1 某镇 乡镇 99 先进 | 2 乙办 机关 91 先进 | 3 甲局 85 达标 | 4 丙一局 80 达标 | 5 丙二局 70 待改进 | 6 丁局 60 待改进
 *   分类排名 机关: 乙办 1, 甲局 2, 丙一局 3, 丙二局 4, 丁局 5
 * 2024 — submissions, rescored; its 单位变更 says 乙办 → 乙局 (the rename, in the middle year); 丁局 absent:
 *   某镇 99, 甲局 "92" (text), 乙局 88, 丙一局 90, 丙二局 91
 *   → RANK.EQ 某镇 1, 甲局 2, 丙二局 3, 丙一局 4, 乙局 5; 88 is 达标, 90 and above 先进
 * 2025 — a result workbook with 总排名 only (类别名次 from its totals, RANK.EQ in the category):
 *   1 某镇 99 | 2 甲局 95 | 2 丙二局 95 | 4 乙局 94 | 5 丙一局 93 | 6 丁局 70 待改进 | 否决 己局 50
 *   机关 类别名次: 甲局 1, 丙二局 1, 乙局 3, 丙一局 4, 丁局 5 (己局 vetoed)
 * 2026 — this year; 单位变更 丙一局 + 丙二局 → 丙局 (a merger):
 *   某镇 99, 己局 97, 乙局 96, 甲局 91, 丙局 91, 戊局 89 (new), 丁局 72
 *   → 名次 1, 2, 3, 4, 4, 6, 7; 戊局 89 达标, 丁局 72 待改进, the rest 先进
 *
 * 末位 (last 3 of the category, at most its bottom half: min(3, floor(m / 2)) places of m ranked units):
 * fewer than that many ranked units of the category scored below.
 *   机关 2023 [60 70 80 85 91], 5 units → 2 places: 丁 (0 below), 丙二 (1); 丙一 (2 below) → no
 *   机关 2024 [88 90 91 92], 4 units → 2 places: 乙局 (0), 丙一 (1); 丙二 (2) → no
 *   机关 2025 [70 93 94 95 95] (己局 vetoed, its 50 not counted), 5 → 2 places: 丁 (0), 丙一 (1); 乙局 94 (2) → no
 *   机关 2026 [72 89 91 91 96 97], 6 units → 3 places: 丁 (0), 戊 (1), 甲局 and 丙局 tied at 91 (2 below each: both in)
 *   乡镇 has only 某镇: floor(1 / 2) = 0 places → never 末位 (a unit alone in its category is not last).
 */
import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { assess } from "../score/assess.js";
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "../../../test/grids.js";
import type { WorkbookGrid } from "../table/grid.js";
import { placeHistoryYears } from "./placeYears.js";
import {
  absentYears,
  bestYear,
  consecutiveYears,
  excellentYears,
  isLastPlace,
  isNewUnit,
  lastPlaces,
  lastPlacesRunning,
  unitYear,
  worstYear,
  type History,
} from "./history.js";

const CRITERIA: CriteriaRow[] = [["1", "组织", "工作得分", 100, "直接打分", "得分"]];
const GRADES = sheet("等级", [["等级", "最低分"], ["先进", 90], ["达标", 75], ["待改进", 0]]);
const HEAD = ["名次", "单位名称", "单位类别", "总分", "等级"];

const y2023 = book(
  "测评结果.xlsx",
  sheet("总排名", [
    ["2023年度文明单位测评总排名"],
    ["排名方式：美式排名（RANK.EQ，1,1,3）"],
    HEAD,
    [1, "某镇", "乡镇", 99, "先进"],
    [2, "乙办", "机关", 91, "先进"],
    [3, "甲局", "机关", 85, "达标"],
    [4, "丙一局", "机关", 80, "达标"],
    [5, "丙二局", "机关", 70, "待改进"],
    [6, "丁局", "机关", 60, "待改进"],
  ]),
  sheet("分类排名", [
    ["2023年度文明单位测评分类排名"],
    ["按“单位类别”分组排名"],
    ["类别名次", "单位名称", "单位类别", "总分", "等级"],
    ["乡镇（1 个单位）"],
    [1, "某镇", "乡镇", 99, "先进"],
    ["机关（5 个单位）"],
    [1, "乙办", "机关", 91, "先进"],
    [2, "甲局", "机关", 85, "达标"],
    [3, "丙一局", "机关", 80, "达标"],
    [4, "丙二局", "机关", 70, "待改进"],
    [5, "丁局", "机关", 60, "待改进"],
  ]),
);
const y2024 = book(
  "2024-申报数据.xlsx",
  sheet("申报数据", [
    ["2024年度文明单位申报数据"],
    ["序号", "单位名称", "单位类别", "得分"],
    [1, "某镇", "乡镇", 99],
    [2, "甲局", "机关", "92"],
    [3, "乙局", "机关", 88],
    [4, "丙一局", "机关", 90],
    [5, "丙二局", "机关", 91],
  ]),
  sheet("单位变更", [["旧名称", "新名称"], ["乙办", "乙局"]]),
);
const y2025 = book(
  "2025-排名结果.xlsx",
  sheet("总排名", [
    ["2025年度文明单位测评总排名"],
    [],
    HEAD,
    [1, "某镇", "乡镇", 99, "先进"],
    [2, "甲局", "机关", 95, "先进"],
    [2, "丙二局", "机关", 95, "先进"],
    [4, "乙局", "机关", 94, "先进"],
    [5, "丙一局", "机关", 93, "先进"],
    [6, "丁局", "机关", 70, "待改进"],
    ["否决", "己局", "机关", 50, "否决"],
  ]),
);
const y2026 = book(
  "2026-申报数据.xlsx",
  sheet("申报数据", [
    ["单位名称", "单位类别", "得分"],
    ["某镇", "乡镇", 99],
    ["己局", "机关", 97],
    ["乙局", "机关", 96],
    ["甲局", "机关", 91],
    ["丙局", "机关", 91],
    ["戊局", "机关", 89],
    ["丁局", "机关", 72],
  ]),
  sheet("单位变更", [["旧名称", "新名称"], ["丙一局", "丙局"], ["丙二局", "丙局"]]),
);

function historyOf(earlier: WorkbookGrid[]): { history: History; issues: IssueLog } {
  const { criteria, issues } = parseCriteriaRows(CRITERIA, [GRADES]);
  const placed = placeHistoryYears(earlier, 2026);
  if (!placed.ok) throw new Error(placed.id);
  const a = assess(criteria, y2026, issues, { year: 2026, history: placed.files });
  return { history: a.history!, issues };
}

describe("a history of three earlier years", () => {
  const { history: h } = historyOf([y2025, y2023, y2024]);

  it("holds the years oldest first, this year last, each read as it was given", () => {
    expect(h.years.map((y) => [y.year, y.mode])).toEqual([
      [2023, "published"],
      [2024, "rescored"],
      [2025, "published"],
      [2026, "current"],
    ]);
    // The top grade is the criteria's first 等级 line.
    expect(h.topGrade).toBe("先进");
  });

  it("甲局: published, rescored (a text 92) and this year's figures; 类别名次 from 分类排名 in 2023", () => {
    const years = h.units.get("甲局")!.years.map((y) => [y.year, y.total, y.rank, y.categoryRank, y.grade]);
    expect(years).toEqual([
      [2023, 85, 3, 2, "达标"],
      [2024, 92, 2, 1, "先进"],
      [2025, 95, 2, 1, "先进"],
      [2026, 91, 4, 3, "先进"],
    ]);
    // 先进 2024, 2025, 2026; 达标 2023 → 3.
    expect(excellentYears(h, "甲局")).toBe(3);
    // 名次 3, 2, 2, 4: best 2 in 2024 and 2025, worst 4 in 2026; 总分 85, 92, 95, 91: best 95 (2025), worst 85 (2023).
    expect(bestYear(h, "甲局", "rank")).toEqual({ value: 2, years: [2024, 2025] });
    expect(worstYear(h, "甲局", "rank")).toEqual({ value: 4, years: [2026] });
    expect(bestYear(h, "甲局", "total")).toEqual({ value: 95, years: [2025] });
    expect(worstYear(h, "甲局", "total")).toEqual({ value: 85, years: [2023] });
    // 末位 only in 2026, tied with 丙局 at the cut-off.
    expect(lastPlaces(h, "甲局")).toEqual([2026]);
    expect(lastPlacesRunning(h, "甲局")).toBe(false);
  });

  it("乙局 renamed in 2024 (乙办 → 乙局, the 2024 submissions' 单位变更): 2023 is 乙办's", () => {
    const y = unitYear(h, "乙局", 2023)!;
    expect([y.status, y.parts.map((p) => p.name), y.total, y.rank, y.categoryRank]).toEqual(["renamed", ["乙办"], 91, 2, 1]);
    expect(unitYear(h, "乙局", 2024)!.status).toBe("same");
    // 2025: 类别名次 from the published totals: 95, 95, 94 → 3.
    expect(unitYear(h, "乙局", 2025)!.categoryRank).toBe(3);
    // 先进 2026, 2025; 达标 (88) 2024 → 2.
    expect(excellentYears(h, "乙局")).toBe(2);
    // 名次 2, 5, 4, 3: best 2 (2023), worst 5 (2024).
    expect(bestYear(h, "乙局", "rank")).toEqual({ value: 2, years: [2023] });
    expect(worstYear(h, "乙局", "rank")).toEqual({ value: 5, years: [2024] });
    // 末位 2024 only (88, none below); 2025's 94 has 70 and 93 below, 2 of 2 places: not 末位, not running.
    expect(lastPlaces(h, "乙局")).toEqual([2024]);
    expect(lastPlacesRunning(h, "乙局")).toBe(false);
    // …nor up to this year: 2026 is not 末位.
    expect(consecutiveYears(h, "乙局", (y, year) => isLastPlace(year, y, 3))).toBe(0);
  });

  it("丙局 merged this year (丙一局 + 丙二局): earlier years are both parts', with no single total or place", () => {
    const y2025 = unitYear(h, "丙局", 2025)!;
    expect([y2025.status, y2025.parts.map((p) => [p.name, p.total]), y2025.total, y2025.rank, y2025.grade]).toEqual([
      "merged",
      [["丙一局", 93], ["丙二局", 95]],
      undefined,
      undefined,
      "先进",
    ]);
    // 2023: 丙一局 达标, 丙二局 待改进 → no shared grade.
    expect(unitYear(h, "丙局", 2023)!.grade).toBe("");
    // 2026 先进; 2025 and 2024 both parts 先进 (93, 95; 90, 91); 2023 not → 3.
    expect(excellentYears(h, "丙局")).toBe(3);
    // Only 2026 has a place of its own: best = worst = 4 (2026).
    expect(bestYear(h, "丙局", "rank")).toEqual({ value: 4, years: [2026] });
    // Years before the merger are not 末位 (no single total); 2026 is (tied at 91).
    expect(lastPlaces(h, "丙局")).toEqual([2026]);
  });

  it("丁局 absent in 2024: absent, not zero; 末位 2023, 2025, 2026", () => {
    expect(h.units.get("丁局")!.years.map((y) => y.year)).toEqual([2023, 2025, 2026]);
    expect(unitYear(h, "丁局", 2024)).toBeUndefined();
    expect(absentYears(h, "丁局")).toEqual([2024]);
    // 待改进 this year → 0.
    expect(excellentYears(h, "丁局")).toBe(0);
    // Worst 总分 is 60 (2023), never a 0 for 2024.
    expect(worstYear(h, "丁局", "total")).toEqual({ value: 60, years: [2023] });
    expect(lastPlaces(h, "丁局")).toEqual([2023, 2025, 2026]);
    expect(lastPlacesRunning(h, "丁局")).toBe(true);
    // Ending this year: 2026, 2025, then 2024 missed → 2.
    expect(consecutiveYears(h, "丁局", (y, year) => isLastPlace(year, y, 3))).toBe(2);
  });

  it("戊局 is new this year; 己局, vetoed in 2025, counts one year of 先进", () => {
    expect(isNewUnit(h, "戊局")).toBe(true);
    expect(isNewUnit(h, "己局")).toBe(false);
    expect(absentYears(h, "己局")).toEqual([2023, 2024]);
    const vetoed = unitYear(h, "己局", 2025)!;
    expect([vetoed.vetoed, vetoed.rank, vetoed.grade]).toEqual([true, undefined, "否决"]);
    // 先进 2026, vetoed 2025 → 1.
    expect(excellentYears(h, "己局")).toBe(1);
  });

  it("a category of one unit: never 末位 (its first place is not a last place)", () => {
    expect(lastPlaces(h, "某镇")).toEqual([]);
    expect(excellentYears(h, "某镇")).toBe(4);
  });
});

describe("a year missing from the folder", () => {
  // 2023 and 2025 only: 2024's file (with the 乙办 → 乙局 record) is not there.
  const { history: h } = historyOf([y2023, y2025]);

  it("ends a run of years: 甲局 先进 2026 and 2025, 2024 not held → 2 (not 3)", () => {
    expect(excellentYears(h, "甲局")).toBe(2);
  });

  it("a rename nobody recorded is not guessed: 乙局 is absent in 2023", () => {
    expect(unitYear(h, "乙局", 2023)).toBeUndefined();
  });
});

describe("a rename recorded in a result workbook's 同比分析", () => {
  // 2025's result workbook was made with --previous: its 同比分析 says 乙局 更名 from 乙办 (one row per figure).
  const withChanges = book(
    y2025.file,
    ...y2025.sheets,
    sheet("同比分析", [
      ["2025年度测评同比分析（对比 2024）"],
      ["数量和金额看增幅"],
      ["单位名称", "单位类别", "对比情况", "上年单位", "指标"],
      ["甲局", "机关", "同名", "甲局", "总分"],
      ["乙局", "机关", "更名", "乙办", "总分"],
      ["乙局", "机关", "更名", "乙办", "工作得分"],
    ]),
  );
  const { history: h } = historyOf([y2023, withChanges]);

  it("follows 乙局 back to 乙办 in 2023 without the 2024 file", () => {
    const y = unitYear(h, "乙局", 2023)!;
    expect([y.status, y.parts.map((p) => p.name), y.total]).toEqual(["renamed", ["乙办"], 91]);
  });
});

describe("placing history files in their years", () => {
  it("the year from the name, else the title", () => {
    const placed = placeHistoryYears([y2025, y2023], 2026);
    expect(placed.ok && placed.files.map((f) => [f.book.file, f.year])).toEqual([
      ["测评结果.xlsx", 2023],
      ["2025-排名结果.xlsx", 2025],
    ]);
  });

  it("two files of one year are refused, both named", () => {
    const again = book("2025-申报数据.xlsx", sheet("申报数据", [["单位名称"], ["甲局"]]));
    expect(placeHistoryYears([y2025, again], 2026)).toEqual({
      ok: false,
      id: "historySameYear",
      params: { first: "2025-排名结果.xlsx", second: "2025-申报数据.xlsx", year: 2025 },
    });
  });

  it("a year not earlier than this one is refused", () => {
    expect(placeHistoryYears([y2026], 2026)).toMatchObject({ ok: false, id: "historyNotEarlier", params: { file: "2026-申报数据.xlsx", fileYear: 2026 } });
    expect(placeHistoryYears([y2025], 2025)).toMatchObject({ ok: false, id: "historyNotEarlier" });
  });

  it("a file of no year, a run of no year, and more than ten years are refused", () => {
    const noYear = book("往年.xlsx", sheet("申报数据", [["单位名称"], ["甲局"]]));
    expect(placeHistoryYears([noYear], 2026)).toMatchObject({ ok: false, id: "historyYearUnknown", params: { file: "往年.xlsx" } });
    expect(placeHistoryYears([y2025], undefined)).toMatchObject({ ok: false, id: "historyNeedsYear" });
    // 2015 … 2025: eleven years.
    const eleven = Array.from({ length: 11 }, (_, i) => book(`${2015 + i}-排名结果.xlsx`, sheet("总排名", [HEAD])));
    expect(placeHistoryYears(eleven, 2026)).toMatchObject({ ok: false, id: "historyTooManyYears", params: { count: 11, max: 10 } });
    expect(placeHistoryYears(eleven.slice(1), 2026).ok).toBe(true);
  });
});

describe("a history file that is not data", () => {
  it("is left out with a warning naming it; the other years stay", () => {
    const notes = book("2022-会议纪要.xlsx", sheet("纪要", [["2022年度会议纪要"], ["内容"]]));
    const { history, issues } = historyOf([notes, y2025]);
    expect(history.years.map((y) => y.year)).toEqual([2025, 2026]);
    const warning = issues.items.find((i) => i.id === "historyFileNotData")!;
    expect([warning.severity, warning.file]).toEqual(["warning", "2022-会议纪要.xlsx"]);
  });
});

describe("units of earlier years that did not take part this year", () => {
  // 2024 with one more unit, 庚所 (事业单位, 50), that is in no other year: nobody of 2026 stands for it.
  const y2024more = book(y2024.file, sheet("申报数据", [...y2024.sheets[0].rows.map((r) => r.map((c) => c?.v ?? "")), [6, "庚所", "事业单位", 50]]), y2024.sheets[1]);
  const { history: h } = historyOf([y2023, y2024more, y2025]);
  it("are listed with their years, not dropped; renamed and merged units are not among them", () => {
    expect(h.departed.map((d) => [d.unit, d.category, d.years.map((y) => [y.year, y.total, y.rank])])).toEqual([["庚所", "事业单位", [[2024, 50, 6]]]]);
  });

  it("one that took part in two earlier years has them oldest first (its last year is the later one)", () => {
    // 2023 published with 庚所 too (7th, 40): 庚所 took part in 2023 and 2024, so its years read 2023 then 2024,
    // and the 历年对比 note says it last took part in 2024 (three years in all: the folder's order must not turn them round).
    const rows = y2023.sheets[0].rows.map((r) => r.map((c) => c?.v ?? ""));
    const y2023more = book(y2023.file, sheet("总排名", [...rows, [7, "庚所", "事业单位", 40, "待改进"]]), y2023.sheets[1]);
    const { history: more } = historyOf([y2025, y2024more, y2023more]);
    expect(more.departed.map((d) => [d.unit, d.years.map((y) => [y.year, y.total])])).toEqual([["庚所", [[2023, 40], [2024, 50]]]]);
  });
});
