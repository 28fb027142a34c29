import type { Criteria, QuotaRule, UnitResult } from "../model.js";
import type { IssueLog } from "../issues.js";
import { formatMessage } from "../i18n/messages.js";
import { hasWarning } from "./applyGates.js";
import type { ConditionEnv } from "./conditions/types.js";

/** A rule's result for the run: who it selected, per scope, for 评定结果 and the summary. */
export interface QuotaOutcome {
  rule: QuotaRule;
  scope: string;
  places: number;
  candidates: number;
  selected: UnitResult[];
  /** The rule's condition needs earlier years and the run has none: applied to no one (a warning says so). */
  notApplied?: boolean;
}

/**
 * 末位不续评 with titles known counts among the titled units of the scope
 * only (the units due for renewal); without titles, among all units.
 *
 * Units in a rule's scope, best first (the published order: rank, then
 * input order). Vetoed units are never candidates; with 等级要求 only units
 * of that grade or better are.
 */
function candidates(results: UnitResult[], rule: QuotaRule, category: string | undefined, criteria: Criteria): UnitResult[] {
  const order = criteria.grades.map((g) => g.name);
  const limit = rule.minGrade ? order.indexOf(rule.minGrade) : Infinity;
  // A unit under 限期整改 or 警告 (负面清单) is not recommended while it rectifies; it can still be among the 末位.
  return results.filter((r) => !r.vetoes.length && (category === undefined || r.unit.category === category) && (limit === Infinity || order.indexOf(r.grade) <= limit) && !(rule.kind === "recommend" && hasWarning(r)));
}

/** Points of an item (by name or key) or a 一级指标 subtotal, for breaking ties. */
function pointsOf(r: UnitResult, target: string, criteria: Criteria): number {
  const group = r.groupScores.get(target);
  if (group !== undefined) return group;
  const i = criteria.items.findIndex((it) => it.name === target || it.key === target);
  return i >= 0 ? r.items.points(i) : 0;
}

/**
 * Select `places` units from an ordered list (best first for 推荐, worst
 * first for 末位). Units tied with the last place on the total are settled
 * by the rule: all in, none in, or by an item's points (still tied: all in,
 * said). Returns the selected units and, per unit, why.
 */
function select(list: UnitResult[], places: number, rule: QuotaRule, criteria: Criteria): { selected: UnitResult[]; why: Map<UnitResult, string> } {
  const why = new Map<UnitResult, string>();
  if (places <= 0 || !list.length) return { selected: [], why };
  if (places >= list.length) return { selected: [...list], why };
  const cut = list[places - 1].total;
  const clear = list.filter((r, i) => i < places && r.total !== cut);
  const tied = list.filter((r) => r.total === cut);
  const left = places - clear.length;
  if (tied.length <= left) return { selected: [...clear, ...tied], why };
  let chosen: UnitResult[];
  if (rule.tie.kind === "all") {
    chosen = tied;
    for (const r of tied) why.set(r, formatMessage("quotaTieAllIn", { total: cut, count: tied.length, left }));
  } else if (rule.tie.kind === "none") {
    chosen = [];
    for (const r of tied) why.set(r, formatMessage("quotaTieNoneIn", { total: cut, count: tied.length, left }));
  } else {
    const target = rule.tie.target;
    const better = rule.kind === "recommend" ? -1 : 1;
    const sorted = [...tied].sort((a, b) => better * (pointsOf(a, target, criteria) - pointsOf(b, target, criteria)));
    const edge = pointsOf(sorted[left - 1], target, criteria);
    chosen = sorted.filter((r, i) => i < left || pointsOf(r, target, criteria) === edge);
    for (const r of tied) {
      const mine = pointsOf(r, target, criteria);
      const key = chosen.includes(r) ? (mine === edge && chosen.length > left ? "quotaTieByStillTied" : "quotaTieByIn") : "quotaTieByOut";
      why.set(r, formatMessage(key, { total: cut, target, points: mine }));
    }
  }
  return { selected: [...clear, ...chosen], why };
}

/**
 * Apply the 评定规则 to ranked results: each rule, per scope, selects its
 * places; a selected unit's outcome gains the rule's name and the reason
 * (place, quota, tie). The number of places from a share is at most
 * floor(units × share) (「不超过 20%」), said in the reason.
 */
export function applyQuotas(results: UnitResult[], criteria: Criteria, issues: IssueLog, env: ConditionEnv = { criteria, results }, dueForRenewal?: ReadonlySet<UnitResult>): QuotaOutcome[] {
  const out: QuotaOutcome[] = [];
  const categories = [...new Set(results.map((r) => r.unit.category))];
  for (const rule of criteria.quotas) {
    const condition = rule.condition;
    if (condition?.type.needsHistory && !env.history) {
      issues.warning("quotaNeedsHistory", { condition: condition.text, outcome: rule.outcome }, rule.source);
      out.push({ rule, scope: rule.scope.kind === "category" ? rule.scope.name : formatMessage(rule.scope.kind === "all" ? "quotaScopeAll" : "quotaScopeEach", {}), places: 0, candidates: 0, selected: [], notApplied: true });
      continue;
    }
    const scopes: (string | undefined)[] = rule.scope.kind === "all" ? [undefined] : rule.scope.kind === "each" ? categories : [rule.scope.name];
    if (rule.scope.kind === "category" && !categories.includes(rule.scope.name)) {
      issues.error("quotaUnknownCategory", { value: rule.scope.name, known: categories.join("、") }, rule.source);
      continue;
    }
    for (const category of scopes) {
      const inScope = results.filter((r) => category === undefined || r.unit.category === category);
      // With a 条件, only the units meeting it are candidates, each with the condition's reason.
      const met = new Map<UnitResult, string>();
      // 末位不续评 is among the units due for renewal — those holding a title — when the run knows the titles.
      const renewal = rule.kind === "bottom" && dueForRenewal && dueForRenewal.size > 0;
      const list = candidates(results, rule, category, criteria).filter((r) => {
        if (renewal && !dueForRenewal.has(r)) return false;
        if (!condition) return true;
        const why = condition.type.holds(r, condition.params, env);
        if (why) met.set(r, why);
        return Boolean(why);
      });
      const ordered = rule.kind === "recommend" ? list : [...list].reverse();
      const base = rule.kind === "recommend" ? inScope.filter((r) => !r.vetoes.length).length : list.length;
      const places = "all" in rule.places ? list.length : "count" in rule.places ? rule.places.count : Math.floor(base * rule.places.share + 1e-9);
      const { selected, why } = select(ordered, places, rule, criteria);
      if (rule.kind === "recommend") {
        for (const r of inScope) if (!r.vetoes.length && hasWarning(r)) why.set(r, formatMessage("quotaWarnedNotCandidate", { outcome: rule.outcome }));
      }
      const scopeName = category ?? formatMessage("quotaScopeAll", {});
      const quota =
        ("all" in rule.places ? "" : "count" in rule.places ? formatMessage("quotaPlacesCount", { places }) : formatMessage("quotaPlacesShare", { share: Math.round(rule.places.share * 1000) / 10, base, places })) +
        (renewal ? formatMessage("quotaAmongTitled", { count: list.length }) : "");
      for (const r of selected) {
        const place = category === undefined ? r.rank : r.categoryRank;
        const placed = "all" in rule.places ? formatMessage("quotaConditionMet", { why: met.get(r) ?? "", outcome: rule.outcome }) : formatMessage(rule.kind === "recommend" ? "quotaSelected" : "quotaBottomSelected", { scope: scopeName, quota, place: place ?? "", outcome: rule.outcome });
        const reason = [placed, "all" in rule.places ? "" : met.get(r), why.get(r)].filter(Boolean).join("；");
        r.outcome = { result: [r.outcome?.result, rule.outcome].filter(Boolean).join("、"), reasons: [...(r.outcome?.reasons ?? []), reason] };
      }
      for (const [r, text] of why) if (!selected.includes(r)) r.outcome = { result: r.outcome?.result ?? "", reasons: [...(r.outcome?.reasons ?? []), text] };
      out.push({ rule, scope: scopeName, places, candidates: list.length, selected });
    }
  }
  return out;
}
