import { toHalfWidth } from "../../values/normaliseText.js";

/** A 评分标准 text cut into clauses, each also in a normalised form the phrase readers match. */
export interface StandardText {
  /** The clauses as written (trimmed): what 依据 and 待确认 quote. */
  original: string[];
  /** The same clauses, normalised (see normaliseClause); same length and order as `original`. */
  clauses: string[];
}

/** What the importer knows of the item besides its text. */
export interface StandardContext {
  points?: number;
  name?: string;
}

/** Counters offices write after a count: 「10处」「3次」「2项」. 「个」 is last so 「个百分点」 can be refused first. */
export const COUNTER = "(?:人次|场次|次|处|项|件|条|起|例|宗|人|家|篇|期|场|名|批|份|户|所|支|届|块|幅|个)";
/** A number as the normalised text writes it. */
export const NUM = "(\\d+(?:\\.\\d+)?)";

/**
 * Cut a text into clauses at commas, semicolons, full stops, line breaks and
 * brackets (「每次扣1分（最多扣3分）」). A point between digits (「0.5分」) is a
 * decimal point, not a break.
 * @example splitClauses("每次扣1分，最多扣3分。") // => ["每次扣1分", "最多扣3分"]
 */
export function splitClauses(text: string): string[] {
  // A formula (「得分=(A+B)/C×分值」) keeps its brackets. Clauses stay as typed (full-width kept) for quoting.
  const breaks = /[=＝]/.test(text) ? /[,;。\n!?，；！？]|(?<![\d０-９])[.．]|[.．](?![\d０-９])/ : /[,;。\n()!?，；（）！？]|(?<![\d０-９])[.．]|[.．](?![\d０-９])/;
  return text
    .split(breaks)
    .map((c) => c.trim())
    .filter(Boolean);
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A Chinese numeral up to 99 as a number: 一, 十, 十二, 二十, 二十五.
 * @example chineseNumber("二十五") // => 25
 */
export function chineseNumber(text: string): number | undefined {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (text.length === 1 && text in CHINESE_DIGITS) return CHINESE_DIGITS[text];
  if (!m || !m[2]) return undefined;
  return (m[1] ? CHINESE_DIGITS[m[1]] : 1) * 10 + (m[3] ? CHINESE_DIGITS[m[3]] : 0);
}

const CHINESE_COUNT = new RegExp(`([零〇一二两三四五六七八九十]{1,3})(?=个百分点|${COUNTER}|分|‰|%)`, "g");

// Longest first, so 不低于 is read before 低于.
const AT_LEAST = /大于或等于|大于等于|不低于|不少于|不小于|达到或超过|不得低于|不得少于|>=|=>|≧|⩾/g;
const AT_MOST = /小于或等于|小于等于|不高于|不超过|不大于|不多于|不得超过|不得高于|控制在|<=|=<|≦|⩽/g;
const QUANTITY = `\\d+(?:\\.\\d+)?(?:%|‰|个百分点|${COUNTER})?`;
const QUANTITY_ABOVE = new RegExp(`(${QUANTITY})(?:及以上|或以上|以上)`, "g");
const QUANTITY_BELOW = new RegExp(`(${QUANTITY})(?:及以下|或以下|以下|以内|之内)`, "g");

// 扣完为止 and the ways of saying the deduction stops at the item's points.
const DEDUCT_TO_ZERO =
  /(?:本项|该项|此项)?(?:分值|分数)?扣完(?:本项|该项|此项)?(?:分值|分数|分)?(?:为止|即止|为限)|扣(?:至|到)0分为?止?|扣满(?:本项|该项)?分值为止|直至扣完|以本项分值为限|扣分不超过本项分值/g;
const FULL_POINTS = /(?:即可得|即得|可得|均得|得|计|给|记|为|给予)?满分/g;
const ZERO_POINTS = /不得分|不计分|不给分|(?:得|计|记|为|给)0分/g;

/**
 * One clause in the form the readers match: half-width, no spaces, Chinese
 * counts as digits (「一次」→「1次」, 「扣两分」→「扣2分」), 百分之/千分之 as % and ‰,
 * comparisons as ≥ and ≤ (「不低于95%」「95%以上」 → 「≥95%」), every way of
 * saying full points as 「得满分」, no points as 「不得分」, and the
 * deduction stopping at the item's points as 「扣完为止」.
 *
 * @example normaliseClause("达到１０处以上为合格") // => "≥10处为合格"
 * @example normaliseClause("不高于20‰的计满分") // => "≤20‰的得满分"
 */
export function normaliseClause(clause: string): string {
  let s = toHalfWidth(clause).replace(/\s+/g, "").replace(/百分之百/g, "100%");
  s = s.replace(/(百分之|千分之)([零〇一二两三四五六七八九十]{1,3}|\d+(?:\.\d+)?)/g, (_, kind: string, n: string) => {
    const value = /\d/.test(n) ? n : String(chineseNumber(n) ?? n);
    return `${value}${kind === "百分之" ? "%" : "‰"}`;
  });
  s = s.replace(CHINESE_COUNT, (whole, n: string) => String(chineseNumber(n) ?? whole));
  s = s.replace(AT_LEAST, "≥").replace(AT_MOST, "≤");
  s = s.replace(QUANTITY_ABOVE, "≥$1").replace(QUANTITY_BELOW, "≤$1");
  s = s.replace(/≥+/g, "≥").replace(/≤+/g, "≤").replace(/(?:达到?|在)([≥≤])/g, "$1");
  s = s.replace(DEDUCT_TO_ZERO, "扣完为止");
  s = s.replace(FULL_POINTS, "得满分").replace(ZERO_POINTS, "不得分");
  return s;
}

/**
 * Read a text into its clauses, as written and normalised. With the item's
 * points known, 「得3分」 on a 3-point item is 「得满分」.
 */
export function standardText(text: string, context: StandardContext = {}): StandardText {
  const original = splitClauses(text);
  const whole = context.points !== undefined && context.points > 0 ? new RegExp(`(?:得|计|给|记)${String(context.points).replace(".", "\\.")}分`, "g") : undefined;
  return { original, clauses: original.map((c) => (whole ? normaliseClause(c).replace(whole, "得满分") : normaliseClause(c))) };
}
