import type { AssessmentMethod } from "./types.js";
import { directRule } from "../rules/direct.js";
import { partField } from "./partField.js";

/**
 * 实地考察: the inspection teams' score for the item (评委打分 sheets, with
 * teams and 二次平均法 as set), 0…分值. The panel fills 「<测评内容>（实地考察）」.
 */
export const onsiteMethod: AssessmentMethod = {
  id: "onsite",
  label: "实地考察",
  aliases: /实地考察|实地|现场|检查组|考察|评委|察看/,
  source: "评委打分表",
  part: (item) => ({ ...item, rule: directRule, fields: [partField(item, "实地考察")], params: {}, methods: undefined }),
};
