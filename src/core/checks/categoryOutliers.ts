import type { FieldValue, UnitRow } from "../model.js";
import type { Check } from "./types.js";
import { cellsOf, readQuantity } from "./cells.js";
import { plausibleFields } from "./plausibleFields.js";
import { robustZScores } from "../math/robustZScores.js";
import { median } from "../math/median.js";
import { showNumber, showQuantity } from "../rules/format.js";
import type { Quantity } from "../rules/types.js";

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
        const reported: { unit: UnitRow; v: FieldValue; q: Quantity }[] = [];
        for (const unit of units) {
          const v = unit.values.get(field);
          const q = readQuantity(v);
          if (q && v) reported.push({ unit, v, q });
        }
        if (reported.length < OUTLIER_MIN_UNITS) continue;
        const values = reported.map((r) => r.q.value);
        const z = robustZScores(values);
        if (!z) continue;
        const centre = median(values);
        reported.forEach(({ unit, v, q }, k) => {
          if (Math.abs(z[k]) <= OUTLIER_Z) return;
          const shownMedian = showQuantity({ value: centre, scale: q.scale });
          ctx.report("info", "categoryOutlier", { field, value: showQuantity(q), category, count: reported.length, median: shownMedian, z: showNumber(z[k], 1) }, cellsOf([v], unit), unit);
        });
      }
    }
  },
};
