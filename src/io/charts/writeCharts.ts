import { join } from "node:path";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { safeFileName } from "../safeFileName.js";
import { writeFileAtomic } from "../atomicWrite.js";
import { renderCharts } from "./renderCharts.js";

export interface RenderedChart {
  spec: ChartSpec;
  png: Buffer;
  /** Path relative to the output directory, e.g. charts/01-总分排名.png. */
  relativePath: string;
}

/** Render every chart and write it under <out>/charts/, folders kept, names made safe. */
export async function writeCharts(outDir: string, specs: ChartSpec[]): Promise<RenderedChart[]> {
  const out: RenderedChart[] = [];
  const pngs = await renderCharts(specs);
  for (const [i, spec] of specs.entries()) {
    const parts = spec.fileName.split("/").map((p) => safeFileName(p));
    const relativePath = join("charts", ...parts.slice(0, -1), `${parts[parts.length - 1]}.png`);
    const png = pngs[i];
    await writeFileAtomic(join(outDir, relativePath), png);
    out.push({ spec, png, relativePath });
  }
  return out;
}
