import type { AssessmentMethod } from "./types.js";

/** 网上测评: figures gathered online and entered in 申报数据, scored by the item's own 计分方式. */
export const onlineMethod: AssessmentMethod = {
  id: "online",
  label: "网上测评",
  aliases: /网上测评|网络测评|线上测评|在线测评|网上|网络|线上/,
  source: "申报数据",
  usesItemRule: () => true,
  part: (item) => item,
};
