/**
 * The sheets of the result workbook, in order: one file each in ./sheets,
 * listed once here (as rule types are in rules/registry.ts). An entry says
 * when its sheet is written and builds it; a sheet that splits (计分明细
 * past Excel's row limit) yields several.
 */
import type { Assessment } from "../../core/score/assess.js";
import type { SheetSpec } from "../xlsx/model.js";
import { criteriaUseMethods } from "../../core/methods/subtotals.js";
import type { RunInfo } from "./frame.js";
import { rankingSheet } from "./sheets/ranking.js";
import { categorySheet } from "./sheets/categoryRanking.js";
import { itemScoresSheet } from "./sheets/itemScores.js";
import { statisticsSheet } from "./sheets/statistics.js";
import { outcomesSheet } from "./sheets/outcomes.js";
import { issuesSheet } from "./sheets/issues.js";
import { detailsSheets } from "./sheets/details.js";
import { methodSummarySheet } from "./sheets/methodSummary.js";
import { yearOnYearSheet } from "./sheets/yearOnYear.js";
import { categorySummarySheet } from "./sheets/categorySummary.js";
import { questionnaireSheet } from "./sheets/questionnaires.js";
import { historySheet } from "./sheets/history.js";
import { chartsSheet } from "./sheets/charts.js";
import { aboutSheet } from "./sheets/about.js";
import { diagnosticsSheet } from "./sheets/diagnostics.js";
import { dataSheet } from "./sheets/data.js";
import { robustnessSheet } from "./sheets/robustness.js";

export interface ResultSheet {
  /** Whether the run writes it (true when absent). */
  when?: (a: Assessment, info: RunInfo) => boolean;
  build: (a: Assessment, info: RunInfo, fmt: string) => SheetSpec | Iterable<SheetSpec>;
}

export const resultSheetList: readonly ResultSheet[] = [
  { build: rankingSheet },
  { build: categorySheet },
  { build: itemScoresSheet },
  { when: (_a, info) => Boolean(info.formulas), build: dataSheet },
  { build: statisticsSheet },
  { when: (a) => Boolean(a.diagnostics), build: diagnosticsSheet },
  { when: (a) => Boolean(a.outcomes), build: outcomesSheet },
  { build: (a, info) => issuesSheet(a, info) },
  { build: detailsSheets },
  { when: (a) => criteriaUseMethods(a.criteria), build: methodSummarySheet },
  { when: (a) => Boolean(a.comparison), build: yearOnYearSheet },
  { when: (a) => Boolean(a.comparison), build: categorySummarySheet },
  { when: (a) => Boolean(a.questionnaires), build: (a, info) => questionnaireSheet(a, info) },
  { when: (a) => Boolean(a.robustness), build: robustnessSheet },
  { when: (a) => Boolean(a.history), build: historySheet },
  { when: (_a, info) => Boolean(info.charts?.length), build: (_a, info) => chartsSheet(info) },
  { build: (a, info) => aboutSheet(a, info) },
];
