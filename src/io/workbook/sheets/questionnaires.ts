import type { Assessment } from "../../../core/score/assess.js";
import type { XlsxValue } from "../../xlsx/model.js";
import type { QuestionTally, UnitTally } from "../../../core/questionnaires/types.js";
import { pooled } from "../../../core/questionnaires/applyQuestionnaires.js";
import { QUESTIONNAIRE_SHEET as Q, yearTitle } from "../../../core/i18n/labels.js";
import { percentFormat, tableSheet, type RunInfo } from "../frame.js";
import type { SheetSpec } from "../../xlsx/model.js";

/** 「非常满意 12、一般 3」: the answers as typed, when they are not just the class words. */
function distribution(q: QuestionTally): string {
  return [...q.answers].map(([text, n]) => `${text} ${n}`).join("、");
}

/**
 * 问卷统计: per unit and question the counts of each answer class, the
 * valid answers and 满意度, then the unit's questions pooled; the unit's
 * valid questionnaires and those excluded by reason on every row; the
 * questionnaires naming an unknown unit at the end. Written only when
 * questionnaires were given.
 */
export function questionnaireSheet(a: Assessment, info: RunInfo): SheetSpec {
  const s = a.questionnaires!;
  const c = Q.columns;
  const categoryOf = new Map(a.results.map((r) => [r.unit.name, r.unit.category]));
  const rate = (sat: number, basic: number, valid: number) => (valid ? (sat + basic) / valid : null);
  function* rows(): Generator<XlsxValue[]> {
    for (const t of s.units) {
      const tail = (u: UnitTally): XlsxValue[] => [u.valid, u.excluded.blank, u.excluded.duplicate, u.excluded.identical, 0, u.valid < s.settings.minValid ? Q.fewValid(u.valid, s.settings.minValid) : ""];
      for (const q of t.questions) {
        yield [t.unit, categoryOf.get(t.unit) ?? "", q.question.number ?? "", q.question.text, q.satisfied, q.basic, q.dissatisfied, q.unknown, q.blank, q.valid, rate(q.satisfied, q.basic, q.valid), distribution(q), ...tail(t)];
      }
      const p = pooled(t.questions);
      const sum = (k: "dissatisfied" | "unknown" | "blank") => t.questions.reduce((n, q) => n + q[k], 0);
      yield [t.unit, categoryOf.get(t.unit) ?? "", "", Q.allQuestions, p.satisfied, p.basic, sum("dissatisfied"), sum("unknown"), sum("blank"), p.valid, rate(p.satisfied, p.basic, p.valid), "", ...tail(t)];
    }
    for (const u of s.unknownUnits) {
      // A questionnaire with 被评单位 left blank names no unit: said so, not shown as an empty name.
      yield [u.name || Q.blankUnit, "", "", `${u.name ? Q.unknownUnit : Q.blankUnitWhy}（${u.source.file} ${u.source.sheet}${u.source.cell ? "!" + u.source.cell : ""}）`, null, null, null, null, null, null, null, "", null, null, null, null, u.count, ""];
    }
  }
  const labels = [c.unit, c.category, c.number, c.question, c.satisfied, c.basic, c.dissatisfied, c.unknown, c.blank, c.valid, c.rate, c.answers, c.questionnaires, c.blankExcluded, c.duplicateExcluded, c.identicalExcluded, c.unknownExcluded, c.note];
  const count = "0";
  return tableSheet(
    {
      name: Q.name,
      title: `${yearTitle(info.label)}问卷调查统计`,
      subtitle: `${s.files.join("、")}：共 ${s.total} 份问卷；满意度 =（满意 + 基本满意）÷ 有效回答（${s.settings.unknownIsValid ? "含" : "不含"}不了解）；最少有效问卷 ${s.settings.minValid} 份；雷同答卷剔除：${s.settings.identicalExcluded ? "是" : "否"}`,
      labels,
      widths: [22, 12, 6, 36, 7, 9, 8, 8, 7, 9, 9, 26, 9, 10, 10, 10, 12, 22],
      frozenCols: 1,
      autoFilter: true,
    },
    [undefined, undefined, undefined, undefined, count, count, count, count, count, count, percentFormat(a.criteria.settings.percentDecimals), undefined, count, count, count, count, count, undefined],
    rows(),
  );
}
