import { parseParam, ruleTypes } from "../../rules/registry.js";
import { phraseReaders } from "./phraseReaders.js";
import { SCORING_WORDS, type PhraseReading } from "./phrases/common.js";
import { standardText, type StandardContext, type StandardText } from "./standardText.js";

export interface ProposedRule {
  /** A RuleType id from rules/registry.ts ruleTypes ("deduction", "shortfall", "ratio", ...). */
  rule: string;
  /** Param id → value text exactly as a clerk would type it in kaoping's own 测评细则 column of that param's label ("3", "扣完为止", "95%", "≤20‰"). */
  params: Record<string, string>;
  /** Proposed 数据项 names, one per field the rule needs ("发现问题次数"); [] when the text names none (the importer then derives them from the item name). */
  fields: string[];
  /** "rule" and each param id → the phrase of the text it was read from (quoted in the 依据 column). */
  basis: Record<string, string>;
}

export interface StandardReading {
  proposal?: ProposedRule;
  /** Clauses of the text that were not understood (shown in 待确认); [] when the whole text was read. */
  unread: string[];
}

/**
 * Read an office's 评分标准 text into a proposed kaoping rule with its
 * parameters. Every phrase reader tries the text; the reading that accounts
 * for the most clauses wins, and two different readings that account for as
 * many are declined — as is any parameter kaoping itself would refuse. The
 * clauses about points that the reading did not use are returned in
 * `unread`; a declined text returns all its clauses.
 *
 * @example readStandard("每发现一次扣3分，扣完为止", { points: 5 }).proposal?.params // => { perOccurrence: "3", deductionCap: "扣完为止" }
 */
export function readStandard(text: string, context: { points?: number; name?: string }): StandardReading {
  const standard = standardText(text, context);
  const scoring = standard.clauses.map((c, i) => (SCORING_WORDS.test(c) ? i : -1)).filter((i) => i >= 0);
  // Declined, nothing was read: every clause is shown, the ones without points too (「每年至少召开2次」 before 「得满分」).
  const declined = (): StandardReading => ({ unread: [...standard.original] });
  const chosen = choose(standard, context);
  if (!chosen) return declined();
  const used = new Set(Object.values(chosen.basis).flat());
  // A clause left over that awards part of the points (「80%-90%得1分」「达到市级标准得2分」) is a level the rule cannot score.
  if (standard.clauses.some((c, i) => !used.has(i) && PARTIAL_POINTS.test(c))) return declined();
  const quote = (indices: number[]) => indices.map((i) => standard.original[i]).join("，");
  const basis: Record<string, string> = {};
  for (const [key, indices] of Object.entries(chosen.basis)) basis[key] = quote([...new Set(indices)].sort((a, b) => a - b));
  return {
    proposal: { rule: chosen.rule, params: chosen.params, fields: chosen.fields ?? [], basis },
    unread: scoring.filter((i) => !used.has(i)).map((i) => standard.original[i]),
  };
}

const PARTIAL_POINTS = /(?:得|计|给|记)\d+(?:\.\d+)?(?:分|%)/;

/** The one reading that accounts for the most clauses, or undefined when none does or two disagree. */
function choose(standard: StandardText, context: StandardContext): PhraseReading | undefined {
  const readings = phraseReaders.map((r) => r.read(standard, context)).filter((r): r is PhraseReading => r !== undefined && acceptedByKaoping(r));
  if (!readings.length) return undefined;
  const covered = (r: PhraseReading) => new Set(Object.values(r.basis).flat()).size;
  const most = Math.max(...readings.map(covered));
  let best = readings.filter((r) => covered(r) === most);
  // A veto beside a scored rule: an item with points is that rule (the veto clause is left for review); one without points is the veto.
  if (context.points !== undefined && best.some((r) => r.rule === "veto") && best.some((r) => r.rule !== "veto")) {
    best = best.filter((r) => (context.points! > 0 ? r.rule !== "veto" : r.rule === "veto"));
  }
  const key = (r: PhraseReading) => JSON.stringify([r.rule, r.params]);
  return new Set(best.map(key)).size === 1 ? best[0] : undefined;
}

/** Every parameter is one kaoping's own parser accepts, and every required one is there. */
function acceptedByKaoping(reading: PhraseReading): boolean {
  const rule = ruleTypes.find((r) => r.id === reading.rule);
  if (!rule) return false;
  for (const spec of rule.params) {
    const text = reading.params[spec.id];
    if (text === undefined) {
      if (spec.required && !(rule.id === "formula" || rule.id === "completion")) return false;
      continue;
    }
    if (!parseParam(spec, text).ok) return false;
  }
  return Object.keys(reading.params).every((id) => rule.params.some((p) => p.id === id));
}
