import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { parseBoolean } from "../values/parseBoolean.js";
import { answerClassOf } from "./answers.js";
import type { AnswerClass, QuestionnaireSettings } from "./types.js";

export const DEFAULT_QUESTIONNAIRE_SETTINGS: QuestionnaireSettings = {
  unknownIsValid: false,
  minValid: 30,
  identicalExcluded: false,
};

/** 满意度口径 as offices word it. */
const UNKNOWN_RULES: Record<string, boolean> = {
  不了解不计入: false, 不了解不计入有效问卷: false, 不含不了解: false, 剔除不了解: false, 不计入: false, 默认: false,
  不了解计入: true, 不了解计入有效问卷: true, 含不了解: true, 计入: true,
};

export type QuestionnaireSettingReading =
  | { ok: true; apply: (s: QuestionnaireSettings) => void }
  | { ok: false; known: string }
  | undefined;

/**
 * One 设置 row about questionnaires, or undefined when the name is not one
 * of theirs (parseSettings then goes on with its own).
 * @example readQuestionnaireSetting("最少有效问卷", "x")?.ok // => false
 */
export function readQuestionnaireSetting(name: string, value: string): QuestionnaireSettingReading {
  const text = toHalfWidth(value).trim();
  switch (nameKey(name)) {
    case "满意度口径": {
      const v = UNKNOWN_RULES[nameKey(text)];
      return v === undefined ? { ok: false, known: "不了解不计入、不了解计入" } : { ok: true, apply: (s) => (s.unknownIsValid = v) };
    }
    case "最少有效问卷":
    case "最少有效问卷数": {
      const n = Number(text.replace(/份$/, ""));
      return text !== "" && Number.isInteger(n) && n >= 0 ? { ok: true, apply: (s) => (s.minValid = n) } : { ok: false, known: "非负整数，如 30" };
    }
    case "雷同答卷剔除": {
      const b = parseBoolean({ v: text });
      return b.ok ? { ok: true, apply: (s) => (s.identicalExcluded = b.value) } : { ok: false, known: "是、否" };
    }
    case "答卷人标识":
    case "答卷人标识列":
      return text ? { ok: true, apply: (s) => (s.respondentColumn = text) } : { ok: false, known: "问卷导出文件中的列名，如 手机号" };
    case "问卷分值对应": {
      const classes = parseScoreClasses(text);
      return classes ? { ok: true, apply: (s) => (s.scoreClasses = classes) } : { ok: false, known: "如 4-5=满意;3=基本满意;1-2=不满意" };
    }
    case "问卷答案对应": {
      const classes = parseAnswerClasses(text);
      return classes ? { ok: true, apply: (s) => (s.answerClasses = classes) } : { ok: false, known: "如 一般=不满意;比较满意=基本满意" };
    }
    default:
      return undefined;
  }
}

/** 「满意」「基本满意」「不满意」「不了解」 as a class (the words a mapping may end in). */
function classWord(word: string): AnswerClass | undefined {
  return answerClassOf(word);
}

/**
 * 「4-5=满意;3=基本满意;1-2=不满意」 → ranges with their classes.
 * @example parseScoreClasses("4-5=满意;1-3=不满意") // => [{ from: 4, to: 5, cls: "satisfied" }, { from: 1, to: 3, cls: "dissatisfied" }]
 */
export function parseScoreClasses(text: string): QuestionnaireSettings["scoreClasses"] {
  const out: NonNullable<QuestionnaireSettings["scoreClasses"]> = [];
  for (const part of text.split(/[;；,，、]+/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+(?:\.\d+)?)\s*(?:[-~～至到]\s*(\d+(?:\.\d+)?))?\s*分?\s*[=:：]\s*(.+)$/.exec(part);
    const cls = m ? classWord(m[3]) : undefined;
    if (!m || !cls) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    out.push({ from: Math.min(from, to), to: Math.max(from, to), cls });
  }
  return out.length ? out : undefined;
}

/**
 * 「一般=不满意;比较满意=基本满意」 → answer word → class.
 * @example parseAnswerClasses("一般=不满意") // => { 一般: "dissatisfied" }
 */
export function parseAnswerClasses(text: string): Record<string, AnswerClass> | undefined {
  const out: Record<string, AnswerClass> = {};
  for (const part of text.split(/[;；,，、]+/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*[=:：]\s*(.+)$/.exec(part);
    const cls = m ? classWord(m[2]) : undefined;
    if (!m || !cls) return undefined;
    out[nameKey(m[1])] = cls;
  }
  return Object.keys(out).length ? out : undefined;
}
