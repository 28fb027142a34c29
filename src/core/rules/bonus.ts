import type { CriteriaItem } from "../model.js";
import type { RuleType } from "./types.js";
import { showNumber, showPoints } from "./format.js";

export const HONOUR_LEVELS = ["国家级", "省级", "市级", "县级"] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

/**
 * 各级分值 as written: positional (「3/2/1/0.5」, one per 数据项 in order) or
 * by named level (「国家级3分、省级2分」), resolved against the fields' levels.
 */
export type LevelPoints = number[] | Partial<Record<HonourLevel, number>>;

// Longest words first, so 自治区 is a province and 地区 a city before 区 is a county.
// Words that contain a level character without naming a level (全国文明城市, 文明社区) come first and are skipped.
const NOT_LEVELS = ["城市", "市场", "市民", "社区", "小区", "园区", "景区", "校区", "街区", "区域", "省份"];
const LEVEL_OF_WORD: Record<string, HonourLevel> = {
  全国: "国家级", 国家: "国家级", 中央: "国家级",
  自治区: "省级", 直辖市: "省级", 省: "省级",
  地区: "市级", 地级: "市级", 自治州: "市级", 州级: "市级", 盟: "市级", 市: "市级",
  县: "县级", 区: "县级",
};
const LEVEL_WORDS = new RegExp([...NOT_LEVELS, ...Object.keys(LEVEL_OF_WORD).sort((a, b) => b.length - a.length)].join("|"), "g");

/**
 * The honour levels a name speaks of (a 数据项 such as 省级荣誉数, or a level written in 各级分值).
 * @example honourLevelsIn("自治区级文明单位数") // => ["省级"]
 * @example honourLevelsIn("全国文明城市") // => ["国家级"]
 */
export function honourLevelsIn(name: string): HonourLevel[] {
  const found = (name.match(LEVEL_WORDS) ?? []).map((w) => LEVEL_OF_WORD[w]).filter((l) => l !== undefined);
  return [...new Set(found)];
}

/** A name without its level words: what is left around 「国家级」 in 「国家级每项加3分」. */
export function withoutLevelWords(name: string): string {
  return name.replace(LEVEL_WORDS, (w) => (LEVEL_OF_WORD[w] ? "" : w));
}

/** The words a level is recognised by, for messages and docs. */
export const HONOUR_LEVEL_WORDS = "国家/全国、省/自治区、市/地区、县/区";

/**
 * Points per 数据项: positional lists are read in field order; named levels
 * are matched to each field by the level its name contains.
 */
export function pointsPerField(fields: string[], levelPoints: LevelPoints): { ok: true; points: number[] } | { ok: false; reason: string } {
  if (Array.isArray(levelPoints)) {
    if (levelPoints.length < fields.length) return { ok: false, reason: `“各级分值”只有 ${levelPoints.length} 个，数据项有 ${fields.length} 个` };
    return { ok: true, points: fields.map((_, i) => levelPoints[i]) };
  }
  const points: number[] = [];
  const used = new Set<HonourLevel>();
  for (const field of fields) {
    const levels = honourLevelsIn(field);
    if (levels.length !== 1) return { ok: false, reason: `数据项“${field}”的名称看不出是哪一级荣誉的个数（名称中应含且只含 ${HONOUR_LEVEL_WORDS} 之一）` };
    const per = levelPoints[levels[0]];
    if (per === undefined) return { ok: false, reason: `数据项“${field}”是${levels[0]}荣誉的个数，但没有写${levels[0]}的分值` };
    used.add(levels[0]);
    points.push(per);
  }
  const unused = HONOUR_LEVELS.filter((l) => levelPoints[l] !== undefined && !used.has(l));
  if (unused.length) return { ok: false, reason: `写了${unused.join("、")}的分值，但数据项中没有${unused.join("、")}荣誉的个数` };
  return { ok: true, points };
}

// Resolved once per item (validate has checked it), not once per unit.
const resolved = new WeakMap<CriteriaItem, number[]>();
function fieldPoints(item: CriteriaItem): number[] {
  let points = resolved.get(item);
  if (!points) {
    const r = pointsPerField(item.fields, item.params.levelPoints as LevelPoints);
    if (!r.ok) throw new Error(`unvalidated 加分 item ${item.key}: ${r.reason}`);
    points = r.points;
    resolved.set(item, points);
  }
  return points;
}

/** 加分: honours counted per level, points per level, capped by 分值. */
export const bonusRule: RuleType = {
  id: "bonus",
  label: "加分",
  aliases: ["荣誉加分", "奖励加分", "附加分"],
  description: "按荣誉级别计数加分（数据项为国家级、省级、市级、县级的个数），合计不超过分值，计入加分",
  fields: { min: 1, max: 4, labels: HONOUR_LEVELS.map((l) => `${l}个数`) },
  bonus: true,
  params: [
    {
      id: "levelPoints",
      label: "各级分值",
      aliases: ["每项加分", "加分标准", "各级加分"],
      kind: "levelPoints",
      default: [3, 2, 1, 0.5],
      description: "依次为各数据项每项的加分（如 3/2/1/0.5），或按级别写（如 国家级3分、省级2分、市级1分、县级0.5分）",
    },
  ],
  validate(item) {
    const r = pointsPerField(item.fields, item.params.levelPoints as LevelPoints);
    return r.ok ? undefined : { reason: r.reason, param: "levelPoints" };
  },
  score(item, read) {
    const per = fieldPoints(item);
    let sum = 0;
    const parts: string[] = [];
    item.fields.forEach((field, i) => {
      // A blank honour cell means none: it is a bonus, nothing is lost.
      const n = read.count(field, { blankIsZero: true }) ?? 0;
      sum += n * per[i];
      if (n > 0) parts.push(`${field} ${showNumber(n)} × ${showNumber(per[i])}`);
    });
    const points = Math.min(sum, item.points);
    const capNote = sum > item.points ? `，以 ${showNumber(item.points)} 分为限` : "";
    const expr = parts.length ? `${parts.join(" + ")} = ${showNumber(sum)}` : "无荣誉";
    return { points, inputs: parts.join("，") || "无", explanation: `${expr}${capNote} ${showPoints(points, item.points)}` };
  },
};
