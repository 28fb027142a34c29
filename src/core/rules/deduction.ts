import type { RuleType } from "./types.js";
import { missingOutcome, showNumber, showPoints } from "./format.js";

/** 扣分: occurrences × 每次扣分, at most 扣分上限, never below zero (扣完为止). */
export const deductionRule: RuleType = {
  id: "deduction",
  label: "扣分",
  aliases: ["扣分制", "每次扣分", "按次扣分", "倒扣"],
  description: "发生次数 × 每次扣分，扣分不超过“扣分上限”（默认为分值），扣完为止",
  fields: { min: 1, max: 1, labels: ["发生次数"] },
  params: [
    { id: "perOccurrence", label: "每次扣分", aliases: ["每项扣分", "每起扣分", "扣分标准"], kind: "pointsEach", min: 0, required: true, description: "每发生一次扣的分数，如 3、每次扣3分、3分/次" },
    { id: "deductionCap", label: "扣分上限", aliases: ["最多扣分", "最高扣分"], kind: "pointsCap", min: 0, description: "最多扣的分数，如 5、最多扣5分；“扣完为止”即分值（默认）" },
  ],
  score(item, read) {
    const [field] = item.fields;
    const n = read.count(field);
    if (n === undefined) return missingOutcome(`${field}：缺失`);
    const per = item.params.perOccurrence as number;
    const cap = Math.min((item.params.deductionCap as number | undefined) ?? item.points, item.points);
    const deducted = Math.min(n * per, cap);
    const points = item.points - deducted;
    const capNote = n * per > cap ? `，扣分以 ${showNumber(cap)} 分为限` : "";
    return {
      points,
      inputs: `${field} ${showNumber(n)}`,
      explanation: `${field} ${showNumber(n)} 次 × 每次扣 ${showNumber(per)} 分 = 扣 ${showNumber(n * per)} 分${capNote} ${showPoints(points, item.points)}`,
    };
  },
};
