import type { Quantity } from "./types.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/**
 * Endings of rates that are a share of a whole and so cannot exceed 100 %.
 * Not here on purpose: 完成率 (a target can be over-achieved), 增长率 and
 * 增幅 (growth has no ceiling), 出生率 and other ‰ rates (not shares of a
 * reported whole), 得分率 (computed, not typed).
 */
export const CAPPED_RATE_ENDINGS = [
  "准确率", "覆盖率", "办结率", "参与率", "参勤率", "参加率", "出勤率", "到会率", "符合率", "创建率", "调处率", "化解率",
  "满意度", "满意率", "知晓率", "合格率", "达标率", "及格率", "普及率", "入学率", "巩固率", "结案率", "回复率", "答复率",
  "受理率", "处置率", "落实率", "到位率", "建档率", "优良率", "接种率", "参保率", "签约率", "好评率", "通过率", "上报率",
];

/** @example isCappedRateName("上报准确率") // => true */
export function isCappedRateName(name: string): boolean {
  const bare = name.startsWith(PREVIOUS_PREFIX) ? name.slice(PREVIOUS_PREFIX.length) : name;
  return CAPPED_RATE_ENDINGS.some((e) => bare.endsWith(e));
}

/**
 * A share that cannot exceed 100 % read above it (「105%」, or 97 typed
 * into a %-formatted cell) is scored as 100 %, as a part above its whole
 * is: the score and the statistics never carry 9700 %. The check
 * rateAbove100 lists the cell as an error (数据待核实).
 *
 * @example capShare({ value: 97, scale: "percent" }, ["上报准确率"]) // => { value: 1, scale: "percent", capped: true }
 */
export function capShare(q: Quantity, names: string[]): Quantity & { capped?: true } {
  if (q.scale !== "percent" || q.value <= 1 + 1e-12 || !names.some(isCappedRateName)) return q;
  return { value: 1, scale: "percent", capped: true };
}
