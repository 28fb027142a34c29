import type { Criteria, RejectedRow, UnitResult } from "../model.js";
import { IssueLog, type Issue } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { parseSubmissions } from "../submissions/parseSubmissions.js";
import { applyPanelScores } from "../submissions/parsePanel.js";
import { scoreUnit } from "./scoreUnit.js";
import { rankUnits } from "./rankUnits.js";
import { itemStatistics, type ItemStatistic } from "./itemStatistics.js";

export interface Assessment {
  criteria: Criteria;
  /** In publication order: eligible by rank, then vetoed. */
  results: UnitResult[];
  rejected: RejectedRow[];
  excluded: RejectedRow[];
  statistics: ItemStatistic[];
  issues: Issue[];
  categories: string[];
}

/**
 * The pure core: checked criteria and a submissions workbook in, a ranked
 * and explained assessment out. No file system, no exceljs.
 */
export function assess(criteria: Criteria, submissions: WorkbookGrid, issues: IssueLog = new IssueLog()): Assessment {
  const parsed = parseSubmissions(submissions, criteria, issues);
  applyPanelScores(submissions, criteria, parsed.units, issues);
  const scored = parsed.units.map((u) => scoreUnit(u, criteria, issues));
  const results = rankUnits(scored, criteria.settings.rankMethod);
  // Count after everything is parsed and scored: parse-time issues belong to the unit too.
  const perUnit = new Map<string, number>();
  for (const i of issues.items) if (i.unit) perUnit.set(i.unit, (perUnit.get(i.unit) ?? 0) + 1);
  for (const r of results) r.issueCount = perUnit.get(r.unit.name) ?? 0;
  const categories = [...new Set(parsed.units.map((u) => u.category))];
  return {
    criteria,
    results,
    rejected: parsed.rejected,
    excluded: parsed.excluded,
    statistics: itemStatistics(scored, criteria.items),
    issues: issues.items,
    categories,
  };
}
