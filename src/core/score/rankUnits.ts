import { sortedNumbers } from "../math/sortedNumbers.js";
import type { RankMethod, UnitResult } from "../model.js";
import { rankCompetition } from "../math/rankCompetition.js";
import { rankDense } from "../math/rankDense.js";
import { rankAverage } from "../math/rankAverage.js";
import { percentRankSorted } from "../math/percentRankInclusive.js";

const RANKERS: Record<RankMethod, (values: readonly number[]) => number[]> = {
  competition: rankCompetition,
  dense: rankDense,
  average: rankAverage,
};

/**
 * Set overall and per-category ranks on eligible (not vetoed) units, on
 * their rounded totals, and return all units in publication order: eligible
 * by rank (ties in input order), then vetoed units by total.
 */
export function rankUnits(results: UnitResult[], method: RankMethod): UnitResult[] {
  const rank = RANKERS[method];
  const eligible = results.filter((r) => !r.vetoes.length);
  const totals = eligible.map((r) => r.total);
  rank(totals).forEach((place, i) => (eligible[i].rank = place));
  const sorted = sortedNumbers(totals);
  for (const r of eligible) r.percentile = percentRankSorted(sorted, r.total);
  const categories = new Map<string, UnitResult[]>();
  for (const r of eligible) {
    const members = categories.get(r.unit.category);
    if (members) members.push(r);
    else categories.set(r.unit.category, [r]);
  }
  for (const members of categories.values()) {
    rank(members.map((r) => r.total)).forEach((place, i) => (members[i].categoryRank = place));
  }
  const vetoed = results.filter((r) => r.vetoes.length);
  const byRank = [...eligible].sort((a, b) => a.rank! - b.rank! || a.unit.row - b.unit.row);
  const byTotal = [...vetoed].sort((a, b) => b.total - a.total || a.unit.row - b.unit.row);
  return [...byRank, ...byTotal];
}
