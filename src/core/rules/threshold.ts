import type { Direction, Quantity, RuleType } from "./types.js";
import { missingOutcome, showPoints, showQuantity } from "./format.js";
import { roundExcel } from "../math/roundExcel.js";
import { capShare } from "./cappedRates.js";

/** 达标: one value against 目标值 in a direction (≥ or ≤); % and ‰ accepted. */
export const thresholdRule: RuleType = {
  id: "threshold",
  label: "达标",
  aliases: ["阈值", "达标计分", "标准值"],
  description: "数值与目标值比较，方向为 ≥（不低于）或 ≤（不高于）；达到得满分，否则 0 分；可用 % 或 ‰",
  fields: { min: 1, max: 1, labels: ["数值"] },
  params: [
    { id: "target", label: "目标值", aliases: ["达标值", "达标线"], kind: "quantity", required: true, description: "如 97%、20‰、8；可带比较，如 ≤20‰、不低于95%、12次以上（方向未填时由它决定）" },
    { id: "direction", label: "方向", kind: "direction", default: "higher", description: "≥ / ≤，或 越高越好 / 越低越好" },
  ],
  score(item, read) {
    const [field] = item.fields;
    const target = item.params.target as Quantity;
    const direction = item.params.direction as Direction;
    const raw = read.quantity(field);
    if (raw === undefined) return missingOutcome(`${field}：缺失`);
    const aligned = alignScale(raw, target, (shown) => read.issue("info", "plainAssumedScaled", { value: raw.value, shown }, field));
    const value = capShare(aligned, [field, item.name]);
    const d = read.percentDigits;
    const shown = value.capped ? `${showQuantity(aligned, d)}，超过 100%（数据待核实），按 100% 计` : showQuantity(value, d);
    // Compare at 12 decimals so 0.97 read from "97%" equals a 97% target. A difference of 1e-9 or more keeps
    // its sign when rounded, so only a near tie takes roundExcel's slow decimal path (~0.7 s of CPU at 100,000 units).
    const gap = value.value - target.value;
    const diff = Math.abs(gap) < 1e-9 ? roundExcel(gap, 12) : gap;
    const met = direction === "higher" ? diff >= 0 : diff <= 0;
    const points = met ? item.points : 0;
    const op = direction === "higher" ? "≥" : "≤";
    const verdict = met ? "达标" : "未达标";
    return {
      points,
      rate: target.scale === "plain" ? undefined : value.value,
      inputs: `${field} ${showQuantity(aligned, d)}`,
      explanation: `${field} ${shown}，要求 ${op} ${showQuantity(target, d)}，${verdict} ${showPoints(points, item.points)}`,
    };
  },
};

/**
 * A plain number compared with a % or ‰ target is taken in the target's
 * scale when it is larger than 1 (98.5 against 97% means 98.5%).
 */
export function alignScale(value: Quantity, target: Quantity, onAssume: (shown: string) => void): Quantity {
  if (value.scale !== "plain" || target.scale === "plain" || Math.abs(value.value) <= 1) return value;
  const divisor = target.scale === "percent" ? 100 : 1000;
  const aligned: Quantity = { value: value.value / divisor, scale: target.scale };
  onAssume(showQuantity(aligned));
  return aligned;
}
