import { describe, expect, it } from "vitest";
import { scoreRows, type CriteriaRow } from "../../../test/grids.js";
import { itemDiagnostics, readAlpha, type ItemDiagnostics } from "./itemDiagnostics.js";
import { scoreMatrix } from "./scoreMatrix.js";

/**
 * Five units on five 10-point items, a bonus and a veto item:
 *   A 制度  (组织)  10 10 10 10 10   every unit full
 *   B 学习  (组织)   2  4  6  8 10
 *   C 培训  (组织)   2  4  6  8 10   the same as B
 *   E 宣传  (组织)   1  5  3  9  7
 *   D 整改  (环境)  10  8  6  4  2   opposite to the rest (D = 12 − B)
 */
const ROWS: CriteriaRow[] = [
  ["1.1", "组织", "制度", 10, "直接打分", "A"],
  ["1.2", "组织", "学习", 10, "直接打分", "B"],
  ["1.3", "组织", "培训", 10, "直接打分", "C"],
  ["1.4", "组织", "宣传", 10, "直接打分", "E"],
  ["2.1", "环境", "整改", 10, "直接打分", "D"],
  ["3.1", "特色加分", "特色工作", 5, "直接打分", "F"],
  ["4.1", "一票否决", "重大责任事故", 0, "否决", "重大责任事故"],
];
const B = [2, 4, 6, 8, 10];
const E = [1, 5, 3, 9, 7];
const UNITS = ["甲", "乙", "丙", "丁", "戊"].map((name, i) => ({ 单位名称: name, 单位类别: "机关", A: 10, B: B[i], C: B[i], E: E[i], D: 12 - B[i], F: i, 重大责任事故: "否" }));

function diagnose(units = UNITS, rows = ROWS): ItemDiagnostics {
  const { assessment } = scoreRows(rows, units);
  const d = assessment.diagnostics!;
  if (!d.computed) throw new Error("not computed");
  return d;
}
const item = (d: ItemDiagnostics, key: string) => d.items.find((i) => i.item.key === key)!;
const kinds = (d: ItemDiagnostics, key: string) => item(d, key).findings.map((f) => f.kind);

describe("itemDiagnostics on a tiny assessment", () => {
  const d = diagnose();

  it("diagnoses the basic items and lists the bonus and veto items as not diagnosed", () => {
    expect(d.units).toBe(5);
    expect(d.items.map((i) => i.item.key)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1"]);
    expect(d.notDiagnosed.map((i) => i.key)).toEqual(["3.1", "4.1"]);
  });

  it("an item every unit takes in full separates nobody", () => {
    const a = item(d, "1.1");
    expect([a.fullShare, a.zeroShare, a.meanRate, a.stdDev, a.itemTotal]).toEqual([1, 0, 1, 0, undefined]);
    expect(a.findings).toEqual([{ kind: "noVariance", points: 10 }]);
  });

  it("spread of B by hand", () => {
    // mean 6 → rate 0.6; Σ(x − 6)² = 16 + 4 + 0 + 4 + 16 = 40, VAR.S 10, STDEV.S √10; CV √10 / 6; 1 of 5 at full
    const b = item(d, "1.2");
    expect(b.meanRate).toBeCloseTo(0.6, 12);
    expect(b.stdDev).toBeCloseTo(Math.sqrt(10), 12);
    expect(b.variation).toBeCloseTo(Math.sqrt(10) / 6, 12);
    expect([b.fullShare, b.zeroShare]).toEqual([0.2, 0]);
  });

  it("corrected item–total correlation: each item against the sum of the others", () => {
    // Rest of B = A + C + D + E = 10 + (C + D = 12) + E → r(B, E): dB = (−4, −2, 0, 2, 4), dE = (−4, 0, −2, 4, 2),
    // Σ = 16 + 0 + 0 + 8 + 8 = 32, √(40 · 40) = 40 → 0.8
    expect(item(d, "1.2").itemTotal).toBeCloseTo(0.8, 12);
    expect(item(d, "1.4").itemTotal).toBeCloseTo(0.8, 12);
    // Rest of D = 10 + 2B + E = (15, 23, 25, 35, 37): mean 27, d = (−12, −4, −2, 8, 10), Σd² = 328;
    // D falls by 2 a unit: r = −Σ(dx·d) / √(Σdx² Σd²) with dx = (−2 … 2): −56 / √(10 · 328) = −0.97780
    expect(item(d, "2.1").itemTotal).toBeCloseTo(-56 / Math.sqrt(3280), 12);
  });

  it("two identical items in one 一级指标 are a pair; the item running against the total is named", () => {
    expect(d.pairs.map((p) => [p.group, p.a.key, p.b.key, p.r])).toEqual([["组织", "1.2", "1.3", 1]]);
    expect(kinds(d, "1.2")).toEqual(["duplicate"]);
    expect(kinds(d, "1.3")).toEqual(["duplicate"]);
    // B and E correlate 0.8: not a pair. D is −1 with B but in another 一级指标: not a pair either.
    expect(kinds(d, "1.4")).toEqual([]);
    expect(kinds(d, "2.1")).toEqual(["negativeTotal"]);
  });

  it("Cronbach's α per 一级指标 over the items that separate the units", () => {
    // 组织 without A (no spread): B, C, E with VAR.S 10, 10, 10; totals B + C + E = (5, 13, 15, 25, 27), mean 17,
    // d = (−12, −4, −2, 8, 10), Σd² = 328, VAR.S 82 → α = 3/2 · (1 − 30 / 82) = 78 / 82 = 0.95122 → 高
    const org = d.groups.find((g) => g.group === "组织")!;
    expect(org.items).toBe(4);
    expect(org.leftOut).toBe(1);
    expect(org.alpha).toBeCloseTo(78 / 82, 12);
    expect(org.reading).toBe("high");
    // 环境 has one item: no α
    expect(d.groups.find((g) => g.group === "环境")).toEqual({ group: "环境", items: 1, leftOut: 0, alpha: undefined, reading: undefined });
    expect(d.groups.map((g) => g.group)).toEqual(["组织", "环境"]);
  });
});

describe("spread findings need enough units to mean anything", () => {
  const ten = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
  // G: 9 of 10 full (90 % → 区分度低); H: 8 of 10 full (80 %: not); K: half at 10, half at 9.9
  // (rates 1 and 0.99: STDEV.S = 0.005 · √(10/9) = 0.00527, below 1 % → 近乎无差异).
  const rows: CriteriaRow[] = [
    ["1", "组织", "甲项", 10, "直接打分", "G"],
    ["2", "组织", "乙项", 10, "直接打分", "H"],
    ["3", "组织", "丙项", 10, "直接打分", "K"],
    ["4", "组织", "丁项", 10, "直接打分", "L"],
  ];
  const units = ten.map((name, i) => ({ 单位名称: name, 单位类别: "机关", G: i === 9 ? 6 : 10, H: i < 2 ? 5 : 10, K: i % 2 ? 9.9 : 10, L: i + 1 }));
  const d = diagnose(units, rows);

  it("区分度低 at 90 % of the units at full points, not at 80 %; 近乎无差异 below 1 % spread", () => {
    expect(item(d, "1").findings).toEqual([{ kind: "lowDiscrimination", full: 9, units: 10 }]);
    expect(kinds(d, "2")).toEqual([]);
    expect(kinds(d, "3")).toEqual(["nearZeroVariance"]);
    expect((item(d, "3").findings[0] as { spread: number }).spread).toBeCloseTo(0.005 * Math.sqrt(10 / 9), 12);
  });

  it("an item only one unit misses is not read as running against the total", () => {
    // G's only unit below full (癸) has the highest rest, H + K + L = 10 + 9.9 + 10 = 29.9 (甲 has 5 + 10 + 1 = 16):
    // r(G, rest) is clearly negative, yet set by that one unit alone.
    expect(item(d, "1").itemTotal).toBeLessThan(-0.1);
    expect(kinds(d, "1")).not.toContain("negativeTotal");
  });

  it("fewer than 3 eligible units: not computed, and said", () => {
    const { assessment } = scoreRows(rows, units.slice(0, 2));
    expect(assessment.diagnostics).toEqual({ computed: false, units: 2 });
  });

  it("a vetoed unit is outside the population, as in every statistic", () => {
    const vetoRows: CriteriaRow[] = [...rows, ["5", "一票否决", "重大责任事故", 0, "否决", "重大责任事故"]];
    const withVeto = units.map((u, i) => ({ ...u, 重大责任事故: i === 9 ? "是" : "否" }));
    const { assessment } = scoreRows(vetoRows, withVeto);
    const v = assessment.diagnostics as ItemDiagnostics;
    expect(v.units).toBe(9);
    // Without 癸 (the only unit below full on G), G is full everywhere.
    expect(item(v, "1").findings).toEqual([{ kind: "noVariance", points: 10 }]);
    expect(itemDiagnostics(scoreMatrix(assessment.results, assessment.criteria.items)).units).toBe(9);
  });
});

describe("readAlpha: < 0.6 低, 0.6–0.8 可接受, ≥ 0.8 高 (as shown, 2 decimals)", () => {
  it.each([
    [0.5, "low"],
    [0.594, "low"],
    [0.596, "acceptable"],
    [0.79, "acceptable"],
    [0.7951, "high"],
    [0.95, "high"],
    [-0.3, "low"],
  ])("%d → %s", (alpha, reading) => {
    expect(readAlpha(alpha)).toBe(reading);
  });
});
