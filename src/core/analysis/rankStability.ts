import type { Comparison, UnitComparison } from "../compare/compareYears.js";
import { ALL_UNITS } from "../compare/compareYears.js";
import { spearman } from "../math/spearman.js";
import { kendallTau } from "../math/kendallTau.js";
import { shownCorrelation } from "./shownCorrelation.js";

/** Below this many units ranked in both years no rank correlation is computed. */
export const MIN_STABILITY_UNITS = 3;
/**
 * Spearman's ρ between the years, read: ≥ 0.8 排序总体稳定, ≥ 0.5 有一定变化,
 * above 0 变化较大, 0 or below 与上年排序基本无关或相反 (compared as shown).
 */
export const STABILITY_LINES = { stable: 0.8, moderate: 0.5 } as const;

export type StabilityReading = "stable" | "moderate" | "changed" | "reversed";

export interface RankStability {
  /** 全部单位, or a category of this year. */
  scope: string;
  /** Units ranked in both years (same name or renamed; not new, merged or vetoed in either year). */
  units: number;
  spearman?: number;
  kendall?: number;
  reading?: StabilityReading;
}

/**
 * @example readStability(0.82) // => "stable"
 */
export function readStability(rho: number): StabilityReading {
  const shown = shownCorrelation(rho);
  return shown >= STABILITY_LINES.stable ? "stable" : shown >= STABILITY_LINES.moderate ? "moderate" : shown > 0 ? "changed" : "reversed";
}

/**
 * A unit's two ranks, when it was ranked in both years: this year's rank on
 * the comparable items when some are not comparable (as 名次变化 compares).
 * A merged unit's pooled last year has no rank of its own, and a new one none.
 */
function ranks(u: UnitComparison): [number, number] | undefined {
  if (u.status !== "same" && u.status !== "renamed") return undefined;
  const now = u.comparable ? u.comparable.rank : u.result.rank;
  const before = u.previous?.rank;
  if (u.result.vetoes.length || u.previous?.vetoed || now === undefined || before === undefined) return undefined;
  return [now, before];
}

/**
 * Spearman and Kendall correlation of this year's and last year's ranks over
 * the units ranked in both, overall and within each of this year's
 * categories (the overall ranks within a category order its units as the
 * category ranks do, so both correlations are the category's own).
 */
export function rankStability(comparison: Comparison): RankStability[] {
  const paired = comparison.units.flatMap((u) => {
    const r = ranks(u);
    return r ? [{ category: u.result.unit.category, now: r[0], before: r[1] }] : [];
  });
  const scopes = [ALL_UNITS, ...new Set(comparison.units.map((u) => u.result.unit.category))];
  return scopes.map((scope) => {
    const within = scope === ALL_UNITS ? paired : paired.filter((p) => p.category === scope);
    const out: RankStability = { scope, units: within.length };
    if (within.length < MIN_STABILITY_UNITS) return out;
    const now = within.map((p) => p.now);
    const before = within.map((p) => p.before);
    out.spearman = spearman(now, before);
    out.kendall = kendallTau(now, before);
    if (out.spearman !== undefined) out.reading = readStability(out.spearman);
    return out;
  });
}
