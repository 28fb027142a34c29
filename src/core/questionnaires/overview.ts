import type { QuestionnaireSummary } from "./types.js";

/** The questionnaires of a run in one line's figures: rows read, valid, excluded by reason, and 满意度 over every unit and question. */
export interface QuestionnaireOverview {
  /** Questionnaires read (valid and excluded). */
  total: number;
  valid: number;
  excluded: { unknownUnit: number; blank: number; duplicate: number; identical: number };
  satisfied: number;
  basic: number;
  /** 有效回答 (the 满意度 denominator: 满意 + 基本满意 + 不满意, with 不了解 under 不了解计入). */
  answers: number;
  /** Σ(满意 + 基本满意) / Σ有效回答; undefined with no valid answer. */
  rate?: number;
}

/**
 * Sum the per-unit tallies, so the 通报 can state the survey in one sentence.
 * Pooling every unit's and question's answers weighs each unit by its
 * answers, as the 问卷统计 table's 全部题目合计 rows do for one unit.
 * @example // 甲局 满意 1 of 有效 2, 乙局 满意 1 + 基本满意 1 of 2 → rate (1 + 2) / 4 => 0.75
 */
export function questionnaireOverview(s: QuestionnaireSummary): QuestionnaireOverview {
  const sum = (f: (x: (typeof s.units)[number]) => number) => s.units.reduce((a, u) => a + f(u), 0);
  const questions = s.units.flatMap((u) => u.questions);
  const satisfied = questions.reduce((a, q) => a + q.satisfied, 0);
  const basic = questions.reduce((a, q) => a + q.basic, 0);
  const answers = questions.reduce((a, q) => a + q.valid, 0);
  return {
    total: s.total,
    valid: sum((u) => u.valid),
    excluded: {
      unknownUnit: s.unknownUnits.reduce((a, u) => a + u.count, 0),
      blank: sum((u) => u.excluded.blank),
      duplicate: sum((u) => u.excluded.duplicate),
      identical: sum((u) => u.excluded.identical),
    },
    satisfied,
    basic,
    answers,
    rate: answers ? (satisfied + basic) / answers : undefined,
  };
}
