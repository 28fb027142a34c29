import type { Criteria, CriteriaItem, FieldValue, UnitRow } from "../model.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { cellText } from "../values/cellText.js";

/** The figure a 同比 item compares against: its second field, or the 上年 column of its one field. */
export function previousFieldOf(item: CriteriaItem): string {
  return item.fields[1] ?? PREVIOUS_PREFIX + item.fields[0];
}

const blank = (v: FieldValue | undefined) => !v || cellText(v.cell) === "";

/**
 * The 同比 items last year's file cannot score: no unit of last year has
 * the figure of the year before it (two years back from this one). Indexes
 * into criteria.items.
 */
export function notComparableItems(criteria: Criteria, lastYear: UnitRow[]): number[] {
  if (!lastYear.length) return [];
  const out: number[] = [];
  criteria.items.forEach((item, i) => {
    if (item.rule.id !== "yearOnYear") return;
    const field = previousFieldOf(item);
    if (lastYear.every((u) => blank(u.values.get(field)))) out.push(i);
  });
  return out;
}

/**
 * The criteria on which both years are compared when some items are not
 * comparable: those items score 0 in both (the same item, with a rule that
 * says why and reads nothing), and the grade lines are scaled by the share
 * of basic points left, as offices 折算 a sheet with items that do not apply
 * (without a 3-point item of 100, 优秀 90 becomes 87.3).
 */
export function comparableCriteria(criteria: Criteria, excluded: number[]): Criteria {
  const skip = new Set(excluded);
  const lost = criteria.items.filter((item, i) => skip.has(i) && !item.bonus).reduce((a, item) => a + item.points, 0);
  const share = criteria.basicTotal > 0 ? (criteria.basicTotal - lost) / criteria.basicTotal : 1;
  return {
    ...criteria,
    items: criteria.items.map((item, i) =>
      skip.has(i)
        ? { ...item, rule: { ...item.rule, score: () => ({ points: 0, inputs: "上年不可比", explanation: "上年数据中没有其前一年的数据，本项不参与两年比较" }) } }
        : item,
    ),
    grades: criteria.grades.map((g) => ({ ...g, min: g.min * share })),
  };
}
