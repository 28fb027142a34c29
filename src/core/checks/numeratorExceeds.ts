import type { Check } from "./types.js";
import { cellsOf, placeOf, quietReader } from "./cells.js";
import { showNumber } from "../rules/format.js";

/**
 * A part cannot be larger than its whole: 文明科室数 > 科室总数 on a 比率
 * item, 满意 + 基本满意 > 有效问卷 on a 满意度 item. An error naming every
 * cell; the rule still scores the item capped at 100 %. (完成率 is not
 * checked: over-achievement is allowed there.)
 */
export const numeratorExceedsCheck: Check = {
  id: "numeratorExceeds",
  run(ctx) {
    const items = ctx.criteria.items.filter((i) => i.rule.id === "ratio" || i.rule.id === "satisfaction");
    if (!items.length) return;
    for (const unit of ctx.units) {
      const readerFor = quietReader(unit, ctx.criteria);
      for (const item of items) {
        const read = readerFor(item);
        // Addresses are built only for a violation: most of 100,000 units × items have none.
        const locate = () => {
          const values = item.fields.map((f) => unit.values.get(f));
          const where = { ...cellsOf(values, unit), item: `${item.key} ${item.name}` };
          return { where, at: (k: number) => placeOf(values[k], where) };
        };
        if (item.rule.id === "ratio") {
          const [numerator, denominator] = item.fields;
          const n = read.count(numerator);
          const d = read.count(denominator);
          if (n === undefined || d === undefined || d === 0 || n <= d) continue;
          const { where, at } = locate();
          ctx.report("error", "numeratorExceeds", { numerator, numeratorCell: at(0), a: showNumber(n), denominator, denominatorCell: at(1), b: showNumber(d) }, where, unit);
        } else {
          const [satisfied, basic, total] = item.fields;
          const a = read.count(satisfied);
          const b = read.count(basic);
          const t = read.count(total);
          if (a === undefined || b === undefined || t === undefined || t === 0 || a + b <= t) continue;
          const { where, at } = locate();
          ctx.report(
            "error",
            "satisfactionExceeds",
            { satisfied, satisfiedCell: at(0), a: showNumber(a), basic, basicCell: at(1), b: showNumber(b), sum: showNumber(a + b), total, totalCell: at(2), t: showNumber(t) },
            where,
            unit,
          );
        }
      }
    }
  },
};
