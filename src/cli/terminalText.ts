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

/**
 * Code points a terminal draws two columns wide (East Asian Wide and
 * Fullwidth): Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK
 * compatibility, vertical and small forms, fullwidth forms, and the
 * supplementary ideograph planes. Ambiguous ones (“ ” …) count one: that is
 * how terminals outside a CJK legacy locale draw them.
 */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{20000}-\u{3FFFD}]/u;

/**
 * Columns a text takes in a terminal: a CJK character two, others one,
 * colour escapes none.
 * @example terminalWidth("选项") // => 4
 * @example terminalWidth("-o, --out <dir>") // => 15
 * @example terminalWidth("（默认：output）") // => 16
 */
export function terminalWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\x1b\[\d*(;\d*)*m/g, "")) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Punctuation a line must not start with (，。、）”…), nor end with (（“「《), as Chinese typesetting has it. */
const NO_LINE_START = /^[，。、；：！？）》」』”’…,.;:!?)\]]/u;
const NO_LINE_END = /[（《「『“‘(\[]$/u;

/**
 * Wrap text to a terminal width: at spaces, and between two CJK characters
 * (Chinese has no spaces), never putting closing punctuation at a line's
 * start or an opening bracket at its end. Existing line breaks are kept.
 * @example wrapToWidth("统计满意度并填入满意度指标", 10) // => ["统计满意度", "并填入满意", "度指标"]
 * @example wrapToWidth("不绘制图表（默认：关）", 10) // => ["不绘制图表", "（默认：", "关）"]
 */
export function wrapToWidth(text: string, width: number): string[] {
  return text.split(/\r?\n/).flatMap((line) => wrapLine(line, width));
}

function wrapLine(line: string, width: number): string[] {
  // Pieces that may not be split: a run of non-space, non-CJK characters (a word, a flag, a path), one CJK character, or spaces.
  const pieces = line.match(/\s+|[^\s]/gu) ?? [];
  const tokens: string[] = [];
  for (const p of pieces) {
    const last = tokens.at(-1);
    const joinsWord = last !== undefined && !/\s/.test(p) && !WIDE.test(p) && !/\s$/.test(last) && !WIDE.test(Array.from(last).at(-1)!);
    if (joinsWord) tokens[tokens.length - 1] += p;
    else tokens.push(p);
  }
  const lines: string[] = [];
  let current: string[] = [];
  const text = (tokens: string[]) => tokens.join("");
  const isSpace = (t: string) => /^\s+$/.test(t);
  const breakable = (before: string, after: string) => !NO_LINE_START.test(after) && !NO_LINE_END.test(before);
  for (const token of tokens) {
    if (!current.length && isSpace(token)) continue;
    if (!current.length || isSpace(token) || terminalWidth(text(current) + token) <= width) {
      current.push(token);
      continue;
    }
    // Too long: break before this token, moving whole tokens back while the break is not allowed there.
    let tail = [token];
    let head = [...current];
    while (head.length > 1 && !breakable(text(head).trimEnd(), text(tail))) tail = [head.pop()!, ...tail];
    // No allowed break on this line (a long flag followed by a comma): the line runs over rather than break the rule.
    if (!breakable(text(head).trimEnd(), text(tail))) {
      current.push(token);
      continue;
    }
    lines.push(text(head).trimEnd());
    while (tail.length && isSpace(tail[0])) tail.shift();
    current = tail;
  }
  if (text(current).trim() || !lines.length) lines.push(text(current).trimEnd());
  return lines;
}
