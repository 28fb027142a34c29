import type { Criteria, UnitResult } from "../model.js";
import { DiscardingIssueLog, type IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { dateText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { formatMessage } from "../i18n/messages.js";
import { applyGates } from "./applyGates.js";
import { applyNegativeCases, parseNegativeCases } from "./negativeCases.js";
import { applyQuotas, type QuotaOutcome } from "./applyQuotas.js";
import { applyReview, type ReviewSummary } from "./applyReview.js";
import { readTitles } from "./titles.js";
import type { History } from "../history/history.js";
import type { ListedUnit } from "../submissions/parseUnitList.js";

/** What the outcome rules did in a run, for 评定结果, 说明 and the summary. */
export interface OutcomeSummary {
  /** The day 负面清单 windows end (设置 测评截止日期, or 31 December of the assessment year). */
  assessmentDate?: string;
  /** 负面事项 cases read, and how many were counted. */
  cases: number;
  counted: number;
  /** Units whose grade a gate lowered. */
  gated: number;
  quotas: QuotaOutcome[];
  /** The 复查 of titled units; absent when the criteria have no 复查 rules. */
  review?: ReviewSummary;
}

/** What the rules after ranking may look at beside the results. */
export interface AfterRankingInput {
  /** The submissions workbooks (their 已命名称号 sheet). */
  books: readonly WorkbookGrid[];
  /** The 名单 (--units), with its 已命名称号 and 命名年度 columns. */
  listed?: readonly ListedUnit[];
  year?: number;
  /** Present with --history: the conditions over earlier years use it. */
  history?: History;
}

/** Whether the criteria carry any outcome rule (gates, quotas, a 负面清单). */
export function hasOutcomeRules(criteria: Criteria): boolean {
  return criteria.quotas.length > 0 || criteria.negativeList.length > 0 || criteria.reviewRules.length > 0 || criteria.grades.some((g) => g.gates?.length);
}

/**
 * Before ranking: 负面清单 cases deduct and may bar a unit, then every
 * unit's grade is decided with the gates. Mutates the scored results.
 */
export function decideBeforeRanking(scored: UnitResult[], criteria: Criteria, books: WorkbookGrid[], year: number | undefined, issues: IssueLog): OutcomeSummary {
  const end = criteria.settings.assessmentDate ?? (year === undefined ? undefined : new Date(Date.UTC(year, 11, 31)));
  const units = new Set(scored.map((r) => nameKey(r.unit.name)));
  const cases = parseNegativeCases(books, criteria.negativeList, units, issues);
  if (cases.length && !end) issues.error("negativeNoDate", {}, cases[0].source);
  else if (cases.length) applyNegativeCases(scored, cases, end!, criteria.settings.decimals, issues);
  for (const r of scored) {
    for (const c of r.negative?.cases ?? []) {
      if (!c.counted || !c.consequence) continue;
      const reason = `${formatCase(c.entry, c.date)}：${c.consequence}`;
      const result = r.outcome?.result ? `${r.outcome.result}、${c.consequence}` : c.consequence;
      r.outcome = { result: r.outcome?.result?.includes(c.consequence) ? r.outcome.result : result, reasons: [...(r.outcome?.reasons ?? []), reason] };
    }
  }
  applyGates(scored, criteria);
  return {
    assessmentDate: end ? dateText(end) : undefined,
    cases: cases.length,
    counted: scored.reduce((n, r) => n + (r.negative?.cases.filter((c) => c.counted).length ?? 0), 0),
    gated: scored.filter((r) => r.scoreGrade !== undefined).length,
    quotas: [],
  };
}

/** 负面清单“X”（2025-03-15）, as a reason names a case. */
function formatCase(entry: string, date: string): string {
  return formatMessage("negativeVetoReason", { entry, date });
}

/**
 * After ranking (and after the history is read): the 评定规则's places, per
 * scope, then the 复查 of titled units (a 递补 is never a unit a 推荐名额
 * rule already selected). Titles without 复查 rules are said once, not
 * reviewed.
 */
export function decideAfterRanking(results: UnitResult[], criteria: Criteria, summary: OutcomeSummary, issues: IssueLog, input: AfterRankingInput = { books: [] }): OutcomeSummary {
  const env = { criteria, results, history: input.history };
  const titles = readTitles(results, input.books, input.listed, input.year, issues);
  const quotas = applyQuotas(results, criteria, issues, env, new Set(titles.keys()));
  if (!criteria.reviewRules.length) {
    if (titles.size) issues.info("titlesWithoutReviewRules", { count: titles.size });
    return { ...summary, quotas };
  }
  const recommended = new Set(quotas.filter((q) => q.rule.kind === "recommend").flatMap((q) => q.selected));
  return { ...summary, quotas, review: applyReview(results, criteria, titles, env, recommended, issues) };
}

/** Criteria without any outcome rule: titles the units hold are said once (not silently left unreviewed). */
export function noteUnreviewedTitles(results: UnitResult[], issues: IssueLog, input: AfterRankingInput): void {
  const titles = readTitles(results, input.books, input.listed, input.year, new DiscardingIssueLog());
  if (titles.size) issues.info("titlesWithoutReviewRules", { count: titles.size });
}
