/**
 * The label of a run: the year in a file name ("2026-申报数据.xlsx" → "2026"),
 * else the name without its extension.
 *
 * @example yearLabel("2025-排名结果.xlsx") // => "2025"
 */
export function yearLabel(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|et|csv)$/i, "");
  return /(?:^|\D)(20\d{2})(?:\D|$)/.exec(base)?.[1] ?? base;
}
