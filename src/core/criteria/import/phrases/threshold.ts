import { COUNTER, NUM, type StandardText } from "../standardText.js";
import { findClause, type PhraseReader } from "./common.js";

// 「≤20‰得满分」「≥95%的得满分」「达到12次的得满分」「≥3篇得满分」.
const TARGET = new RegExp(`(≥|≤|达到?)${NUM}(%|‰|${COUNTER})?(?:的|者)?(?:,)?得满分`);
// 「低于20‰得满分」: 低于/高于 leave the value itself out, and a 达标 target always includes it.
const STRICT_TARGET = new RegExp(`(?:低于|高于|超过|少于|多于|<|>)${NUM}(?:%|‰|${COUNTER})?(?:的|者)?(?:,)?得满分`);
// 「否则不得分」「未达到的不得分」「达不到不得分」「高于20‰的不得分」.
const OTHERWISE = /^(?:否则|反之|未达到|达不到|未达标|不达标|未完成|超过的?|高于的?|低于的?|超出的?|不足的?|超标的?)?(?:要求|标准|目标)?(?:的|者)?(?:\d+(?:\.\d+)?(?:%|‰)?)?(?:的|者)?不得分$/;

// 「安全事故发生率高于5‰的不得分」: the other side of the target, with the target's own number.
const ABOVE_OR_BELOW = new RegExp(`(?:高于|低于|超过|超出|不足|>|<)${NUM}(%|‰|${COUNTER})?(?:的|者)?不得分$`);

/** The clause saying what misses the target earns nothing. */
function otherwiseClause(text: StandardText, target: { index: number; digits: string; rest: string }): number | undefined {
  if (target.rest && OTHERWISE.test(target.rest)) return target.index;
  for (let index = 0; index < text.clauses.length; index++) {
    if (index === target.index) continue;
    const clause = text.clauses[index];
    if (OTHERWISE.test(clause)) return index;
    const m = ABOVE_OR_BELOW.exec(clause);
    if (m && Number(m[1]) === Number(target.digits)) return index;
  }
  return undefined;
}

/** 达标: one target in either direction (≥ / ≤, with % or ‰), full points or none. */
export const threshold: PhraseReader = (text) => {
  if (text.clauses.some((c) => /按比例|百分点|扣/.test(c))) return undefined;
  if (findClause(text, STRICT_TARGET)) return undefined;
  const target = findClause(text, TARGET);
  if (!target) return undefined;
  const [, sign, digits, unit = ""] = target.match;
  if (unit === "个") return undefined;
  const rest = text.clauses[target.index].slice(target.match.index + target.match[0].length).replace(/^,/, "");
  const otherwise = otherwiseClause(text, { index: target.index, digits, rest });
  if (otherwise === undefined) return undefined;
  const op = sign === "≤" ? "≤" : "≥";
  return { rule: "threshold", params: { target: `${op}${digits}${unit}` }, basis: { rule: [...new Set([target.index, otherwise])].sort((a, b) => a - b), target: [target.index] } };
};
