import type { Criteria, RejectedRow, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { nameKey } from "../values/normaliseText.js";
import { parseSubmissions, SubmissionsFormatError, type ParsedSubmissions, type TotalRow } from "./parseSubmissions.js";
import { applyPanelScores, findPanelSheets, type PanelSummary } from "./parsePanel.js";
import { formYear, isForm, parseForm } from "./parseForm.js";
import { checkFieldSources } from "./fieldSources.js";
import { FORM } from "./formLayout.js";
import { SUBMISSION_REASONS } from "../i18n/labels.js";
import { panelItems } from "./panel/items.js";
import { cellAddress } from "../table/grid.js";
import type { ListedUnit } from "./parseUnitList.js";
import { applyQuestionnaires } from "../questionnaires/applyQuestionnaires.js";
import type { QuestionnaireSummary } from "../questionnaires/types.js";
import { applyMethodSheets, isMethodDataSheet } from "../methods/applyMethodSheets.js";

export interface GatherOptions {
  /** SHA-256 of the criteria file, to spot forms made from another version. */
  criteriaHash?: string;
  /** The 名单: units expected to return data. */
  expected?: ListedUnit[];
  /** The assessment year: forms of another 年度 are errors; places 「2025年X」 columns. */
  year?: number;
  /** Raw questionnaire exports (--questionnaires): they fill the 满意度 items' fields before scoring. */
  questionnaires?: WorkbookGrid[];
}

/**
 * Merge every returned workbook (自评表 forms and wide sheets alike) into
 * one set of unit rows. A unit found in two files keeps the first and the
 * second is rejected naming both files; with several files, one that has no
 * usable sheet is reported and the others are still read.
 */
export function gatherSubmissions(books: WorkbookGrid[], criteria: Criteria, issues: IssueLog, opts: GatherOptions = {}): ParsedSubmissions & { panel?: PanelSummary; questionnaires?: QuestionnaireSummary } {
  const units: UnitRow[] = [];
  const rejected: RejectedRow[] = [];
  const excluded: RejectedRow[] = [];
  const totals: TotalRow[] = [];
  const firstSeen = new Map<string, UnitRow>();
  const add = (unit: UnitRow) => {
    const key = nameKey(unit.name);
    const earlier = firstSeen.get(key);
    if (!earlier) {
      firstSeen.set(key, unit);
      units.push(unit);
      return;
    }
    const where = (u: UnitRow) => `${u.source.file}（${u.source.sheet}!${u.source.cell}）`;
    rejected.push({ row: unit.row, label: unit.name, reason: SUBMISSION_REASONS.duplicate(where(earlier)), source: unit.source });
    issues.error("duplicateAcrossFiles", { unit: unit.name, first: where(earlier), second: where(unit) }, { ...unit.source, unit: unit.name });
  };

  // Units whose form came back blank: said once (formEmpty), not again as 没有交回.
  const blankForms = new Set<string>();
  const panelItemNames = panelItems(criteria);
  const isPanelItem = (text: string) => panelItemNames.match(text) !== undefined;
  for (const book of books) {
    if (isForm(book)) {
      const written = formYear(book);
      if (opts.year !== undefined && written !== undefined && written !== opts.year) {
        issues.error("formYearMismatch", { year: written, expected: opts.year }, { file: book.file, sheet: FORM.sheet });
      }
      const form = parseForm(book, criteria, issues, opts.criteriaHash);
      if (form.unit) add(form.unit);
      else {
        const at = { file: book.file, sheet: FORM.sheet, cell: cellAddress(FORM.nameCell.row - 1, FORM.nameCell.col - 1) };
        if (form.empty && form.name) blankForms.add(nameKey(form.name));
        rejected.push({ row: FORM.nameCell.row, label: book.file, reason: form.empty ? SUBMISSION_REASONS.formBlank(book.file) : SUBMISSION_REASONS.formNoName(book.file), source: at });
      }
      continue;
    }
    // A workbook of panel sheets only (检查组评分.xlsx beside the returns) holds no units: applyPanelScores reads it below.
    // So is one of 征求意见 / 暗访 sheets (alone or beside panel sheets): applyMethodSheets reads it.
    const panelSheets = books.length > 1 ? findPanelSheets(book, undefined, isPanelItem) : [];
    if (books.length > 1 && book.sheets.length > 0 && book.sheets.every((s) => panelSheets.includes(s) || isMethodDataSheet(s.name))) continue;
    try {
      const parsed = parseSubmissions(book, criteria, issues, { year: opts.year });
      parsed.units.forEach(add);
      // One by one: a sheet can hold 300,000 rejected rows, past what push(...) takes as arguments.
      for (const row of parsed.rejected) rejected.push(row);
      for (const row of parsed.excluded) excluded.push(row);
      for (const row of parsed.totals) totals.push(row);
    } catch (e) {
      if (!(e instanceof SubmissionsFormatError) || books.length === 1) throw e;
      issues.error("fileUnreadable", { message: e.message }, { file: book.file });
      rejected.push({ row: 0, label: book.file, reason: e.message, source: { file: book.file, sheet: "", cell: "" } });
    }
  }
  const panel = applyPanelScores(books, criteria, units, issues);
  const questionnaires = opts.questionnaires ? applyQuestionnaires(opts.questionnaires, criteria, units, opts.expected, issues) : undefined;
  applyMethodSheets(books, criteria, units, issues);
  checkFieldSources(criteria, units, issues);

  if (opts.expected) {
    const returned = new Set(units.map((u) => nameKey(u.name)));
    const listed = new Set(opts.expected.map((u) => nameKey(u.name)));
    for (const u of opts.expected) if (!returned.has(nameKey(u.name)) && !blankForms.has(nameKey(u.name))) issues.warning("listedMissing", { unit: u.name }, { unit: u.name });
    for (const u of units) if (!listed.has(nameKey(u.name))) issues.warning("notListed", { unit: u.name }, { ...u.source, unit: u.name });
    // A form may leave 单位类别 blank: the 名单 knows it.
    const categoryOf = new Map(opts.expected.filter((u) => u.category).map((u) => [nameKey(u.name), u.category]));
    for (const u of units) if (categoryOf.has(nameKey(u.name)) && (!u.category || u.category === "未分类")) u.category = categoryOf.get(nameKey(u.name))!;
  }
  return { units, rejected, excluded, sheet: books.length === 1 ? (units[0]?.source.sheet ?? "") : "", panel, totals, questionnaires };
}
