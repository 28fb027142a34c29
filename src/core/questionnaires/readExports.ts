import type { IssueLog } from "../issues.js";
import { cellAddress, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth, visibleText } from "../values/normaliseText.js";
import { answerClassOf, isSkipped, scoreClass, scoreOf } from "./answers.js";
import { isUnitHeader, metaRole, splitNumber, timePreference } from "./platforms.js";
import type { Answer, Question, QuestionnaireSettings, Response } from "./types.js";

export interface ReadContext {
  settings: QuestionnaireSettings;
  /** Known unit names (submissions, then 名单), to find a unit in a sheet or file name. */
  knownNames: readonly string[];
  issues: IssueLog;
}

export interface ExportsRead {
  responses: Response[];
  /** Every question met, by key, in first-seen order. */
  questions: Map<string, Question>;
}

/** Rows searched for the header: exports put it first, a clerk may add a title above. */
const HEADER_SEARCH_ROWS = 10;

const rowText = (sheet: SheetGrid, r: number, c: number) => toHalfWidth(cellText(sheet.rows[r]?.[c])).trim();

/**
 * The header row: the first of the top rows with at least two cells that an
 * export writes there (numbered questions, 序号, 提交答卷时间, the unit question).
 */
function findHeaderRow(sheet: SheetGrid): number | undefined {
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = sheet.rows[r] ?? [];
    let marks = 0;
    for (let c = 0; c < row.length; c++) {
      const h = rowText(sheet, r, c);
      if (h && (metaRole(h) || splitNumber(h).number !== undefined || isUnitHeader(h))) marks++;
    }
    if (marks >= 2) return r;
  }
  return undefined;
}

/** The known unit whose name the text holds (the longest, so 甲局二分局 is not 甲局). */
function unitIn(text: string, knownNames: readonly string[]): string | undefined {
  const key = nameKey(text);
  let best: string | undefined;
  for (const name of knownNames) if (key.includes(nameKey(name)) && (!best || nameKey(name).length > nameKey(best).length)) best = name;
  return best;
}

/** How a cell reads as an answer: its class, blank, or not an answer (undefined). */
type Reading = { cls?: Answer["cls"]; blank: boolean; score?: number } | undefined;

function readAnswer(text: string, settings: QuestionnaireSettings): Reading {
  if (isSkipped(text)) return { blank: true };
  const cls = answerClassOf(text, settings.answerClasses);
  if (cls) return { cls, blank: false };
  const score = scoreOf(text);
  return score === undefined ? undefined : { blank: false, score };
}

/**
 * Every questionnaire row of the exports (one row per respondent, as
 * 问卷星, 腾讯问卷 and 金数据 export them): the unit from its column, else
 * from the sheet's or the file's name; the 答卷编号 and 提交时间 where the
 * export has them; each question column's answer read as a class. Columns
 * that are not questions (platform columns by name, and columns whose
 * values are not answers: 性别, 意见建议) are left out, said once.
 */
export function readExports(books: readonly WorkbookGrid[], ctx: ReadContext): ExportsRead {
  const responses: Response[] = [];
  const questions = new Map<string, Question>();
  for (const book of books) {
    const visible = book.sheets.filter((s) => !s.state);
    for (const sheet of book.sheets) {
      if (sheet.state) {
        if (sheet.rows.some((row) => row?.some((c) => cellText(c) !== ""))) ctx.issues.info("questionnaireSheetHidden", { sheet: sheet.name }, { file: book.file, sheet: sheet.name });
        continue;
      }
      readSheet(book, sheet, visible.length, ctx, responses, questions);
    }
  }
  return { responses, questions };
}

function readSheet(book: WorkbookGrid, sheet: SheetGrid, sheetCount: number, ctx: ReadContext, responses: Response[], questions: Map<string, Question>): void {
  const { settings, issues } = ctx;
  const at = { file: book.file, sheet: sheet.name };
  if (!sheet.rows.some((row) => row?.some((c) => cellText(c) !== ""))) return;
  const headerRow = findHeaderRow(sheet);
  if (headerRow === undefined) {
    issues.warning("questionnaireNoHeader", { sheet: sheet.name }, at);
    return;
  }
  const width = sheet.rows[headerRow]?.length ?? 0;
  const dataRows: number[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) if (sheet.rows[r]?.some((c) => cellText(c) !== "")) dataRows.push(r);

  let idCol: number | undefined;
  let timeCol: number | undefined;
  let respondentCol: number | undefined;
  let unitCol: number | undefined;
  const questionCols: { col: number; question: Question }[] = [];
  const scores: number[] = [];
  for (let c = 0; c < width; c++) {
    const header = rowText(sheet, headerRow, c);
    if (!header) continue;
    if (settings.respondentColumn && nameKey(header) === nameKey(settings.respondentColumn)) {
      respondentCol = c;
      continue;
    }
    const role = metaRole(header);
    if (role === "id") {
      idCol ??= c;
      continue;
    }
    if (role === "time") {
      if (timeCol === undefined || timePreference(header) < timePreference(rowText(sheet, headerRow, timeCol))) timeCol = c;
      continue;
    }
    if (role === "other") continue;
    // The values decide: a column of answers is a question, whatever its header says.
    let filled = 0;
    let answers = 0;
    const columnScores: number[] = [];
    for (const r of dataRows) {
      const text = rowText(sheet, r, c);
      if (!text) continue;
      const reading = readAnswer(text, settings);
      if (reading?.blank) continue;
      filled++;
      if (reading) answers++;
      if (reading?.score !== undefined) columnScores.push(reading.score);
    }
    const { number, text } = splitNumber(header);
    const isQuestion = answers > 0 && answers * 2 >= filled;
    if (!isQuestion && unitCol === undefined && isUnitHeader(text)) {
      unitCol = c;
      continue;
    }
    if (!isQuestion) {
      if (filled) issues.info("questionnaireColumnIgnored", { column: header }, { ...at, cell: cellAddress(headerRow, c) });
      continue;
    }
    const key = nameKey(text) || nameKey(header);
    let question = questions.get(key);
    if (!question) questions.set(key, (question = { key, number, text: text || header }));
    questionCols.push({ col: c, question });
    for (const score of columnScores) scores.push(score); // up to 300,000 answers a column
  }
  if (!questionCols.length) {
    issues.warning("questionnaireNoQuestions", { sheet: sheet.name }, at);
    return;
  }
  if (settings.respondentColumn && respondentCol === undefined) issues.warning("questionnaireRespondentMissing", { column: settings.respondentColumn, sheet: sheet.name }, at);

  // A scored answer is read on the sheet's scale: answers up to 5 are a 1–5 scale, else 1–10; said once, unless 问卷分值对应 sets it.
  const top = Math.max(0, ...scores) <= 5 ? 5 : 10;
  if (scores.length && !settings.scoreClasses) issues.info("questionnaireScale", { top, satisfied: Math.ceil(top * 0.8), basic: Math.ceil(top * 0.6) }, at);

  // No unit column: one sheet (or one file) per unit, the name in the sheet's or the file's name.
  let fixedUnit: string | undefined;
  if (unitCol === undefined) {
    fixedUnit = unitIn(sheet.name, ctx.knownNames) ?? unitIn(book.file.replace(/\.[^.]+$/, ""), ctx.knownNames);
    if (!fixedUnit) {
      fixedUnit = sheetCount > 1 ? sheet.name : book.file.replace(/\.[^.]+$/, "");
      // The rows are then counted as an unknown unit by the tally, with this cell-less place.
    }
  }

  for (const r of dataRows) {
    const answers: Answer[] = questionCols.map(({ col, question }) => {
      const text = rowText(sheet, r, col);
      const reading = text ? readAnswer(text, settings) : { blank: true };
      if (!reading) {
        issues.warning("questionnaireAnswerUnread", { value: text, question: question.text }, { ...at, cell: cellAddress(r, col) });
        return { question: question.key, text: "" };
      }
      if (reading.blank) return { question: question.key, text: "" };
      const cls = reading.cls ?? scoreClass(reading.score!, top, settings.scoreClasses);
      if (!cls) {
        issues.warning("questionnaireAnswerUnread", { value: text, question: question.text }, { ...at, cell: cellAddress(r, col) });
        return { question: question.key, text: "" };
      }
      return { question: question.key, cls, text };
    });
    const optional = (c: number | undefined) => (c === undefined ? undefined : rowText(sheet, r, c) || undefined);
    responses.push({
      file: book.file,
      sheet: sheet.name,
      row: r + 1,
      unitName: unitCol === undefined ? fixedUnit! : visibleText(rowText(sheet, r, unitCol)).trim(),
      unitCell: unitCol === undefined ? "" : cellAddress(r, unitCol),
      id: optional(idCol),
      time: optional(timeCol),
      respondent: optional(respondentCol),
      answers,
    });
  }
}
