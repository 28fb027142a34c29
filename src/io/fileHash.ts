import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

/** SHA-256 of the bytes last read from each file in this run, by absolute path. */
const hashOfBytesRead = new Map<string, string>();

/**
 * Remember the hash of the bytes a reader got from `path`: 说明 must show
 * the hash of what was scored, and a file moved or changed after it was
 * read must neither change that nor (removed) throw away a finished run.
 */
export function rememberBytesRead(path: string, bytes: Uint8Array): void {
  hashOfBytesRead.set(resolve(path), createHash("sha256").update(bytes).digest("hex"));
}

/** SHA-256 of a file, hex, for the 说明 sheet: of the bytes read when it was read, else read now. */
export async function sha256File(path: string): Promise<string> {
  const known = hashOfBytesRead.get(resolve(path));
  if (known) return known;
  const bytes = await readFile(path);
  rememberBytesRead(path, bytes);
  return hashOfBytesRead.get(resolve(path))!;
}
