import type { StandardContext, StandardText } from "../standardText.js";
import { NUM } from "../standardText.js";

/**
 * What one phrase reader makes of a text: a rule, its parameters as a clerk
 * would type them, and for "rule" and each parameter the clauses (by index)
 * it was read from. Every clause named in `basis` counts as read.
 */
export interface PhraseReading {
  rule: string;
  params: Record<string, string>;
  fields?: string[];
  basis: Record<string, number[]>;
}

/** One phrasing family: a reading of the text, or undefined when the text is not written that way. */
export type PhraseReader = (text: StandardText, context: StandardContext) => PhraseReading | undefined;

/** The first clause matching a pattern, with its index and match. */
export function findClause(text: StandardText, pattern: RegExp, from = 0): { index: number; match: RegExpExecArray } | undefined {
  for (let index = from; index < text.clauses.length; index++) {
    const match = pattern.exec(text.clauses[index]);
    if (match) return { index, match };
  }
  return undefined;
}

/** A number as a parameter text: 「3」「0.5」, never 「3.0」. */
export function numberText(n: number): string {
  return String(Math.round(n * 1e9) / 1e9);
}

/**
 * A share written with at most two decimals of a per cent, or undefined
 * when it is not exact that way (2/3 of the points is 66.666…%).
 * @example percentText(2 / 4) // => "50%"
 */
export function percentText(share: number): string | undefined {
  const hundredths = share * 10000;
  if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6) return undefined;
  return `${numberText(Math.round(hundredths) / 100)}%`;
}

// 扣分上限 in its own clause: 「最多扣3分」「累计扣分≤5分」「扣满5分为止」「扣分上限5分」「最高扣4分」.
const CAP = new RegExp(`(?:(?:累计|合计|共计?|本项|该项|此项)?(?:最多|最高|至多|≤)?扣(?:分|除|满)?(?:≤|上限为?|最多|最高)?${NUM}分(?:为止|封顶|为限)?)|扣分上限为?${NUM}分`);
const CAP_WORD = /最多|最高|至多|≤|上限|为止|封顶|为限|累计|合计|共/;

/**
 * A cap on the points deducted, in a clause of its own (or after `after` in
 * the clause that states the deduction): 「扣完为止」 or the points.
 */
export function readCap(text: StandardText, skip: number, after?: string): { value: string; index: number } | undefined {
  for (let index = 0; index < text.clauses.length; index++) {
    const clause = index === skip ? (after ?? "") : text.clauses[index];
    if (!clause) continue;
    if (clause.includes("扣完为止")) return { value: "扣完为止", index };
    const m = CAP.exec(clause);
    if (m && CAP_WORD.test(m[0]) && !/每/.test(clause)) return { value: m[1] ?? m[2], index };
  }
  return undefined;
}

/** Clauses that speak of points: only those can be left unread. */
export const SCORING_WORDS = /分|扣|否决|资格|称号|不得评定|比例|满分|[A-D]档|档次/;
