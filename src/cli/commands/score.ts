import { join, resolve } from "node:path";
import { loadAssessment, DataError, type InputOptions } from "./loadAssessment.js";
import { InputFileError } from "../../io/errors.js";
import { writeResultWorkbook } from "../../io/writeResultWorkbook.js";
import { packageVersion, refuseOutputInReturnsFolder, refuseOverwritingInputs } from "../../io/paths.js";
import { sha256File } from "../../io/fileHash.js";
import { excelLimitNotes, formatSummary, printRenamed } from "../summary.js";
import type { SheetCuts } from "../../io/xlsx/writeXlsx.js";
import type { ChartImages } from "../../io/report/writeDocx.js";
import type { RenderedChart } from "../../io/charts/writeCharts.js";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { Stages } from "../progress.js";
import { terminalName } from "../terminalText.js";
import { ensureDirectory } from "../../io/ensureDirectory.js";
import { CHART_FOLDERS, CHART_TEXT, HISTORY, HISTORY_MODE_LABELS } from "../../core/i18n/labels.js";
import type { Assessment } from "../../core/score/assess.js";
import { nearestNames } from "../../core/values/nearestNames.js";
import { nameKey } from "../../core/values/normaliseText.js";
import { formatMessage } from "../../core/i18n/messages.js";
import { shownPath } from "../shownPath.js";

export interface ScoreOptions extends InputOptions {
  out?: string;
  /** No progress line (--quiet). */
  quiet?: boolean;
  strict?: boolean;
  /** false with --no-charts. */
  charts?: boolean;
  /** Units to draw a radar chart for (--radar, or its older name --unit), or all (--all-units). */
  radar?: string[];
  unit?: string[];
  allUnits?: boolean;
  /** Also write the 通报 (score --report). */
  report?: boolean;
  /** --formulas: the 数据 sheet and item formulas in the result workbook. */
  formulas?: boolean;
}

/** `kaoping score`: read → assess → charts → result workbook (→ 通报) → summary. */
export async function scoreCommand(opts: ScoreOptions): Promise<number> {
  return run(opts, { workbook: true, report: Boolean(opts.report) });
}

/** `kaoping report`: the same run, writing the 通报 (.docx and .html) and its charts. */
export async function reportCommand(opts: ScoreOptions): Promise<number> {
  return run({ ...opts, charts: true }, { workbook: false, report: true });
}

async function run(opts: ScoreOptions, want: { workbook: boolean; report: boolean }): Promise<number> {
  const stages = new Stages(opts.quiet);
  try {
    return await runStages(opts, want, stages);
  } finally {
    stages.end();
  }
}

async function runStages(opts: ScoreOptions, want: { workbook: boolean; report: boolean }, stages: Stages): Promise<number> {
  // The drawing thread loads its libraries and font on the other core while this one reads and scores.
  if (opts.charts !== false) (await import("../../io/charts/chartThread.js")).startChartThread();
  const { assessment, criteriaPath, criteriaHash, submissionsPath, submissionFiles, previousPath, questionnaireFiles, label, notice, historyFolder, historyFiles } = await loadAssessment(opts, undefined, stages);
  const outDir = resolve(opts.out ?? "output");
  // A folder of returns is an input too: nothing is written into it.
  refuseOutputInReturnsFolder(outDir, submissionFiles[0] !== submissionsPath ? submissionsPath : undefined);
  refuseOutputInReturnsFolder(outDir, historyFolder, "historyOutputInFolder");
  const workbookPath = join(outDir, `${label}-排名结果.xlsx`);
  const docxPath = join(outDir, `${label}-测评结果通报（草稿）.docx`);
  const htmlPath = join(outDir, "report.html");
  // Inputs are never overwritten: a result written over its own input (--out beside a workbook named 2026-排名结果.xlsx) is refused before anything is drawn.
  refuseOverwritingInputs(
    [...(want.workbook ? [workbookPath] : []), ...(want.report ? [docxPath, htmlPath] : [])],
    opts.charts !== false ? join(outDir, "charts") : undefined,
    [criteriaPath, ...submissionFiles, ...(previousPath ? [previousPath] : []), ...(opts.units ? [resolve(opts.units)] : []), ...questionnaireFiles, ...historyFiles.map((f) => f.path)],
  );
  // Checked before drawing: a folder that cannot be created (under /proc, under a file) fails now, in one line.
  await ensureDirectory(outDir);
  // Units named as the summary suggests them: by nameKey (「县水务局 」, full-width brackets), then by their name in the data.
  const names = assessment.results.map((r) => r.unit.name);
  const byKey = new Map(names.map((n) => [nameKey(n), n]));
  const asked = [...(opts.radar ?? []), ...(opts.unit ?? [])];
  const unknown = asked.filter((n) => !byKey.has(nameKey(n)));
  if (unknown.length) throw new InputFileError(unknownRadarUnits(unknown, names));
  const radarUnits = asked.map((n) => byKey.get(nameKey(n))!);

  // Canvas, Chart.js and docx load only when a run draws or writes a report.
  let charts: RenderedChart[] = [];
  // Rate items every unit has at 100 %: not drawn (a chart of equal bars), said in the summary instead.
  let fullRates: string[] = [];
  // The charts are drawn while the workbook is written: the drawing thread
  // draws on, this thread takes its next chart between the workbook's
  // chunks, and 图表's images are awaited only when that sheet is reached
  // (1,000 units: ~0.55 s of writing no longer waits for ~0.7 s of drawing).
  let specs: ChartSpec[] = [];
  let drawing: Promise<Buffer[]> | undefined;
  if (opts.charts !== false) {
    stages.start("绘图");
    const { buildCharts, fullRateItems } = await import("../../core/charts/buildCharts.js");
    const { renderCharts } = await import("../../io/charts/renderCharts.js");
    specs = buildCharts(assessment, { label, units: opts.allUnits ? "all" : radarUnits });
    drawing = renderCharts(specs);
    // Awaited below; a failure is thrown there (and by the workbook's 图表 sheet).
    drawing.catch(() => undefined);
    fullRates = fullRateItems(assessment);
  }
  const drawnPng = (i: number) => {
    const png = drawing!.then((pngs) => pngs[i]);
    png.catch(() => undefined);
    return png;
  };
  const written: string[] = [];
  let excelCuts: SheetCuts[] = [];

  if (want.workbook) {
    stages.start("写出");
    const target = workbookPath;
    const { chartFileNames } = await import("../../io/charts/writeCharts.js");
    const names = chartFileNames(specs);
    excelCuts = await writeResultWorkbook(target, assessment, {
      charts: specs.map((spec, i) => ({ title: spec.title, png: drawnPng(i), width: spec.width, height: spec.height, path: join("charts", names[i]), folder: spec.folder })),
      label,
      formulas: Boolean(opts.formulas),
      version: await packageVersion(),
      generatedAt: new Date(),
      inputs: [
        { role: "测评体系", path: criteriaPath, sha256: criteriaHash },
        ...(await Promise.all(submissionFiles.map(async (path) => ({ role: "申报数据", path, sha256: await sha256File(path) })))),
        ...(previousPath ? [{ role: "上年数据", path: previousPath, sha256: await sha256File(previousPath) }] : []),
        ...(await Promise.all(questionnaireFiles.map(async (path) => ({ role: "问卷", path, sha256: await sha256File(path) })))),
        ...(await Promise.all(historyFiles.map(async (f) => ({ role: historyRole(assessment, f.file, f.year), path: f.path, sha256: await sha256File(f.path) })))),
      ],
    });
    written.push(target);
  }
  if (drawing) {
    stages.start("绘图");
    const { writeChartFiles } = await import("../../io/charts/writeCharts.js");
    charts = await writeChartFiles(outDir, specs, await drawing);
  }
  if (want.report) {
    stages.start("通报");
    const { buildReport } = await import("../../core/report/buildReport.js");
    const { writeDocx } = await import("../../io/report/writeDocx.js");
    const { writeHtml } = await import("../../io/report/writeHtml.js");
    const images: ChartImages = new Map(charts.map((c) => [c.spec.id, { png: c.png, width: c.spec.width, height: c.spec.height }]));
    // 成文日期 defaults to today as the office's clock reads it, not UTC's.
    const now = new Date();
    const model = buildReport(assessment, label, new Set(images.keys()), { today: new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) });
    const { buildDashboard } = await import("../../core/report/dashboardModel.js");
    // The 图表 tab shows the run's charts once each (覆盖率 by name); the units' radars are drawn by the page itself.
    const gallery = charts.filter((c) => c.spec.folder !== CHART_FOLDERS.unit).map((c) => ({ id: c.spec.id, title: c.spec.title, folder: c.spec.folder, path: c.relativePath, png: c.png }));
    const docx = docxPath;
    const html = htmlPath;
    await writeDocx(docx, model, images);
    await writeHtml(html, model, images, { model: buildDashboard(assessment, label), charts: gallery });
    written.push(docx, html);
  }
  if (charts.length) written.push(join(outDir, "charts"));

  console.log(formatSummary(assessment, label, written.map((p) => shownPath(p)), notice));
  if (fullRates.length) console.log(CHART_TEXT.allFull(fullRates.join("、")));
  for (const line of excelLimitNotes(excelCuts)) console.log(line);
  printRenamed(charts.filter((c) => c.renamed && c.spec.folder === CHART_FOLDERS.unit).map((c) => ({ unit: c.spec.fileName, path: join(outDir, c.relativePath) })));
  const errors = assessment.issues.filter((i) => i.severity === "error").length;
  if (opts.strict && errors > 0) throw new DataError(`有 ${errors} 条数据错误（--strict）`);
  return 0;
}

/**
 * One line naming each --radar unit that is not among the units scored,
 * with up to three nearest names (a 水务局 typed 水物局, a name without 县).
 */
export function unknownRadarUnits(unknown: string[], names: string[]): string {
  const each = unknown.map((unit) => {
    const near = nearestNames(unit, names);
    return near.length ? formatMessage("radarUnitNearest", { unit: terminalName(unit), names: near.map(terminalName).join("、") }) : formatMessage("radarUnitNoNearest", { unit: terminalName(unit) });
  });
  return formatMessage("radarUnitsUnknown", { list: each.join("；") });
}

/** The 说明 role of a history file: its year and how it was read. */
function historyRole(a: Assessment, file: string, year: number): string {
  const mode = a.history?.years.find((y) => y.file === file)?.mode ?? "published";
  return `${HISTORY.inputRole(year)}：${HISTORY_MODE_LABELS[mode]}`;
}
