import { describe, expect, it } from "vitest";
import type { Assessment } from "../../../core/score/assess.js";
import type { XlsxRow } from "../../xlsx/model.js";
import { robustnessSheet } from "./robustness.js";

/** Only what the sheet reads: no ranked unit, two 一级指标 with their shares, 百分比小数位数 as given. */
function assessment(percentDecimals: number, shares: (number | undefined)[]): Assessment {
  return {
    criteria: { settings: { percentDecimals } },
    robustness: {
      requestedDraws: 1000, draws: 1000, delta: 0.25, seed: 1, topN: 10, topNFrom: "setting", topGrade: "优秀",
      units: [],
      groups: shares.map((share, k) => ({ name: ["组织领导", "作风建设"][k], points: 50, share })),
    },
  } as unknown as Assessment;
}

const sentences = (a: Assessment) =>
  [...robustnessSheet(a, { label: "2026", inputs: [], version: "t", generatedAt: new Date(0) }, "0.00").rows]
    .filter((r): r is XlsxRow => r !== null)
    .map((r) => r.values[r.values.length - 1])
    .filter((v): v is string => typeof v === "string" && v.includes("单独解释"));

describe("稳健性: the sentence beside each 一级指标's share", () => {
  it("writes the share at 百分比小数位数 with trailing zeros, as the cell shows it", () => {
    // 0.05 → 5.00 % at 2 decimals (was "5%"); 0.364416 → 36.44 %.
    expect(sentences(assessment(2, [0.05, 0.364416]))).toEqual([
      "“组织领导”的分值取舍单独解释了各单位名次变动的 5.00%",
      "“作风建设”的分值取舍单独解释了各单位名次变动的 36.44%",
    ]);
    // 1 decimal: 0.05 → 5.0 %, 0.364416 → 36.4 %.
    expect(sentences(assessment(1, [0.05, 0.364416]))).toEqual([
      "“组织领导”的分值取舍单独解释了各单位名次变动的 5.0%",
      "“作风建设”的分值取舍单独解释了各单位名次变动的 36.4%",
    ]);
  });

  it("centres each unit's 名次区间 and leaves the 一级指标 rows as they were", () => {
    const a = assessment(2, [0.05, 0.364416]);
    const unit = { result: { unit: { name: "甲局", category: "机关" }, total: 90 }, rank: 1, median: 1, low: 1, high: 2, topN: 1, topGrade: 1, unstable: [] };
    (a.robustness as unknown as { units: unknown[] }).units = [unit];
    const rows = [...robustnessSheet(a, { label: "2026", inputs: [], version: "t", generatedAt: new Date(0) }, "0.00").rows].filter((r): r is XlsxRow => r !== null);
    const unitRow = rows.find((r) => r.values[1] === "甲局")!;
    expect(unitRow.values[5]).toBe("1–2");
    expect(unitRow.style?.[5]?.horizontal).toBe("center");
    const groupRow = rows.find((r) => r.values[1] === "组织领导")!;
    expect(groupRow.style?.[5]?.horizontal).toBeUndefined();
  });
});
