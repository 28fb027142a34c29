/**
 * Stage timing for every run, and a progress line on stderr for long runs:
 * shown only on a terminal, after ~2 s, and never with --quiet, so piped
 * output and CI logs stay clean. KAOPING_BENCH=1 prints the timings and
 * peak memory as one JSON line for the benchmark.
 */
export type StageName = "读取" | "计分" | "排名" | "写出" | "绘图" | "通报";

export class Stages {
  private readonly started = performance.now();
  private current?: { name: StageName; at: number };
  /** Per stage: wall time and the process's peak RSS at the stage's end (a running peak: RSS rarely falls back). */
  readonly timings: { stage: StageName; ms: number; peakRssMb: number }[] = [];
  private timer?: NodeJS.Timeout;
  private shown = false;

  constructor(private readonly quiet = false) {
    if (!quiet && process.stderr.isTTY) {
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
    }
  }

  start(name: StageName): void {
    this.finish();
    this.current = { name, at: performance.now() };
  }

  private finish(): void {
    if (this.current) this.timings.push({ stage: this.current.name, ms: performance.now() - this.current.at, peakRssMb: process.resourceUsage().maxRSS / 1024 });
    this.current = undefined;
  }

  private draw(): void {
    const elapsed = (performance.now() - this.started) / 1000;
    if (elapsed < 2 || !this.current) return;
    this.shown = true;
    const done = this.timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(1)}s`).join(" · ");
    process.stderr.write(`\r\x1b[K[kaoping] ${done ? done + " · " : ""}${this.current.name}中… ${elapsed.toFixed(1)}s`);
  }

  end(): void {
    this.finish();
    if (this.timer) clearInterval(this.timer);
    if (this.shown) process.stderr.write("\r\x1b[K");
    if (process.env.KAOPING_BENCH === "1") {
      const totalMs = performance.now() - this.started;
      const peakRssMb = process.resourceUsage().maxRSS / 1024;
      process.stderr.write(`KAOPING_BENCH ${JSON.stringify({ stages: this.timings, totalMs, peakRssMb })}\n`);
    }
  }
}
