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
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Write a whole buffer atomically (temp file, then rename). */
export function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  return produceAtomic(path, (tmp) => writeFile(tmp, data));
}
