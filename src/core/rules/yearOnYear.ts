import type { Direction, Quantity, RuleType } from "./types.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { linearShare, missingOutcome, showNumber, showPercent, showPoints, showQuantity } from "./format.js";
import { capShare } from "./cappedRates.js";

/**
 * 同比: this year against last year (second field, or the 上年 column).
 * Counts improve by percent; rates by 百分点, so the 满分改善 of a rate
 * field reads as percentage points.
 */
export const yearOnYearRule: RuleType = {
  id: "yearOnYear",
  label: "同比",
  aliases: ["同比变化", "同比改善", "比上年"],
  description: "本年与上年比较；数量按增幅（%），比率按百分点；达到“满分改善”得满分，无改善得 0 分，其间按比例",
  fields: { min: 1, max: 2, labels: ["本年", "上年"] },
  params: [
    { id: "direction", label: "方向", kind: "direction", default: "higher", description: "越高越好 / 越低越好" },
    {
      id: "fullImprovement",
      label: "满分改善",
      aliases: ["目标值", "改善目标"],
      kind: "improvement",
      min: 0,
      max: 10,
      default: 0.1,
      description: "数量为增幅（如 10%），比率为百分点（如 5% 即 5 个百分点）；可写“比上年增长10%得满分”“比上年下降5%”（方向未填时取越低越好）",
    },
  ],
  score(item, read) {
    const [field, prevField] = item.fields;
    const direction = item.params.direction as Direction;
    const full = item.params.fullImprovement as number;
    // A share above 100 % (准确率 105%) compares as 100 %, as 达标 scores it; the check lists the cell.
    const typedCur = read.quantity(field);
    const typedPrev: Quantity | undefined = prevField ? read.quantity(prevField) : read.previous(field);
    const cur = typedCur && capShare(typedCur, [field, item.name]);
    const prev = typedPrev && capShare(typedPrev, [field, item.name]);
    const capNote = [[typedCur, cur], [typedPrev, prev]].some(([t, c]) => t && c !== t) ? "（超过 100% 的按 100% 计，数据待核实）" : "";
    const d = read.percentDigits;
    const inputs = `本年 ${typedCur ? showQuantity(typedCur, d) : "缺失"}，上年 ${typedPrev ? showQuantity(typedPrev, d) : "缺失"}`;
    if (cur === undefined) return missingOutcome(inputs);
    if (prev === undefined) {
      const previousField = prevField ?? `${PREVIOUS_PREFIX}${field}`;
      read.issue("warning", "noPreviousValue", { field: previousField }, previousField);
      return { points: 0, missing: true, inputs, explanation: `没有上年数据 ${showPoints(0, item.points)}` };
    }
    const sign = direction === "higher" ? 1 : -1;
    const better = direction === "higher" ? "提高" : "降低";
    // A rate field (declared, or %/‰ in its header or cells) compares in 百分点 however its cells were typed.
    const isRate = read.meaning(field)?.kind === "rate" || cur.scale !== "plain" || prev.scale !== "plain";
    let improvement: number;
    let change: string;
    if (isRate) {
      improvement = sign * (cur.value - prev.value);
      change = `变化 ${showNumber((cur.value - prev.value) * 100, d)} 个百分点，满分需${better} ${showNumber(full * 100, d)} 个百分点`;
    } else if (prev.value === 0) {
      // No base to grow from: staying at zero is best for lower-is-better,
      // any positive figure is full marks for higher-is-better.
      const good = direction === "lower" ? cur.value === 0 : cur.value > 0;
      const points = good ? item.points : 0;
      return { points, inputs, explanation: `上年为 0，本年 ${showNumber(cur.value)}，${good ? "视为达到" : "未达到"}要求 ${showPoints(points, item.points)}` };
    } else {
      improvement = (sign * (cur.value - prev.value)) / Math.abs(prev.value);
      change = `增幅 ${showPercent((cur.value - prev.value) / Math.abs(prev.value), d)}，满分需${better} ${showPercent(full, d)}`;
    }
    const points = linearShare(improvement, full, 0) * item.points;
    return { points, inputs, explanation: `本年 ${showQuantity(cur, d)}，上年 ${showQuantity(prev, d)}${capNote}，${change} ${showPoints(points, item.points)}` };
  },
};
