import { describe, expect, it } from "vitest";
import { pearson } from "./pearson.js";
import { spearman } from "./spearman.js";
import { kendallTau } from "./kendallTau.js";
import { cronbachAlpha } from "./cronbachAlpha.js";

describe("pearson (Excel PEARSON / CORREL)", () => {
  it("a line gives ±1", () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 6, 8, 10])).toBe(1);
    expect(pearson([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])).toBe(-1);
  });
  it("by hand on three pairs", () => {
    // x̄ = ȳ = 2; dx = (−1, 0, 1), dy = (−1, 1, 0); Σdxdy = 1, Σdx² = Σdy² = 2 → r = 1 / 2
    expect(pearson([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 15);
  });
  it("a column that does not vary is #DIV/0! in Excel: undefined, not NaN", () => {
    expect(pearson([1, 2, 3], [7, 7, 7])).toBeUndefined();
    // 0.1 three times: its binary mean is not exactly 0.1, the column is still constant
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3])).toBeUndefined();
    expect(pearson([1], [2])).toBeUndefined();
  });
  it("says what it requires", () => {
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow(/same length/);
    expect(() => pearson([1, NaN], [1, 2])).toThrow(/finite/);
  });
});

describe("spearman: ranks with ties averaged, then Pearson", () => {
  it("without ties, 1 − 6Σd² / (n(n² − 1))", () => {
    // d = (−1, 1, −1, 1, 0), Σd² = 4 → 1 − 6·4 / (5·24) = 0.8
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });
  it("with a tie: Pearson on the average ranks, not the shortcut formula", () => {
    // y ranks (1.5, 1.5, 3, 4); dx = (−1.5, −0.5, 0.5, 1.5), dy = (−1, −1, 0.5, 1.5):
    // Σdxdy = 4.5, Σdx² = 5, Σdy² = 4.5 → 4.5 / √22.5 = √0.9 = 0.948683… (the shortcut would give 0.95)
    expect(spearman([1, 2, 3, 4], [1, 1, 2, 3])).toBeCloseTo(Math.sqrt(0.9), 12);
  });
  it("monotone is 1 even when not linear; constant is undefined", () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeUndefined();
  });
});

describe("kendallTau (tau-b)", () => {
  it("counts concordant and discordant pairs", () => {
    // 10 pairs; discordant: (1,2) where y is 2 > 1, and (3,4) where y is 4 > 3; 8 concordant → (8 − 2) / 10
    expect(kendallTau([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.6, 15);
  });
  it("corrects for ties (tau-b)", () => {
    // 6 pairs; the pair of the two y = 1 is tied in y (n₂ = 1), the other 5 concordant → 5 / √(6 · 5) = 0.912870… (tau-a would be 5/6)
    expect(kendallTau([1, 2, 3, 4], [1, 1, 2, 3])).toBeCloseTo(5 / Math.sqrt(30), 15);
  });
  it("SciPy's documented example: x = [12, 2, 1, 12, 2], y = [1, 4, 7, 1, 0] → −0.4714", () => {
    // By hand: concordant (1,5), (4,5); discordant (1,2), (1,3), (2,3), (2,4), (3,4), (3,5);
    // tied in x (1,4), (2,5) → n₁ = 2; tied in y (1,4) → n₂ = 1; (2 − 6) / √((10 − 2)(10 − 1)) = −4 / √72
    expect(kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-4 / Math.sqrt(72), 15);
    expect(kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 15);
  });
  it("equals the definition, pair by pair, on data full of ties", () => {
    // The definition counted directly, each pair once: the n log n count must agree with it.
    const byPairs = (x: number[], y: number[]) => {
      let c = 0, d = 0, tx = 0, ty = 0;
      for (let i = 0; i < x.length; i++)
        for (let j = i + 1; j < x.length; j++) {
          const s = Math.sign(x[i] - x[j]) * Math.sign(y[i] - y[j]);
          if (x[i] === x[j]) tx++;
          if (y[i] === y[j]) ty++;
          if (s > 0) c++;
          else if (s < 0) d++;
        }
      const n0 = (x.length * (x.length - 1)) / 2;
      const denominator = Math.sqrt((n0 - tx) * (n0 - ty));
      return denominator > 0 ? (c - d) / denominator : undefined;
    };
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) % 6);
    for (const n of [2, 3, 5, 7, 40, 201, 1000]) {
      const x = Array.from({ length: n }, next);
      const y = x.map((v) => (next() < 3 ? v : next()));
      const expected = byPairs(x, y);
      if (expected === undefined) expect(kendallTau(x, y), `n = ${n}`).toBeUndefined();
      else expect(kendallTau(x, y), `n = ${n}`).toBeCloseTo(expected, 12);
    }
  });
  it("undefined when one side never varies", () => {
    expect(kendallTau([1, 2, 3], [4, 4, 4])).toBeUndefined();
    expect(kendallTau([], [])).toBeUndefined();
  });
});

describe("cronbachAlpha", () => {
  it("4 items over 6 units, by hand", () => {
    // Items (rows) over units (columns):
    //   [4, 5, 3, 4, 2, 5] Σ 23, Σ(x − x̄)² = 6.8333 → VAR.S 1.36667
    //   [3, 5, 3, 4, 2, 4] Σ 21, 5.5 → 1.1
    //   [4, 4, 2, 5, 3, 5] Σ 23, 6.8333 → 1.36667
    //   [2, 3, 3, 1, 2, 3] Σ 14, 3.3333 → 0.66667          Σσ²ᵢ = 4.5
    // unit totals [13, 17, 11, 14, 9, 17]: mean 13.5, Σd² = 51.5 → VAR.S 10.3
    // α = 4/3 · (1 − 4.5 / 10.3) = 23.2 / 30.9 = 0.750809…
    const items = [[4, 5, 3, 4, 2, 5], [3, 5, 3, 4, 2, 4], [4, 4, 2, 5, 3, 5], [2, 3, 3, 1, 2, 3]];
    expect(cronbachAlpha(items)).toBeCloseTo(23.2 / 30.9, 12);
  });
  it("identical items are perfectly consistent; unrelated ones are not", () => {
    expect(cronbachAlpha([[1, 2, 3], [1, 2, 3]])).toBeCloseTo(1, 15);
    // items (1, 2, 3) and (3, 1, 2): variances 1 and 1, totals (4, 3, 5) variance 1 → 2 · (1 − 2) = −2
    expect(cronbachAlpha([[1, 2, 3], [3, 1, 2]])).toBeCloseTo(-2, 12);
  });
  it("k < 2, fewer than two units, or totals that do not vary: undefined", () => {
    expect(cronbachAlpha([[1, 2, 3]])).toBeUndefined();
    expect(cronbachAlpha([[1], [2]])).toBeUndefined();
    expect(cronbachAlpha([[1, 2], [2, 1]])).toBeUndefined();
    expect(() => cronbachAlpha([[1, 2], [1]])).toThrow(/same respondents/);
  });
});
