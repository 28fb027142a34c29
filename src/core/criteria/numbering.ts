/**
 * The Chinese outline numbering offices put in front of criteria names
 * (一、阵地建设 / （一）创建阵地 / 1.文明科室创建率) or in a 序号 column.
 * Level 1 and 2 name a 一级/二级指标; level 3 is an item's sequence number.
 */
export type NumberingLevel = 1 | 2 | 3;

export interface Numbering {
  level: NumberingLevel;
  /** The text after the numbering, trimmed. */
  rest: string;
}

const CN = "[一二三四五六七八九十]+";
const ROMAN = "[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]";
/** First match wins; a level-3 number must not run into a decimal (「1.5倍」 is no numbering). */
const PATTERNS: [NumberingLevel, RegExp][] = [
  [3, new RegExp(`^${ROMAN}\\s*[-－—–]\\s*\\d+\\s*[、.．]?\\s*`)],
  [1, new RegExp(`^${CN}\\s*[、.．]\\s*`)],
  [1, new RegExp(`^${ROMAN}\\s*[、.．]\\s*`)],
  [2, new RegExp(`^[（(]\\s*${CN}\\s*[)）]\\s*[、.．]?\\s*`)],
  [3, /^[（(]\s*\d+\s*[)）]\s*[、.．]?\s*/],
  [3, /^\d+\s*[、.．)）](?![\d.．])\s*/],
  [3, /^[①-⑳]\s*/],
];
/** A 序号 cell holding only a number: 「一」, 「Ⅱ」, 「3」. */
const BARE: [NumberingLevel, RegExp][] = [
  [1, new RegExp(`^(${CN}|${ROMAN})$`)],
  [3, /^\d+$/],
];

/**
 * The numbering in front of a text, if any.
 * @example readNumbering("一、阵地建设（12分）") // => { level: 1, rest: "阵地建设（12分）" }
 * @example readNumbering("（二）经济工作") // => { level: 2, rest: "经济工作" }
 * @example readNumbering("1.文明科室创建率") // => { level: 3, rest: "文明科室创建率" }
 * @example readNumbering("1.5倍完成") // => undefined
 * @example readNumbering("一票否决") // => undefined
 */
export function readNumbering(text: string): Numbering | undefined {
  const t = text.trim();
  for (const [level, re] of PATTERNS) {
    const m = re.exec(t);
    if (m) return { level, rest: t.slice(m[0].length).trim() };
  }
  return undefined;
}

/**
 * The level of a 序号/编号 cell written as outline numbering (「一、」, 「（一）」, 「1.」, 「一」);
 * undefined for a dotted 编号 such as 1.2 or for other text.
 * @example sequenceLevel("（一）") // => 2
 * @example sequenceLevel("3") // => 3
 * @example sequenceLevel("1.2") // => undefined
 */
export function sequenceLevel(text: string): NumberingLevel | undefined {
  const t = text.trim();
  for (const [level, re] of BARE) if (re.test(t)) return level;
  const n = readNumbering(t);
  return n && n.rest === "" ? n.level : undefined;
}

/**
 * A text without its leading numbering.
 * @example stripNumbering("（一）创建阵地（7分）") // => "创建阵地（7分）"
 * @example stripNumbering("文明科室创建率") // => "文明科室创建率"
 */
export function stripNumbering(text: string): string {
  return readNumbering(text)?.rest ?? text;
}

/**
 * Points written at the end of a parent's name: 「阵地建设（12分）」.
 * @example pointsInName("阵地建设（12分）") // => { name: "阵地建设", points: 12 }
 * @example pointsInName("创建阵地") // => { name: "创建阵地", points: undefined }
 */
export function pointsInName(text: string): { name: string; points?: number } {
  const m = /^(.*?)\s*[（(]\s*(?:满分)?\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/.exec(text);
  return m && m[1] ? { name: m[1], points: Number(m[2]) } : { name: text };
}
