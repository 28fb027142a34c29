import { join, relative, resolve } from "node:path";
import { loadAssessment, DataError, type InputOptions } from "./loadAssessment.js";
import { writeResultWorkbook } from "../../io/writeResultWorkbook.js";
import { packageVersion, runLabel } from "../../io/paths.js";
import { sha256File } from "../../io/fileHash.js";
import { formatSummary } from "../summary.js";

export interface ScoreOptions extends InputOptions {
  out?: string;
  strict?: boolean;
}

/** `kaoping score`: read → assess → write the result workbook → summary. */
export async function scoreCommand(opts: ScoreOptions): Promise<number> {
  const { assessment, criteriaPath, submissionsPath, previousPath } = await loadAssessment(opts);
  const label = runLabel(submissionsPath);
  const outDir = resolve(opts.out ?? "output");
  const target = join(outDir, `${label}-排名结果.xlsx`);
  await writeResultWorkbook(target, assessment, {
    label,
    version: await packageVersion(),
    generatedAt: new Date(),
    inputs: [
      { role: "测评体系", path: criteriaPath, sha256: await sha256File(criteriaPath) },
      { role: "申报数据", path: submissionsPath, sha256: await sha256File(submissionsPath) },
      ...(previousPath ? [{ role: "上年数据", path: previousPath, sha256: await sha256File(previousPath) }] : []),
    ],
  });
  console.log(formatSummary(assessment, label, [relative(process.cwd(), target) || target]));
  const errors = assessment.issues.filter((i) => i.severity === "error").length;
  if (opts.strict && errors > 0) throw new DataError(`有 ${errors} 条数据错误（--strict）`);
  return 0;
}
