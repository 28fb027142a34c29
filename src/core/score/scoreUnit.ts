import type { Criteria, ItemExplanation, UnitResult, UnitRow, VetoHit } from "../model.js";
import { ItemScores } from "./itemScores.js";
import { DiscardingIssueLog, type IssueLog } from "../issues.js";
import { roundExcel } from "../math/roundExcel.js";
import { gradeFor } from "../criteria/parseSettings.js";
import { fieldReader } from "./fieldReader.js";
import { scoreParts } from "../methods/scoreParts.js";

/**
 * Score one unit. Each item is rounded with Excel's ROUND to the configured
 * decimals before it is summed, so the published item scores add up to the
 * published total. The words (inputs read, computation) are not kept:
 * 100,000 units × 33 items of text is gigabytes; explainUnit rebuilds them
 * one unit at a time when 计分明细 is written.
 */
export function scoreUnit(unit: UnitRow, criteria: Criteria, issues: IssueLog): UnitResult {
  const { decimals, bonusCap } = criteria.settings;
  const items = new ItemScores(criteria.items);
  const vetoes: VetoHit[] = [];
  let basic = 0;
  let bonusRaw = 0;
  const readerFor = fieldReader(unit, issues, criteria.fieldMeanings, criteria.settings.percentDecimals);
  for (const [i, item] of criteria.items.entries()) {
    // An item written with method shares is scored part by part, each method from its own data.
    const parts = item.methods?.parts;
    const outcome = parts ? scoreParts(item, parts, readerFor, decimals).outcome : item.rule.score(item, readerFor(item));
    const points = roundExcel(outcome.points, decimals);
    const extra = roundExcel(outcome.extra ?? 0, decimals);
    items.set(i, { points, extra, rate: outcome.rate, parts: outcome.parts, missing: Boolean(outcome.missing) });
    if (outcome.veto) vetoes.push({ item, ...outcome.veto });
    items.setGroup(item.level1, roundExcel(items.group(item.level1)! + points, decimals));
    if (item.bonus) bonusRaw += points;
    else basic += points;
    bonusRaw += extra;
  }
  basic = roundExcel(basic, decimals);
  const bonus = roundExcel(Math.min(bonusRaw, bonusCap), decimals);
  const total = roundExcel(basic + bonus, decimals);
  const grade = vetoes.length ? "" : gradeFor(total, criteria.grades);
  return { unit, items, groupScores: items.groups, basic, bonus, total, vetoes, grade, issueCount: 0 };
}

/**
 * The inputs and computation of each of a unit's items, in criteria order:
 * the same rules on the same values as scoreUnit, so the words match the
 * points (issues were collected when the unit was scored).
 * @example explainUnit(unit, criteria)[0].explanation // => "领导小组已成立：是 → 2 / 2 分"
 */
export function explainUnit(unit: UnitRow, criteria: Criteria): ItemExplanation[] {
  const readerFor = fieldReader(unit, new DiscardingIssueLog(), criteria.fieldMeanings, criteria.settings.percentDecimals);
  return criteria.items.map((item) => {
    const parts = item.methods?.parts;
    const { inputs, explanation } = parts ? scoreParts(item, parts, readerFor, criteria.settings.decimals).outcome : item.rule.score(item, readerFor(item));
    return { inputs, explanation };
  });
}
