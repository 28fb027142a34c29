import { COUNTER, NUM } from "../standardText.js";
import { readCap, type PhraseReader } from "./common.js";

// 「每发现1次扣3分」「每次扣1分」「发现1处扣0.5分」「每起扣5分」「扣3分/次」: points off per occurrence.
const PER_POINTS = new RegExp(`扣(?:除|减)?${NUM}分(?:\\/${COUNTER}|每${COUNTER})?`);
const PER_UNIT = new RegExp(`每(?:发现|出现|发生|查实|有|被)?(?:1)?${COUNTER}?|(?:^|[^\\d])1${COUNTER}|扣${NUM}分(?:\\/|每)${COUNTER}`);
// A shortfall, a missing item or a rate step is another family's.
const NOT_OCCURRENCE = /少|缺|不足|百分点|%|‰|低于|下降|降低/;
// 「扣1-3分」「扣1~3分」: a range is a judgement, not a rule.
const RANGE = /扣\d+(?:\.\d+)?(?:-|~|至|到)\d/;

/** The points off per occurrence a clause states, if it states one. */
function perPoints(clause: string): string | undefined {
  if (RANGE.test(clause) || NOT_OCCURRENCE.test(clause)) return undefined;
  const points = PER_POINTS.exec(clause);
  return points && PER_UNIT.test(clause.slice(0, points.index + points[0].length)) ? points[1] : undefined;
}

/** 扣分: per occurrence, with an optional cap (扣完为止 / 最多扣3分). */
export const perOccurrence: PhraseReader = (text) => {
  for (let index = 0; index < text.clauses.length; index++) {
    const clause = text.clauses[index];
    if (RANGE.test(clause) || NOT_OCCURRENCE.test(clause)) continue;
    const points = PER_POINTS.exec(clause);
    if (!points || !PER_UNIT.test(clause.slice(0, points.index + points[0].length))) continue;
    // 「通报批评每次扣2分；警告处分每人次扣3分」: two rates are two items, not one rule.
    if (text.clauses.some((other, i) => i !== index && perPoints(other) !== undefined && perPoints(other) !== points[1])) return undefined;
    const params: Record<string, string> = { perOccurrence: points[1] };
    const basis: Record<string, number[]> = { perOccurrence: [index] };
    const cap = readCap(text, index, clause.slice(points.index + points[0].length));
    // 「发现一次扣1分，发现两次扣3分」: another deduction that is not the cap is a scale, not a rate.
    if (text.clauses.some((other, i) => i !== index && i !== cap?.index && /扣\d/.test(other))) return undefined;
    if (cap) {
      params.deductionCap = cap.value;
      basis.deductionCap = [cap.index];
    }
    return { rule: "deduction", params, basis: { rule: [...new Set([index, cap?.index ?? index])], ...basis } };
  }
  return undefined;
};
