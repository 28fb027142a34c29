import { isAbsolute, relative, resolve } from "node:path";

/**
 * A path as the terminal prints it: relative to the working folder when it
 * lies inside it (output/2026-排名结果.xlsx), otherwise absolute — a clerk
 * cannot follow 「../../tmp/结果/…」.
 * @example shownPath("/work/x/out/a.xlsx", "/work/x") // => "out/a.xlsx"
 * @example shownPath("/tmp/out/a.xlsx", "/work/x") // => "/tmp/out/a.xlsx"
 */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  if (typeof path !== "string" || !path) throw new TypeError("shownPath requires a file path");
  const absolute = resolve(cwd, path);
  const inside = relative(cwd, absolute);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : absolute;
}
