import { explainingChanges, type FigureChange, type UnitComparison } from "../compare/compareYears.js";
import type { Criteria } from "../model.js";

/** Rules whose item derives a rate from its fields: the rate, not its parts, is what was scored. */
const RATE_RULES = new Set(["ratio", "satisfaction", "completion"]);

/**
 * The changes that may explain a unit's 进步 or 退步 in the 通报: judged the
 * same way as the move (`explainingChanges`), and each a scored figure whose
 * direction means something on its own — an item's rate (文明科室创建率), or
 * a field an item scores directly (群众投诉件数, 特色活动得分). The parts of a
 * rate (文明科室数 over 科室总数, 满意票数 over 有效问卷数) are left out: fewer
 * 纠纷调处 with fewer disputes is no 退步, and the rate already says it.
 */
export function meaningfulChanges(u: Pick<UnitComparison, "changes">, verdict: "改善" | "退步", criteria: Pick<Criteria, "items">, count: number): FigureChange[] {
  const rateParts = new Set(criteria.items.filter((i) => RATE_RULES.has(i.rule.id)).flatMap((i) => i.fields));
  const scored = new Set(criteria.items.filter((i) => !i.rule.pointless).flatMap((i) => i.fields));
  return explainingChanges(u, verdict, Number.POSITIVE_INFINITY)
    .filter((ch) => {
      if (ch.figure.id.startsWith("item:")) return true;
      const field = ch.figure.id.startsWith("field:") ? ch.figure.id.slice("field:".length) : undefined;
      return field !== undefined && scored.has(field) && !rateParts.has(field);
    })
    .slice(0, count);
}
