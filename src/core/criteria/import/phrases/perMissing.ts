import { COUNTER, NUM } from "../standardText.js";
import { readCap, type PhraseReader } from "./common.js";
import { standardCount } from "./shortfall.js";

// 「少1项扣2分」「缺1项扣1分」「每缺少1个扣0.5分」「漏1项扣1分」.
const PER_MISSING = new RegExp(`(?:每)?(?:少|缺少?|漏|缺失|空缺)1?${COUNTER}[^,;]*?扣(?:除|减)?${NUM}分`);
const RANGE = /扣\d+(?:\.\d+)?(?:-|~|至|到)\d/;

/**
 * 扣分 per missing item, when the text names no standard count: the number of
 * items missing is the 发生次数 and 少一项扣2分 the 每次扣分 — the same
 * arithmetic as 差额扣分 without needing the full count. With a standard
 * (「应有5项，少一项扣2分」) the shortfall reader reads it instead.
 */
export const perMissing: PhraseReader = (text) => {
  if (standardCount(text)) return undefined;
  for (let index = 0; index < text.clauses.length; index++) {
    const clause = text.clauses[index];
    if (RANGE.test(clause)) continue;
    const m = PER_MISSING.exec(clause);
    if (!m) continue;
    const params: Record<string, string> = { perOccurrence: m[1] };
    const basis: Record<string, number[]> = { perOccurrence: [index] };
    const cap = readCap(text, index, clause.slice(m.index + m[0].length));
    if (cap) {
      params.deductionCap = cap.value;
      basis.deductionCap = [cap.index];
    }
    return { rule: "deduction", params, basis: { rule: [...new Set([index, cap?.index ?? index])], ...basis } };
  }
  return undefined;
};
