import { basename, dirname, relative, resolve } from "node:path";
import { streamingReader, readFolderBooks, readSubmissionsPath, type FolderRead, type WorkbookReader } from "../../io/readWorkbook.js";
import { sha256File } from "../../io/fileHash.js";
import { readQuestionnairesPath } from "../../io/readQuestionnaires.js";
import { parseUnitList } from "../../core/submissions/parseUnitList.js";
import { DEFAULT_CRITERIA, earlierSamples, latestSample, packageRoot, previousSample, questionnaireSample, runLabel } from "../../io/paths.js";
import { runYear } from "../../core/submissions/runYear.js";
import { yearIn } from "../../core/values/yearLabel.js";
import { formatMessage } from "../../core/i18n/messages.js";
import { InputFileError, KaopingError } from "../../io/errors.js";
import { IssueLog } from "../../core/issues.js";
import { isResultWorkbook } from "../../core/compare/readPublished.js";
import { readHistoryFolder } from "../../io/readHistoryFolder.js";
import { placeHistoryYears } from "../../core/history/placeYears.js";
import type { WorkbookGrid } from "../../core/table/grid.js";
import { parseCriteria, CriteriaFormatError } from "../../core/criteria/parseCriteria.js";
import { SubmissionsFormatError } from "../../core/submissions/parseSubmissions.js";
import { assess, type Assessment } from "../../core/score/assess.js";
import { formatIssues } from "../summary.js";
import type { Stages } from "../progress.js";

export interface InputOptions {
  criteria?: string;
  submissions?: string;
  /** Last year's submissions or result workbook; false (--no-previous) for none. */
  previous?: string | false;
  /** The 名单 of units expected to return data. */
  units?: string;
  /** --year: the assessment year, over the forms' 年度 and the file name. */
  year?: string;
  /** Raw questionnaire exports: a file or a folder (问卷星, 腾讯问卷, 金数据). */
  questionnaires?: string;
  /** --history: a folder of earlier years' result workbooks or submissions. */
  history?: string;
  /** false: skip rank robustness and item diagnostics (`kaoping weights` needs only the item rates). */
  analyses?: boolean;
}

export interface Loaded {
  assessment: Assessment;
  criteriaPath: string;
  /** SHA-256 of the criteria file (checked against returned forms, printed in 说明). */
  criteriaHash: string;
  submissionsPath: string;
  /** Every submissions file that was read (one, or each workbook of a folder). */
  submissionFiles: string[];
  previousPath?: string;
  /** Every questionnaire file that was read. */
  questionnaireFiles: string[];
  /** The assessment year, when known. */
  year?: number;
  /** The label of the output files: the year, else the file's base name. */
  label: string;
  /** The --history folder, and each file read from it for its year. */
  historyFolder?: string;
  historyFiles: { path: string; file: string; year: number }[];
  /** Said on the first line of the summary when the bundled samples were used. */
  notice?: string;
}

/**
 * The submissions given as the command's argument (`kaoping score 申报数据.xlsx`)
 * are --submissions; both given and naming different paths is refused (exit 2).
 */
export function withPositionalSubmissions<T extends { submissions?: string }>(file: string | undefined, opts: T): T {
  if (file === undefined) return opts;
  if (opts.submissions !== undefined && resolve(opts.submissions) !== resolve(file)) {
    throw new InputFileError(formatMessage("submissionsGivenTwice", { file, option: opts.submissions }));
  }
  return { ...opts, submissions: file };
}

/** Data errors that make a result meaningless (a broken criteria sheet): exit 1. */
export class DataError extends KaopingError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** read → parse → score: everything both `score` and `validate` need. */
export async function loadAssessment(opts: InputOptions, reader: WorkbookReader = streamingReader, stages?: Stages): Promise<Loaded> {
  stages?.start("读取");
  const yearOption = parseYearOption(opts.year);
  const criteriaPath = resolve(opts.criteria ?? DEFAULT_CRITERIA());
  const sample = opts.submissions ?? (await latestSample());
  if (!sample) throw new InputFileError("没有指定申报数据（--submissions），samples/ 中也没有示例数据");
  const submissionsPath = resolve(sample);
  // With the default samples, the sample year's questionnaire export too (unless --questionnaires names others).
  const sampleQuestionnaires = opts.submissions || opts.questionnaires ? undefined : await questionnaireSample(submissionsPath);
  const questionnairesPath = opts.questionnaires ? resolve(opts.questionnaires) : sampleQuestionnaires;
  // With the default samples, the sample years before it are the history (as if --history named them), unless --history names a folder.
  const sampleHistory = opts.submissions || opts.history ? [] : await earlierSamples(submissionsPath);
  const shown = (p: string) => relative(packageRoot(), p);
  const historyNotice = sampleHistory.length ? formatMessage("usingSamplesHistory", { files: sampleHistory.map(shown).join("、") }) : "";
  const notice = opts.submissions
    ? undefined
    : (sampleQuestionnaires
        ? formatMessage("usingSamplesWithQuestionnaires", { path: shown(submissionsPath), questionnaires: shown(sampleQuestionnaires) })
        : formatMessage("usingSamples", { path: shown(submissionsPath) })) + historyNotice;
  // With the default samples, compare with the sample year before, as a clerk would.
  const previousPath =
    opts.previous === false ? undefined : typeof opts.previous === "string" ? resolve(opts.previous) : opts.submissions ? undefined : await previousSample(submissionsPath);
  const issues = new IssueLog();
  try {
    const criteria = parseCriteria(await reader.read(criteriaPath), issues);
    if (issues.errorCount > 0) {
      throw new DataError(`测评体系有 ${issues.errorCount} 处错误，请修正后再计分：\n${formatIssues({ issues: issues.items })}`);
    }
    const read = await readSubmissionsPath(submissionsPath, reader);
    const { books, paths: submissionFiles } = withoutResultWorkbooks(read, submissionsPath, issues);
    const { unreadable } = read;
    for (const u of unreadable) issues.error("fileUnreadable", { message: u.message }, { file: u.file });
    // Lock and hidden files are the folder's own clutter (a note); anything else may be a return left out (a warning).
    for (const s of read.skipped) issues.add(s.reason === "fileSkippedLock" || s.reason === "fileSkippedHidden" ? "info" : "warning", s.reason, {}, { file: s.file });
    const decided = runYear(books, yearOption);
    if (!decided.ok) throw new InputFileError(formatMessage(decided.id, { list: decided.list }));
    const year = decided.year;
    const folder = submissionFiles[0] !== submissionsPath;
    const label = runLabel(submissionsPath, year, folder);
    if (year === undefined) issues.warning("yearUnknown", { label }, {});
    if (previousPath) await checkPrevious(previousPath, submissionFiles, year, issues);
    const previous = previousPath ? await reader.read(previousPath) : undefined;
    const historyFolder = opts.history ? resolve(opts.history) : undefined;
    const history = historyFolder
      ? await readHistory(await readHistoryFolder(historyFolder, reader), year, issues)
      : sampleHistory.length
        ? await readHistory(await sampleHistoryFiles(sampleHistory, reader), year, issues)
        : undefined;
    const expected = opts.units ? parseUnitList(await reader.read(resolve(opts.units))) : undefined;
    const questionnaires = questionnairesPath ? await readQuestionnairesPath(questionnairesPath, reader) : undefined;
    for (const u of questionnaires?.unreadable ?? []) issues.error("fileUnreadable", { message: u.message }, { file: u.file });
    for (const s of questionnaires?.skipped ?? []) issues.add(s.reason === "fileSkippedLock" || s.reason === "fileSkippedHidden" ? "info" : "warning", s.reason, {}, { file: s.file });
    const criteriaHash = await sha256File(criteriaPath);
    stages?.start("计分");
    const assessment = assess(criteria, books, issues, { previous, expected, criteriaHash, year, questionnaires: questionnaires?.books, history: history?.files, analyses: opts.analyses, onRanking: () => stages?.start("排名") });
    const questionnaireFiles = questionnaires?.paths ?? [];
    // Only the files the history holds (a file that proved not to be data is left out, and said).
    const held = new Set(assessment.history?.years.map((y) => y.file));
    const historyFiles = (history?.paths ?? []).filter((f) => held.has(f.file));
    return { assessment, criteriaPath, criteriaHash, submissionsPath, submissionFiles, previousPath, questionnaireFiles, year, label, notice, historyFolder, historyFiles };
  } catch (e) {
    if (e instanceof CriteriaFormatError || e instanceof SubmissionsFormatError) throw new InputFileError(e.message);
    throw e;
  }
}

/**
 * --year as a number: a four-digit year, as a clerk may write it with 年 or
 * 年度 after it (2026年, 2026 年度); anything else is refused.
 * @example parseYearOption("2026") // => 2026
 * @example parseYearOption("2026年") // => 2026
 */
export function parseYearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const m = /^((?:19|20)\d{2})\s*(?:年度?)?$/.exec(text);
  if (!m) throw new InputFileError(formatMessage("yearOptionInvalid", { value: text }));
  return Number(m[1]);
}

/** The earlier sample years, read as a --history folder holding only them would be. */
async function sampleHistoryFiles(paths: string[], reader: WorkbookReader): Promise<FolderRead> {
  const read = await readFolderBooks(dirname(paths[0]), paths.map((p) => basename(p)), reader);
  return { ...read, skipped: [] };
}

/**
 * The history files (a --history folder as read, or the earlier samples)
 * each placed in its year; a file that cannot be placed stops the run
 * (exit 2, the file named), files not read are listed as in a returns folder.
 */
async function readHistory(read: FolderRead, year: number | undefined, issues: IssueLog) {
  for (const u of read.unreadable) issues.warning("historyFileUnreadable", { message: u.message }, { file: u.file });
  for (const s of read.skipped) issues.add(s.reason === "fileSkippedLock" || s.reason === "fileSkippedHidden" ? "info" : "warning", s.reason, {}, { file: s.file });
  const placed = placeHistoryYears(read.books, year);
  if (!placed.ok) throw new InputFileError(formatMessage(placed.id, placed.params));
  const years = new Map(placed.files.map((f) => [f.book, f.year]));
  const paths = read.books.map((b, i) => ({ path: read.paths[i], file: b.file, year: years.get(b)! }));
  return { files: placed.files, paths };
}

/**
 * Last year's file must be another file, with other content, of another
 * year: comparing a year with itself reports every unit as 持平.
 */
async function checkPrevious(previousPath: string, submissionFiles: string[], year: number | undefined, issues: IssueLog): Promise<void> {
  const previous = basename(previousPath);
  if (submissionFiles.includes(previousPath)) throw new InputFileError(formatMessage("previousSameFile", { previous }));
  // The previous file must exist before it is hashed; reading it later says so in the usual words.
  const hash = await sha256File(previousPath).catch(() => undefined);
  if (hash) {
    for (const file of submissionFiles) {
      if ((await sha256File(file)) === hash) throw new InputFileError(formatMessage("previousSameContent", { previous, current: basename(file) }));
    }
  }
  const previousYear = yearIn(previous);
  if (year === undefined || previousYear === undefined) return;
  if (previousYear === year) throw new InputFileError(formatMessage("previousSameYear", { previous, year, last: year - 1 }));
  if (previousYear > year) throw new InputFileError(formatMessage("previousLaterYear", { previous, previousYear, year, last: year - 1 }));
  // Two years back is a comparison an office may want (a year skipped): allowed, but said.
  if (previousYear < year - 1) issues.warning("previousNotLastYear", { previous, previousYear, last: year - 1 }, { file: previous });
}

/**
 * A kaoping result workbook is not submissions: a single one is refused
 * (scoring it would give every unit 0, and writing its result beside it
 * could replace it); one in a folder of returns is skipped, and said.
 */
function withoutResultWorkbooks(read: { books: WorkbookGrid[]; paths: string[] }, submissionsPath: string, issues: IssueLog): { books: WorkbookGrid[]; paths: string[] } {
  const keep = read.books.map((b) => !isResultWorkbook(b));
  if (keep.every(Boolean)) return read;
  if (read.paths.length === 1 && read.paths[0] === submissionsPath) throw new InputFileError(formatMessage("submissionsIsResult", { file: basename(submissionsPath) }));
  read.books.forEach((b, i) => keep[i] || issues.warning("resultWorkbookSkipped", { file: basename(read.paths[i]) }, { file: basename(read.paths[i]) }));
  return { books: read.books.filter((_, i) => keep[i]), paths: read.paths.filter((_, i) => keep[i]) };
}
