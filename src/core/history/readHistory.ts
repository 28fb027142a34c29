import type { Criteria, UnitResult } from "../model.js";
import { DiscardingIssueLog, type IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { parseUnitChanges, type UnitChange } from "../compare/unitChanges.js";
import { buildHistory } from "./buildHistory.js";
import { readHistoryYear } from "./readHistoryYear.js";
import type { History, HistoryYear } from "./history.js";

/**
 * The history of a run: each earlier file read for its year (placed by
 * placeHistoryYears), this year's results added, and units followed back
 * through the 单位变更 sheets of this year's submissions and of each earlier
 * submissions workbook. A file that is neither a result workbook nor
 * submissions is left out with a warning naming it.
 */
export function readHistory(
  files: readonly { book: WorkbookGrid; year: number }[],
  criteria: Criteria,
  current: readonly UnitResult[],
  submissions: readonly WorkbookGrid[],
  year: number,
  issues: IssueLog,
): History {
  // This year's 单位变更 were read (and their problems logged) with the submissions.
  const changes: UnitChange[] = submissions.flatMap((b) => parseUnitChanges(b, new DiscardingIssueLog()));
  const earlier: HistoryYear[] = [];
  for (const { book, year: fileYear } of files) {
    const read = readHistoryYear(book, fileYear, criteria);
    if (!read.ok) {
      issues.warning("historyFileNotData", { reason: read.reason }, { file: book.file });
      continue;
    }
    earlier.push(read.year);
    changes.push(...read.changes);
  }
  return buildHistory({ year, current, earlier, changes, grades: criteria.grades });
}
