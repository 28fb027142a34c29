import { loadAssessment, type InputOptions } from "./loadAssessment.js";
import { formatIssues, historyLine, issueCounts } from "../summary.js";

/** `kaoping validate`: the same checks as score, no workbook; exit 1 on errors. */
export async function validateCommand(opts: InputOptions): Promise<number> {
  const { assessment, notice } = await loadAssessment(opts);
  if (notice) console.log(notice);
  const list = formatIssues(assessment);
  if (list) console.log(list);
  const history = historyLine(assessment, false);
  if (history) console.log(history.trim());
  console.log(`检查完成：计分单位 ${assessment.results.length} 个，未参与排名 ${assessment.rejected.length} 行。${issueCounts(assessment, "above")}`);
  return assessment.issues.some((i) => i.severity === "error") ? 1 : 0;
}
