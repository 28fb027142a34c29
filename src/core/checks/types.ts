import type { Criteria, UnitRow } from "../model.js";
import type { IssueLocation, Severity } from "../issues.js";
import type { MessageId, MessageParams } from "../i18n/messages.js";
import type { TotalRow } from "../submissions/parseSubmissions.js";
import type { PreviousMatch } from "../compare/matchPrevious.js";

/** What a check sees: the gathered units (panel scores applied), their 合计 rows, and last year's match. */
export interface CheckContext {
  criteria: Criteria;
  units: UnitRow[];
  totals: TotalRow[];
  /** Last year's row for each of this year's units, when last year's submissions were given. */
  previous?: Map<UnitRow, PreviousMatch>;
  /** Log a finding; an error about a unit marks it 数据待核实. */
  report(severity: Severity, id: MessageId, params: MessageParams, where: IssueLocation, unit?: UnitRow): void;
}

/**
 * One check of values that cannot be true (or are unlikely): pure, it reads
 * the units and reports. Checks never change a value or a score.
 */
export interface Check {
  id: string;
  run(ctx: CheckContext): void;
}
