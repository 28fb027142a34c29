import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

/** SHA-256 of a file, hex, for the 说明 sheet. */
export async function sha256File(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}
