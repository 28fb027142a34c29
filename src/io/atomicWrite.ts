import { rmSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { ensureDirectory } from "./ensureDirectory.js";
import { dirname, join, basename } from "node:path";

/** Temporary files and folders of this run not yet renamed into place or removed. */
const pendingTemps = new Set<string>();
let signalsHandled = false;

/**
 * Remember a temporary path so that Ctrl+C (SIGINT) or a kill (SIGTERM)
 * removes it before the process ends, instead of leaving “.….tmp” files in
 * the output folder. The exit code is the shell's 128 + signal number.
 */
export function trackTemp(path: string): void {
  pendingTemps.add(path);
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      removePendingTemps();
      process.exit(code);
    });
  }
}

/** The path is in place or removed: nothing to clean on a signal. */
export function untrackTemp(path: string): void {
  pendingTemps.delete(path);
}

/** Synchronous, for a signal handler: remove every temporary path of this run. */
export function removePendingTemps(): void {
  for (const p of pendingTemps) rmSync(p, { recursive: true, force: true });
  pendingTemps.clear();
}

/** A temporary name beside `path`, hidden and unique to this process. */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Produce a file so that readers see the old file or the whole new one,
 * never half of it: `produce` writes a temporary file beside it, which is
 * then renamed over the target (and removed if producing fails or the run
 * is interrupted).
 */
export async function produceAtomic(path: string, produce: (tmp: string) => Promise<void>): Promise<void> {
  await ensureDirectory(dirname(path));
  const tmp = tempPathBeside(path);
  trackTemp(tmp);
  try {
    await produce(tmp);
    await rename(tmp, path);
  } catch (e) {
    // Removing the temp file must not hide why producing failed.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw namedForTarget(e, tmp, path);
  } finally {
    untrackTemp(tmp);
  }
}

/**
 * A file-system error of the temp file (or of a stream write, which names
 * no path) names the file the user asked for: the temp name means nothing
 * to them.
 */
function namedForTarget(e: unknown, tmp: string, path: string): unknown {
  const errno = e as NodeJS.ErrnoException;
  if (e instanceof Error && typeof errno.code === "string" && (errno.path === undefined || errno.path === tmp)) errno.path = path;
  return e;
}

/** Write a whole buffer atomically (temp file, then rename). */
export function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  return produceAtomic(path, (tmp) => writeFile(tmp, data));
}
