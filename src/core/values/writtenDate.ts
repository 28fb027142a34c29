/**
 * A date as a 公文 writes it: 2026-04-18 → 2026年4月18日 (the workbook keeps
 * the sortable form). Anything that is not a whole ISO date is returned as
 * it is.
 * @example writtenDate("2026-04-18") // => "2026年4月18日"
 * @example writtenDate("2026-4") // => "2026-4"
 */
export function writtenDate(iso: string): string {
  if (typeof iso !== "string") throw new TypeError("writtenDate requires a date text");
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
