import { HONOUR_LEVELS, honourLevelsIn, withoutLevelWords, type HonourLevel } from "../../../rules/bonus.js";
import { NUM } from "../standardText.js";
import type { PhraseReader } from "./common.js";
import { PROPOSED_BONUS_FIELD } from "../../../i18n/labels.js";

const POINTS = /(\d+(?:\.\d+)?)分/g;
// 「最高加5分」「累计加分≤5分」「加满5分为止」「加分上限5分」「最多加5分」.
const CAP = new RegExp(`(?:最高|最多|至多|累计|合计|上限)[^,;]*?加?(?:分)?(?:≤|不超过)?${NUM}分|加满${NUM}分为止|加分≤${NUM}分`);

/**
 * 加分 by honour level: 「国家级每项加3分，省级每项加2分…最高加5分」, or one
 * clause 「国家级、省级、市级分别加3、2、1分」. kaoping caps a bonus at the
 * item's 分值, so a cap equal to it is read; a different cap is left unread.
 */
export const bonusByLevel: PhraseReader = (text, context) => {
  if (!text.clauses.some((c) => c.includes("加")) || text.clauses.some((c) => /扣|以上(?:荣誉|表彰)?|≥/.test(c) && honourLevelsIn(c).length)) return undefined;
  const points: Partial<Record<HonourLevel, number>> = {};
  const used: number[] = [];
  let capIndex: number | undefined;
  for (const [index, clause] of text.clauses.entries()) {
    const levels = honourLevelsIn(clause);
    const numbers = [...clause.matchAll(POINTS)].map((m) => Number(m[1]));
    if (!levels.length) {
      const cap = CAP.exec(clause);
      if (cap && capIndex === undefined) {
        const value = Number(cap[1] ?? cap[2] ?? cap[3]);
        if (context.points === undefined || value === context.points) used.push(index);
        capIndex = index;
      }
      continue;
    }
    // 「分别加3、2、1分」: the numbers in order of the levels.
    const listed = /分别/.test(clause) ? (/(\d+(?:\.\d+)?(?:分)?(?:、\d+(?:\.\d+)?(?:分)?)+)分?/.exec(clause)?.[1].split("、").map((n) => Number(n.replace(/分$/, ""))) ?? []) : numbers;
    if (listed.length !== levels.length || levels.some((l) => points[l] !== undefined)) return undefined;
    levels.forEach((level, i) => (points[level] = listed[i]));
    used.push(index);
  }
  const found = HONOUR_LEVELS.filter((l) => points[l] !== undefined);
  if (!found.length) return undefined;
  // The item's name without its level and bonus words says what is counted (荣誉表彰); two bonus items then keep apart.
  const counted = withoutLevelWords(context.name ?? "").replace(/加分|奖励|^获得?|数$/g, "") || PROPOSED_BONUS_FIELD.defaultCounted;
  return {
    rule: "bonus",
    params: { levelPoints: found.map((l) => `${l}${points[l]}分`).join("、") },
    fields: found.map((l) => PROPOSED_BONUS_FIELD.name(l, counted)),
    basis: { rule: used.sort((a, b) => a - b), levelPoints: used.filter((i) => i !== capIndex) },
  };
};
