import { NUM, type StandardText } from "../standardText.js";
import { findClause, numberText, type PhraseReader } from "./common.js";

// 「≥95%得满分」「达到95%的得满分」「满意率≥90%的得满分」.
const FULL_LINE = new RegExp(`(?:^|[^≤<\\d.])(?:≥)?${NUM}%(?:的|者|以上的)?(?:,)?得满分`);
// 「≤60%不得分」「低于60%的不得分」「<60%不得分」.
const ZERO_LINE = new RegExp(`(?:≤|低于|<|不足|未达到)${NUM}%(?:的|者)?(?:,)?不得分`);
const BETWEEN = /按比例|线性|插值/;
// 「每低1个百分点扣0.5分」: a step per point below the full line, which is a zero line in disguise.
const STEP = new RegExp(`每(?:低|下降|降低|减少|少)1个?百分点扣${NUM}分`);
const RATE_OF = /^[^=]*率=([^/=×*+\-()]+)\/([^/=×*+\-()]+)$/;
const UPPER_IS_WORSE = /≤\d+(?:\.\d+)?%(?:的|者)?得满分/;

function isAbout(text: StandardText, name: string | undefined, pattern: RegExp): boolean {
  return pattern.test(name ?? "") || text.clauses.some((c) => pattern.test(c));
}

/**
 * 比率 (or 满意度 when the text or the item speaks of 满意): a full line, a
 * zero line and proportional scoring between them. A step per 百分点 below
 * the full line is a zero line: 95% 满分, 每低1个百分点扣1分 on 5 points is
 * zero at 90%.
 */
export const rateLines: PhraseReader = (text, context) => {
  if (text.clauses.some((c) => UPPER_IS_WORSE.test(c))) return undefined;
  const full = findClause(text, FULL_LINE);
  const zero = findClause(text, ZERO_LINE);
  const between = findClause(text, BETWEEN);
  const step = findClause(text, STEP);
  const params: Record<string, string> = {};
  const basis: Record<string, number[]> = {};
  if (full) {
    params.fullLine = `${full.match[1]}%`;
    basis.fullLine = [full.index];
  }
  if (zero) {
    params.zeroLine = `${zero.match[1]}%`;
    basis.zeroLine = [zero.index];
  }
  if (step) {
    // The zero line needs the points and the full line, and there must be no other zero line.
    if (!full || zero || context.points === undefined) return undefined;
    const zeroAt = Number(full.match[1]) - context.points / Number(step.match[1]);
    if (zeroAt < 0 || Math.abs(zeroAt * 100 - Math.round(zeroAt * 100)) > 1e-6) return undefined;
    params.zeroLine = `${numberText(zeroAt)}%`;
    basis.zeroLine = [step.index];
  }
  // Two lines, or one line and 按比例: a line alone with 否则不得分 is a threshold.
  const lines = Number(Boolean(full)) + Number(Boolean(zero || step));
  if (lines === 0 || (lines === 1 && !between && !step)) return undefined;
  if (full && params.zeroLine && Number(params.zeroLine.slice(0, -1)) >= Number(full.match[1])) return undefined;
  const used = [full?.index, zero?.index, step?.index, between?.index].filter((i): i is number => i !== undefined);
  // 扣完为止 after a step says only that the step stops at zero, which the zero line already does.
  const toZero = step ? findClause(text, /^扣完为止$/) : undefined;
  if (toZero) used.push(toZero.index);
  const rule = isAbout(text, context.name, /满意/) ? "satisfaction" : "ratio";
  // 「创建率=文明科室数/科室总数」: the numerator and denominator named.
  const named = rule === "ratio" ? findClause(text, RATE_OF) : undefined;
  if (named) used.push(named.index);
  const fields = named ? [named.match[1], named.match[2]] : undefined;
  return { rule, params, ...(fields ? { fields } : {}), basis: { rule: [...new Set(used)].sort((a, b) => a - b), ...basis } };
};
