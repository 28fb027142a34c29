import { describe, expect, it } from "vitest";
import { ahp, eigenWeights, geometricWeights, RANDOM_INDEX } from "./ahp.js";
import { findInconsistentPair } from "./inconsistentPair.js";
import { combineExperts } from "./combineExperts.js";
import { entropyWeights } from "./entropy.js";
import { criticWeights } from "./critic.js";
import { combineWeights } from "./combineWeights.js";
import { apportionPoints, largestRemainder, level2Key } from "./apportionPoints.js";
import { snapToScale, scaleText } from "./scale.js";

describe("AHP on a 3×3 judgement matrix (the textbook example [[1,1/3,1/5],[3,1,1/3],[5,3,1]])", () => {
  const a = [
    [1, 1 / 3, 1 / 5],
    [3, 1, 1 / 3],
    [5, 3, 1],
  ];
  // By hand, independently of power iteration: for a 3×3 reciprocal matrix with a12 = a, a13 = b, a23 = c,
  // det(λI − A) = λ³ − 3λ² − (t + 1/t − 2), t = ac/b. Here t = (1/3 · 1/3)/(1/5) = 5/9, t + 1/t − 2 = 16/45,
  // so λ²(λ − 3) = 16/45 = 0.355556: λ = 3.03851 (3.03851² × 0.03851 = 9.23254 × 0.03851 = 0.35555).
  // Eigenvector = cross product of the first two rows of A − λI, with 1 − λ = −2.03851:
  // (1/9 + 2.03851/5, 3/5 + 2.03851/3, 2.03851² − 1) = (0.518813, 1.279504, 3.155527), sum 4.953844
  // → w = (0.10473, 0.25829, 0.63699). CI = 0.03851 / 2 = 0.019256; CR = 0.019256 / 0.58 = 0.0332.
  it("gives the principal eigenvector, λmax, CI and CR", () => {
    const r = ahp(a);
    expect(r.used).toBe("eigen");
    expect(r.eigen[0]).toBeCloseTo(0.10473, 4);
    expect(r.eigen[1]).toBeCloseTo(0.25829, 4);
    expect(r.eigen[2]).toBeCloseTo(0.63699, 4);
    expect(r.lambdaMax).toBeCloseTo(3.03851, 4);
    expect(r.ci).toBeCloseTo(0.019256, 5);
    expect(r.ri).toBe(0.58);
    expect(r.cr).toBeCloseTo(0.0332, 4);
    expect(r.consistent).toBe(true);
  });
  it("geometric means of the rows: (1/15)^(1/3) = 0.405480, 1, 15^(1/3) = 2.466212, sum 3.871692 → the same weights (for n = 3 the two methods agree)", () => {
    const g = geometricWeights(a);
    expect(g[0]).toBeCloseTo(0.405480 / 3.871692, 5);
    expect(g[1]).toBeCloseTo(1 / 3.871692, 5);
    expect(g[2]).toBeCloseTo(2.466212 / 3.871692, 5);
    const r = ahp(a, "geometric");
    expect(r.used).toBe("geometric");
    expect(r.weights).toEqual(r.geometric);
    // CR is the principal eigenvalue's, whichever method gives the weights.
    expect(r.cr).toBeCloseTo(0.0332, 4);
  });
  it("converges to 1e-12: Aw = λw holds component by component", () => {
    const { weights, lambdaMax } = eigenWeights(a);
    for (let i = 0; i < 3; i++) expect(Math.abs(a[i].reduce((s, x, j) => s + x * weights[j], 0) - lambdaMax * weights[i])).toBeLessThan(1e-10);
  });
});

describe("AHP on a 4×4 matrix with one judgement reversed (CR > 0.10)", () => {
  // Consistent weights 8 : 4 : 2 : 1 give a12 = 2, a13 = 4, a14 = 8, a23 = 2, a24 = 4, a34 = 2; the clerk typed
  // a14 = 1/8 instead of 8 (a reversed judgement, the classic inconsistency textbooks show).
  const a = [
    [1, 2, 4, 1 / 8],
    [1 / 2, 1, 2, 4],
    [1 / 4, 1 / 2, 1, 2],
    [8, 1 / 4, 1 / 2, 1],
  ];
  // Independently, by the Faddeev–LeVerrier recursion in exact fractions: det(λI − A) = λ⁴ − 4λ³ − (3969/32)λ,
  // so λmax is the root of λ³ − 4λ² = 124.03125: λ = 6.73465 (6.73465³ − 4 × 6.73465² = 305.45 − 181.42 = 124.03).
  // CI = (6.73465 − 4)/3 = 0.91155; RI(4) = 0.90; CR = 1.0128.
  it("reports CR ≈ 1.013, not consistent", () => {
    const r = ahp(a);
    expect(r.lambdaMax).toBeCloseTo(6.73465, 4);
    expect(r.ci).toBeCloseTo(0.91155, 4);
    expect(r.ri).toBe(0.9);
    expect(r.cr).toBeCloseTo(1.0128, 3);
    expect(r.consistent).toBe(false);
  });
  it("names the reversed pair (组 1 vs 组 4) as the one to revise, with 1/2 and CR 0.4026 after", () => {
    // Eigenvector (solved from (A − λI)w = 0): w = (0.21761, 0.30167, 0.15084, 0.32988); w1/w4 = 0.6597 → nearest scale value 1/2.
    // Each pair revised to snap(wi/wj), CR recomputed from the revised matrix's eigenvalue (numpy.linalg.eigvals):
    // (1,2) → 1: 0.8586; (1,3) → 2: 0.8586; (1,4) → 1/2: 0.4026; (2,3) → 2 = as typed, no change; (2,4) → 1: 0.7789; (3,4) → 1/2: 0.7789.
    const pair = findInconsistentPair(a)!;
    expect([pair.i, pair.j]).toEqual([0, 3]);
    expect(pair.current).toBe(1 / 8);
    expect(pair.suggested).toBe(1 / 2);
    expect(pair.crAfter).toBeCloseTo(0.4026, 3);
  });
  it("gives nothing to revise on a consistent matrix", () => {
    expect(findInconsistentPair([[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])).toBeUndefined();
  });
});

describe("AHP edge cases and the RI table", () => {
  it("a 1×1 and a 2×2 matrix are always consistent (CR = 0)", () => {
    expect(ahp([[1]]).cr).toBe(0);
    const two = ahp([[1, 3], [1 / 3, 1]]);
    expect(two.cr).toBe(0);
    // 3 : 1 → 0.75, 0.25.
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
  });
  it("Saaty's RI for n = 1 … 15", () => {
    expect(RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
  });
  it("above 15, no RI: CR is not a number and the matrix is not called consistent", () => {
    const ones = Array.from({ length: 16 }, () => new Array(16).fill(1));
    const r = ahp(ones);
    expect(r.ri).toBeUndefined();
    expect(Number.isNaN(r.cr)).toBe(true);
    expect(r.consistent).toBe(false);
  });
  it("snaps to the 1–9 scale on a ratio view and writes reciprocals as 1/k", () => {
    expect(snapToScale(2.4)).toBe(2); // ln 2.4 is nearer ln 2 (0.182) than ln 3 (0.223)
    expect(snapToScale(2.5)).toBe(3); // ln 2.5 − ln 2 = 0.223 > ln 3 − ln 2.5 = 0.182
    expect(snapToScale(0.6596)).toBe(1 / 2);
    expect(scaleText(1 / 7)).toBe("1/7");
  });
});

describe("several experts: element-wise geometric mean", () => {
  it("√(4 × 1) = 2 and √(1/4 × 1) = 1/2: still reciprocal", () => {
    const m = combineExperts([
      [[1, 4], [1 / 4, 1]],
      [[1, 1], [1, 1]],
    ]);
    expect(m[0][1]).toBeCloseTo(2, 12);
    expect(m[1][0]).toBeCloseTo(0.5, 12);
    expect(m[0][0]).toBe(1);
  });
  it("three experts: ∛(3 × 5 × 9) = ∛135 = 5.12993", () => {
    const m = combineExperts([[[1, 3], [1 / 3, 1]], [[1, 5], [1 / 5, 1]], [[1, 9], [1 / 9, 1]]]);
    expect(m[0][1]).toBeCloseTo(5.12993, 4);
    expect(m[0][1] * m[1][0]).toBeCloseTo(1, 12);
  });
});

describe("熵权法 on a 3 units × 3 items score-rate matrix", () => {
  // Rows are units, columns items:  A  B    C
  //                                 1  1    1
  //                                 1  0.5  0
  //                                 1  0.5  0.5
  // A: every unit 1 → no variance → weight 0 (and listed as constant).
  // B: sum 2, p = (0.5, 0.25, 0.25); H = −(0.5 ln 0.5 + 2 × 0.25 ln 0.25) = 0.346574 + 0.693147 = 1.039721;
  //    e = H / ln 3 = 1.039721 / 1.098612 = 0.946395; d = 0.053605.
  // C: sum 1.5, p = (2/3, 0, 1/3); 0 · ln 0 = 0; H = 2/3 × 0.405465 + 1/3 × 1.098612 = 0.636514; e = 0.579380; d = 0.420620.
  // w = d / Σd = (0, 0.053605, 0.420620) / 0.474225 = (0, 0.11304, 0.88696).
  const table = { values: [1, 1, 1, 1, 0.5, 0, 1, 0.5, 0.5], columns: 3 };
  it("gives (0, 0.11304, 0.88696)", () => {
    const r = entropyWeights(table);
    expect(r.weights[0]).toBe(0);
    expect(r.weights[1]).toBeCloseTo(0.11304, 4);
    expect(r.weights[2]).toBeCloseTo(0.88696, 4);
    expect(r.entropy[1]).toBeCloseTo(0.946395, 5);
    expect(r.entropy[2]).toBeCloseTo(0.57938, 5);
    expect(r.constant).toEqual([0]);
  });
  it("one unit: nothing to tell apart, every column constant", () => {
    const r = entropyWeights({ values: [0.5, 1], columns: 2 });
    expect(r.constant).toEqual([0, 1]);
    expect(r.weights).toEqual([0, 0]);
  });
});

describe("CRITIC on a 3 units × 3 items matrix", () => {
  // Columns X = (0, 0.5, 1), Y = (1, 0.5, 0.5), Z = (0.2, 0.2, 0.2).
  // Min-max: X → (0, 0.5, 1); Y → (1, 0, 0); Z constant → weight 0, left out of the sums.
  // σ (sample, n − 1): X: √((0.25 + 0 + 0.25)/2) = 0.5; Y: mean 1/3, √((4/9 + 1/9 + 1/9)/2) = √(1/3) = 0.57735.
  // r_XY: Σ dx·dy = (−0.5)(2/3) + 0 + (0.5)(−1/3) = −0.5; Σdx² = 0.5; Σdy² = 2/3; r = −0.5/√(1/3) = −0.866025.
  // C_X = 0.5 × (1 + 0.866025) = 0.933013; C_Y = 0.57735 × 1.866025 = 1.077350; ΣC = 2.010363.
  // w = (0.46410, 0.53590, 0).
  const table = { values: [0, 1, 0.2, 0.5, 0.5, 0.2, 1, 0.5, 0.2], columns: 3 };
  it("gives (0.46410, 0.53590, 0)", () => {
    const r = criticWeights(table);
    expect(r.sigma[0]).toBeCloseTo(0.5, 12);
    expect(r.sigma[1]).toBeCloseTo(0.57735, 5);
    expect(r.weights[0]).toBeCloseTo(0.4641, 4);
    expect(r.weights[1]).toBeCloseTo(0.5359, 4);
    expect(r.weights[2]).toBe(0);
    expect(r.constant).toEqual([2]);
  });
});

describe("combining subjective and objective weights", () => {
  it("linear: 0.3 × (0.5, 0.5) + 0.7 × (0.8, 0.2) = (0.71, 0.29)", () => {
    const w = combineWeights([0.5, 0.5], [0.8, 0.2], "linear", 0.3);
    expect(w[0]).toBeCloseTo(0.71, 12);
    expect(w[1]).toBeCloseTo(0.29, 12);
  });
  it("multiplicative: (0.6 × 0.25, 0.4 × 0.75) normalised", () => {
    const w = combineWeights([0.6, 0.4], [0.25, 0.75], "multiplicative");
    // 0.6 × 0.25 = 0.15, 0.4 × 0.75 = 0.30, sum 0.45 → (1/3, 2/3).
    expect(w[0]).toBeCloseTo(1 / 3, 12);
    expect(w[1]).toBeCloseTo(2 / 3, 12);
  });
});

describe("apportioning points with the largest remainder", () => {
  it("10 among three equal shares: 3.33 each → 3, 3, 3 and the 1 left to the first", () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
  it("keeps items summing to their 一级 and the total where rounding each item would not", () => {
    // Weights a1 0.25, a2 0.25, a3 0.15 (一级 A = 0.65), b1 0.35 (一级 B); total 10, 0 decimals.
    // 一级: quotas 6.5 and 3.5 → 6 + 3, one left, equal fractions → the first: A 7, B 3.
    // A's items: 7 × 0.25/0.65 = 2.6923, 2.6923, 7 × 0.15/0.65 = 1.6154 → 2 + 2 + 1 = 5, two left to the largest
    // fractions (0.6923, 0.6923) → 3, 3, 1 (= 7). Rounding each global share instead: 2.5 → 3, 3, 1.5 → 2, 3.5 → 4 = 12 ≠ 10.
    const r = apportionPoints(
      [
        { level1: "A", level2: "", weight: 0.25 },
        { level1: "A", level2: "", weight: 0.25 },
        { level1: "A", level2: "", weight: 0.15 },
        { level1: "B", level2: "", weight: 0.35 },
      ],
      10,
      0,
    );
    expect(r.items).toEqual([3, 3, 1, 3]);
    expect(r.level1.get("A")).toBe(7);
    expect(r.level1.get("B")).toBe(3);
  });
  it("with 二级 and one decimal: 二级 sum to their 一级, items to their 二级", () => {
    // Total 100 in tenths = 1000 units. Weights: A/x: 0.1, 0.1, 0.1 (x = 0.3); A/y: 0.3 (A = 0.6); B/z: 0.4.
    // 一级: 600 and 400 units. A's 二级: 600 × 0.3/0.6 = 300 each; x's three items 100 units (10.0) each, y's one 30.0.
    // B/z split 1 : 2 of 400 units → 133.33 and 266.67 → 133 + 266 = 399, the one left to the larger
    // fraction (0.67) → 133 and 267 units → 13.3 and 26.7 (sum 40.0).
    const r = apportionPoints(
      [
        { level1: "A", level2: "x", weight: 0.1 },
        { level1: "A", level2: "x", weight: 0.1 },
        { level1: "A", level2: "x", weight: 0.1 },
        { level1: "A", level2: "y", weight: 0.3 },
        { level1: "B", level2: "z", weight: 0.4 / 3 },
        { level1: "B", level2: "z", weight: 0.8 / 3 },
      ],
      100,
      1,
    );
    expect(r.items).toEqual([10, 10, 10, 30, 13.3, 26.7]);
    expect(r.level2.get(level2Key("A", "x"))).toBe(30);
    expect(r.level1.get("B")).toBe(40);
  });
});
