import { describe, expect, it } from "vitest";
import { perturbedPoints, simulateRanks, gradeIndex, type RankSimulationInput } from "./robustness.js";
import { rankVarianceShares } from "./rankSensitivity.js";
import { seededRandom } from "./seededRandom.js";
import { countAtMost, countBelow, drawsWithinBudget, ROBUSTNESS_BUDGET } from "./rankRobustness.js";
import { readRobustnessSetting, DEFAULT_ROBUSTNESS_SETTINGS, type RobustnessSettings } from "./robustnessSettings.js";
import { percentileSorted } from "../math/percentileInclusive.js";

/** Units as rows of group subtotals; totals are the row sums (no bonus, no deductions). */
function input(rows: number[][], points: number[], extra: Partial<RankSimulationInput> = {}): RankSimulationInput {
  const subtotals = new Float64Array(rows.flat());
  const totals = new Float64Array(rows.map((r) => Math.round(r.reduce((a, b) => a + b, 0) * 100) / 100));
  return { groupPoints: points, subtotals, totals, decimals: 2, rankMethod: "competition", gradeMins: [90, 80, 60, 0], topN: 2, draws: 1000, delta: 0.25, seed: 7, ...extra };
}

const ranksOf = (sim: ReturnType<typeof simulateRanks>, u: number) => Array.from(sim.ranks.subarray(u * sim.draws, (u + 1) * sim.draws));
const interval = (sim: ReturnType<typeof simulateRanks>, u: number) => {
  const sorted = ranksOf(sim, u).sort((a, b) => a - b);
  return [percentileSorted(sorted, 0.05), percentileSorted(sorted, 0.95)];
};

describe("seededRandom (mulberry32)", () => {
  it("gives the reference sequence of mulberry32 for seed 1, and stays in [0, 1)", () => {
    // mulberry32(1): first output 0.6270739405881613 (the value every published port of the generator gives).
    const r = seededRandom(1);
    expect(r()).toBe(0.6270739405881613);
    const more = Array.from({ length: 1000 }, r);
    expect(more.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("perturbedPoints: renormalised to the basic total", () => {
  it("scales 60/40 by +25 % / −25 % and brings the sum back to 100", () => {
    // 60 × 1.25 = 75, 40 × 0.75 = 30, sum 105; × 100/105 → 71.428571…, 28.571428…
    const p = perturbedPoints([60, 40], [0.25, -0.25], new Float64Array(2));
    expect(p[0]).toBeCloseTo(500 / 7, 10);
    expect(p[1]).toBeCloseTo(200 / 7, 10);
  });

  it("keeps Σ P'_g = Σ P_g in every draw of a run", () => {
    const points = [20, 20, 15, 15, 20, 10];
    const sim = simulateRanks(input([[10, 10, 10, 10, 10, 5], [15, 12, 9, 10, 12, 8]], points, { draws: 200 }));
    const out = new Float64Array(6);
    for (let d = 0; d < 200; d++) {
      const shifts = sim.shifts.subarray(d * 6, (d + 1) * 6);
      for (const u of shifts) expect(Math.abs(u)).toBeLessThanOrEqual(0.25);
      const sum = perturbedPoints(points, shifts, out).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(100, 9);
    }
  });
});

describe("simulateRanks", () => {
  // A is strong in group 1, B in group 2, their totals 0.01 apart; C far behind.
  // With P = 50/50, f1 − 1 = −(f2 − 1) = (u1 − u2)/(2 + u1 + u2), so A' − B' = 0.01 + 19.99 (f1 − 1):
  // A is first when u1 − u2 > ≈ −0.001, about half the draws; B the other half. C' = 40 + 20 (f1 − 1) + 20 (f2 − 1) = 40.
  const swap = input([[50, 40.01], [40, 50], [20, 20]], [50, 50]);

  it("two units that swap under any weight change both get [1, 2]; a unit far behind stays at 3", () => {
    const sim = simulateRanks(swap);
    expect(interval(sim, 0)).toEqual([1, 2]);
    expect(interval(sim, 1)).toEqual([1, 2]);
    expect(interval(sim, 2)).toEqual([3, 3]);
    // Top 2 (N = 2): A and B always, C never.
    expect([...sim.topCounts]).toEqual([1000, 1000, 0]);
    // Each of A and B is first in a sizeable share of the draws (about half each).
    const firsts = [0, 1].map((u) => ranksOf(sim, u).filter((r) => r === 1).length);
    expect(Math.min(...firsts)).toBeGreaterThan(300);
    // C at 40 is 不合格 (below 60) in every draw: grade index 3.
    expect(sim.gradeCounts[2 * 4 + 3]).toBe(1000);
  });

  it("δ = 0 gives every unit its nominal rank in every draw, with each tie convention", () => {
    // Totals 90, 85, 85, 70: RANK.EQ 1, 2, 2, 4; 中国式 1, 2, 2, 3; RANK.AVG 1, 2.5, 2.5, 4.
    const rows = [[45, 45], [40, 45], [45, 40], [35, 35]];
    const expected = { competition: [1, 2, 2, 4], dense: [1, 2, 2, 3], average: [1, 2.5, 2.5, 4] } as const;
    for (const method of ["competition", "dense", "average"] as const) {
      const sim = simulateRanks(input(rows, [50, 50], { delta: 0, rankMethod: method, draws: 50 }));
      for (let u = 0; u < 4; u++) expect(new Set(ranksOf(sim, u))).toEqual(new Set([expected[method][u]]));
    }
  });

  it("is deterministic: the same seed gives the same ranks; another seed other draws, still ranks 1 … n", () => {
    const rows = [[50, 40.01], [40, 50], [45, 45], [20, 20]];
    const a = simulateRanks(input(rows, [50, 50], { seed: 11 }));
    const b = simulateRanks(input(rows, [50, 50], { seed: 11 }));
    const c = simulateRanks(input(rows, [50, 50], { seed: 12 }));
    expect(b.ranks).toEqual(a.ranks);
    expect(b.shifts).toEqual(a.shifts);
    expect(c.shifts).not.toEqual(a.shifts);
    expect([...c.ranks].every((r) => r >= 1 && r <= 4)).toBe(true);
    // D (40) is last in every draw whatever the seed.
    expect(new Set(ranksOf(c, 3))).toEqual(new Set([4]));
  });

  it("counts the draws within a quota's places per scope, ties at the cut-off all in", () => {
    // One place in scope 0 (A, B, C); D in scope 1 alone with one place: always in. C never beats A and B.
    const sim = simulateRanks(input([[50, 40.01], [40, 50], [20, 20], [10, 10]], [50, 50], { quota: { scope: new Int32Array([0, 0, 0, 1]), places: [1, 1] } }));
    expect(sim.quotaCounts![0] + sim.quotaCounts![1]).toBeGreaterThanOrEqual(1000);
    expect(sim.quotaCounts![2]).toBe(0);
    expect(sim.quotaCounts![3]).toBe(1000);
  });
});

describe("rankVarianceShares (first-order S_g by 10 bins)", () => {
  it("gives most of the rank variance to the one group whose weight alone reorders the units", () => {
    // Ten groups of 10 points. Unit u has a_u in group 1 and the same b_u in each of groups 2–10. As
    // Σ_h P_h (f_h − 1) = 0 with equal P, Σ_{h≠1} (f_h − 1) = −(f1 − 1): total'_u = total_u + (a_u − b_u)(f1 − 1),
    // so only f1 reorders the units, and f1 − 1 ≈ 0.9 u1 − 0.1 Σ_{h≠1} u_h (linearised renormalisation):
    // u1 carries 0.81 / (0.81 + 9 × 0.01) = 0.9 of its variance, each other group 0.01 / 0.9 ≈ 0.011.
    const points = Array(10).fill(10);
    const rows = [0, 1, 2, 3, 4, 5].map((k) => {
      const a = 2 + 1.5 * k;
      const b = Math.round(((80 + 0.1 * k - a) / 9) * 100) / 100;
      return [a, ...Array(9).fill(b)];
    });
    const sim = simulateRanks(input(rows, points, { draws: 4000, topN: 3 }));
    const shares = rankVarianceShares(sim.ranks, 4000, 6, sim.shifts, 10, 0.25);
    expect(shares[0]).toBeGreaterThan(0.75);
    for (let g = 1; g < 10; g++) expect(shares[g]).toBeLessThan(0.1);
  });

  it("is NaN when no rank moves (δ = 0)", () => {
    const sim = simulateRanks(input([[50, 40], [40, 40]], [50, 50], { delta: 0, draws: 20 }));
    expect(Number.isNaN(rankVarianceShares(sim.ranks, 20, 2, sim.shifts, 2, 0)[0])).toBe(true);
  });
});

describe("helpers", () => {
  it("counts sorted values and grades", () => {
    expect(countAtMost([1, 2, 2, 5], 2)).toBe(3);
    expect(countBelow([1, 2, 2, 5], 2)).toBe(1);
    expect(gradeIndex(85, [90, 80, 60, 0])).toBe(1);
    expect(gradeIndex(-3, [90, 80, 60, 0])).toBe(3);
  });

  it("keeps the requested draws within the budget, cuts large runs, never below 50", () => {
    expect(drawsWithinBudget(1000, 1000)).toBe(1000);
    expect(drawsWithinBudget(1000, 100_000)).toBe(ROBUSTNESS_BUDGET / 100_000);
    expect(drawsWithinBudget(1000, 10_000_000)).toBe(50);
  });

  it("reads the 设置 rows", () => {
    const s: RobustnessSettings = { ...DEFAULT_ROBUSTNESS_SETTINGS };
    const apply = (name: string, value: string) => {
      const r = readRobustnessSetting(name, value);
      if (r?.ok) r.apply(s);
      return r?.ok;
    };
    expect(apply("权重扰动幅度", "10%")).toBe(true);
    expect(s.delta).toBe(0.1);
    expect(apply("权重扰动幅度", "30")).toBe(true);
    expect(s.delta).toBe(0.3);
    expect(apply("权重扰动幅度", "0.2")).toBe(true);
    expect(s.delta).toBe(0.2);
    expect(apply("权重扰动幅度", "95%")).toBe(false);
    expect(apply("稳健性抽样次数", "０")).toBe(true);
    expect(s.draws).toBe(0);
    expect(apply("稳健性抽样次数", "1.5")).toBe(false);
    expect(apply("稳健性前N名", "5名")).toBe(true);
    expect([s.topN, s.topNSet]).toEqual([5, true]);
    expect(readRobustnessSetting("排名方式", "美式")).toBeUndefined();
  });

  it("reads the 设置 rows as clerks type them: 「±25%」, 「上下15%」, 「1,000」, 「500次」", () => {
    const s: RobustnessSettings = { ...DEFAULT_ROBUSTNESS_SETTINGS };
    const apply = (name: string, value: string) => {
      const r = readRobustnessSetting(name, value);
      if (r?.ok) r.apply(s);
      return r?.ok;
    };
    expect([apply("权重扰动幅度", "±25%"), s.delta]).toEqual([true, 0.25]);
    expect([apply("权重扰动幅度", "上下15%"), s.delta]).toEqual([true, 0.15]);
    expect([apply("稳健性抽样次数", "1,000"), s.draws]).toEqual([true, 1000]);
    expect([apply("稳健性抽样次数", "500次"), s.draws]).toEqual([true, 500]);
    // Words and other measures are still refused, with the message naming what is wanted.
    expect(apply("稳健性抽样次数", "五百")).toBe(false);
    expect(apply("稳健性抽样次数", "500人")).toBe(false);
    expect([apply("稳健性前N名", "前10名"), s.topN]).toEqual([true, 10]);
    expect([apply("稳健性随机种子", "20,261,201"), s.seed]).toEqual([true, 20261201]);
    expect(apply("稳健性前N名", "0名")).toBe(false);
    expect(apply("稳健性随机种子", "二〇二六")).toBe(false);
  });
});
