import { compileFormula, FormulaError } from "../../../expression/safeExpression.js";
import { COUNTER, NUM } from "../standardText.js";
import { findClause, type PhraseReader, type PhraseReading } from "./common.js";

// 「得分=播出数量/4×分值」「本项得分=A/B*分值」.
const FORMULA = /^(?:本项|该项)?(?:得分|分数|计分|评分)=(.+)$/;
// 「播出数量/4×分值」: a count over a fixed target, times the points — 完成率 with that target.
const OVER_TARGET = /^([^/*×+\-()]+)\/(\d+(?:\.\d+)?)[*×]分值$/;
const PROPORTIONAL = /(?:按|的)(?:完成)?比例(?:计分|得分|折算|计算|赋分|给分|扣分)?|按实际完成(?:数|量|情况)?(?:的比例)?计分/;
// 「完成4期得满分」「≥12次得满分」「以10篇为满分」: the target a proportional score is measured against.
const COUNT_TARGET = new RegExp(`(?:完成|≥|达到?|以)${NUM}(${COUNTER})[^,;]*?(?:得满分|为满分)`);
// 「按文明科室数占科室总数的比例计分」: numerator and denominator named.
const SHARE_OF = /按(.+?)占(.+?)的比例/;

/** 按比例计分: a formula with 分值, a count against a target (完成率), or a share (比率). */
export const proportional: PhraseReader = (text, context): PhraseReading | undefined => {
  const formula = findClause(text, FORMULA);
  if (formula) {
    const expression = formula.match[1];
    const target = OVER_TARGET.exec(expression);
    if (target) return { rule: "completion", params: { target: target[2] }, fields: [target[1]], basis: { rule: [formula.index], target: [formula.index] } };
    try {
      compileFormula(expression);
    } catch (e) {
      if (e instanceof FormulaError) return undefined;
      throw e;
    }
    // 「最高不超过分值」 is what a formula's result is limited to anyway.
    const clamp = findClause(text, /^(?:最高|最多)?(?:≤|不超过)(?:本项)?分值$/);
    return { rule: "formula", params: { formula: expression }, basis: { rule: [formula.index, ...(clamp ? [clamp.index] : [])], formula: [formula.index] } };
  }
  const scaled = findClause(text, PROPORTIONAL);
  if (!scaled) return undefined;
  // A rate line is the rate-line reader's; a step per 百分点 too.
  if (text.clauses.some((c) => /%|‰|百分点/.test(c))) return undefined;
  const target = findClause(text, COUNT_TARGET);
  if (target) {
    return { rule: "completion", params: { target: target.match[1] }, basis: { rule: [...new Set([target.index, scaled.index])], target: [target.index] } };
  }
  const share = SHARE_OF.exec(text.clauses[scaled.index]);
  // Without a target or a named share, 按比例 says too little to choose the rule's fields.
  if (share) return { rule: "ratio", params: {}, fields: [share[1], share[2]], basis: { rule: [scaled.index] } };
  // 「满意度按比例计分」: the satisfied share of the questionnaires.
  if (text.clauses.length === 1) return { rule: /满意/.test(text.clauses[0] + (context.name ?? "")) ? "satisfaction" : "ratio", params: {}, basis: { rule: [scaled.index] } };
  return undefined;
};
