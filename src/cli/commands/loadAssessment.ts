import { resolve } from "node:path";
import { streamingReader, readSubmissionsPath, type WorkbookReader } from "../../io/readWorkbook.js";
import { sha256File } from "../../io/fileHash.js";
import { parseUnitList } from "../../core/submissions/parseUnitList.js";
import { DEFAULT_CRITERIA, latestSample, previousSample } from "../../io/paths.js";
import { InputFileError, KaopingError } from "../../io/errors.js";
import { IssueLog } from "../../core/issues.js";
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
  const criteriaPath = resolve(opts.criteria ?? DEFAULT_CRITERIA());
  const sample = opts.submissions ?? (await latestSample());
  if (!sample) throw new InputFileError("没有指定申报数据（--submissions），samples/ 中也没有示例数据");
  const submissionsPath = resolve(sample);
  // With the default samples, compare with the sample year before, as a clerk would.
  const previousPath =
    opts.previous === false ? undefined : typeof opts.previous === "string" ? resolve(opts.previous) : opts.submissions ? undefined : await previousSample(submissionsPath);
  const issues = new IssueLog();
  try {
    const criteria = parseCriteria(await reader.read(criteriaPath), issues);
    if (issues.errorCount > 0) {
      throw new DataError(`测评体系有 ${issues.errorCount} 处错误，请修正后再计分：\n${formatIssues({ issues: issues.items })}`);
    }
    const previous = previousPath ? await reader.read(previousPath) : undefined;
    const { books, paths: submissionFiles, unreadable } = await readSubmissionsPath(submissionsPath, reader);
    for (const u of unreadable) issues.error("fileUnreadable", { message: u.message }, { file: u.file });
    const expected = opts.units ? parseUnitList(await reader.read(resolve(opts.units))) : undefined;
    const criteriaHash = await sha256File(criteriaPath);
    stages?.start("计分");
    const assessment = assess(criteria, books, issues, { previous, expected, criteriaHash, onRanking: () => stages?.start("排名") });
    return { assessment, criteriaPath, criteriaHash, submissionsPath, submissionFiles, previousPath };
  } catch (e) {
    if (e instanceof CriteriaFormatError || e instanceof SubmissionsFormatError) throw new InputFileError(e.message);
    throw e;
  }
}
