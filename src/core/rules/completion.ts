import type { RuleType } from "./types.js";
import { missingOutcome, showNumber, showPercent, showPoints } from "./format.js";

/** 完成率: actual / target, capped at 100% unless 超额加分 allows more (the excess is bonus). */
export const completionRule: RuleType = {
  id: "completion",
  label: "完成率",
  aliases: ["目标完成", "目标完成率", "任务完成率"],
  description: "实际值 / 目标值 × 分值；目标值取第二个数据项或“目标值”参数；超过 100% 时封顶，设置“超额加分”上限（如 120%）则超出部分计入加分",
  fields: { min: 1, max: 2, labels: ["实际值", "目标值"] },
  params: [
    { id: "target", label: "目标值", kind: "number", min: 0, description: "只有一个数据项时必填" },
    { id: "overAward", label: "超额加分", kind: "rate", min: 1, max: 10, default: 1, description: "完成率计分的上限，如 120%" },
  ],
  validate(item) {
    if (item.fields.length === 1 && item.params.target === undefined) return { reason: "需要第二个数据项或“目标值”参数", param: "target" };
    return undefined;
  },
  reports: { parts: true, extra: true },
  score(item, read) {
    const [actualField, targetField] = item.fields;
    const actual = read.count(actualField);
    const target = targetField ? read.count(targetField) : (item.params.target as number);
    const targetLabel = targetField ? `${targetField} ${target ?? "缺失"}` : `目标 ${target}`;
    const inputs = `${actualField} ${actual ?? "缺失"}，${targetLabel}`;
    if (actual === undefined || target === undefined) return missingOutcome(inputs);
    if (target === 0) {
      read.issue("warning", "zeroDenominator", { field: targetField ?? "目标值" }, targetField);
      return { points: 0, inputs, explanation: `目标值为 0，无法计算 ${showPoints(0, item.points)}` };
    }
    const rate = actual / target;
    const cap = item.params.overAward as number;
    const share = Math.min(rate, cap);
    const earned = share * item.points;
    const points = Math.min(earned, item.points);
    const extra = earned - points;
    const capNote = rate > cap ? `，按 ${showPercent(cap)} 封顶` : "";
    const extraNote = extra > 0 ? `，超额加分 ${showNumber(extra)}` : "";
    return {
      points,
      extra,
      rate,
      parts: { numerator: actual, denominator: target },
      inputs,
      explanation: `${actualField} ${showNumber(actual)} / ${targetLabel} = ${showPercent(rate)}${capNote} ${showPoints(points, item.points)}${extraNote}`,
    };
  },
};
