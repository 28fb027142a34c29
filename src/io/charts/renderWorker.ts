import { parentPort } from "node:worker_threads";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { renderChart } from "./renderChart.js";

// Draws the charts it is sent and posts each PNG back with its position in the batch (bytes transferred, not copied).
parentPort!.on("message", (specs: ChartSpec[]) => {
  specs.forEach((spec, index) => {
    const png = renderChart(spec);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort!.postMessage({ index, png: bytes }, [bytes.buffer]);
  });
});
