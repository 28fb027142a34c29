import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { renderChart } from "./renderChart.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Below this many charts a second thread costs more to start (~0.4 s: Chart.js, canvas, font) than it saves. */
export const PARALLEL_CHARTS = 6;

/**
 * Draw charts on both cores: a worker thread takes every other chart while
 * this thread draws the rest. Most of a chart's cost is rasterising and
 * reading back 3200×1800 pixels, which holds the thread that does it, so
 * a second thread nearly halves the time (measured in BENCHMARKS.md).
 * PNGs come back in the order of `specs`; a worker failure is rethrown.
 */
export async function renderCharts(specs: ChartSpec[], opts: { threads?: number } = {}): Promise<Buffer[]> {
  const threads = opts.threads ?? (specs.length >= PARALLEL_CHARTS ? Math.min(2, availableParallelism()) : 1);
  if (threads < 2) return specs.map(renderChart);
  // The worker draws the odd positions, this thread the even ones.
  const theirs = specs.filter((_, i) => i % 2 === 1);
  const pngs: Buffer[] = new Array(specs.length);
  let received = 0;
  const worker = new Worker(workerFile());
  const done = new Promise<void>((resolve, reject) => {
    worker.on("message", (m: { index: number; png: Uint8Array }) => {
      pngs[2 * m.index + 1] = Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength);
      if (++received === theirs.length) resolve();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => received < theirs.length && reject(new Error(`图表绘制线程意外退出（${code}）`)));
  });
  worker.postMessage(theirs);
  try {
    for (let i = 0; i < specs.length; i += 2) pngs[i] = renderChart(specs[i]);
    await done;
    return pngs;
  } finally {
    await worker.terminate();
  }
}

/**
 * The compiled worker beside this module; when this module runs from its
 * TypeScript source (the tests), the build's copy under dist/ (npm test
 * builds first).
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL("./renderWorker.js", import.meta.url));
  if (existsSync(beside)) return beside;
  const built = beside.replace(/([\\/])src([\\/]io[\\/]charts[\\/])/, "$1dist$1src$2");
  if (existsSync(built)) return built;
  throw new Error(`找不到图表绘制线程文件：${beside}（请先运行 npm run build）`);
}
