import type { RuleType } from "../rules/types.js";
import type { AssessmentMethod } from "./types.js";
import { missingOutcome, showNumber, showPoints } from "../rules/format.js";
import { partField } from "./partField.js";

/**
 * A 暗访 part: 分值 − Σ扣分 of the problems found, floored at 0.
 * unannouncedSheet.ts fills 「<测评内容>（暗访）」 with Σ扣分 and lists the problems in its note.
 */
export const unannouncedPartRule: RuleType = {
  id: "methodUnannounced",
  label: "暗访",
  aliases: [],
  description: "分值 − 暗访发现问题的扣分合计，扣完为止",
  fields: { min: 1, max: 1, labels: ["扣分合计"] },
  params: [],
  score(item, read) {
    const [field] = item.fields;
    const deducted = read.number(field);
    const note = read.note(field);
    if (deducted === undefined) return missingOutcome(`${field}：${note ?? "缺失"}`);
    const points = Math.max(item.points - deducted, 0);
    const floored = item.points - deducted < 0 ? "，扣完为止" : "";
    return { points, inputs: note ?? `${field} ${showNumber(deducted)}`, explanation: `${note ?? ""} → ${showNumber(item.points)} − ${showNumber(deducted)}${floored} ${showPoints(points, item.points)}` };
  },
};

/** 暗访: problems found by unannounced visits, each with its deduction, from the 暗访 sheet. */
export const unannouncedMethod: AssessmentMethod = {
  id: "unannounced",
  label: "暗访",
  aliases: /暗访|暗查|暗检/,
  source: "暗访扣分表",
  part: (item) => ({ ...item, rule: unannouncedPartRule, fields: [partField(item, "暗访")], params: {}, methods: undefined }),
};
