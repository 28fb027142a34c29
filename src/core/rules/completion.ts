import type { FieldReader, Measured, RuleType } from "./types.js";
import { missingOutcome, showNumber, showPercent, showPoints } from "./format.js";
import { convertMeasure } from "../values/measureUnits.js";

/** 完成率: actual / target, capped at 100% unless 超额加分 allows more (the excess is bonus). */
export const completionRule: RuleType = {
  id: "completion",
  label: "完成率",
  aliases: ["目标完成", "目标完成率", "任务完成率"],
  description: "实际值 / 目标值 × 分值；目标值取第二个数据项或“目标值”参数；超过 100% 时封顶，设置“超额加分”上限（如 120%）则超出部分计入加分",
  fields: { min: 1, max: 2, labels: ["实际值", "目标值"] },
  params: [
    { id: "target", label: "目标值", kind: "measured", min: 0, description: "只有一个数据项时必填；可带计量单位（如 10000万元），按实际值的计量单位换算" },
    { id: "overAward", label: "超额加分", kind: "rate", min: 1, max: 10, default: 1, description: "完成率计分的上限，如 120%" },
  ],
  validate(item) {
    if (item.fields.length === 1 && item.params.target === undefined) return { reason: "需要第二个数据项或“目标值”参数", param: "target" };
    return undefined;
  },
  reports: { parts: true, extra: true },
  score(item, read) {
    const [actualField, targetField] = item.fields;
    const actualRead = read.measured(actualField);
    const actual = actualRead?.value;
    const given = targetField ? read.measured(targetField) : (item.params.target as Measured);
    const written = given?.value;
    const actualUnit = actualRead?.unit || (read.meaning(actualField)?.measure ?? "");
    const { target, note, converted } = targetInActualUnit(read, actualUnit, actualField, written, given?.unit ?? "", targetField);
    const targetName = targetField ?? "目标";
    // A converted target is shown in the unit it is divided in (7.7 亿元 / 目标 8 亿元), with what was written beside it.
    const targetLabel = converted && target !== undefined ? `${targetName} ${showNumber(target, 6)} ${actualUnit}${note}` : `${targetName} ${written ?? "缺失"}${note}`;
    const actualLabel = converted ? `${actualField} ${showNumber(actual ?? 0, 6)} ${actualUnit}` : `${actualField} ${showNumber(actual ?? 0)}`;
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
    const capNote = rate > cap ? `，按 ${showPercent(cap, read.percentDigits)} 封顶` : "";
    const extraNote = extra > 0 ? `，超额加分 ${showNumber(extra)}` : "";
    return {
      points,
      extra,
      rate,
      parts: { numerator: actual, denominator: target },
      inputs,
      explanation: `${actualLabel} / ${targetLabel} = ${showPercent(rate, read.percentDigits)}${capNote} ${showPoints(points, item.points)}${extraNote}`,
    };
  },
};

/**
 * The target in the actual's unit, so 1.2 亿元 against 10000 万元 is 120%:
 * a converted target says so in the explanation; a unit that cannot be
 * converted is an error and the item cannot be scored.
 */
function targetInActualUnit(read: FieldReader, actualUnit: string, actualField: string, target: number | undefined, unit: string, targetField?: string): { target?: number; note: string; converted?: boolean } {
  if (target === undefined || !unit) return { target, note: "" };
  const c = convertMeasure(target, unit, actualUnit);
  if (!c.ok) {
    read.issue("error", "targetUnitMismatch", { from: unit, field: actualField, to: actualUnit }, targetField);
    return { note: `（${unit}，无法换算为 ${actualUnit}）` };
  }
  return c.converted ? { target: c.value, note: `（填写的 ${showNumber(target, 6)} ${unit} 换算为 ${showNumber(c.value, 6)} ${c.unit}）`, converted: true } : { target: c.value, note: "" };
}
