import type { Criteria, UnitResult } from "../model.js";
import type { OutcomeSummary } from "../outcomes/decideOutcomes.js";
import type { QuotaOutcome } from "../outcomes/applyQuotas.js";
import { hasWarning } from "../outcomes/applyGates.js";
import { percentileSorted } from "../math/percentileInclusive.js";
import { simulateRanks } from "./robustness.js";
import { rankVarianceShares } from "./rankSensitivity.js";
import { DEFAULT_ROBUSTNESS_SETTINGS } from "./robustnessSettings.js";

/**
 * units × draws the analysis may cost in one run. Measured (scripts/bench.ts,
 * 2 shared cores, under load): about 0.1 s of CPU per million unit-draws
 * (1,000 × 1,000), so at this budget 100,000 units get 100 draws (about a
 * second, and 40 MB of ranks freed before the workbook is written), while
 * 1,000 units keep their 1,000. Runs above it are cut and say so.
 */
export const ROBUSTNESS_BUDGET = 10_000_000;
/** Fewest draws a large run is cut to: fewer would make the 5 % and 95 % ranks noise. */
const MIN_DRAWS = 50;
/** A unit is 不稳健 at a line when more than this share of the draws falls on each side of it. */
const SIDE_SHARE = 0.05;
/** Names listed beside 难以区分 (the rest are counted). */
const NAMES_LISTED = 3;

/** A decision line a unit's result may fall on either side of. */
export interface DecisionLine {
  kind: "grade" | "quota";
  /** The grade above a grade line (优秀 for the 90-point line), or the quota's outcome (推荐). */
  name: string;
  /** A grade line's minimum total; a quota's places (per scope, so only for one scope). */
  value?: number;
}

export interface UnitRobustness {
  result: UnitResult;
  rank: number;
  median: number;
  /** PERCENTILE.INC of the unit's ranks at 5 % and 95 %. */
  low: number;
  high: number;
  /** Shares of the draws: ranked within the top N, at the top grade, within the quota's places (with a quota). */
  topN: number;
  topGrade: number;
  quota?: number;
  /** Lines the unit falls on both sides of, each with the units on the other side it cannot be told from. */
  unstable: { line: DecisionLine; others: string[]; count: number }[];
}

export interface GroupShare {
  name: string;
  points: number;
  /** Share of the rank variance explained by this 一级指标 alone (S_g); undefined when no rank moved. */
  share?: number;
}

export interface Robustness {
  requestedDraws: number;
  draws: number;
  delta: number;
  seed: number;
  topN: number;
  /** Where N came from: the 推荐名额 (all units in one list), or 设置 稳健性前N名 / its default. */
  topNFrom: "quota" | "setting";
  topGrade: string;
  /** The 推荐名额 rule simulated, when the criteria have one (the first without a 条件). */
  quota?: { outcome: string; scopes: { scope: string; places: number }[] };
  groups: GroupShare[];
  /** Eligible units, in publication order. */
  units: UnitRobustness[];
}

/** Why the analysis was not run, for an info issue; undefined when it runs. */
export function robustnessSkipped(results: readonly UnitResult[], criteria: Criteria): "off" | "units" | "groups" | undefined {
  const settings = criteria.settings.robustness ?? DEFAULT_ROBUSTNESS_SETTINGS;
  if (settings.draws === 0) return "off";
  if (results.filter((r) => !r.vetoes.length).length < 2) return "units";
  if (perturbedGroups(criteria).length < 2) return "groups";
  return undefined;
}

/** The draws a run of `units` units makes: the requested number, cut to the budget. @example drawsWithinBudget(1000, 100000) // => 100 */
export function drawsWithinBudget(requested: number, units: number): number {
  if (units <= 0) return requested;
  return Math.min(requested, Math.max(Math.floor(ROBUSTNESS_BUDGET / units), MIN_DRAWS));
}

function perturbedGroups(criteria: Criteria) {
  return criteria.groups.filter((g) => !g.bonus && g.points > 0);
}

/**
 * How sure each rank is: the Monte Carlo over the 一级指标's 分值, the
 * per-unit intervals and probabilities, the units that fall on both sides
 * of a decision line, and each 一级指标's share of the rank variance.
 * Pure; called by `assess` after ranking and outcomes.
 */
export function rankRobustness(results: readonly UnitResult[], criteria: Criteria, outcomes?: OutcomeSummary): Robustness | undefined {
  if (robustnessSkipped(results, criteria)) return undefined;
  const settings = criteria.settings.robustness ?? DEFAULT_ROBUSTNESS_SETTINGS;
  const eligible = results.filter((r) => !r.vetoes.length);
  const n = eligible.length;
  const groups = perturbedGroups(criteria);
  const G = groups.length;
  const subtotals = new Float64Array(n * G);
  const totals = new Float64Array(n);
  eligible.forEach((r, u) => {
    totals[u] = r.total;
    groups.forEach((g, j) => (subtotals[u * G + j] = r.groupScores.get(g.name) ?? 0));
  });
  const grades = criteria.grades;
  const quotaOutcomes = simulatedQuota(outcomes);
  const quota = quotaOutcomes && quotaInput(eligible, criteria, quotaOutcomes);
  const wholeList = quotaOutcomes?.[0].rule.scope.kind === "all";
  const topN = !settings.topNSet && wholeList ? quotaOutcomes![0].places : settings.topN;
  const draws = drawsWithinBudget(settings.draws, n);
  const sim = simulateRanks({
    groupPoints: groups.map((g) => g.points),
    subtotals,
    totals,
    decimals: criteria.settings.decimals,
    rankMethod: criteria.settings.rankMethod,
    gradeMins: grades.map((g) => g.min),
    topN,
    quota,
    draws,
    delta: settings.delta,
    seed: settings.seed,
  });
  const shares = rankVarianceShares(sim.ranks, draws, n, sim.shifts, G, settings.delta);

  const K = grades.length;
  const units: UnitRobustness[] = eligible.map((result, u) => {
    // Sorting the unit's own slice in place: the shares above were taken from the draw order first.
    const ranks = sim.ranks.subarray(u * draws, (u + 1) * draws).sort();
    return {
      result,
      rank: result.rank!,
      median: percentileSorted(ranks, 0.5),
      low: percentileSorted(ranks, 0.05),
      high: percentileSorted(ranks, 0.95),
      topN: sim.topCounts[u] / draws,
      topGrade: K ? sim.gradeCounts[u * K] / draws : 0,
      quota: sim.quotaCounts && quota!.scope[u] >= 0 ? sim.quotaCounts[u] / draws : undefined,
      unstable: [],
    };
  });

  // Grade lines: the minimum of every grade but the lowest.
  const onBothSides = (inside: number) => inside > SIDE_SHARE * draws && draws - inside > SIDE_SHARE * draws;
  for (let k = 0; k + 1 < K; k++) {
    const line: DecisionLine = { kind: "grade", name: grades[k].name, value: grades[k].min };
    const above = (u: number) => eligible[u].total >= grades[k].min;
    const reached = new Int32Array(n);
    for (let u = 0; u < n; u++) for (let j = 0; j <= k; j++) reached[u] += sim.gradeCounts[u * K + j];
    markUnstable(units, line, (u) => onBothSides(reached[u]), above, () => 0);
  }
  if (quota && sim.quotaCounts) {
    const selected = new Set(quotaOutcomes!.flatMap((q) => q.selected));
    const line: DecisionLine = { kind: "quota", name: quotaOutcomes![0].rule.outcome };
    markUnstable(
      units,
      line,
      (u) => quota.scope[u] >= 0 && onBothSides(sim.quotaCounts![u]),
      (u) => selected.has(eligible[u]),
      (u) => quota.scope[u],
    );
  }

  return {
    requestedDraws: settings.draws,
    draws,
    delta: settings.delta,
    seed: settings.seed,
    topN,
    topNFrom: !settings.topNSet && wholeList ? "quota" : "setting",
    topGrade: grades[0]?.name ?? "",
    quota: quotaOutcomes && { outcome: quotaOutcomes[0].rule.outcome, scopes: quotaOutcomes.map((q) => ({ scope: q.scope, places: q.places })) },
    groups: groups.map((g, j) => ({ name: g.name, points: g.points, share: Number.isNaN(shares[j]) ? undefined : shares[j] })),
    units,
  };
}

/** The first 推荐名额 rule that selects by rank alone (no 条件), with its outcome per scope. */
function simulatedQuota(outcomes: OutcomeSummary | undefined): QuotaOutcome[] | undefined {
  const first = outcomes?.quotas.find((q) => q.rule.kind === "recommend" && !q.rule.condition && !q.notApplied && !("all" in q.rule.places));
  if (!first) return undefined;
  return outcomes!.quotas.filter((q) => q.rule === first.rule);
}

/** Each unit's scope for the quota (−1: not a candidate: another category, or under 警告 / 限期整改). */
function quotaInput(eligible: readonly UnitResult[], criteria: Criteria, quotas: QuotaOutcome[]) {
  const rule = quotas[0].rule;
  const index = new Map(quotas.map((q, i) => [q.scope, i]));
  const scope = new Int32Array(eligible.length);
  eligible.forEach((r, u) => {
    const s = rule.scope.kind === "all" ? 0 : index.get(r.unit.category);
    scope[u] = s === undefined || hasWarning(r) ? -1 : s;
  });
  const minGradeIndex = rule.minGrade ? criteria.grades.findIndex((g) => g.name === rule.minGrade) : -1;
  return { scope, places: quotas.map((q) => q.places), minGradeIndex: minGradeIndex >= 0 ? minGradeIndex : undefined };
}

/** Steps outwards in publication order looked at for the names listed (the count is exact). */
const NAME_SEARCH = 1000;

/**
 * Mark the units on both sides of a line, each with the units nominally on
 * the other side (in the same scope) whose 5 %–95 % rank intervals overlap
 * its own: counted exactly over the sorted interval ends (those with
 * low ≤ my high, less those with high < my low), the nearest in rank named.
 */
function markUnstable(units: UnitRobustness[], line: DecisionLine, unstable: (u: number) => boolean, above: (u: number) => boolean, scopeOf: (u: number) => number): void {
  const n = units.length;
  const ends = new Map<string, { lows: number[]; highs: number[] }>();
  for (let v = 0; v < n; v++) {
    if (scopeOf(v) < 0) continue;
    const key = `${scopeOf(v)}/${above(v)}`;
    let e = ends.get(key);
    if (!e) ends.set(key, (e = { lows: [], highs: [] }));
    e.lows.push(units[v].low);
    e.highs.push(units[v].high);
  }
  for (const e of ends.values()) {
    e.lows.sort((a, b) => a - b);
    e.highs.sort((a, b) => a - b);
  }
  for (let u = 0; u < n; u++) {
    if (!unstable(u)) continue;
    const me = units[u];
    const side = above(u);
    const scope = scopeOf(u);
    const other = ends.get(`${scope}/${!side}`);
    const count = other ? countAtMost(other.lows, me.high) - countBelow(other.highs, me.low) : 0;
    const others: string[] = [];
    const wanted = Math.min(NAMES_LISTED, count);
    // Above, then below, at each step: two indexes in a loop, not an array a step (100,000 units: ~0.4 s of CPU).
    for (let step = 1; step <= NAME_SEARCH && others.length < wanted; step++) {
      for (let v = u - step; v <= u + step; v += 2 * step) {
        if (v < 0 || v >= n || above(v) === side || scopeOf(v) !== scope) continue;
        if (units[v].low > me.high || units[v].high < me.low) continue;
        if (others.length < NAMES_LISTED) others.push(units[v].result.unit.name);
      }
    }
    me.unstable.push({ line, others, count });
  }
}

/** How many of the sorted values are ≤ x. @example countAtMost([1, 2, 2, 5], 2) // => 3 */
export function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the sorted values are < x. @example countBelow([1, 2, 2, 5], 2) // => 1 */
export function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
