import type { RuleType } from "./types.js";
import { missingOutcome, showNumber, showPoints } from "./format.js";

/**
 * 差额扣分: a standard count to reach (「达到10处以上为合格」), and points off
 * for each one short of it (「每少一处扣2分」). Reaching or passing the
 * standard keeps full points; the deduction never goes below zero.
 */
export const shortfallRule: RuleType = {
  id: "shortfall",
  label: "差额扣分",
  aliases: ["差额计分", "差额扣分制", "不足扣分"],
  description: "分值 − max(0, 标准数 − 实际数) × 每少扣分，最低 0 分；达到或超过标准数得满分",
  fields: { min: 1, max: 1, labels: ["实际数"] },
  params: [
    { id: "standard", label: "标准数", aliases: ["标准数量", "应达数"], kind: "number", min: 0, required: true, description: "应达到的数量，如 10（“达到10处以上为合格”）" },
    { id: "perShort", label: "每少扣分", aliases: ["每少一项扣分", "每缺扣分"], kind: "pointsEach", min: 0, required: true, description: "每少一个扣的分数，如 2、2分、每少一处扣2分" },
  ],
  score(item, read) {
    const [field] = item.fields;
    const n = read.count(field);
    if (n === undefined) return missingOutcome(`${field}：缺失`);
    const standard = item.params.standard as number;
    const per = item.params.perShort as number;
    const short = Math.max(0, standard - n);
    const deducted = short * per;
    const points = Math.max(0, item.points - deducted);
    const inputs = `${field} ${showNumber(n)}`;
    if (short === 0) return { points, inputs, explanation: `${field} ${showNumber(n)}，达到标准数 ${showNumber(standard)} ${showPoints(points, item.points)}` };
    const floorNote = deducted > item.points ? `，扣至 0 分为止` : "";
    return {
      points,
      inputs,
      explanation: `${field} ${showNumber(n)}，比标准数 ${showNumber(standard)} 少 ${showNumber(short)} × 每少扣 ${showNumber(per)} 分 = 扣 ${showNumber(deducted)} 分${floorNote} ${showPoints(points, item.points)}`,
    };
  },
};
