/**
 * A file name built from user text (a unit name, a year label) that is safe
 * on every system: no path separators, no reserved characters, no leading
 * dots, bounded length.
 *
 * @example safeFileName("../县/水务局:2026") // => "县_水务局_2026"
 */
export function safeFileName(text: string, fallback = "未命名"): string {
  const cleaned = text
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, "_")
    .replace(/^[.\s_]+|[.\s_]+$/g, "")
    .slice(0, 80);
  if (!cleaned || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned)) return fallback;
  return cleaned;
}
