import type { UnitRow } from "../model.js";
import type { Check } from "./types.js";
import { cellsOf, meaningOf, readQuantity } from "./cells.js";
import { plausibleFields } from "./plausibleFields.js";
import { robustZScores } from "../math/robustZScores.js";
import { showNumber, showQuantity } from "../rules/format.js";
import { capShare } from "../rules/cappedRates.js";

/** Iglewicz & Hoaglin's cut-off for the modified z-score. */
export const OUTLIER_Z = 3.5;
/** Fields read together in one pass over a category's units. */
const FIELDS_A_PASS = 10;
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
    const meanings = fields.map((field) => meaningOf(ctx.criteria, field));
    for (const [category, units] of byCategory) {
      if (units.length < OUTLIER_MIN_UNITS) continue;
      for (let block = 0; block < fields.length; block += FIELDS_A_PASS) {
      const end = Math.min(block + FIELDS_A_PASS, fields.length);
      // Plain numbers first, unit by unit for a block of fields (a pass per field read every row 60 times
      // from memory; all fields at once would hold 60 lists of the category); the cells are looked up again
      // only for a value that is reported.
      const perField = fields.slice(block, end).map(() => ({ values: [] as number[], who: [] as UnitRow[] }));
      for (const unit of units) {
        for (let f = block; f < end; f++) {
          const q = readQuantity(unit.values.get(fields[f]), meanings[f]);
          // A share above 100 % is already an error (rateAbove100), scored as 100 %: not a hint as well.
          if (q && capShare(q, [fields[f]]) === q) {
            perField[f - block].values.push(q.value);
            perField[f - block].who.push(unit);
          }
        }
      }
      for (let f = block; f < end; f++) {
        const field = fields[f];
        const meaning = meanings[f];
        const { values, who } = perField[f - block];
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
    }
  },
};
