import type { AssessmentMethod } from "./types.js";

/** 材料审核: the documents a unit submits, scored by the item's own 计分方式 on its 申报数据 (or returned forms). */
export const materialsMethod: AssessmentMethod = {
  id: "materials",
  label: "材料审核",
  aliases: /材料审核|审核材料|资料审核|审核资料|查阅|查看资料|查资料|抽查|档案|台账|材料|资料/,
  source: "申报数据",
  usesItemRule: () => true,
  part: (item) => item,
};
