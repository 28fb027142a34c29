import type { Criteria, CriteriaItem, FieldValue, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import type { ListedUnit } from "../submissions/parseUnitList.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";
import { readExports } from "./readExports.js";
import { tallyQuestionnaires } from "./tally.js";
import { DEFAULT_QUESTIONNAIRE_SETTINGS } from "./settings.js";
import { surveyTargets } from "../methods/surveyFields.js";
import type { QuestionTally, QuestionnaireSummary, UnitTally } from "./types.js";

/** The questions an item pools: those its 参数 问题 names (by number or words), else all. */
export function itemQuestions(item: CriteriaItem, tally: UnitTally): QuestionTally[] {
  const named = item.params.questions as string | undefined;
  if (!named) return tally.questions;
  const tokens = splitQuestions(named);
  return tally.questions.filter((q) => tokens.some((t) => (/^\d+$/.test(t) ? q.question.number === Number(t) : q.question.key.includes(nameKey(t)))));
}

/**
 * 「2,3」「2、3」「第2题、第3题」「服务态度;办事效率」 → the tokens.
 * @example splitQuestions("第2题、3") // => ["2", "3"]
 */
export function splitQuestions(text: string): string[] {
  return text.split(/[,，、;；\s]+/).map((t) => t.replace(/^第?(\d+)题?$/, "$1").trim()).filter(Boolean);
}

/** Pooled counts of the questions an item reads. */
export function pooled(questions: readonly QuestionTally[]): { satisfied: number; basic: number; valid: number } {
  return questions.reduce((s, q) => ({ satisfied: s.satisfied + q.satisfied, basic: s.basic + q.basic, valid: s.valid + q.valid }), { satisfied: 0, basic: 0, valid: 0 });
}

/**
 * Read the questionnaire exports and, before scoring, fill each 满意度
 * item's three fields (满意, 基本满意, 有效 — its 数据项 in that order) for
 * every unit from its valid questionnaires, with a note for 计分明细; the
 * 问卷调查 part of another item (「材料审核60%、问卷调查40%」) reads the
 * three 数据项 listed after the item's own, and is filled the same way. The
 * questionnaires win over a count typed in 申报数据: they are the raw data
 * the typed count summarises, and giving them (--questionnaires) says the
 * office counts from them; a typed count that differs is a warning naming
 * both. Units below 最少有效问卷 are listed.
 */
export function applyQuestionnaires(books: readonly WorkbookGrid[], criteria: Criteria, units: readonly UnitRow[], expected: readonly ListedUnit[] | undefined, issues: IssueLog): QuestionnaireSummary {
  const settings = criteria.settings.questionnaire ?? DEFAULT_QUESTIONNAIRE_SETTINGS;
  const known = new Map<string, string>();
  for (const u of units) known.set(nameKey(u.name), u.name);
  for (const u of expected ?? []) if (!known.has(nameKey(u.name))) known.set(nameKey(u.name), u.name);
  const read = readExports(books, { settings, knownNames: [...known.values()], issues });
  const files = books.map((b) => b.file);
  const summary = tallyQuestionnaires(read, files, { settings, issues, unitNamed: (n) => known.get(nameKey(n)) });
  const byUnit = new Map(summary.units.map((t) => [t.unit, t]));

  const targets = surveyTargets(criteria);
  for (const unit of units) {
    const tally = byUnit.get(unit.name);
    // A unit the questionnaires do not name but whose 申报数据 gives the counts is scored from those: said, not warned.
    const typed = !tally && targets.some(({ fields }) => fields.slice(0, 3).every((f) => cellText(unit.values.get(f)?.cell) !== ""));
    if (typed) issues.info("questionnaireNoneTyped", { min: settings.minValid }, { ...unit.source, unit: unit.name });
    else if (!tally || tally.valid < settings.minValid) {
      issues.warning("questionnaireFewValid", { count: tally?.valid ?? 0, min: settings.minValid }, { ...unit.source, unit: unit.name });
    }
    if (!tally) continue;
    for (const { item, fields } of targets) {
      const questions = itemQuestions(item, tally);
      if (!questions.length) {
        issues.warning("questionnaireQuestionsNotFound", { questions: String(item.params.questions ?? "") }, { unit: unit.name, item: item.key });
        continue;
      }
      const counts = pooled(questions);
      const excluded = [
        tally.excluded.blank ? `空白 ${tally.excluded.blank}` : "",
        tally.excluded.duplicate ? `重复 ${tally.excluded.duplicate}` : "",
        tally.excluded.identical ? `雷同 ${tally.excluded.identical}` : "",
      ].filter(Boolean);
      const asked = questions.length === tally.questions.length ? `全部 ${questions.length} 题合计` : `第 ${questions.map((q) => q.question.number ?? q.question.text).join("、")} 题合计`;
      const note = `取自问卷 ${tally.files.join("、")}：有效问卷 ${tally.valid} 份${excluded.length ? `（另剔除${excluded.join("、")}）` : ""}，${asked}：满意 ${counts.satisfied}、基本满意 ${counts.basic}、有效回答 ${counts.valid}${settings.unknownIsValid ? "（含不了解）" : "（不含不了解）"}`;
      const values = [counts.satisfied, counts.basic, counts.valid];
      fields.slice(0, 3).forEach((field, k) => {
        const own = unit.values.get(field);
        if (own && cellText(own.cell) !== "" && !sameCount(own, values[k])) {
          issues.warning(
            "questionnaireConflict",
            { field, typed: cellText(own.cell), typedCell: own.source ? `${own.source.file} ${own.source.sheet}!${own.source.cell}` : "", counted: values[k], files: tally.files.join("、") },
            { ...(own.source ?? unit.source), unit: unit.name, item: item.key },
          );
        }
        unit.values.set(field, { cell: { v: values[k] }, unit: "", source: tally.source, note });
      });
    }
  }
  return summary;
}

function sameCount(v: FieldValue, n: number): boolean {
  const r = parseNumber(v.cell, v.unit);
  return r.ok && r.value === n;
}
