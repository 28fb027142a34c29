import { readdir, readFile, mkdir, rename, rm, writeFile, rmdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { safeFileName, uniqueFileNames } from "../safeFileName.js";
import { ensureDirectory } from "../ensureDirectory.js";
import { tempPathBeside, trackTemp, untrackTemp } from "../atomicWrite.js";
import { renderCharts } from "./renderCharts.js";

export interface RenderedChart {
  spec: ChartSpec;
  png: Buffer;
  /** Path relative to the output directory, e.g. charts/01-总分排名.png. */
  relativePath: string;
  /** The chart's file is not named exactly after spec.fileName (characters replaced, cut, or a “（2）” added). */
  renamed: boolean;
}

/** The list of files kaoping wrote in charts/, so that a later run removes exactly those and nothing of the user's. */
export const CHARTS_MANIFEST = ".kaoping-charts.json";

/**
 * Render every chart and put the run's charts/ in place whole: the files are
 * written into a temporary folder, then swapped in, so a folder never mixes
 * two runs and a chart of an earlier run (a renamed item, a unit no longer
 * listed) does not stay. Files in charts/ that kaoping did not write (not in
 * its manifest) are kept: then only the earlier run's own files are removed.
 */
export async function writeCharts(outDir: string, specs: ChartSpec[]): Promise<RenderedChart[]> {
  return writeChartFiles(outDir, specs, await renderCharts(specs));
}

/** writeCharts for charts already drawn (pngs in the order of specs). */
export async function writeChartFiles(outDir: string, specs: ChartSpec[], pngs: Buffer[]): Promise<RenderedChart[]> {
  const names = chartFileNames(specs);
  const chartsDir = join(outDir, "charts");
  await ensureDirectory(outDir);
  const staging = tempPathBeside(chartsDir);
  trackTemp(staging);
  try {
    for (const [i, name] of names.entries()) {
      await mkdir(dirname(join(staging, name)), { recursive: true });
      await writeFile(join(staging, name), pngs[i]);
    }
    await writeFile(join(staging, CHARTS_MANIFEST), JSON.stringify({ files: names.map(toManifestPath) }, null, 1));
    await swapInRetrying(staging, chartsDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    untrackTemp(staging);
  }
  return specs.map((spec, i) => ({ spec, png: pngs[i], relativePath: join("charts", names[i]), renamed: baseName(names[i]) !== spec.fileName }));
}

/** Each chart's path inside charts/: folder kept, name made safe, distinct within its folder. */
export function chartFileNames(specs: ChartSpec[]): string[] {
  const out: string[] = new Array(specs.length);
  const byFolder = new Map<string, number[]>();
  specs.forEach((s, i) => byFolder.set(s.folder ?? "", [...(byFolder.get(s.folder ?? "") ?? []), i]));
  for (const [folder, indexes] of byFolder) {
    const unique = uniqueFileNames(indexes.map((i) => safeFileName(specs[i].fileName)));
    indexes.forEach((i, k) => (out[i] = folder ? join(safeFileName(folder), `${unique[k]}.png`) : `${unique[k]}.png`));
  }
  return out;
}

const baseName = (path: string) => path.slice(path.lastIndexOf(sep) + 1).replace(/\.png$/, "");
const toManifestPath = (path: string) => path.split(sep).join("/");

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => toManifestPath(relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))));
}

async function readManifest(chartsDir: string): Promise<string[]> {
  try {
    const files = (JSON.parse(await readFile(join(chartsDir, CHARTS_MANIFEST), "utf8")) as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === "string" && !f.split("/").includes("..")) : [];
  } catch {
    return [];
  }
}

/**
 * Another run into the same folder may swap its charts/ in between this
 * run's look and its rename (ENOENT, ENOTEMPTY): look again, a few times.
 */
async function swapInRetrying(staging: string, chartsDir: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await swapIn(staging, chartsDir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= 3 || !(code === "ENOENT" || code === "ENOTEMPTY" || code === "EEXIST")) throw e;
    }
  }
}

async function swapIn(staging: string, chartsDir: string): Promise<void> {
  let existing: string[];
  try {
    existing = await listFiles(chartsDir);
  } catch {
    await rename(staging, chartsDir);
    return;
  }
  const owned = new Set([...(await readManifest(chartsDir)), CHARTS_MANIFEST]);
  if (existing.every((f) => owned.has(f))) {
    // Only kaoping's files: the whole folder is replaced, the earlier one removed.
    const old = tempPathBeside(`${chartsDir}-old`);
    trackTemp(old);
    await rename(chartsDir, old);
    try {
      await rename(staging, chartsDir);
    } catch (e) {
      // The earlier charts stay rather than none.
      await rename(old, chartsDir).catch(() => undefined);
      throw e;
    } finally {
      await rm(old, { recursive: true, force: true });
      untrackTemp(old);
    }
    return;
  }
  // The user keeps files of their own here: remove the earlier run's files only, then move this run's in.
  for (const f of owned) if (f !== CHARTS_MANIFEST) await rm(join(chartsDir, ...f.split("/")), { force: true });
  for (const f of await listFiles(staging)) {
    await mkdir(dirname(join(chartsDir, f)), { recursive: true });
    await rename(join(staging, ...f.split("/")), join(chartsDir, ...f.split("/")));
  }
  for (const folder of new Set([...owned].filter((f) => f.includes("/")).map((f) => f.slice(0, f.lastIndexOf("/"))))) await rmdir(join(chartsDir, folder)).catch(() => undefined);
}
