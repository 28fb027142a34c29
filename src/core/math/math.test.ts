import { describe, expect, it } from "vitest";
import { percentileSorted } from "./percentileInclusive.js";
import { sortedNumbers } from "./sortedNumbers.js";
import { fixed } from "./fixed.js";
import { roundExcel } from "./roundExcel.js";
import { rankCompetition } from "./rankCompetition.js";
import { rankDense } from "./rankDense.js";
import { rankAverage } from "./rankAverage.js";
import { mean } from "./mean.js";
import { median } from "./median.js";
import { sampleStdDev } from "./sampleStdDev.js";
import { panelMean } from "./panelMean.js";
import { percentRankInclusive } from "./percentRankInclusive.js";
import { quartileInclusive } from "./quartileInclusive.js";
import { populationStdDev } from "./populationStdDev.js";

describe("roundExcel matches Excel ROUND", () => {
  // Each expected value is what Excel's =ROUND(x, d) shows.
  it.each([
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [2.675, 2, 2.68],
    [0.285, 2, 0.29],
    [1.4999999, 0, 1],
    [1234.5678, -2, 1200],
    [123456789.125, 2, 123456789.13],
    [0.0000001, 2, 0],
    [89.995, 2, 90],
    [72.225, 2, 72.23],
  ])("ROUND(%d, %d) = %d", (x, d, expected) => {
    expect(roundExcel(x, d)).toBe(expected);
  });
  it("differs from Math.round where the brief says JavaScript is wrong", () => {
    expect(Math.round(-2.5)).toBe(-2);
    expect(Math.round(1.005 * 100) / 100).toBe(1);
  });
  it("rejects non-finite input", () => {
    expect(() => roundExcel(NaN, 2)).toThrow(/finite/);
  });
});

describe("ranking conventions", () => {
  const scores = [95, 90, 90, 85, 80, 80, 80, 70];
  it("美式 = RANK.EQ(x, range, 0)", () => {
    expect(rankCompetition(scores)).toEqual([1, 2, 2, 4, 5, 5, 5, 8]);
  });
  it("中国式 = SUMPRODUCT((range>x)/COUNTIF(range,range))+1", () => {
    expect(rankDense(scores)).toEqual([1, 2, 2, 3, 4, 4, 4, 5]);
  });
  it("平均 = RANK.AVG(x, range, 0)", () => {
    expect(rankAverage(scores)).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
  });
  it("a single value is first under every convention", () => {
    expect([rankCompetition([7]), rankDense([7]), rankAverage([7])]).toEqual([[1], [1], [1]]);
  });
  it("rejects NaN", () => {
    expect(() => rankCompetition([1, NaN])).toThrow(/finite/);
  });
});

describe("descriptive statistics", () => {
  it("AVERAGE, MEDIAN", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("STDEV.S divides by n-1", () => {
    // mean 5, squared deviations sum to 32, 32/7 = 4.571428…, sqrt = 2.1380899…
    expect(sampleStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13808993529939, 12);
    expect(() => sampleStdDev([1])).toThrow(/two values/);
  });
  it("panel: drop one highest and one lowest with three or more scores", () => {
    // 8, 9, 10, 6, 9 → drop 10 and 6 → (8 + 9 + 9) / 3 = 8.666…
    expect(panelMean([8, 9, 10, 6, 9], true)).toBeCloseTo(26 / 3, 12);
    expect(panelMean([8, 9], true)).toBe(8.5);
    expect(panelMean([8, 9, 10, 6, 9], false)).toBe(8.4);
  });
});

describe("PERCENTRANK.INC truncates like Excel", () => {
  // Microsoft's documented example: {13, 12, 11, 8, 4, 3, 2, 1, 1, 1}.
  // Sorted 1,1,1,2,3,4,8,11,12,13 (n = 10, n − 1 = 9):
  //   2 → 3/9 = 0.3333 → 0.333;  4 → 5/9 = 0.5556 → 0.555 (truncated, not 0.556);
  //   8 → 6/9 = 0.6667 → 0.666;  5 lies between 4 and 8 → (5 + 1/4)/9 = 0.5833 → 0.583
  const data = [13, 12, 11, 8, 4, 3, 2, 1, 1, 1];
  it.each([[2, 0.333], [4, 0.555], [8, 0.666], [5, 0.583], [1, 0], [13, 1]])("PERCENTRANK.INC(data, %d) = %d", (x, expected) => {
    expect(percentRankInclusive(data, x)).toBe(expected);
  });
  it("x outside the data is #N/A", () => {
    expect(() => percentRankInclusive(data, 20)).toThrow(/#N\/A/);
  });
  it("QUARTILE.INC and STDEV.P by hand", () => {
    // sorted 1..4: Q1 at position 0.75 → 1 + 0.75 × 1 = 1.75
    expect(quartileInclusive([4, 1, 3, 2], 1)).toBe(1.75);
    // mean 5, squared deviations 32, /8 = 4 → 2
    expect(populationStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
});

describe("percentileSorted and sortedNumbers", () => {
  it("reads PERCENTILE.INC off an already sorted column", () => {
    const sorted = sortedNumbers([4, 1, 3, 2]);
    expect([...sorted]).toEqual([1, 2, 3, 4]);
    // (n − 1)·k = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75; 3 × 0.5 = 1.5 → 2.5; 3 × 0.75 = 2.25 → 3.25
    expect([0.25, 0.5, 0.75].map((k) => percentileSorted(sorted, k))).toEqual([1.75, 2.5, 3.25]);
    expect(percentileSorted(sortedNumbers([7, 1, 5]), 0.5)).toBe(5);
  });

  it("sorts numerically, not as text", () => {
    expect([...sortedNumbers([10, 9, 100, -1])]).toEqual([-1, 9, 10, 100]);
  });

  it("says what it requires", () => {
    expect(() => percentileSorted([], 0.5)).toThrow(/at least one value/);
    expect(() => percentileSorted([1], 2)).toThrow(/k between 0 and 1/);
  });
});

describe("fixed (Excel FIXED without separators)", () => {
  it("rounds half away from zero first and keeps the trailing zeros", () => {
    // Excel: FIXED(94.6,2) "94.60", FIXED(1.005,2) "1.01" (ROUND, not binary toFixed's "1.00"), FIXED(-0.004,2) "0.00", FIXED(2.5,0) "3".
    expect(fixed(94.6, 2)).toBe("94.60");
    expect(fixed(1.005, 2)).toBe("1.01");
    expect(fixed(-0.004, 2)).toBe("0.00");
    expect(fixed(2.5, 0)).toBe("3");
    expect(() => fixed(1, 1.5)).toThrow(/whole number of decimals/);
  });
});
