import { describe, expect, it } from "vitest";
import type { Comparison } from "../compare/compareYears.js";
import { rankStability, readStability } from "./rankStability.js";

/** A unit of the comparison with only what rankStability reads. */
function unit(name: string, category: string, rank: number | undefined, previousRank: number | undefined, extra: Record<string, unknown> = {}) {
  return {
    status: "same",
    result: { unit: { name, category }, rank, vetoes: [] },
    previous: { name, category, rank: previousRank, vetoed: false },
    ...extra,
  };
}

const comparison = {
  units: [
    unit("甲", "乡镇", 1, 2),
    unit("乙", "乡镇", 2, 1),
    unit("丙", "机关", 3, 4),
    unit("丁", "机关", 4, 3, { status: "renamed" }),
    unit("戊", "机关", 5, 5),
    // Ranked 99 on every item, 6th on the items last year can score: the comparable rank is compared.
    unit("己", "乡镇", 99, 6, { comparable: { total: 80, rank: 6 } }),
    // Left out: new this year, merged (last year pooled, no rank), vetoed this year, vetoed last year.
    unit("庚", "学校", 7, undefined, { status: "new", previous: undefined }),
    unit("辛", "机关", 8, undefined, { status: "merged" }),
    { ...unit("壬", "乡镇", undefined, 7), result: { unit: { name: "壬", category: "乡镇" }, rank: undefined, vetoes: [{}] } },
    unit("癸", "机关", 9, undefined, { previous: { rank: undefined, vetoed: true } }),
  ],
} as unknown as Comparison;

describe("rankStability: this year's and last year's ranks", () => {
  const rows = rankStability(comparison);

  it("overall, over the units ranked in both years", () => {
    // ranks (1 … 6) against (2, 1, 4, 3, 5, 6): d = (−1, 1, −1, 1, 0, 0), Σd² = 4 → ρ = 1 − 6·4 / (6·35) = 0.885714;
    // 15 pairs, discordant 甲乙 and 丙丁, 13 concordant → τ = (13 − 2) / 15
    const all = rows[0];
    expect(all.scope).toBe("全部单位");
    expect(all.units).toBe(6);
    expect(all.spearman).toBeCloseTo(1 - 24 / 210, 12);
    expect(all.kendall).toBeCloseTo(11 / 15, 12);
    expect(all.reading).toBe("stable");
  });

  it("per category (this year's), with too few units said", () => {
    // 乡镇: 甲 乙 己 ranked (1, 2, 6) and (2, 1, 6): d = (−1, 1, 0) → 1 − 6·2 / (3·8) = 0.5; τ: one of 3 pairs discordant → 1/3
    // 机关: 丙 丁 戊 (3, 4, 5) and (4, 3, 5): the same
    expect(rows.slice(1).map((r) => [r.scope, r.units, r.spearman, r.kendall, r.reading])).toEqual([
      ["乡镇", 3, expect.closeTo(0.5, 12), expect.closeTo(1 / 3, 12), "moderate"],
      ["机关", 3, expect.closeTo(0.5, 12), expect.closeTo(1 / 3, 12), "moderate"],
      ["学校", 0, undefined, undefined, undefined],
    ]);
  });

  it("readings: ≥ 0.8 稳定, ≥ 0.5 有一定变化, > 0 变化较大, otherwise unrelated or reversed", () => {
    expect([0.82, 0.795, 0.5, 0.49, 0.004, -0.6].map(readStability)).toEqual(["stable", "stable", "moderate", "changed", "reversed", "reversed"]);
  });
});
