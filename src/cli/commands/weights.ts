import { access } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { streamingReader } from "../../io/readWorkbook.js";
import { DEFAULT_CRITERIA, latestSample, packageRoot, questionnaireSample } from "../../io/paths.js";
import { refuseOverwritingInputs } from "../../io/paths.js";
import { InputFileError } from "../../io/errors.js";
import { formatMessage } from "../../core/i18n/messages.js";
import { WEIGHTS } from "../../core/i18n/labels.js";
import { IssueLog } from "../../core/issues.js";
import { parseCriteria, CriteriaFormatError } from "../../core/criteria/parseCriteria.js";
import { scoreMatrix } from "../../core/analysis/scoreMatrix.js";
import { weightTree } from "../../core/weights/hierarchy.js";
import { readJudgements } from "../../core/weights/readJudgements.js";
import { weighCriteria, type ObjectiveMethod, type WeightOptions } from "../../core/weights/weighCriteria.js";
import { proposedCells } from "../../core/weights/proposedCells.js";
import { adviceText, verdictText, weightsSheet } from "../../core/weights/weightsTable.js";
import type { AhpMethod } from "../../core/weights/ahp.js";
import type { CombineMethod } from "../../core/weights/combineWeights.js";
import { DataError, loadAssessment } from "./loadAssessment.js";
import { formatIssues } from "../summary.js";
import { terminalLine } from "../terminalText.js";
import { shownPath } from "../shownPath.js";

export interface WeightsCommandOptions {
  judgements?: string;
  submissions?: string;
  alpha?: string;
  combine?: string;
  method?: string;
  objective?: string;
  out?: string;
}

/** The judgement matrices shipped with the samples. */
const SAMPLE_JUDGEMENTS = () => join(packageRoot(), "samples", "2026-权重判断矩阵.xlsx");

/** The file `weights` writes: 「<dir>/<criteria name>-权重建议.xlsx」. */
function weightsOutputPath(criteria: string, outDir: string): string {
  return join(outDir, `${basename(criteria, extname(criteria))}-权重建议.xlsx`);
}

/** An option that must be one of a few words. */
function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputFileError(formatMessage("weightsOptionInvalid", { option, value, allowed: allowed.join("、") }));
}

/** The options as the core takes them; a bad value stops the run (exit 2). */
function weightOptions(opts: WeightsCommandOptions): WeightOptions {
  const alpha = opts.alpha === undefined ? 0.5 : Number(opts.alpha);
  if (!(alpha >= 0 && alpha <= 1) || (opts.alpha !== undefined && opts.alpha.trim() === "")) throw new InputFileError(formatMessage("weightsAlphaInvalid", { value: String(opts.alpha) }));
  return {
    alpha,
    combine: oneOf<CombineMethod>("--combine", opts.combine, ["linear", "multiplicative"], "linear"),
    method: oneOf<AhpMethod>("--method", opts.method, ["eigen", "geometric"], "eigen"),
    objective: oneOf<ObjectiveMethod>("--objective", opts.objective, ["entropy", "critic"], "entropy"),
  };
}

/**
 * `kaoping weights [测评体系.xlsx]`: judgement matrices (and this year's
 * data) → weights per method and proposed 分值, written to a copy of the
 * criteria workbook. Read → pure core → write. Exit 0 once written.
 */
export async function weightsCommand(criteriaArg: string | undefined, opts: WeightsCommandOptions): Promise<number> {
  const options = weightOptions(opts);
  const criteriaPath = resolve(criteriaArg ?? DEFAULT_CRITERIA());
  const judgementsPath = resolve(opts.judgements ?? SAMPLE_JUDGEMENTS());
  // The bundled example: the shipped criteria and judgements, scored on the latest sample year.
  const sampleRun = criteriaArg === undefined && opts.judgements === undefined;
  const submissionsPath = opts.submissions ? resolve(opts.submissions) : sampleRun ? await latestSample() : undefined;
  const output = weightsOutputPath(criteriaPath, resolve(opts.out ?? "output"));
  refuseOverwritingInputs([output], undefined, [criteriaPath, judgementsPath, ...(submissionsPath ? [submissionsPath] : [])]);
  await access(judgementsPath).catch(() => {
    throw new InputFileError(formatMessage("weightsNoJudgements", { path: shownPath(judgementsPath) }));
  });
  if (sampleRun) {
    const shown = (p: string) => relative(packageRoot(), p);
    console.log(formatMessage("usingWeightSamples", { criteria: shown(criteriaPath), judgements: shown(judgementsPath) }) + (submissionsPath ? formatMessage("usingWeightSamplesSubmissions", { submissions: shown(submissionsPath) }) : ""));
  }

  const issues = new IssueLog();
  const criteriaGrid = await streamingReader.read(criteriaPath);
  let criteria;
  let scores;
  if (submissionsPath) {
    // The score command's loading: the same criteria checks, submissions, panels and questionnaires.
    const questionnaires = sampleRun ? await questionnaireSample(submissionsPath) : undefined;
    const loaded = await loadAssessment({ criteria: criteriaPath, submissions: submissionsPath, previous: false, questionnaires, analyses: false });
    criteria = loaded.assessment.criteria;
    scores = scoreMatrix(loaded.assessment.results, criteria.items);
  } else {
    const parsing = new IssueLog();
    try {
      criteria = parseCriteria(criteriaGrid, parsing);
    } catch (e) {
      if (e instanceof CriteriaFormatError) throw new InputFileError(e.message);
      throw e;
    }
    if (parsing.errorCount > 0) throw new DataError(`测评体系有 ${parsing.errorCount} 处错误，请修正后再计算权重：\n${formatIssues({ issues: parsing.items })}`);
  }
  const judgements = await streamingReader.read(judgementsPath);
  const matrices = readJudgements(judgements, weightTree(criteria), issues);
  const result = weighCriteria(criteria, matrices, scores, options, issues);
  const edits = proposedCells(criteriaGrid, result);
  // exceljs loads only for this command.
  const { writeWeightsWorkbook } = await import("../../io/writeWeights.js");
  await writeWeightsWorkbook(criteriaPath, criteriaGrid.file, output, edits, weightsSheet(result, issues.items));

  console.log(matrices.length ? WEIGHTS.heading : WEIGHTS.noMatrices);
  const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : "—");
  for (const row of result.consistency) {
    const advice = adviceText(row);
    const line = WEIGHTS.matrixLine(row.label, row.expert, fixed(row.result.lambdaMax), fixed(row.result.ci), fixed(row.result.cr), verdictText(row));
    console.log(terminalLine(advice ? `${line}，${WEIGHTS.revisePrefix}${advice}` : line));
  }
  if (issues.items.length) {
    console.log(WEIGHTS.issuesHeading(issues.items.length));
    console.log(formatIssues({ issues: issues.items }));
  }
  const changed = result.items.filter((w) => w.proposedPoints !== w.currentPoints).length;
  console.log(WEIGHTS.changed(changed, Number(result.total.toFixed(6)), WEIGHTS.how(options.combine, options.objective, options.alpha, scores !== undefined)));
  console.log(terminalLine(WEIGHTS.caveat));
  console.log(WEIGHTS.written(shownPath(output)));
  return 0;
}
