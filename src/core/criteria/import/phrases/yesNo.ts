import { NUM } from "../standardText.js";
import { findClause, SCORING_WORDS, type PhraseReader } from "./common.js";

// 「成立文明委的得3分」「建立制度得满分」「是得2分」: the item done earns its points.
const DONE = new RegExp(`^(?!未|没有|无|不|否)(.*?)(?:的|者)?(?:,)?(?:得${NUM}分|得满分)$`);
// 「未成立的不得分」「没有建立不得分」「否则不得分」「无不得分」「否不得分」.
const NOT_DONE = /^(?:未|没有|无|不|否|缺|反之|否则)[^\d%‰≥≤]*不得分$/;
// What makes a clause more than a checklist tick.
const NOT_A_TICK = /[\d%‰≥≤<>]|每|扣|加|按比例|档|[A-D]级/;

/**
 * 是否: one clause gives the item's points for something done, another none
 * when it is not. Points below the item's (「有…得1分」 on a 3-point item) are
 * part of a sum, not a tick: declined.
 */
export const yesNo: PhraseReader = (text, context) => {
  const done = findClause(text, DONE);
  if (!done) return undefined;
  const [, what, points] = done.match;
  // 「…，得满分」 alone says what earns the points in another clause, which may be a count (「至少召开2次」).
  if (!what || NOT_A_TICK.test(what) || /[\d%‰≥≤]/.test(text.clauses[done.index].replace(/得\d+(?:\.\d+)?分$/, ""))) return undefined;
  if (points !== undefined && context.points !== undefined && Number(points) !== context.points) return undefined;
  const notDone = findClause(text, NOT_DONE);
  if (!notDone || notDone.index === done.index) {
    // 「有专人负责的得1分」 on a 1-point item: the only clause about points gives them all.
    const alone = context.points !== undefined && points === undefined && text.clauses.every((c, i) => i === done.index || (!SCORING_WORDS.test(c) && !/[\d%‰≥≤]/.test(c)));
    return alone ? { rule: "yesNo", params: {}, basis: { rule: [done.index] } } : undefined;
  }
  return { rule: "yesNo", params: {}, basis: { rule: [done.index, notDone.index].sort((a, b) => a - b) } };
};
