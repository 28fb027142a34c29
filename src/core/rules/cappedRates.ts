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

/** Endings of rates that can be below zero: a change, a margin, a deviation. */
export const SIGNED_RATE_ENDINGS = ["增长率", "增幅", "增速", "变化率", "变动率", "涨幅", "降幅", "下降率", "降低率", "减少率", "利润率", "收益率", "回报率", "盈利率", "偏差率", "误差率"];

const bareName = (name: string) => (name.startsWith(PREVIOUS_PREFIX) ? name.slice(PREVIOUS_PREFIX.length) : name).trim();

/**
 * A name that says the field is a rate: …率 or …满意度 (群众满意率,
 * 人口出生率, 招商引资完成率, 地区生产总值增长率).
 * @example isRateName("群众满意度") // => true
 */
export function isRateName(name: string): boolean {
  return /(率|满意度|增幅|增速|涨幅|降幅)$/.test(bareName(name));
}

/**
 * A rate that cannot be below zero: every …率 and …满意度 (shares, 出生率,
 * 死亡率, 完成率) except changes and margins (增长率, 自然增长率, 增幅 …).
 * @example [isNonNegativeRateName("人口出生率"), isNonNegativeRateName("人口自然增长率")] // => [true, false]
 */
export function isNonNegativeRateName(name: string): boolean {
  const bare = bareName(name);
  return isRateName(bare) && !SIGNED_RATE_ENDINGS.some((e) => bare.endsWith(e));
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
