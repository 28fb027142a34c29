import { describe, expect, it } from "vitest";
import { rankTicks, unitLabel } from "./robustnessChart.js";

describe("10-名次稳健性: row labels", () => {
  it("marks a unit a grade line runs through, and only that one", () => {
    const unit = (rank: number, name: string, unstable: number) => ({ rank, result: { unit: { name } }, unstable: Array(unstable).fill({}) });
    // 实验中学 at 90.00 keeps 9th place in every draw but is 优秀 in about half: the 通报 names it, so does the chart.
    expect(unitLabel(unit(9, "实验中学", 1))).toBe("9. 实验中学（结果不稳健）");
    expect(unitLabel(unit(7, "坜塅乡", 0))).toBe("7. 坜塅乡");
  });

  it("keeps about ten rank ticks", () => {
    // 11 units: every rank; 25: step 2 → 1, 2, 4, …, 24; 100: step 10 → 1, 10, …, 100.
    expect(rankTicks(11)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rankTicks(25)).toEqual([1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    expect(rankTicks(100)).toEqual([1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
});
