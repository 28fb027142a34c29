import type { RuleType } from "./types.js";
import { missingOutcome } from "./format.js";

/**
 * 按测评方法: an item scored wholly by methods with their own data (实地考察,
 * 征求意见, 暗访, 问卷调查), each with its share in 测评方法 — no 数据项 of its
 * own to read. The parts score it (methods/scoreParts); the criteria check
 * (methods/itemMethods) refuses it without shares or with a part that would
 * read the item's own rule (材料审核, 网上测评).
 */
export const byMethodsRule: RuleType = {
  id: "byMethods",
  label: "按测评方法",
  aliases: ["按测评方法计分", "按方法计分", "分方法计分", "测评方法计分"],
  description: "本项没有自己的数据项，全部按测评方法列中各方法的占比和各自的数据（评委打分表、征求意见表、暗访扣分表、问卷）计分",
  fields: { min: 0, max: 0, labels: [] },
  params: [],
  score() {
    // Reached only when the criteria check already refused the item's methods: the item has no data of its own.
    return missingOutcome("按测评方法计分，但测评方法列没有可用的占比");
  },
};
