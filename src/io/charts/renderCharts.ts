import { availableParallelism } from "node:os";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { betweenCharts, renderChart } from "./renderChart.js";
import type { ChartBatch } from "./renderWorker.js";
import { newChartThread, takeStartedThread } from "./chartThread.js";

/** Below this many charts a second thread costs more to start (~0.4 s: Chart.js, canvas, font) than it saves. */
export const PARALLEL_CHARTS = 6;

/**
 * Draw charts on both cores: this thread and a worker thread each take the
 * next undrawn chart from a shared counter until none is left, so a slow
 * chart or the worker's start-up does not leave one thread idle. Most of a
 * chart's cost is rasterising, reading back and compressing its pixels, which
 * holds the thread that does it, so a second thread nearly halves the time
 * (measured in BENCHMARKS.md). PNGs come back in the order of `specs`; a
 * worker failure is rethrown.
 */
export async function renderCharts(specs: ChartSpec[], opts: { threads?: number } = {}): Promise<Buffer[]> {
  const threads = opts.threads ?? (specs.length >= PARALLEL_CHARTS ? Math.min(2, availableParallelism()) : 1);
  const early = takeStartedThread();
  if (threads < 2) {
    await early?.terminate();
    const pngs: Buffer[] = [];
    for (const spec of specs) {
      pngs.push(renderChart(spec));
      await betweenCharts();
    }
    return pngs;
  }
  const worker = early ?? newChartThread();
  worker.ref();
  const next = new Int32Array(new SharedArrayBuffer(4));
  const pngs: Buffer[] = new Array(specs.length);
  const done = new Promise<void>((resolve, reject) => {
    worker.on("message", (m: { index: number; png: Uint8Array } | { done: true }) => {
      if ("done" in m) resolve();
      else pngs[m.index] = Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`图表绘制线程意外退出（${code}）`)));
  });
  worker.postMessage({ specs, next } satisfies ChartBatch);
  try {
    for (let i = Atomics.add(next, 0, 1); i < specs.length; i = Atomics.add(next, 0, 1)) {
      pngs[i] = renderChart(specs[i]);
      await betweenCharts();
    }
    await done;
    return pngs;
  } finally {
    await worker.terminate();
  }
}
