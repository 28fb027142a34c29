import { describe, expect, it } from "vitest";
import { excelLimitNotes, formatSummary } from "./summary.js";
import type { Assessment } from "../core/score/assess.js";

/** Just the parts of an assessment the summary reads. */
function assessment(units: number, vetoed: number): Assessment {
  const results = Array.from({ length: units }, (_, i) => ({
    unit: { name: `单位${i + 1}`, category: "乡镇" },
    rank: i < units - vetoed ? i + 1 : undefined,
    total: 90 - i,
    grade: i < units - vetoed ? "优秀" : "",
    vetoes: i < units - vetoed ? [] : [{ reason: "发生重大安全事故" }],
  }));
  return { results, rejected: [], excluded: [], issues: [], criteria: { grades: [{ name: "优秀" }], settings: { decimals: 2 } } } as unknown as Assessment;
}

describe("formatSummary", () => {
  // In words, as the 通报 says it (issue 15), not the veto item's reading of a cell.
  it("names every vetoed unit when there are few", () => {
    const text = formatSummary(assessment(5, 2), "2026", []);
    expect(text.split("\n").filter((l) => l.startsWith("  否决："))).toEqual(["  否决：单位4因发生重大安全事故，不评定等级、不排名次", "  否决：单位5因发生重大安全事故，不评定等级、不排名次"]);
    expect(text).not.toContain("另有");
  });

  it("names the first ten vetoed units and counts the rest, so a province run stays readable", () => {
    const text = formatSummary(assessment(40, 25), "2026", []);
    const vetoLines = text.split("\n").filter((l) => l.startsWith("  否决："));
    expect(vetoLines).toHaveLength(10);
    expect(vetoLines[0]).toBe("  否决：单位16因发生重大安全事故，不评定等级、不排名次");
    expect(text).toContain("（其中一票否决 25 个）");
    expect(text).toContain("另有 15 个单位被一票否决，见结果工作簿“总排名”的备注列");
  });

  it("says vetoed units have no grade, so the grade counts add up to the units scored", () => {
    // 5 units, 2 vetoed: 优秀 3 + 2 vetoed = 5
    const lines = formatSummary(assessment(5, 2), "2026", []).split("\n");
    expect(lines).toContain("  等级：优秀 3 个（一票否决 2 个不评等级）");
    expect(formatSummary(assessment(4, 0), "2026", []).split("\n")).toContain("  等级：优秀 4 个");
  });
});

describe("excelLimitNotes", () => {
  it("one warning per loss, 分项得分 pointing to 计分明细", () => {
    expect(excelLimitNotes([{ sheet: "分项得分", columns: 17_008, cutCells: 0 }, { sheet: "计分明细", cutCells: 3, firstCutCell: "B7" }])).toEqual([
      "警告：“分项得分”表有 17008 列，超过 Excel 的 16384 列上限（XFD 列），第 16385 列起未写出；各项得分见“计分明细”",
      "警告：“计分明细”表有 3 个单元格超过 Excel 的 32767 字上限，已截断（第一个在 B7）",
    ]);
  });
});
