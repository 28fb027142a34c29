import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, ensureBuilt } from "../../test/cli.js";

/** A child that starts an atomic write which never finishes, then is sent `signal`. */
function interruptedWrite(dir: string, signal: NodeJS.Signals): Promise<number | null> {
  const module = pathToFileURL(join(ROOT, "dist", "src", "io", "atomicWrite.js")).href;
  const script = `
    const { produceAtomic } = await import(${JSON.stringify(module)});
    const { writeFile } = await import("node:fs/promises");
    produceAtomic(${JSON.stringify(join(dir, "结果.xlsx"))}, async (tmp) => {
      await writeFile(tmp, "half");
      process.stdout.write("ready\\n");
      await new Promise(() => setInterval(() => {}, 1000));
    });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
    child.stdout.on("data", () => child.kill(signal));
    child.on("exit", (code) => resolve(code));
  });
}

describe("temporary files on SIGINT/SIGTERM", () => {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    it(`${signal} removes the half-written temp file and exits ${code} (128 + signal number)`, async () => {
      ensureBuilt();
      const dir = await mkdtemp(join(tmpdir(), "kaoping-signal-"));
      expect(await interruptedWrite(dir, signal)).toBe(code);
      expect(await readdir(dir)).toEqual([]);
      expect(existsSync(join(dir, "结果.xlsx"))).toBe(false);
    });
  }
});
