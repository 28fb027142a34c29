import type { ParamSpec } from "./types.js";

/** 满分线 and 起评线, shared by the rate-scored rules. */
export const lineParams: ParamSpec[] = [
  { id: "fullLine", label: "满分线", kind: "rate", comparison: "higher", min: 0, max: 1, default: 1, description: "达到该比率得满分，如 95%、≥95%、95%以上得满分" },
  { id: "zeroLine", label: "起评线", aliases: ["零分线"], kind: "rate", comparison: "lower", min: 0, max: 1, default: 0, description: "不高于该比率得 0 分，如 60%、60%以下不得分" },
];
