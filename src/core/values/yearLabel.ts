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

/**
 * The year written in a file name, if any.
 *
 * @example yearIn("2026-申报数据.xlsx") // => 2026
 * @example yearIn("收回年度文明单位测评结果的通报") // => undefined
 */
export function yearIn(fileName: string): number | undefined {
  const y = yearLabel(fileName);
  return /^20\d{2}$/.test(y) ? Number(y) : undefined;
}
