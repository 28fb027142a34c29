import type { RuleType } from "../rules/types.js";
import type { AssessmentMethod } from "./types.js";
import { missingOutcome, showNumber, showPercent, showPoints } from "../rules/format.js";
import { partField } from "./partField.js";

/**
 * A 征求意见 part: the departments' opinions of the unit, combined (平均 or
 * 最低, 设置 意见汇总方式) into a share of 分值 by opinionsSheet.ts, which
 * fills 「<测评内容>（征求意见）」 with that share and says how in its note.
 */
export const opinionsPartRule: RuleType = {
  id: "methodOpinions",
  label: "征求意见",
  aliases: [],
  description: "相关部门意见折算为分值的比例后汇总（平均或取最低）× 分值",
  fields: { min: 1, max: 1, labels: ["意见折算比例"] },
  params: [],
  score(item, read) {
    const [field] = item.fields;
    const share = read.number(field);
    const note = read.note(field);
    if (share === undefined) return missingOutcome(`${field}：${note ?? "缺失"}`);
    const points = Math.min(Math.max(share, 0), 1) * item.points;
    return { points, inputs: note ?? `${field} ${showPercent(share)}`, explanation: `${note ?? ""} → ${showPercent(share)} × ${showNumber(item.points)} ${showPoints(points, item.points)}` };
  },
};

/** 征求意见: opinions of 纪检、信访、公安、安监 … on each unit, from the 征求意见 sheet. */
export const opinionsMethod: AssessmentMethod = {
  id: "opinions",
  label: "征求意见",
  aliases: /征求|部门意见|意见征求|征询意见/,
  source: "征求意见表",
  part: (item) => ({ ...item, rule: opinionsPartRule, fields: [partField(item, "征求意见")], params: {}, methods: undefined }),
};
