import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { safeFileName } from "./safeFileName.js";
import { yearLabel } from "../core/values/yearLabel.js";
import { NO_YEAR_LABEL } from "../core/i18n/labels.js";
import { formatMessage } from "../core/i18n/messages.js";
import { InputFileError } from "./errors.js";

/** The package root, found from this file (dist/src/io or src/io). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (basename(dir) === "src") return basename(dirname(dir)) === "dist" ? dirname(dirname(dir)) : dirname(dir);
    dir = dirname(dir);
  }
  return process.cwd();
}

export const DEFAULT_CRITERIA = () => join(packageRoot(), "scoring-sheets", "文明机关测评体系.xlsx");

/** The questionnaire export of a sample year: "2026-问卷调查.xlsx" beside "2026-申报数据.xlsx". */
const QUESTIONNAIRE_SAMPLE = "问卷调查";
/** The judgement matrices of `kaoping weights` ("2026-权重判断矩阵.xlsx"): not submissions either. */
const JUDGEMENT_SAMPLE = "判断矩阵";

/**
 * The latest year's workbook in samples/: "2026-申报数据.xlsx" beats
 * "2025-…"; a questionnaire export ("2026-问卷调查.xlsx") and the judgement
 * matrices ("2026-权重判断矩阵.xlsx") are not submissions.
 */
export async function latestSample(): Promise<string | undefined> {
  const dir = join(packageRoot(), "samples");
  const names = await readdir(dir).catch(() => [] as string[]);
  const years = names
    .filter((n) => !n.includes(QUESTIONNAIRE_SAMPLE) && !n.includes(JUDGEMENT_SAMPLE))
    .map((n) => ({ n, y: /^(\d{4}).*\.xlsx$/i.exec(n)?.[1] }))
    .filter((x): x is { n: string; y: string } => Boolean(x.y))
    .sort((a, b) => Number(b.y) - Number(a.y));
  return years[0] ? join(dir, years[0].n) : undefined;
}

/** The sample of the year before a "2026-…xlsx" sample, if there is one. */
export async function previousSample(samplePath: string): Promise<string | undefined> {
  const base = basename(samplePath);
  const year = /^(\d{4})/.exec(base)?.[1];
  if (!year) return undefined;
  const candidate = join(dirname(samplePath), base.replace(year, String(Number(year) - 1)));
  const names = await readdir(dirname(samplePath)).catch(() => [] as string[]);
  return names.includes(basename(candidate)) ? candidate : undefined;
}

/**
 * The samples of the years before a "2026-申报数据.xlsx" sample, oldest
 * first ("2024-申报数据.xlsx", "2025-申报数据.xlsx"): what the default run
 * reads as history, as if `--history` named a folder holding them. Only
 * files named like the sample (its name with another, earlier year), so a
 * questionnaire export is never among them.
 */
export async function earlierSamples(samplePath: string): Promise<string[]> {
  const base = basename(samplePath);
  const year = /^(\d{4})/.exec(base)?.[1];
  if (!year) return [];
  const rest = base.slice(4);
  const names = await readdir(dirname(samplePath)).catch(() => [] as string[]);
  return names
    .filter((n) => n.slice(4) === rest && /^\d{4}$/.test(n.slice(0, 4)) && Number(n.slice(0, 4)) < Number(year))
    .sort()
    .map((n) => join(dirname(samplePath), n));
}

/** The questionnaire export shipped beside a "2026-…xlsx" sample ("2026-问卷调查.xlsx"), if there is one. */
export async function questionnaireSample(samplePath: string): Promise<string | undefined> {
  const year = /^(\d{4})/.exec(basename(samplePath))?.[1];
  if (!year) return undefined;
  const name = `${year}-${QUESTIONNAIRE_SAMPLE}.xlsx`;
  const names = await readdir(dirname(samplePath)).catch(() => [] as string[]);
  return names.includes(name) ? join(dirname(samplePath), name) : undefined;
}

/**
 * The label of a run's output files: its year when known, else the
 * submissions file's base name; a folder's name is never used (it is not a year).
 */
export function runLabel(submissionsPath: string, year?: number, folder = false): string {
  if (year !== undefined) return String(year);
  return folder ? NO_YEAR_LABEL : safeFileName(yearLabel(basename(submissionsPath)));
}

export async function packageVersion(): Promise<string> {
  try {
    return JSON.parse(await readFile(join(packageRoot(), "package.json"), "utf8")).version as string;
  } catch {
    return "unknown";
  }
}

/** A path as the file system compares it (Windows and macOS ignore case). */
function pathKey(p: string): string {
  const full = resolve(p);
  return process.platform === "win32" || process.platform === "darwin" ? full.toLowerCase() : full;
}

/**
 * Refuse an output folder that is a returns folder or inside one: the run
 * would add files to an input (and the next run would find its results
 * among the returns). The --history folder is refused the same way. Exit 2, one line, before anything is written.
 */
export function refuseOutputInReturnsFolder(outDir: string, returnsFolder: string | undefined, id: "outputInReturnsFolder" | "historyOutputInFolder" = "outputInReturnsFolder"): void {
  if (!returnsFolder) return;
  const folder = pathKey(returnsFolder);
  const out = pathKey(outDir);
  if (out === folder || out.startsWith(folder + sep)) {
    throw new InputFileError(formatMessage(id, { out: outDir, folder: returnsFolder }));
  }
}

/**
 * Refuse a run whose outputs would replace one of its inputs: an output
 * file that is an input, or an input inside the charts folder the run
 * writes into. Exit 2, one line, before anything is written.
 */
export function refuseOverwritingInputs(outputs: string[], chartsDir: string | undefined, inputs: string[]): void {
  for (const input of inputs) {
    const key = pathKey(input);
    const hit = outputs.find((o) => pathKey(o) === key) ?? (chartsDir && key.startsWith(pathKey(chartsDir) + sep) ? join(chartsDir, basename(input)) : undefined);
    if (hit) throw new InputFileError(formatMessage("outputIsInput", { output: basename(hit), input: basename(input) }));
  }
}
