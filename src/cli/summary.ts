import type { Assessment } from "../core/score/assess.js";
import { describeIssue } from "../core/issues.js";
import { EXCEL_LIMIT_NOTES, FILE_NAME_NOTES, HISTORY, HISTORY_MODE_LABELS, REVIEW, ROBUSTNESS, SHEETS, VALIDATE_SUMMARY, severityLabels, yearTitle } from "../core/i18n/labels.js";
import { terminalLine, terminalName } from "./terminalText.js";
import { vetoSentence } from "../core/report/notice.js";
import { fixed } from "../core/report/reportNumbers.js";
import { shownPath } from "./shownPath.js";

/** Vetoed units named one by one in the summary; the rest are counted (a province run can have thousands). */
export const SUMMARY_VETO_LINES = 10;

/** The short Chinese summary printed after a run. */
export function formatSummary(a: Assessment, label: string, written: string[], notice?: string): string {
  const vetoed = a.results.filter((r) => r.vetoes.length);
  const lines: string[] = [];
  // A run on the bundled samples says so first: its figures are not the office's.
  if (notice) lines.push(notice);
  lines.push(`kaoping：${yearTitle(label)}测评完成`);
  lines.push(`  计分单位 ${a.results.length} 个（其中一票否决 ${vetoed.length} 个），未参与排名 ${a.rejected.length} 行，排除合计/说明行 ${a.excluded.length} 行`);
  const counts = a.criteria.grades.map((g) => `${g.name} ${a.results.filter((r) => !r.vetoes.length && r.grade === g.name).length} 个`);
  // Vetoed units have no grade: said, so the counts add up to the units scored.
  lines.push(`  等级：${counts.join("，")}${vetoed.length ? `（一票否决 ${vetoed.length} 个不评等级）` : ""}`);
  const top = a.results.filter((r) => !r.vetoes.length).slice(0, 5);
  lines.push("  前五名：");
  // At the 小数位数 as in the workbook and the 通报: 98.20 beside 102.25, never 98.2.
  for (const r of top) lines.push(`    ${r.rank}. ${terminalName(r.unit.name)}（${terminalName(r.unit.category)}）${fixed(r.total, a.criteria.settings.decimals)} 分 ${r.grade}`);
  // In words, as the 通报 says it (「县水务局因发生重大安全、交通责任事故，取消本年度评选资格…」), not the cell read.
  for (const r of vetoed.slice(0, SUMMARY_VETO_LINES)) lines.push(`  否决：${terminalLine(vetoSentence({ unit: { name: terminalName(r.unit.name) }, vetoes: r.vetoes }))}`);
  if (vetoed.length > SUMMARY_VETO_LINES) lines.push(`  另有 ${vetoed.length - SUMMARY_VETO_LINES} 个单位被一票否决，见结果工作簿“${SHEETS.ranking}”的备注列`);
  const o = a.outcomes;
  if (o) {
    const parts = o.quotas.map((q) => (q.notApplied ? `“${q.rule.condition!.text}”未执行（需要历年数据）` : `${q.scope}${q.rule.kind === "recommend" ? "" : "末位"}“${q.rule.outcome}” ${q.selected.length} 个`));
    if (o.gated) parts.push(`未过等级门槛降等 ${o.gated} 个`);
    if (o.cases) parts.push(`负面事项 ${o.cases} 件（计入 ${o.counted} 件）`);
    if (parts.length) lines.push(`  评定：${parts.join("，")}（详见“${SHEETS.outcomes}”）`);
    if (o.review?.titled) lines.push(REVIEW.summary(REVIEW.counts(o.review.counts), o.review.notApplied.length));
  }
  if (a.robustness) {
    const unstable = a.robustness.units.filter((u) => u.unstable.length);
    lines.push(ROBUSTNESS.summary(a.robustness.draws, unstable.slice(0, 3).map((u) => terminalName(u.result.unit.name)), unstable.length));
  }
  const c = a.comparison;
  if (c) {
    const n = (s: string) => c.units.filter((u) => u.status === s).length;
    const how = c.mode === "rescored" ? "上年申报数据按本年测评体系重新计分" : "沿用上年公布的总分和名次";
    lines.push(`  同比：对比 ${c.label}${/^\d{4}$/.test(c.label) ? " 年" : ""}（${how}），新参评 ${n("new")} 个、更名 ${n("renamed")} 个、合并 ${n("merged")} 个、上年参评本年未参评 ${c.absent.length} 个`);
  }
  const history = historyLine(a);
  if (history) lines.push(history);
  lines.push(`  ${issueCounts(a)}`);
  for (const p of written) lines.push(`  已写出：${p}`);
  return lines.join("\n");
}

/** One line on the years --history read and how each was read (published or rescored); `workbook` when a result workbook shows them. */
export function historyLine(a: Pick<Assessment, "history">, workbook = true): string | undefined {
  const earlier = a.history?.years.filter((y) => y.mode !== "current") ?? [];
  if (!earlier.length) return undefined;
  const how = (["published", "rescored"] as const)
    .map((mode) => ({ mode, years: earlier.filter((y) => y.mode === mode).map((y) => y.year) }))
    .filter((g) => g.years.length)
    .map((g) => `${g.years.join("、")} 年${HISTORY_MODE_LABELS[g.mode]}`)
    .join("；");
  return HISTORY.summary(earlier.map((y) => y.year).join("、"), how, workbook);
}

/**
 * The issue counts by severity, pointing to where the issues are: the result
 * workbook's 问题清单 (score), or the list printed above (validate, which
 * writes no workbook); nothing to point to when there are none.
 */
export function issueCounts(a: Pick<Assessment, "issues">, where: "workbook" | "above" = "workbook"): string {
  const n = (s: "error" | "warning" | "info") => a.issues.filter((i) => i.severity === s).length;
  const pointer = where === "workbook" ? `（详见“${SHEETS.issues}”）` : a.issues.length ? VALIDATE_SUMMARY.listedAbove : VALIDATE_SUMMARY.none;
  return `数据问题：${severityLabels.error} ${n("error")} 条，${severityLabels.warning} ${n("warning")} 条，${severityLabels.info} ${n("info")} 条${pointer}`;
}

/** The issue list as printed by `kaoping validate`: names and quoted values shown as terminalLine shows them. */
export function formatIssues(a: Pick<Assessment, "issues">): string {
  return a.issues
    .map((i) => {
      const shown = { ...i, unit: i.unit && terminalName(i.unit), item: i.item && terminalName(i.item) };
      return terminalLine(`[${severityLabels[i.severity]}] ${i.file ? i.file + " " : ""}${describeIssue(shown)}`);
    })
    .join("\n");
}


/** How many unit → file lines are printed before the rest is only counted. */
const RENAMED_SHOWN = 20;

/** Say which unit went to which file when a file is not named exactly after its unit. */
export function printRenamed(renamed: { unit: string; path: string }[]): void {
  if (!renamed.length) return;
  console.log(FILE_NAME_NOTES.heading(renamed.length));
  for (const r of renamed.slice(0, RENAMED_SHOWN)) console.log(FILE_NAME_NOTES.line(terminalName(r.unit), shownPath(r.path)));
  if (renamed.length > RENAMED_SHOWN) console.log(FILE_NAME_NOTES.more(renamed.length - RENAMED_SHOWN));
}

/** One warning per sheet that lost columns past XFD or had cells cut to 32,767 characters. */
export function excelLimitNotes(cuts: readonly { sheet: string; columns?: number; cutCells: number; firstCutCell?: string }[]): string[] {
  return cuts.flatMap((c) => [
    ...(c.columns ? [EXCEL_LIMIT_NOTES.columns(c.sheet, c.columns)] : []),
    ...(c.cutCells ? [EXCEL_LIMIT_NOTES.cells(c.sheet, c.cutCells, c.firstCutCell ?? "")] : []),
  ]);
}
