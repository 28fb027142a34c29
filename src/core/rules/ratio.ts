import type { RuleType } from "./types.js";
import { linearShare, missingOutcome, showNumber, showPercent, showPoints } from "./format.js";
import { lineParams } from "./lineParams.js";

/** 比率: 分子/分母 → rate, full points at 满分线, none at 起评线, linear between. */
export const ratioRule: RuleType = {
  id: "ratio",
  label: "比率",
  aliases: ["比例", "创建率", "覆盖率", "参与率", "比率计分"],
  description: "分子 / 分母 得到比率；达到满分线得满分，不高于起评线得 0 分，其间按比例",
  fields: { min: 2, max: 2, labels: ["分子", "分母"] },
  params: lineParams,
  reports: { parts: true },
  score(item, read) {
    const [numField, denField] = item.fields;
    const n = read.count(numField);
    const d = read.count(denField);
    const inputs = `${numField} ${n ?? "缺失"}，${denField} ${d ?? "缺失"}`;
    if (n === undefined || d === undefined) return missingOutcome(inputs);
    // A numerator above the denominator is listed (with both cells) by the numeratorExceeds check, not here.
    return scoreRate(item.points, n, d, item.params, inputs, `${numField} ${showNumber(n)} / ${denField} ${showNumber(d)}`, read.percentDigits, () =>
      read.issue("warning", "zeroDenominator", { field: denField }, denField),
    );
  },
};

/**
 * Shared by 比率 and 满意度: a rate from a numerator and denominator scored
 * against the item's lines. `onZeroDenominator` logs that issue in the
 * caller's words; a rate above 100 % is scored as 100 % and said so in the
 * explanation (src/core/checks lists it as an error).
 */
export function scoreRate(
  maxPoints: number,
  numerator: number,
  denominator: number,
  params: Record<string, unknown>,
  inputs: string,
  expression: string,
  digits: number,
  onZeroDenominator: () => void,
) {
  const fullLine = params.fullLine as number;
  const zeroLine = params.zeroLine as number;
  if (denominator === 0) {
    onZeroDenominator();
    return { points: 0, inputs, explanation: `${expression}，分母为 0，无法计算 ${showPoints(0, maxPoints)}` };
  }
  const raw = numerator / denominator;
  const rate = Math.min(raw, 1);
  const points = linearShare(rate, fullLine, zeroLine) * maxPoints;
  const lines = `满分线 ${showPercent(fullLine, digits)}，起评线 ${showPercent(zeroLine, digits)}`;
  const shown = raw > 1 ? `${showPercent(raw, digits)}，超过 100%（数据待核实），按 100% 计` : showPercent(rate, digits);
  return {
    points,
    rate,
    parts: { numerator, denominator },
    inputs,
    explanation: `${expression} = ${shown}，${lines} ${showPoints(points, maxPoints)}`,
  };
}
