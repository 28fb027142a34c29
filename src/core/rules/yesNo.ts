import type { RuleType } from "./types.js";
import { missingOutcome, showPoints } from "./format.js";

/** 是否: a checklist item, full points for 是. */
export const yesNoRule: RuleType = {
  id: "yesNo",
  label: "是否",
  aliases: ["是/否", "有无", "清单", "检查项"],
  description: "是/否（√/×、有/无、1/0）；“是”得满分，“否”得 0 分",
  fields: { min: 1, max: 1, labels: ["是否"] },
  params: [],
  score(item, read) {
    const [field] = item.fields;
    const yes = read.boolean(field);
    if (yes === undefined) return missingOutcome(`${field}：缺失`);
    const points = yes ? item.points : 0;
    return { points, inputs: `${field} ${yes ? "是" : "否"}`, explanation: `${field}：${yes ? "是" : "否"} ${showPoints(points, item.points)}` };
  },
};
