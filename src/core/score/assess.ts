import type { Criteria, FieldValue, RejectedRow, UnitResult, UnitRow } from "../model.js";
import { DiscardingIssueLog, IssueLog, type Issue } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { parseSubmissions } from "../submissions/parseSubmissions.js";
import { gatherSubmissions } from "../submissions/gatherSubmissions.js";
import type { ListedUnit } from "../submissions/parseUnitList.js";
import { applyPanelScores, type PanelSummary } from "../submissions/parsePanel.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { cellText } from "../values/cellText.js";
import { withNote } from "../submissions/fieldValue.js";
import { yearLabel } from "../values/yearLabel.js";
import { scoreUnit } from "./scoreUnit.js";
import { rankUnits } from "./rankUnits.js";
import { itemStatistics, type ItemStatistic } from "./itemStatistics.js";
import { parseUnitChanges } from "../compare/unitChanges.js";
import { matchPrevious, type PreviousMatch } from "../compare/matchPrevious.js";
import { figuresFor } from "../compare/figures.js";
import { rateNameReadings, resolveFieldMeanings } from "../criteria/fieldMeaning.js";
import { readFieldNumber } from "../values/readFieldNumber.js";
import { showQuantity } from "../rules/format.js";
import { compareYears, yearUnit, type ComparableStanding, type Comparison, type YearUnit } from "../compare/compareYears.js";
import { isResultWorkbook, readPublished } from "../compare/readPublished.js";
import { comparableCriteria, notComparableItems } from "../compare/notComparable.js";
import { parseNumber } from "../values/parseNumber.js";
import { toHalfWidth } from "../values/normaliseText.js";
import { runChecks } from "../checks/registry.js";
import type { QuestionnaireSummary } from "../questionnaires/types.js";
import { applyMethodSheets } from "../methods/applyMethodSheets.js";
import { readHistory } from "../history/readHistory.js";
import type { History } from "../history/history.js";
import { rankRobustness, type Robustness } from "../analysis/rankRobustness.js";
import { scoreMatrix } from "../analysis/scoreMatrix.js";
import { itemDiagnostics, type Diagnostics } from "../analysis/itemDiagnostics.js";
import { decideAfterRanking, decideBeforeRanking, hasOutcomeRules, noteUnreviewedTitles, type OutcomeSummary } from "../outcomes/decideOutcomes.js";

export interface Assessment {
  criteria: Criteria;
  /** In publication order: eligible by rank, then vetoed. */
  results: UnitResult[];
  rejected: RejectedRow[];
  excluded: RejectedRow[];
  statistics: ItemStatistic[];
  issues: Issue[];
  categories: string[];
  /** Present when last year's workbook was given. */
  comparison?: Comparison;
  /** Data issues found in last year's workbook (kept apart: they are last year's). */
  previousIssueCount?: number;
  /** What the panel sheets gave: teams and the 评分组校正 applied (for 说明). */
  panel?: PanelSummary;
  /** Present when raw questionnaires were given: per unit and question, for 问卷统计. */
  questionnaires?: QuestionnaireSummary;
  /** Present with --history: each unit's earlier years beside this one. */
  history?: History;
  /** What the gates, 评定规则 and 负面清单 decided; absent when the criteria have none of them. */
  outcomes?: OutcomeSummary;
  /** How sure each rank is (稳健性): absent when 稳健性抽样次数 is 0 or there is nothing to perturb. */
  robustness?: Robustness;
  /** 指标诊断: which items separate the units, α per 一级指标, and with last year the rank correlation of the years. */
  diagnostics?: Diagnostics;
}

export interface AssessOptions {
  /** Last year's submissions (rescored under this year's criteria) or kaoping result workbook. */
  previous?: WorkbookGrid;
  /** SHA-256 of the criteria file, checked against returned forms. */
  criteriaHash?: string;
  /** The 名单 of units expected to return data. */
  expected?: ListedUnit[];
  /** The assessment year (from --year, the forms' 年度 or the file name): places 「2025年X」 columns. */
  year?: number;
  /** Raw questionnaire exports (--questionnaires). */
  questionnaires?: WorkbookGrid[];
  /** Told when scoring is done and ranking (with statistics and comparison) begins, for progress. */
  onRanking?: () => void;
  /** Earlier years (--history), each file with its year (placeHistoryYears); needs `year`. */
  history?: readonly { book: WorkbookGrid; year: number }[];
  /** Rank robustness and item diagnostics (false: `kaoping weights`, which needs only the item rates). Default true. */
  analyses?: boolean;
}

/**
 * A field taken as a rate only because of its name (群众满意率 with no unit
 * anywhere) says so once, at the first cell it changes: the clerk can
 * declare it otherwise in the 数据项 sheet.
 */
function noteRatesFromNames(criteria: Criteria, units: readonly UnitRow[], issues: IssueLog): void {
  for (const { field, unit, value } of rateNameReadings(criteria.fieldMeanings, units)) {
    const r = readFieldNumber(value.cell, value.unit, criteria.fieldMeanings.get(field));
    if (!r.ok) continue;
    const shown = showQuantity({ value: r.value, scale: r.scale }, criteria.settings.percentDecimals);
    issues.info("rateFromName", { field, value: cellText(value.cell), shown }, { ...(value.source ?? unit.source), unit: unit.name });
  }
}

/**
 * The pure core: checked criteria and a submissions workbook in, a ranked
 * and explained assessment out. No file system, no exceljs.
 */
export function assess(
  parsedCriteria: Criteria,
  submissions: WorkbookGrid | WorkbookGrid[],
  issues: IssueLog = new IssueLog(),
  options: AssessOptions = {},
): Assessment {
  const books = Array.isArray(submissions) ? submissions : [submissions];
  const parsed = gatherSubmissions(books, parsedCriteria, issues, { criteriaHash: options.criteriaHash, expected: options.expected, year: options.year, questionnaires: options.questionnaires });
  // Each field's meaning, now that the headers are known: read, scored, compared and shown by it alone.
  const yoyFields = new Set(parsedCriteria.items.filter((i) => i.rule.id === "yearOnYear").flatMap((i) => i.fields));
  const scanValues = (field: string) => Boolean(options.previous || options.history?.length) || yoyFields.has(field);
  const criteria: Criteria = { ...parsedCriteria, fieldMeanings: resolveFieldMeanings(parsedCriteria, parsed.units, scanValues) };
  noteRatesFromNames(criteria, parsed.units, issues);
  const previous = options.previous ? preparePrevious(options.previous, criteria, books, parsed.units, issues, options.year) : undefined;

  const scored = parsed.units.map((u) => scoreUnit(u, criteria, issues));
  options.onRanking?.();
  // 负面清单 deductions and bars, then grades with their gates, before ranking; the 评定规则's places after it.
  const withRules = hasOutcomeRules(criteria);
  const before = withRules ? decideBeforeRanking(scored, criteria, books, options.year, issues) : undefined;
  const results = rankUnits(scored, criteria.settings.rankMethod);
  // The history follows this year's ranked units back; the rules after ranking (places, 复查) may need it.
  const history = options.history && options.year !== undefined ? readHistory(options.history, criteria, results, books, options.year, issues) : undefined;
  const afterRanking = { books, listed: options.expected, year: options.year, history };
  const outcomes = before ? decideAfterRanking(results, criteria, before, issues, afterRanking) : undefined;
  if (!before) noteUnreviewedTitles(results, issues, afterRanking);
  // After the panel scores are in and last year is matched; scoring logged the cells' reading issues first.
  const toVerify = runChecks({ criteria, units: parsed.units, totals: parsed.totals, previous: previous?.matches }, issues);
  for (const r of results) if (toVerify.has(r.unit)) r.toVerify = true;
  // Count after everything is parsed, scored and checked: parse-time issues belong to the unit too.
  const perUnit = new Map<string, number>();
  for (const i of issues.items) if (i.unit) perUnit.set(i.unit, (perUnit.get(i.unit) ?? 0) + 1);
  for (const r of results) r.issueCount = perUnit.get(r.unit.name) ?? 0;

  const assessment: Assessment = {
    criteria,
    results,
    rejected: parsed.rejected,
    excluded: parsed.excluded,
    // Over the units that are ranked, as the charts, 分类汇总 and the 通报 count them: a vetoed unit is out of every statistic.
    statistics: itemStatistics(results.filter((r) => !r.vetoes.length), criteria.items),
    issues: issues.items,
    categories: [...new Set(parsed.units.map((u) => u.category))],
    panel: parsed.panel,
    questionnaires: parsed.questionnaires,
    outcomes,
  };
  if (previous) {
    assessment.comparison = previous.compare(results);
    assessment.previousIssueCount = previous.issueCount;
  }
  if (history) assessment.history = history;
  // After ranking and the outcomes: the 推荐名额 simulated are the ones just decided.
  if (options.analyses === false) return assessment;
  const robustness = rankRobustness(results, criteria, outcomes);
  if (robustness) assessment.robustness = robustness;
  // After the comparison: the rank correlation of the two years needs it.
  assessment.diagnostics = itemDiagnostics(scoreMatrix(results, criteria.items), assessment.comparison);
  return assessment;
}

/**
 * Read last year, match its units to this year's, and fill this year's
 * missing 上年 figures from it (before scoring, so 同比 items use them).
 * Last year's file is read as of the year before (its 「2024年X」 is its 上年).
 */
function preparePrevious(book: WorkbookGrid, criteria: Criteria, submissions: WorkbookGrid[], units: UnitRow[], issues: IssueLog, year?: number) {
  const lastYear = new IssueLog();
  const figures = figuresFor(criteria);
  const changes = submissions.flatMap((b) => parseUnitChanges(b, issues));
  const averaged = new Set(criteria.items.filter((i) => i.rule.id === "direct").flatMap((i) => i.fields));
  const published = isResultWorkbook(book);
  let rows: UnitRow[];
  let publishedYears: Map<UnitRow, YearUnit> | undefined;
  if (published) {
    ({ rows, years: publishedYears } = readPublished(book));
  } else {
    rows = parseSubmissions(book, criteria, lastYear, { year: year === undefined ? undefined : year - 1 }).units;
    applyPanelScores(book, criteria, rows, lastYear);
    applyMethodSheets([book], criteria, rows, lastYear);
  }
  const { matches, absent } = matchPrevious(units, rows, changes, averaged, issues, criteria.fieldMeanings);
  if (!published) fillPreviousFigures(criteria, matches, issues);
  // 同比 items last year cannot score (its file lacks the year before it): both years are compared without them.
  const excluded = published ? [] : notComparableItems(criteria, rows);
  const lastYearCriteria = excluded.length ? comparableCriteria(criteria, excluded) : criteria;
  if (excluded.length) issues.info("previousNotComparable", { items: excluded.map((i) => `“${criteria.items[i].name}”`).join("、") }, { file: book.file });
  const fileYear = yearLabel(book.file);

  return {
    issueCount: lastYear.items.length,
    /** Last year's submissions row of each unit (none from a published result: it holds no figures). */
    matches: published ? undefined : matches,
    compare(current: UnitResult[]): Comparison {
      let years: Map<UnitRow, YearUnit>;
      if (publishedYears) years = publishedYears;
      else {
        const ranked = rankUnits(rows.map((u) => scoreUnit(u, lastYearCriteria, lastYear)), criteria.settings.rankMethod);
        years = new Map(ranked.map((r) => [r.unit, yearUnit(r, figures)]));
      }
      const previousOf = (m: PreviousMatch): YearUnit | undefined => {
        if (m.status !== "merged") return years.get(m.sources[0]);
        if (!m.combined || published) {
          const parts = m.sources.map((s) => years.get(s)).filter((y): y is YearUnit => Boolean(y));
          return { name: m.sources.map((s) => s.name).join("+"), category: parts[0]?.category ?? "", vetoed: false, grade: "", figures: new Map() };
        }
        const merged = scoreUnit(m.combined, lastYearCriteria, lastYear);
        return { ...yearUnit(merged, figures), rank: undefined };
      };
      // This year's totals and ranks on the same comparable items, for 总分增减 and 名次变化.
      let comparable: ((r: UnitResult) => ComparableStanding) | undefined;
      if (excluded.length) {
        const discard = new DiscardingIssueLog();
        const standing = new Map(rankUnits(current.map((r) => scoreUnit(r.unit, lastYearCriteria, discard)), criteria.settings.rankMethod).map((r) => [r.unit, { total: r.total, rank: r.rank }]));
        comparable = (r) => standing.get(r.unit)!;
      }
      return compareYears({
        mode: published ? "published" : "rescored",
        file: book.file,
        label: /^\d{4}$/.test(fileYear) || year === undefined ? fileYear : String(year - 1),
        figures,
        grades: criteria.grades,
        percentDecimals: criteria.settings.percentDecimals,
        scoreDecimals: criteria.settings.decimals,
        current,
        matches,
        previousOf,
        previousUnits: [...years.values()],
        absent: absent.map((u) => years.get(u)).filter((y): y is YearUnit => Boolean(y)),
        notComparable: excluded.map((i) => criteria.items[i]),
        comparable,
      });
    },
  };
}

/**
 * This year's 上年 figures of one-field 同比 items, from last year's file
 * where this year's sheet left them blank. Where both are given and differ,
 * the 上年 column as typed this year is used (the unit may have corrected
 * last year's figure since) and both cells are named for checking.
 */
function fillPreviousFigures(criteria: Criteria, matches: Map<UnitRow, PreviousMatch>, issues: IssueLog): void {
  const yoyFields = criteria.items.filter((i) => i.rule.id === "yearOnYear" && i.fields.length === 1).map((i) => i.fields[0]);
  for (const [unit, match] of matches) {
    if (!match.combined) continue;
    for (const field of yoyFields) {
      const key = PREVIOUS_PREFIX + field;
      const own = unit.values.get(key);
      const last = match.combined.values.get(field);
      if (!last || cellText(last.cell) === "") continue;
      if (own && cellText(own.cell) !== "") {
        if (!sameValue(own, last)) {
          issues.warning(
            "previousConflict",
            { field: key, current: cellText(own.cell), currentCell: place(own), previous: cellText(last.cell), previousCell: place(last) },
            { ...(own.source ?? unit.source), unit: unit.name },
          );
        }
        continue;
      }
      unit.values.set(key, withNote(last, "取自上年申报数据"));
      issues.info("previousFilled", { field: key, value: cellText(last.cell) }, { ...(own?.source ?? unit.source), unit: unit.name });
    }
  }
}

/** "2025-申报数据.xlsx 申报数据!D4", or how a pooled value was made. */
function place(v: FieldValue): string {
  return v.source ? `${v.source.file} ${v.source.sheet}!${v.source.cell}` : (v.note ?? "");
}

/** Two cells say the same number (read in their own columns' units), or the same text. */
function sameValue(a: FieldValue, b: FieldValue): boolean {
  const x = parseNumber(a.cell, a.unit);
  const y = parseNumber(b.cell, b.unit);
  if (x.ok && y.ok) return Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value));
  return toHalfWidth(cellText(a.cell)).trim() === toHalfWidth(cellText(b.cell)).trim();
}
