import { join, relative, resolve } from "node:path";
import { loadAssessment, DataError, type InputOptions } from "./loadAssessment.js";
import { InputFileError } from "../../io/errors.js";
import { writeResultWorkbook } from "../../io/writeResultWorkbook.js";
import { packageVersion, runLabel } from "../../io/paths.js";
import { sha256File } from "../../io/fileHash.js";
import { formatSummary } from "../summary.js";
import { buildCharts } from "../../core/charts/buildCharts.js";
import { writeCharts } from "../../io/charts/writeCharts.js";

export interface ScoreOptions extends InputOptions {
  out?: string;
  strict?: boolean;
  /** false with --no-charts. */
  charts?: boolean;
  /** Units to draw a radar chart for (--unit), or all (--all-units). */
  unit?: string[];
  allUnits?: boolean;
}

/** `kaoping score`: read → assess → write the result workbook → summary. */
export async function scoreCommand(opts: ScoreOptions): Promise<number> {
  const { assessment, criteriaPath, submissionsPath, previousPath } = await loadAssessment(opts);
  const label = runLabel(submissionsPath);
  const outDir = resolve(opts.out ?? "output");
  const target = join(outDir, `${label}-排名结果.xlsx`);
  const unknown = (opts.unit ?? []).filter((n) => !assessment.results.some((r) => r.unit.name === n));
  if (unknown.length) throw new InputFileError(`--unit 指定的单位不在申报数据中：${unknown.join("、")}`);
  const specs = opts.charts === false ? [] : buildCharts(assessment, { label, units: opts.allUnits ? "all" : opts.unit });
  const charts = await writeCharts(outDir, specs);
  await writeResultWorkbook(target, assessment, {
    charts: charts.map((c) => ({ title: c.spec.title, png: c.png, width: c.spec.width, height: c.spec.height, path: c.relativePath })),
    label,
    version: await packageVersion(),
    generatedAt: new Date(),
    inputs: [
      { role: "测评体系", path: criteriaPath, sha256: await sha256File(criteriaPath) },
      { role: "申报数据", path: submissionsPath, sha256: await sha256File(submissionsPath) },
      ...(previousPath ? [{ role: "上年数据", path: previousPath, sha256: await sha256File(previousPath) }] : []),
    ],
  });
  const written = [target, ...(charts.length ? [join(outDir, "charts")] : [])].map((p) => relative(process.cwd(), p) || p);
  console.log(formatSummary(assessment, label, written));
  const errors = assessment.issues.filter((i) => i.severity === "error").length;
  if (opts.strict && errors > 0) throw new DataError(`有 ${errors} 条数据错误（--strict）`);
  return 0;
}
