import type { CriteriaItem } from "../model.js";
import type { FieldReader, RuleOutcome } from "../rules/types.js";
import type { MethodPart } from "./types.js";
import { roundExcel } from "../math/roundExcel.js";
import { showNumber, showPercent, showPoints } from "../rules/format.js";

/** One method part of a unit's item: its score on the item's full 分值 and what it adds (share × score, rounded). */
export interface PartScore {
  part: MethodPart;
  /** The part's own score, 0…分值, as its rule gave it. */
  points: number;
  /** share × points, rounded with Excel's ROUND to the configured decimals: what the part adds to the item. */
  contribution: number;
  outcome: RuleOutcome;
}

/**
 * Score an item part by part: each method's rule on its own data, each on
 * the item's full 分值; the item's points are the sum of share × part
 * score, each product rounded (Excel ROUND, 小数位数) before it is summed —
 * as items are before the total — so the 测评汇总表's method columns add up
 * to the published 基本分. A part scored 0 for lack of data is an error
 * (a whole method is missing), not a footnote.
 *
 * @example // 材料审核 60% scoring 8 and 实地考察 40% scoring 9 of 10: 4.8 + 3.6 = 8.4
 */
export function scoreParts(item: CriteriaItem, parts: readonly MethodPart[], readerFor: (item: CriteriaItem) => FieldReader, decimals: number): { outcome: RuleOutcome; scores: PartScore[] } {
  const scores: PartScore[] = [];
  let extra = 0;
  for (const part of parts) {
    const read = readerFor(part.item);
    const outcome = part.item.rule.score(part.item, read);
    const points = Math.min(Math.max(outcome.points, 0), item.points);
    if (outcome.missing) {
      read.issue("error", "methodPartMissing", { method: part.method.label, source: part.method.source, share: showPercent(part.share, 6), points: item.points }, part.item.fields[0]);
    }
    extra += part.share * (outcome.extra ?? 0);
    scores.push({ part, points, contribution: roundExcel(part.share * points, decimals), outcome });
  }
  const points = roundExcel(scores.reduce((a, s) => a + s.contribution, 0), decimals);
  const label = (s: PartScore) => `【${s.part.method.label} ${showPercent(s.part.share, 6)}，${s.part.method.source}】`;
  const products = scores.map((s) => `${showNumber(s.points, 6)} × ${showPercent(s.part.share, 6)}`).join(" + ");
  const sums = scores.map((s) => showNumber(s.contribution, decimals)).join(" + ");
  return {
    scores,
    outcome: {
      points,
      extra: extra ? roundExcel(extra, decimals) : undefined,
      missing: scores.every((s) => s.outcome.missing),
      inputs: scores.map((s) => `${label(s)}${s.outcome.inputs}`).join("；"),
      explanation: `${scores.map((s) => `${label(s)}${s.outcome.explanation}`).join("；")}；按占比合计 ${products} = ${sums} ${showPoints(points, item.points)}`,
    },
  };
}
