import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

/**
 * Produce a file so that readers see the old file or the whole new one,
 * never half of it: `produce` writes a temporary file beside it, which is
 * then renamed over the target (and removed if producing fails).
 */
export async function produceAtomic(path: string, produce: (tmp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await produce(tmp);
    await rename(tmp, path);
  } catch (e) {
    // Removing the temp file must not hide why producing failed.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw namedForTarget(e, tmp, path);
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
