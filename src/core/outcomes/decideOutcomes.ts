import type { Criteria, UnitResult } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { dateText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { formatMessage } from "../i18n/messages.js";
import { applyGates } from "./applyGates.js";
import { applyNegativeCases, parseNegativeCases } from "./negativeCases.js";
import { applyQuotas, type QuotaOutcome } from "./applyQuotas.js";

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
}

/** Whether the criteria carry any outcome rule (gates, quotas, a 负面清单). */
export function hasOutcomeRules(criteria: Criteria): boolean {
  return criteria.quotas.length > 0 || criteria.negativeList.length > 0 || criteria.grades.some((g) => g.gates?.length);
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

/** After ranking: the 评定规则's places, per scope. */
export function decideAfterRanking(results: UnitResult[], criteria: Criteria, summary: OutcomeSummary, issues: IssueLog): OutcomeSummary {
  return { ...summary, quotas: applyQuotas(results, criteria, issues) };
}
