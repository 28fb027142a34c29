import type { UnitRow } from "../model.js";
import type { Check } from "./types.js";
import { cellsOf, meaningOf, readQuantity } from "./cells.js";
import { plausibleFields } from "./plausibleFields.js";
import { robustZScores } from "../math/robustZScores.js";
import { showNumber, showQuantity } from "../rules/format.js";
import { capShare } from "../rules/cappedRates.js";

/** Iglewicz & Hoaglin's cut-off for the modified z-score. */
export const OUTLIER_Z = 3.5;
/** Fewer units than this in a category give no stable median. */
export const OUTLIER_MIN_UNITS = 5;

/**
 * A hint, never a score change: per numeric field and category (with at
 * least 5 units reporting it), a value whose robust z-score
 * 0.6745 × (x − median) / MAD exceeds 3.5 in size, listed as 提示 「请核实」.
 * Skipped when MAD is 0 (most units report the same value).
 */
export const categoryOutliersCheck: Check = {
  id: "categoryOutliers",
  run(ctx) {
    const byCategory = new Map<string, UnitRow[]>();
    for (const u of ctx.units) {
      const list = byCategory.get(u.category);
      if (list) list.push(u);
      else byCategory.set(u.category, [u]);
    }
    const fields = plausibleFields(ctx.criteria);
    for (const [category, units] of byCategory) {
      if (units.length < OUTLIER_MIN_UNITS) continue;
      for (const field of fields) {
        const meaning = meaningOf(ctx.criteria, field);
        // Plain numbers first; the cells are looked up again only for a value that is reported.
        const values: number[] = [];
        const who: UnitRow[] = [];
        for (const unit of units) {
          const q = readQuantity(unit.values.get(field), meaning);
          // A share above 100 % is already an error (rateAbove100), scored as 100 %: not a hint as well.
          if (q && capShare(q, [field]) === q) {
            values.push(q.value);
            who.push(unit);
          }
        }
        if (values.length < OUTLIER_MIN_UNITS) continue;
        const scores = robustZScores(values);
        if (!scores) continue;
        scores.z.forEach((z, k) => {
          if (Math.abs(z) <= OUTLIER_Z) return;
          const unit = who[k];
          const v = unit.values.get(field);
          const q = readQuantity(v, meaning)!;
          const shownMedian = showQuantity({ value: scores.median, scale: q.scale });
          ctx.report("info", "categoryOutlier", { field, value: showQuantity(q), category, count: values.length, median: shownMedian, z: showNumber(z, 1) }, cellsOf([v], unit), unit);
        });
      }
    }
  },
};
