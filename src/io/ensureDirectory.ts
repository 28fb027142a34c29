import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { formatMessage } from "../core/i18n/messages.js";
import { InputFileError } from "./errors.js";

/**
 * Make sure `dir` is a folder, creating the missing ones from the nearest
 * existing parent down, one non-recursive mkdir each. Node's recursive mkdir
 * is not used: under a path where creating cannot succeed (/proc/self/x) it
 * retries forever at full CPU. Here each folder is tried once, and a failure
 * is one Chinese line (exit 2) naming the folder and the existing parent.
 */
export async function ensureDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const found = await stat(current).catch((e: NodeJS.ErrnoException) => {
      // ENOTDIR (a file stands higher up) is thrown as it is: its message names the path asked for.
      if (e.code === "ENOENT") return undefined;
      throw e;
    });
    if (found) {
      // As mkdir reports it: a file stands where the folder goes.
      if (!found.isDirectory()) throw Object.assign(new Error(`EEXIST: ${current}`), { code: "EEXIST", path: current, syscall: "mkdir" });
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    missing.push(current);
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Another run created it meanwhile: that is what was wanted.
      if (code === "EEXIST" && (await stat(folder)).isDirectory()) continue;
      // A permission or disk error has its own message (toFileSystemError); the rest means this place cannot hold a folder.
      if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOSPC" || code === "EDQUOT") throw e;
      throw new InputFileError(formatMessage("outDirCannotCreate", { path: folder, parent: dirname(folder), code: code ?? "?" }));
    }
  }
}
