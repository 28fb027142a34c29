import { parentPort } from "node:worker_threads";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { registerCjkFont } from "./cjkFont.js";
import { betweenCharts, renderChart } from "./renderChart.js";

/** What the drawing thread is sent: the charts, and the shared counter both threads take positions from. */
export interface ChartBatch {
  specs: ChartSpec[];
  next: Int32Array;
}

// Loaded (Chart.js, canvas, font) as soon as the thread starts, before any batch arrives.
registerCjkFont();

// Takes the next undrawn position until none is left, posting each PNG back
// with its position (bytes transferred, not copied), then says it is done.
parentPort!.on("message", async ({ specs, next }: ChartBatch) => {
  for (let i = Atomics.add(next, 0, 1); i < specs.length; i = Atomics.add(next, 0, 1)) {
    const png = renderChart(specs[i]);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort!.postMessage({ index: i, png: bytes }, [bytes.buffer]);
    await betweenCharts();
  }
  parentPort!.postMessage({ done: true });
});
