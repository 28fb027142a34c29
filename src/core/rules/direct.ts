import type { RuleType } from "./types.js";
import { missingOutcome, showNumber, showPoints } from "./format.js";

/** 直接打分: points given by the panel or self-assessment, 0..分值. */
export const directRule: RuleType = {
  id: "direct",
  label: "直接打分",
  aliases: ["直接评分", "打分", "评分", "检查打分", "自评打分", "评委打分"],
  description: "由评委或自评直接给出分数，范围 0～分值；评委多人时按设置去极值后平均",
  fields: { min: 1, max: 1, labels: ["得分"] },
  params: [],
  score(item, read) {
    const [field] = item.fields;
    const value = read.number(field);
    if (value === undefined) return missingOutcome(`${field}：${read.note(field) ?? "缺失"}`);
    const clamped = Math.min(Math.max(value, 0), item.points);
    if (clamped !== value) {
      read.issue("warning", "outOfRange", { field, value: showNumber(value), max: item.points, clamped: showNumber(clamped) }, field);
    }
    const note = read.note(field);
    const inputs = `${field} ${showNumber(value)}`;
    const how = note ? `${note} = ${showNumber(value)}` : `评分 ${showNumber(value)}`;
    const clampNote = clamped !== value ? `，超出范围按 ${showNumber(clamped)} 计` : "";
    return { points: clamped, inputs, explanation: `${how}${clampNote} ${showPoints(clamped, item.points)}` };
  },
};
