import type { RuleType } from "./types.js";
import { showNumber, showPoints } from "./format.js";

export const HONOUR_LEVELS = ["国家级", "省级", "市级", "县级"];

/** 加分: honours counted per level, points per level, capped by 分值. */
export const bonusRule: RuleType = {
  id: "bonus",
  label: "加分",
  aliases: ["荣誉加分", "奖励加分", "附加分"],
  description: "按荣誉级别计数加分（数据项依次为国家级、省级、市级、县级的个数），合计不超过分值，计入加分",
  fields: { min: 1, max: 4, labels: HONOUR_LEVELS.map((l) => `${l}个数`) },
  bonus: true,
  params: [
    { id: "levelPoints", label: "各级分值", aliases: ["每项加分"], kind: "numberList", default: [3, 2, 1, 0.5], description: "依次为国家级、省级、市级、县级每项的加分，如 3/2/1/0.5" },
  ],
  validate(item) {
    const list = item.params.levelPoints as number[];
    if (list.length < item.fields.length) return `“各级分值”只有 ${list.length} 个，数据项有 ${item.fields.length} 个`;
    return undefined;
  },
  score(item, read) {
    const per = item.params.levelPoints as number[];
    let sum = 0;
    const parts: string[] = [];
    item.fields.forEach((field, i) => {
      // A blank honour cell means none: it is a bonus, nothing is lost.
      const n = read.count(field, { blankIsZero: true }) ?? 0;
      sum += n * per[i];
      if (n > 0) parts.push(`${field} ${showNumber(n)} × ${showNumber(per[i])}`);
    });
    const points = Math.min(sum, item.points);
    const capNote = sum > item.points ? `，以 ${showNumber(item.points)} 分为限` : "";
    const expr = parts.length ? `${parts.join(" + ")} = ${showNumber(sum)}` : "无荣誉";
    return { points, inputs: parts.join("，") || "无", explanation: `${expr}${capNote} ${showPoints(points, item.points)}` };
  },
};
