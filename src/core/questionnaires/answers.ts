import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import type { AnswerClass, QuestionnaireSettings } from "./types.js";

/**
 * The answer words of the three platforms' satisfaction questions and their
 * classes. On a five-level scale the middle answer (一般, 比较满意) counts
 * like the three-level 基本满意: the middle of either scale is satisfied
 * enough, as (满意 + 基本满意) / 有效 counts it.
 */
const ANSWER_WORDS: Record<string, AnswerClass> = {
  满意: "satisfied", 非常满意: "satisfied", 很满意: "satisfied", 十分满意: "satisfied",
  基本满意: "basic", 比较满意: "basic", 较满意: "basic", 一般: "basic",
  不满意: "dissatisfied", 非常不满意: "dissatisfied", 很不满意: "dissatisfied", 不太满意: "dissatisfied", 较不满意: "dissatisfied", 比较不满意: "dissatisfied",
  不了解: "unknown", 不清楚: "unknown", 不知道: "unknown", 说不清: "unknown", 不好说: "unknown", 不太了解: "unknown",
};

/** What the platforms write for a question not answered: 问卷星 「(跳过)」「(空)」, a dash. */
const SKIPPED = /^(?:\(跳过\)|\(空\)|跳过|空|-|—|－|\/)?$/;

/** An option letter or number before the words: 「A.满意」「A、满意」「①满意」. */
const OPTION_PREFIX = /^(?:[A-Ha-h][.、:：\s]|[①-⑩])\s*/;

/**
 * The class of an answer word, or undefined when it is none of the known words.
 * @example answerClassOf("A.非常满意") // => "satisfied"
 * @example answerClassOf("一般") // => "basic"
 */
export function answerClassOf(text: string, overrides?: Record<string, AnswerClass>): AnswerClass | undefined {
  const key = nameKey(toHalfWidth(text).trim().replace(OPTION_PREFIX, "")).replace(/[。.!！]$/, "");
  return overrides?.[key] ?? ANSWER_WORDS[key];
}

/**
 * Whether a cell says the question was not answered.
 * @example isSkipped("(跳过)") // => true
 */
export function isSkipped(text: string): boolean {
  return SKIPPED.test(toHalfWidth(text).trim());
}

/**
 * A scored answer (1–5, 0–10) as its number, or undefined.
 * @example scoreOf("4") // => 4
 * @example scoreOf("4分") // => 4
 */
export function scoreOf(text: string): number | undefined {
  const m = /^(\d{1,2})\s*分?$/.exec(toHalfWidth(text).trim());
  const n = m ? Number(m[1]) : undefined;
  return n !== undefined && n <= 10 ? n : undefined;
}

/**
 * The class of a scored answer: by 问卷分值对应 when set, else by its share
 * of the scale's top (5 or 10): ≥ 80% 满意, ≥ 60% 基本满意, below 不满意
 * (on 1–5: 5 and 4 满意, 3 基本满意, 2 and 1 不满意; on 10: 8–10, 6–7, 0–5).
 * @example scoreClass(3, 5, undefined) // => "basic"
 * @example scoreClass(7, 10, undefined) // => "basic"
 */
export function scoreClass(score: number, top: number, classes: QuestionnaireSettings["scoreClasses"]): AnswerClass | undefined {
  if (classes) return classes.find((c) => score >= c.from && score <= c.to)?.cls;
  if (score > top) return undefined;
  const share = score / top;
  return share >= 0.8 ? "satisfied" : share >= 0.6 ? "basic" : "dissatisfied";
}
