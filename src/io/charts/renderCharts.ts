import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { renderChart } from "./renderChart.js";

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
  const worker = new Worker(new URL("./renderWorker.js", import.meta.url));
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
