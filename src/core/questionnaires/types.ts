import type { SourceRef } from "../model.js";

/** Where an answer counts in 满意度 = (满意 + 基本满意) / 有效. */
export type AnswerClass = "satisfied" | "basic" | "dissatisfied" | "unknown";

/** Why a questionnaire was left out, in the order the reasons are tried (each is counted under the first that applies). */
export type ExclusionReason = "blank" | "unknownUnit" | "duplicate" | "identical";
export const EXCLUSION_REASONS: readonly ExclusionReason[] = ["unknownUnit", "blank", "duplicate", "identical"];

/** The 设置 rows on questionnaires (all optional; defaults in DEFAULT_QUESTIONNAIRE_SETTINGS). */
export interface QuestionnaireSettings {
  /** 满意度口径: 不了解 counted among the valid answers (false: left out of 有效, as offices do). */
  unknownIsValid: boolean;
  /** 最少有效问卷: below this many valid questionnaires a unit is listed. */
  minValid: number;
  /** 雷同答卷剔除: a questionnaire giving one same answer to every question is left out. */
  identicalExcluded: boolean;
  /** 答卷人标识: a column naming the respondent (手机号, 用户ID), for duplicates besides the 答卷编号. */
  respondentColumn?: string;
  /** 问卷分值对应: class of each number on a scored answer (1–5, 1–10), replacing the default by share of the top. */
  scoreClasses?: { from: number; to: number; cls: AnswerClass }[];
  /** 问卷答案对应: classes of answer words, added to or replacing the defaults (一般=不满意). */
  answerClasses?: Record<string, AnswerClass>;
}

/** One answer cell of a questionnaire. */
export interface Answer {
  question: string;
  /** The class read; undefined for a blank (or skipped) question. */
  cls?: AnswerClass;
  /** The answer as typed (「非常满意」, 「4」), for the distribution of answers. */
  text: string;
}

/** One respondent's row, as read from an export. */
export interface Response {
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The unit evaluated, as written (or taken from the sheet or file name). */
  unitName: string;
  /** Cell naming the unit; the sheet's name when the unit comes from the sheet or file. */
  unitCell: string;
  /** 答卷编号 / 序号 as written, when the export has one. */
  id?: string;
  /** 提交时间 as written. */
  time?: string;
  /** The configured respondent id (答卷人标识), when set and present. */
  respondent?: string;
  answers: Answer[];
}

/** One question as it appears in the exports. */
export interface Question {
  /** Key the question is tallied under: the header without its number, compacted. */
  key: string;
  /** The number the platform gave it (「2、…」 → 2), when written. */
  number?: number;
  /** The header as written, without its number. */
  text: string;
}

/** One unit's answers to one question, among its valid questionnaires. */
export interface QuestionTally {
  question: Question;
  satisfied: number;
  basic: number;
  dissatisfied: number;
  unknown: number;
  /** Valid questionnaires that left the question blank. */
  blank: number;
  /** Counted in the denominator: 满意 + 基本满意 + 不满意 (+ 不了解 under 满意度口径 含不了解). */
  valid: number;
  /** Answers as typed → count, in first-seen order (「非常满意」 12, 「一般」 3). */
  answers: Map<string, number>;
}

/** One unit's questionnaires. */
export interface UnitTally {
  unit: string;
  valid: number;
  excluded: Record<Exclude<ExclusionReason, "unknownUnit">, number>;
  questions: QuestionTally[];
  /** Files its questionnaires came from. */
  files: string[];
  /** First cell naming the unit, for messages and notes. */
  source: SourceRef;
}

/** What the questionnaires gave, kept on the Assessment for 问卷统计 and the chart. */
export interface QuestionnaireSummary {
  files: string[];
  settings: QuestionnaireSettings;
  units: UnitTally[];
  /** Questionnaires naming a unit that is neither among the submissions nor on the 名单. */
  unknownUnits: { name: string; count: number; source: SourceRef }[];
  /** Rows read (questionnaires, valid and excluded). */
  total: number;
}
