/**
 * The 通报's history sentence on a history built by hand. Top grade 先进 (not
 * 优秀: the criteria's first grade is used); one category 机关, so 末位 is the
 * last min(3, floor(m / 2)) places.
 *
 *   2023: 甲 95 先进 | 乙 93 先进 | 丙 80 达标 | 丁 70 达标          (4 units → 2 places: 丙, 丁)
 *   2024: 甲 96 先进 | 乙 85 达标 | 丙 78 达标 | 丁 72 达标          (丙, 丁)
 *   2025: 甲 97 先进 | 乙 91 先进 | 丁 90 先进 | 丙 75 达标          (丁 90, 丙 75)
 *   2026: 甲 98 先进 | 乙 92 先进 | 丁 91 先进 | 丙 70 达标          (丁, 丙)
 * 先进 running to 2026: 甲 4 (2023–2026), 乙 2 (2025–2026; 2024 达标), 丁 2, 丙 0.
 * 末位 running to 2026: 丙 4 (every year), 丁 4 (2023, 2024, 2025, 2026).
 */
import { describe, expect, it } from "vitest";
import type { History, HistoryYear, Standing, UnitHistory } from "../history/history.js";
import { historySentence } from "./historySentence.js";

const TABLE: Record<number, [string, number, string][]> = {
  2023: [["甲", 95, "先进"], ["乙", 93, "先进"], ["丙", 80, "达标"], ["丁", 70, "达标"]],
  2024: [["甲", 96, "先进"], ["乙", 85, "达标"], ["丙", 78, "达标"], ["丁", 72, "达标"]],
  2025: [["甲", 97, "先进"], ["乙", 91, "先进"], ["丁", 90, "先进"], ["丙", 75, "达标"]],
  2026: [["甲", 98, "先进"], ["乙", 92, "先进"], ["丁", 91, "先进"], ["丙", 70, "达标"]],
};

function historyOf(table: Record<number, [string, number, string][]>): History {
  const years: HistoryYear[] = Object.entries(table).map(([year, rows]) => ({
    year: Number(year),
    mode: Number(year) === 2026 ? "current" : "rescored",
    units: rows.map(([name, total, grade], i): Standing => ({ name, category: "机关", total, rank: i + 1, categoryRank: i + 1, grade, vetoed: false })),
    notComparable: [],
    issueCount: 0,
  }));
  const units = new Map<string, UnitHistory>();
  for (const [name] of table[2026]) {
    units.set(name, {
      unit: name,
      category: "机关",
      years: years.flatMap((y) => y.units.filter((s) => s.name === name).map((s) => ({ year: y.year, status: "same" as const, parts: [s], category: s.category, total: s.total, rank: s.rank, categoryRank: s.categoryRank, grade: s.grade, vetoed: false }))),
    });
  }
  return { year: 2026, years, topGrade: "先进", units, departed: [] };
}

describe("the 通报's history sentence", () => {
  it("names runs of three or more at the top grade, and 末位 two or more years running to this year", () => {
    const h = historyOf(TABLE);
    expect(historySentence(h, ["甲", "乙", "丁", "丙"])).toBe("从 2023—2026 年的历年数据看：甲连续 4 年评为先进；丁、丙连续 4 年处于本类别末位（2023—2026 年）。");
  });

  it("with no run of three, the longest runs (two years) are named", () => {
    const { 2025: y2025, 2026: y2026 } = TABLE;
    // 2025–2026 only: 甲, 乙, 丁 先进 both years → 2 each; 丙 and 丁 末位 both years
    expect(historySentence(historyOf({ 2025: y2025, 2026: y2026 }), ["甲", "乙", "丁", "丙"])).toBe(
      "从 2025—2026 年的历年数据看：甲、乙、丁连续 2 年评为先进；丁、丙连续 2 年处于本类别末位（2025—2026 年）。",
    );
  });

  it("a run broken last year is not named; with nothing to say, says so", () => {
    // 2025: 甲 85 达标 (breaks its run), 丙 first; 2026 as above but 丙 second → nobody 先进 two years, nobody 末位 twice running to 2026
    const table = {
      2025: [["丙", 99, "先进"], ["甲", 85, "达标"], ["乙", 84, "达标"], ["丁", 83, "达标"]] as [string, number, string][],
      2026: [["甲", 98, "先进"], ["丙", 97, "先进"], ["乙", 70, "达标"], ["丁", 60, "达标"]] as [string, number, string][],
    };
    // 先进 runs: 甲 1, 丙 2 (2025 and 2026) → the longest, 丙; 末位 2025: 乙 (1 below), 丁 (0); 2026: 乙, 丁 → both twice
    expect(historySentence(historyOf(table), ["甲", "丙", "乙", "丁"])).toBe("从 2025—2026 年的历年数据看：丙连续 2 年评为先进；乙、丁连续 2 年处于本类别末位（2025—2026 年）。");
    const calm = {
      2025: [["丙", 99, "先进"], ["甲", 85, "达标"], ["乙", 84, "达标"], ["丁", 83, "达标"]] as [string, number, string][],
      2026: [["甲", 98, "先进"], ["乙", 97, "达标"], ["丁", 96, "达标"], ["丙", 70, "达标"]] as [string, number, string][],
    };
    // 先进 runs: 甲 1, 丙 0; 末位 2026: 丁 (1 below), 丙 (0); 2025 末位 乙, 丁 → 丁 twice running; 丙 not (2025 first)
    expect(historySentence(historyOf(calm), ["甲", "乙", "丁", "丙"])).toBe("从 2025—2026 年的历年数据看：丁连续 2 年处于本类别末位（2025—2026 年）。");
    const none = {
      2025: [["丙", 99, "先进"], ["丁", 98, "达标"], ["甲", 85, "达标"], ["乙", 84, "达标"]] as [string, number, string][],
      2026: [["甲", 98, "先进"], ["乙", 97, "达标"], ["丁", 96, "达标"], ["丙", 70, "达标"]] as [string, number, string][],
    };
    // 先进 runs 1 and 0; 末位 2025: 甲, 乙; 2026: 丁, 丙 → nobody twice
    expect(historySentence(historyOf(none), ["甲", "乙", "丁", "丙"])).toBe("从 2025—2026 年的历年数据看：没有连续 2 年及以上评为先进或处于本类别末位的单位。");
  });

  it("without earlier years there is no sentence", () => {
    expect(historySentence(historyOf({ 2026: TABLE[2026] }), ["甲"])).toBeUndefined();
  });
});
