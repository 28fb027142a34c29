import { splitHeader } from "../values/normaliseText.js";

/**
 * Words that say a column holds last year's figure. 上期 is not one of them:
 * it can mean the previous quarter or half-year.
 */
const PREVIOUS_WORDS = ["上年同期", "上年度", "上年数", "上年", "去年同期", "去年数", "去年"];
/** Words that say a column holds this year's figure (the 本年 of a 本年 | 上年 pair). */
const CURRENT_WORDS = ["本年度", "本年数", "本年", "今年", "当年"];
const YEAR_WORD = "(?:20\\d{2})年?度?";
const ALTERNATIVES = [...PREVIOUS_WORDS, ...CURRENT_WORDS].join("|");
const PREFIX = new RegExp(`^(${ALTERNATIVES}|20\\d{2}年度?)(.+)$`);
const SUFFIX = new RegExp(`^(.+?)(${ALTERNATIVES}|20\\d{2}年度?)$`);
const BRACKET = new RegExp(`\\((${ALTERNATIVES}|${YEAR_WORD})\\)`);

/** Which year a header marks: last year, this year, another year, or a year that cannot be placed (no assessment year known). */
export type HeaderWhen = "previous" | "current" | "otherYear" | "unknownYear";

export interface HeaderYear {
  /** The field name without the year word (and without its measure unit). */
  base: string;
  /** The measure unit in brackets, if any: never 上年 or a year. */
  unit: string;
  when: HeaderWhen;
  /** The year written in the header (2025年X), when there is one. */
  written?: number;
}

/**
 * The year word of a (nameKey'd) header, if it has one: 上年X, 去年X,
 * 上年度X, X上年数, X(上年), X(去年), 「2025年X」, 「X(2025年)」, and
 * the lower row of a 本年 | 上年 pair under X (given as X本年 / X上年).
 * A written year is last year's when it is the one before `year`, this
 * year's when it is `year`. A bracket holding 上年 is never a measure unit.
 *
 * @example headerYear("森林火灾", "上年") // => { base: "森林火灾", unit: "", when: "previous" }
 * @example headerYear("去年群众投诉件数", "件") // => { base: "群众投诉件数", unit: "件", when: "previous" }
 * @example headerYear("2025年森林火灾", "", 2026) // => { base: "森林火灾", unit: "", when: "previous", written: 2025 }
 * @example headerYear("森林火灾", "起") // => undefined
 */
export function headerYear(name: string, unit: string, year?: number): HeaderYear | undefined {
  let word = "";
  let base = name;
  let measure = unit;
  if (isYearWord(unit)) {
    // 「森林火灾（起）（上年）」: the year is the last bracket, the unit the one before.
    word = unit;
    ({ name: base, unit: measure } = splitHeader(name));
  } else {
    const bracket = BRACKET.exec(name);
    const prefix = bracket ? null : PREFIX.exec(name);
    const suffix = bracket || prefix ? null : SUFFIX.exec(name);
    if (bracket) [word, base] = [bracket[1], name.replace(bracket[0], "")];
    else if (prefix) [word, base] = [prefix[1], prefix[2]];
    else if (suffix) [word, base] = [suffix[2], suffix[1]];
    else return undefined;
    if (!measure) ({ name: base, unit: measure } = splitHeader(base));
  }
  if (!base) return undefined;
  if (PREVIOUS_WORDS.includes(word)) return { base, unit: measure, when: "previous" };
  if (CURRENT_WORDS.includes(word)) return { base, unit: measure, when: "current" };
  const written = Number(/20\d{2}/.exec(word)![0]);
  const when: HeaderWhen = year === undefined ? "unknownYear" : written === year - 1 ? "previous" : written === year ? "current" : "otherYear";
  return { base, unit: measure, when, written };
}

/**
 * Whether a whole word marks a year: 上年, 本年, 2025年 …
 * @example isYearWord("上年同期") // => true
 * @example isYearWord("万元") // => false
 */
export function isYearWord(word: string): boolean {
  return PREVIOUS_WORDS.includes(word) || CURRENT_WORDS.includes(word) || new RegExp(`^${YEAR_WORD}$`).test(word);
}
