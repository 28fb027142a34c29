import { COUNTER, NUM, type StandardText } from "../standardText.js";
import { readCap, type PhraseReader } from "./common.js";

// The count to reach: 「≥10处为合格」「应达到4次」「至少开展2次」「须有5项」「不足4次的」「应包含5项内容」.
const STANDARD = new RegExp(`(?:≥|应达到?|应有|应包[含括]|应具备|须有?|需有?|要有|至少(?:开展|组织|举办)?|不足|满)${NUM}(${COUNTER})`);
// Points off for each one short: 「每少1处扣2分」「少1次扣1分」「每缺1项扣0.5分」「每减少1次扣1分」.
const PER_SHORT = new RegExp(`(?:每)?(?:少|缺少?|减少|差)1?${COUNTER}?[^,;]*?扣(?:除|减)?${NUM}分`);
const ANY_COUNT = new RegExp(`${NUM}${COUNTER}`, "g");
const ONE_SHORT = new RegExp(`(?:少|缺少?|减少|差)1${COUNTER}`, "g");
const RANGE = /扣\d+(?:\.\d+)?(?:-|~|至|到)\d/;

/** The standard count a text sets, with its clause. */
export function standardCount(text: StandardText): { value: string; index: number } | undefined {
  for (let index = 0; index < text.clauses.length; index++) {
    const clause = text.clauses[index];
    const m = STANDARD.exec(clause);
    // 「缺少2项及以上不得分」 counts what is missing, not what is to be reached.
    if (m && !/百分点|少|缺|不得分/.test(clause.slice(0, m.index) + clause.slice(m.index + m[0].length))) return { value: m[1], index };
  }
  return undefined;
}

/** 差额扣分: a standard count and points off for each one short of it. */
export const shortfall: PhraseReader = (text, context) => {
  const standard = standardCount(text);
  if (!standard) return undefined;
  // 「每季度至少1次，全年4次」: two standards, the reader cannot tell which is meant.
  const counts = text.clauses.flatMap((c) => [...c.replace(ONE_SHORT, "").matchAll(ANY_COUNT)].map((m) => m[1]));
  if (counts.some((n) => Number(n) !== Number(standard.value))) return undefined;
  for (let index = 0; index < text.clauses.length; index++) {
    const clause = index === standard.index ? text.clauses[index].slice(STANDARD.exec(text.clauses[index])!.index) : text.clauses[index];
    if (RANGE.test(clause)) continue;
    const m = PER_SHORT.exec(clause.replace(STANDARD, ""));
    if (!m) continue;
    const rule = [...new Set([standard.index, index])];
    // The rule stops at zero by itself: 扣完为止 (or a cap equal to the points) is read; a lower cap is not kaoping's.
    const cap = readCap(text, index, "");
    if (cap && (cap.value === "扣完为止" || (context.points !== undefined && Number(cap.value) === context.points))) rule.push(cap.index);
    return { rule: "shortfall", params: { standard: standard.value, perShort: m[1] }, basis: { rule, standard: [standard.index], perShort: [index] } };
  }
  return undefined;
};
