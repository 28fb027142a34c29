const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/**
 * Full-width ASCII (８５％, （）) to half-width, ideographic space to space.
 * Office files mix both; every comparison in kaoping goes through this.
 *
 * @example toHalfWidth("８５％") // => "85%"
 */
export function toHalfWidth(text: string): string {
  // Most cells have nothing to convert: skip the two replaces (it runs for every value read).
  if (!FULL_WIDTH.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/**
 * The key under which names are compared: half-width, no white space or
 * line breaks, Latin letters lower-cased, brackets unified.
 *
 * @example nameKey(" 单位\n名称 ") // => "单位名称"
 */
export function nameKey(text: string): string {
  return toHalfWidth(text)
    .replace(INVISIBLE, "")
    .replace(/[【\[]/g, "(")
    .replace(/[】\]]/g, ")")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/**
 * Characters that show nothing: zero-width space, non-joiner and joiner,
 * word joiner, the BOM as zero-width no-break space, soft hyphen. Pasted from
 * web pages and chat, they make 「甲​局」 look like 甲局 but compare unequal.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * A name with its invisible characters removed (what is shown and ranked).
 *
 * @example visibleText("\u200B甲\u2060局") // => "甲局"
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * An Excel error value as a unit name: a formula that failed (#N/A from a
 * VLOOKUP, #REF! after a deleted row), never a unit.
 *
 * @example isErrorValueName("#N/A") // => true
 * @example isErrorValueName("#1 中学") // => false
 */
export function isErrorValueName(text: string): boolean {
  return /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i.test(toHalfWidth(text).trim());
}

/** 「（单位：万元）」 and 「（计量单位:万元）」 name the unit after the colon. */
const UNIT_LABEL = /^(?:计量)?单位[:：]?(?=.)/;

/**
 * A header split into its name and the unit in trailing brackets.
 *
 * @example splitHeader("分值（分）") // => { name: "分值", unit: "分" }
 * @example splitHeader("政策符合率(%)") // => { name: "政策符合率", unit: "%" }
 * @example splitHeader("招商引资到位资金（单位：万元）") // => { name: "招商引资到位资金", unit: "万元" }
 */
export function splitHeader(text: string): { name: string; unit: string } {
  const key = nameKey(text);
  const m = /^(.*?)\(([^()]*)\)$/.exec(key);
  if (m && m[1]) return { name: m[1], unit: m[2].replace(UNIT_LABEL, "") };
  return { name: key, unit: "" };
}
