/**
 * Names and values as printed in the terminal. The workbook keeps them as
 * read (cut at Excel's 32,767 characters); a terminal line does not: a
 * control character pasted into a name (a vertical tab, ESC, `_x0001_`
 * decoded) would move the cursor, recolour or erase the screen, and a
 * 40,000-character name would bury the summary.
 */

/** How many characters of a name a terminal line shows: longer names keep their first 44 and last 15, joined by 「…」. */
export const TERMINAL_NAME_CHARS = 60;
const HEAD_CHARS = 44;
const TAIL_CHARS = TERMINAL_NAME_CHARS - HEAD_CHARS - 1;

/** C0 controls except tab and line feed, DEL, and the C1 controls (U+009B starts an escape sequence in some terminals). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Control characters shown as visible `\uXXXX` marks.
 * @example visibleControls("甲\u000B乙局") // => "甲\\u000B乙局"
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/**
 * A name for a terminal line: controls made visible; a name over
 * TERMINAL_NAME_CHARS characters (code points, not UTF-16 units) cut in the
 * middle with 「…」, so that two long names differing at the end (…局, …中心)
 * stay apart, as the file-name mapping needs.
 * @example terminalName("甲\u0001局") // => "甲\\u0001局"
 * @example terminalName("甲".repeat(50) + "乙".repeat(20)) // => "甲".repeat(44) + "…" + "乙".repeat(15)
 */
export function terminalName(name: string): string {
  const chars = Array.from(name);
  const shown = chars.length > TERMINAL_NAME_CHARS ? `${chars.slice(0, HEAD_CHARS).join("")}…${chars.slice(-TAIL_CHARS).join("")}` : name;
  return visibleControls(shown);
}

/**
 * A whole terminal line made of messages that quote names and values in
 * “…”: each quoted part is shown as terminalName shows a name, and controls
 * anywhere else are made visible too.
 * @example terminalLine("“" + "甲".repeat(70) + "”不是数字") // => "“" + "甲".repeat(44) + "…" + "甲".repeat(15) + "”不是数字"
 */
export function terminalLine(line: string): string {
  return visibleControls(line.replace(/“([^“”]*)”/g, (_whole, quoted: string) => `“${terminalName(quoted)}”`));
}
