import { parentPort } from "node:worker_threads";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { renderChart } from "./renderChart.js";

// Draws the charts it is sent and posts each PNG back (its bytes transferred, not copied).
parentPort!.on("message", (specs: ChartSpec[]) => {
  for (const spec of specs) {
    const png = renderChart(spec);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort!.postMessage({ id: spec.fileName, png: bytes }, [bytes.buffer]);
  }
});
