import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Kept apart from renderCharts so that starting the thread early does not
// load Chart.js and the canvas library on this thread before they are needed.

let started: Worker | undefined;
/** Early threads that failed or stopped while waiting: renderCharts starts a fresh one instead, which reports the error if it recurs. */
const stopped = new WeakSet<Worker>();

/**
 * Start the drawing thread now, so that it loads Chart.js, the canvas
 * library and the font (about 0.4 s) while the data is still being read
 * and scored. renderCharts uses it; until then it does not keep the
 * process alive, so a run that fails before drawing still exits.
 */
export function startChartThread(): void {
  if (started || availableParallelism() < 2) return;
  let worker: Worker;
  try {
    worker = newChartThread();
  } catch {
    return; // renderCharts will say what is missing when it needs the thread
  }
  worker.unref();
  worker.on("error", () => stopped.add(worker));
  worker.on("exit", () => stopped.add(worker));
  started = worker;
}

/** The thread startChartThread began, if it is still alive; handed over once. */
export function takeStartedThread(): Worker | undefined {
  const worker = started && !stopped.has(started) ? started : undefined;
  started = undefined;
  return worker;
}

export function newChartThread(): Worker {
  return new Worker(workerFile());
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
