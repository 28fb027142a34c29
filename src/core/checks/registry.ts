import type { Criteria, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { TotalRow } from "../submissions/parseSubmissions.js";
import type { PreviousMatch } from "../compare/matchPrevious.js";
import type { Check, CheckContext } from "./types.js";
import { numeratorExceedsCheck } from "./numeratorExceeds.js";
import { rateAbove100Check } from "./rateAbove100.js";
import { negativeRateCheck } from "./negativeRate.js";
import { totalRowsCheck } from "./totalRows.js";
import { validationRulesCheck } from "./validationRules.js";
import { lastYearTenfoldCheck } from "./lastYearTenfold.js";
import { categoryOutliersCheck } from "./categoryOutliers.js";
import { completionTenfoldCheck } from "./completionTenfold.js";

/** Every check, in the order its findings are listed. Negative counts are checked where counts are read (FieldReader.count). */
export const checks: Check[] = [numeratorExceedsCheck, rateAbove100Check, negativeRateCheck, totalRowsCheck, validationRulesCheck, lastYearTenfoldCheck, completionTenfoldCheck, categoryOutliersCheck];

/**
 * Run every check on the gathered units. Returns the units with an error
 * (a value that cannot be true): their 备注 says 数据待核实.
 */
export function runChecks(
  input: { criteria: Criteria; units: UnitRow[]; totals: TotalRow[]; previous?: Map<UnitRow, PreviousMatch> },
  issues: IssueLog,
): Set<UnitRow> {
  const toVerify = new Set<UnitRow>();
  const ctx: CheckContext = {
    ...input,
    report(severity, id, params, where, unit) {
      issues.add(severity, id, params, where);
      if (unit && severity === "error") toVerify.add(unit);
    },
  };
  for (const check of checks) check.run(ctx);
  return toVerify;
}
