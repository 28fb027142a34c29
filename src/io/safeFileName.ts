/**
 * The most UTF-8 bytes one piece of user text may take in a file name. Linux
 * and macOS allow 255 bytes per name (not 255 characters: a CJK character
 * is 3 bytes), and a piece is joined with a year, a suffix such as
 * “-自评表.xlsx” (15 bytes), a uniqueness mark such as “（12）” and the
 * atomic writer's “.….<pid>.<ms>.tmp” (about 30 bytes): 120 bytes leaves
 * room for all of them.
 */
export const FILE_NAME_PIECE_BYTES = 120;

/**
 * Names Windows reserves for devices, also with an extension ("NUL.txt") and
 * with superscript digits ("COM¹"): a file so named cannot be created or opened.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file name built from user text (a unit name, a year label) that is safe
 * on every system: no path separators, no reserved characters, no leading
 * dots, no trailing dots or spaces (Windows drops them), no device names,
 * at most {@link FILE_NAME_PIECE_BYTES} UTF-8 bytes (cut at a whole character).
 *
 * @example safeFileName("../县/水务局:2026") // => "县_水务局_2026"
 * @example safeFileName("NUL.txt") // => "_NUL.txt"
 * @example safeFileName("COM¹ ") // => "_COM¹"
 */
export function safeFileName(text: string, fallback = "未命名"): string {
  const cleaned = trimEnds(cutToBytes(trimEnds(text.normalize("NFC").replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, "_")), FILE_NAME_PIECE_BYTES));
  if (!cleaned) return fallback;
  // Windows looks at the name before the first dot, trailing spaces ignored.
  if (WINDOWS_RESERVED.test(cleaned.split(".")[0].trimEnd())) return `_${cleaned}`;
  return cleaned;
}

function trimEnds(text: string): string {
  return text.replace(/^[.\s_]+|[.\s_]+$/g, "");
}

/**
 * The longest start of `text` that takes at most `max` UTF-8 bytes, never
 * cutting a character (a surrogate pair stays whole).
 *
 * @example cutToBytes("甲乙丙", 7) // => "甲乙"
 */
export function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let out = "";
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, "utf8");
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/**
 * File names for a list of pieces, made distinct the way Windows and macOS
 * compare them (case and Unicode form ignored): the first keeps its name,
 * later ones get “（2）”, “（3）”… and a mark is never one already taken.
 *
 * @example uniqueFileNames(["甲_乙局", "甲_乙局", "a", "A"]) // => ["甲_乙局", "甲_乙局（2）", "a", "A（2）"]
 */
export function uniqueFileNames(pieces: string[]): string[] {
  const key = (s: string) => s.normalize("NFC").toLowerCase();
  const taken = new Set(pieces.map(key));
  const used = new Set<string>();
  return pieces.map((piece) => {
    let name = piece;
    if (used.has(key(name))) {
      for (let n = 2; ; n++) {
        name = `${piece}（${n}）`;
        if (!used.has(key(name)) && !taken.has(key(name))) break;
      }
    }
    used.add(key(name));
    return name;
  });
}
