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
  const theirs = specs.filter((_, i) => i % 2 === 1);
  const worker = new Worker(workerFile());
  const received = new Map<string, Buffer>();
  const done = new Promise<void>((resolve, reject) => {
    worker.on("message", (m: { id: string; png: Uint8Array }) => {
      received.set(m.id, Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
      if (received.size === theirs.length) resolve();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => received.size < theirs.length && reject(new Error(`图表绘制线程意外退出（${code}）`)));
  });
  worker.postMessage(theirs);
  try {
    const mine = new Map(specs.filter((_, i) => i % 2 === 0).map((s) => [s.fileName, renderChart(s)]));
    await done;
    return specs.map((s) => mine.get(s.fileName) ?? received.get(s.fileName)!);
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
