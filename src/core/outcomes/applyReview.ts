import type { Criteria, ReviewResult, ReviewRule, UnitResult } from "../model.js";
import type { IssueLog } from "../issues.js";
import { formatMessage } from "../i18n/messages.js";
import { REVIEW_LABELS } from "../i18n/labels.js";
import type { ConditionEnv } from "./conditions/types.js";
import type { HeldTitle } from "./titles.js";

/** What the 复查 did in a run, for 评定结果, 说明, the summary and the 通报. */
export interface ReviewSummary {
  rules: ReviewRule[];
  /** Units holding a title this year. */
  titled: number;
  /** Units per conclusion (递补: untitled units named in a withdrawn unit's place). */
  counts: Record<ReviewResult, number>;
  /** Rules that could not be applied: they need --history and the run has none. */
  notApplied: ReviewRule[];
}

const SEVERITY: Record<Exclude<ReviewResult, "replace">, number> = { keep: 0, warn: 1, withdraw: 2 };

/**
 * The 复查 of titled units: each rule's condition is tested; a unit's
 * conclusion is the most severe of the rules that hold (撤销 over 警告 over
 * 保留; 保留 when none holds), and its reasons are every rule that held. A
 * rule that needs earlier years in a run without --history is applied to
 * no one: a warning at its cell, and a reason on every titled unit that it
 * was not judged (a 保留 is then not a clean bill). Untitled units get no
 * conclusion — except the 递补: for each unit withdrawn by a rule with
 * 撤一补一, in rank order, the best-ranked unit of its category that holds
 * no title, is not vetoed, reaches the rule's 递补等级要求 (the top grade
 * when not set), was not already selected by a 推荐名额 rule and is not yet
 * a 递补, is named; both units' reasons say so.
 */
export function applyReview(results: readonly UnitResult[], criteria: Criteria, titles: Map<UnitResult, HeldTitle>, env: ConditionEnv, recommended: ReadonlySet<UnitResult>, issues: IssueLog): ReviewSummary {
  const rules = criteria.reviewRules;
  const counts: Record<ReviewResult, number> = { keep: 0, warn: 0, withdraw: 0, replace: 0 };
  const notApplied = rules.filter((rule) => rule.condition.type.needsHistory && !env.history);
  for (const rule of notApplied) issues.warning("reviewNeedsHistory", { condition: rule.condition.text, result: REVIEW_LABELS[rule.result] }, rule.source);
  const withdrawnBy = new Map<UnitResult, ReviewRule[]>();
  for (const r of results) {
    const held = titles.get(r);
    if (!held) continue;
    let result: Exclude<ReviewResult, "replace"> = "keep";
    const reasons: string[] = [];
    const applying: ReviewRule[] = [];
    const causes: string[] = [];
    for (const rule of rules) {
      if (rule.title && rule.title !== held.title) continue;
      if (notApplied.includes(rule)) {
        reasons.push(formatMessage("reviewNotJudged", { condition: rule.condition.text }));
        continue;
      }
      const why = rule.condition.type.holds(r, rule.condition.params, env);
      if (!why) continue;
      reasons.push(formatMessage("reviewRuleHeld", { condition: rule.condition.text, why, result: REVIEW_LABELS[rule.result] }));
      applying.push(rule);
      causes.push(rule.condition.type.noticeWords?.(r, rule.condition.params, env) ?? why);
      if (SEVERITY[rule.result] > SEVERITY[result]) result = rule.result;
    }
    if (!applying.length) reasons.unshift(formatMessage("reviewNoneHeld", {}));
    r.review = { title: held.title, ...(held.year !== undefined ? { titleYear: held.year } : {}), result, reasons, causes };
    counts[result]++;
    const replacing = applying.filter((rule) => rule.result === "withdraw" && rule.replace);
    if (result === "withdraw" && replacing.length) withdrawnBy.set(r, replacing);
  }
  const order = criteria.grades.map((g) => g.name);
  for (const [r, rulesHeld] of withdrawnBy) {
    // Several 撤一补一 rules held: the strictest grade requirement among them.
    const required = Math.min(...rulesHeld.map((rule) => order.indexOf(rule.replaceGrade ?? order[0])));
    const next = results.find((o) => o.unit.category === r.unit.category && !titles.has(o) && !o.review && !o.vetoes.length && !recommended.has(o) && order.indexOf(o.grade) >= 0 && order.indexOf(o.grade) <= required);
    if (!next) {
      r.review!.reasons.push(formatMessage("reviewNoReplacement", { category: r.unit.category, grade: order[required] }));
      r.review!.unreplaced = true;
      continue;
    }
    const place = next.categoryRank ?? "";
    r.review!.reasons.push(formatMessage("reviewReplacedBy", { unit: next.unit.name }));
    r.review!.replacement = { unit: next.unit.name, categoryPlace: place, grade: next.grade };
    next.review = {
      title: r.review!.title,
      result: "replace",
      reasons: [formatMessage("reviewReplaces", { unit: r.unit.name, title: r.review!.title, category: r.unit.category, place, grade: next.grade })],
      replacement: { unit: r.unit.name, categoryPlace: place, grade: next.grade },
    };
    counts.replace++;
  }
  return { rules, titled: titles.size, counts, notApplied };
}
