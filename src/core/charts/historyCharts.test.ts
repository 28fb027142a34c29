import { describe, expect, it } from "vitest";
import { historyTrendChart } from "./historyCharts.js";
import type { Assessment } from "../score/assess.js";

/** Just what the trend chart reads: two years of one category, the criteria's 小数位数. */
function withHistory(decimals: number, last = [99.43, 97.92]): Assessment {
  const unit = (total: number) => ({ category: "乡镇", vetoed: false, total });
  return {
    categories: ["乡镇"],
    results: [{ unit: { category: "乡镇" } }],
    criteria: { settings: { decimals, percentDecimals: 2 } },
    history: {
      years: [
        { year: 2025, units: [unit(94.6), unit(94.6)] },
        { year: 2026, units: last.map(unit) },
      ],
    },
  } as unknown as Assessment;
}

describe("历年各类别平均分", () => {
  it("labels each mean at 小数位数 with its trailing zeros, as the other charts do", () => {
    // Means: 2025 (94.6 + 94.6) / 2 = 94.6 → "94.60"; 2026 (99.43 + 97.92) / 2 = 98.675 → ROUND 98.68.
    const spec = historyTrendChart(withHistory(2), "2026")!;
    expect(spec.panels!.map((p) => p.datasets[0].valueLabels)).toEqual([["94.60", "98.68"]]);
    expect(historyTrendChart(withHistory(1), "2026")!.panels!.map((p) => p.datasets[0].valueLabels)).toEqual([["94.6", "98.7"]]);
    // Rounded once: (98.64 + 98.659) / 2 = 98.6495 → 98.6 at one decimal (through 98.65 first it would read 98.7).
    expect(historyTrendChart(withHistory(1, [98.64, 98.659]), "2026")!.panels!.map((p) => p.datasets[0].valueLabels)).toEqual([["94.6", "98.6"]]);
  });
});
