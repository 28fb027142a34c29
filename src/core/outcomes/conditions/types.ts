/**
 * Conditions of the 评定规则 and the 复查 rules (等级低于合格, 类别末位3名,
 * 连续两年末位, 连续三年优秀, 负面清单撤销称号, 一票否决): one file per kind,
 * listed in `registry.ts`. A condition is read once from the criteria's
 * text and tested per unit after ranking; one that needs earlier years says
 * so, and is reported as not applied when the run has no --history.
 */

import type { Criteria, Grade, UnitResult } from "../../model.js";
import type { History } from "../../history/history.js";

/** What a condition may look at when it is tested: this year's ranked results, and the history when --history was given. */
export interface ConditionEnv {
  criteria: Criteria;
  /** This year's results in publication order (eligible by rank, then vetoed). */
  results: readonly UnitResult[];
  history?: History;
}

export interface ConditionType<P = unknown> {
  id: string;
  /** How an office writes it, for messages and docs. */
  example: string;
  /** Needs earlier years (--history). */
  needsHistory: boolean;
  /** The condition's parameters from its text (spaces and 全角 already removed), or undefined when the text is not of this kind. */
  read(text: string, grades: readonly Grade[]): P | undefined;
  /** Why the condition holds for a unit, in words; undefined when it does not. */
  holds(r: UnitResult, params: P, env: ConditionEnv): string | undefined;
  /** The same as the 通报 writes it (dates as 2026年4月18日), when that differs from `holds`. */
  noticeWords?(r: UnitResult, params: P, env: ConditionEnv): string | undefined;
}

/** A condition as read from one cell. */
export interface Condition {
  type: ConditionType<any>;
  params: unknown;
  /** The text as written. */
  text: string;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * A small count as offices write it: 3, 三, 两, 十.
 * @example countWord("两") // => 2
 * @example countWord("3") // => 3
 */
export function countWord(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return DIGITS[text];
}

/** The digits or one Chinese numeral of a count, for patterns. */
export const COUNT = "(\\d+|[一二两三四五六七八九十])";

/** The grade named in a text, by the criteria's own names (longest first: 不合格 before 合格). */
export function gradeNamed(text: string, grades: readonly Grade[]): Grade | undefined {
  return [...grades].sort((a, b) => b.name.length - a.name.length).find((g) => g.name === text);
}
