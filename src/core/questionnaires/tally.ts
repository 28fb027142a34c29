import type { IssueLog } from "../issues.js";
import type { SourceRef } from "../model.js";
import { nameKey } from "../values/normaliseText.js";
import type { ExportsRead } from "./readExports.js";
import type { Question, QuestionTally, QuestionnaireSettings, QuestionnaireSummary, Response, UnitTally } from "./types.js";

export interface TallyContext {
  settings: QuestionnaireSettings;
  /** A unit's name as the submissions (or the 名单) spell it, or undefined when it is neither. */
  unitNamed: (name: string) => string | undefined;
  issues: IssueLog;
}

const placeOf = (r: Response): SourceRef => ({ file: r.file, sheet: r.sheet, cell: r.unitCell });
const rowPlace = (r: Response) => `${r.file} ${r.sheet} 第 ${r.row} 行`;

function newTally(question: Question): QuestionTally {
  return { question, satisfied: 0, basic: 0, dissatisfied: 0, unknown: 0, blank: 0, valid: 0, answers: new Map() };
}

/**
 * Count the questionnaires per unit and question. Each excluded
 * questionnaire is counted under the first reason that applies: a unit that
 * is neither among the submissions nor on the 名单; blank (no question
 * answered); a duplicate (the same 答卷编号 twice for a unit on one sheet,
 * or on two sheets with the same 提交时间 — one export read twice; or the
 * same 答卷人标识 for a unit); identical answers to every question (only
 * with 雷同答卷剔除 on). The first of duplicates is kept.
 */
export function tallyQuestionnaires(read: ExportsRead, files: string[], ctx: TallyContext): QuestionnaireSummary {
  const { settings, issues } = ctx;
  const units = new Map<string, UnitTally & { byQuestion: Map<string, QuestionTally>; identicalFirst?: Response; blankFirst?: Response }>();
  const unknown = new Map<string, { name: string; count: number; source: SourceRef; first: Response }>();
  const seen = new Map<string, Response>();

  for (const r of read.responses) {
    const unit = ctx.unitNamed(r.unitName);
    if (!unit) {
      const key = [r.file, r.sheet, nameKey(r.unitName)].join("\u0000");
      const entry = unknown.get(key);
      if (entry) entry.count++;
      else unknown.set(key, { name: r.unitName, count: 1, source: placeOf(r), first: r });
      continue;
    }
    let t = units.get(unit);
    if (!t) {
      t = { unit, valid: 0, excluded: { blank: 0, duplicate: 0, identical: 0 }, questions: [], byQuestion: new Map(), files: [], source: placeOf(r) };
      units.set(unit, t);
    }
    if (!t.files.includes(r.file)) t.files.push(r.file);
    const answered = r.answers.filter((a) => a.cls);
    if (!answered.length) {
      t.excluded.blank++;
      t.blankFirst ??= r;
      continue;
    }
    const keys = [
      r.id !== undefined ? `s\u0000${r.file}\u0000${r.sheet}\u0000${unit}\u0000${r.id}` : "",
      r.id !== undefined && r.time !== undefined ? `t\u0000${unit}\u0000${r.id}\u0000${r.time}` : "",
      r.respondent !== undefined ? `p\u0000${unit}\u0000${r.respondent}` : "",
    ].filter(Boolean);
    const earlier = keys.map((k) => seen.get(k)).find(Boolean);
    if (earlier) {
      t.excluded.duplicate++;
      const by = r.respondent !== undefined && earlier.respondent === r.respondent ? `${settings.respondentColumn}“${r.respondent}”` : `答卷编号“${r.id}”`;
      issues.warning("questionnaireDuplicate", { by, first: rowPlace(earlier), row: r.row }, { file: r.file, sheet: r.sheet, cell: r.unitCell || undefined, unit });
      continue;
    }
    for (const k of keys) seen.set(k, r);
    if (settings.identicalExcluded && answered.length === r.answers.length && r.answers.length >= 2 && answered.every((a) => a.text === answered[0].text)) {
      t.excluded.identical++;
      t.identicalFirst ??= r;
      continue;
    }
    t.valid++;
    for (const a of r.answers) {
      let q = t.byQuestion.get(a.question);
      if (!q) {
        t.byQuestion.set(a.question, (q = newTally(read.questions.get(a.question)!)));
        t.questions.push(q);
      }
      if (!a.cls) {
        q.blank++;
        continue;
      }
      q[a.cls]++;
      q.answers.set(a.text, (q.answers.get(a.text) ?? 0) + 1);
    }
  }

  for (const t of units.values()) {
    for (const q of t.questions) q.valid = q.satisfied + q.basic + q.dissatisfied + (settings.unknownIsValid ? q.unknown : 0);
    // Questions in the order the exports number them, unnumbered ones after, in the order met.
    t.questions.sort((a, b) => (a.question.number ?? Infinity) - (b.question.number ?? Infinity));
    if (t.excluded.blank) issues.info("questionnaireBlank", { count: t.excluded.blank, first: rowPlace(t.blankFirst!) }, { unit: t.unit });
    if (t.excluded.identical) issues.info("questionnaireIdentical", { count: t.excluded.identical, first: rowPlace(t.identicalFirst!) }, { unit: t.unit });
  }
  for (const u of unknown.values()) {
    const where = { file: u.source.file, sheet: u.source.sheet, cell: u.source.cell || undefined };
    if (!u.first.unitCell) issues.warning("questionnaireUnitNotInName", { sheet: u.source.sheet, file: u.source.file, count: u.count }, where);
    else if (!u.name) issues.warning("questionnaireUnitBlank", { count: u.count, first: rowPlace(u.first) }, where);
    else issues.warning("questionnaireUnitUnknown", { unit: u.name, count: u.count }, where);
  }
  return {
    files,
    settings,
    units: [...units.values()].map(({ byQuestion: _q, identicalFirst: _i, blankFirst: _b, ...t }) => t),
    unknownUnits: [...unknown.values()].map(({ first: _f, ...u }) => u),
    total: read.responses.length,
  };
}
