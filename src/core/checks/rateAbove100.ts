import type { CriteriaItem, FieldValue, UnitRow } from "../model.js";
import type { Check, CheckContext } from "./types.js";
import type { Quantity } from "../rules/types.js";
import { cellsOf, meaningOf, quietReader, readQuantity } from "./cells.js";
import { showNumber, showPercent, showQuantity } from "../rules/format.js";
import { cellText } from "../values/cellText.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { isCappedRateName } from "../rules/cappedRates.js";

export { CAPPED_RATE_ENDINGS, isCappedRateName } from "../rules/cappedRates.js";

/** Rules whose one field is the value itself (so an item called 上报准确率 names its field's kind). */
const VALUE_RULES = new Set(["threshold", "yearOnYear", "formula"]);
/** Rules whose fields are not rates (points, yes/no, grades, counts). */
const NOT_RATES = new Set(["direct", "yesNo", "gradeLetter", "veto", "deduction", "bonus", "ratio", "satisfaction", "completion"]);

/**
 * Above 100 % as read: a fraction-scaled value (97 % text, a %-formatted
 * cell) above 1, or a plain number above 100 (98.5 in a rate column means
 * 98.5 %, as the 达标 rule reads it).
 */
function above100(q: Quantity): boolean {
  const limit = q.scale === "plain" ? 100 : 1;
  return q.value > limit * (1 + 1e-12);
}

/**
 * A share that cannot exceed 100 % (准确率, 覆盖率, 办结率 …) above it is an
 * error, with the cell; a clerk's 97 typed into a %-formatted cell (shown
 * 9700 %) is named as such. Checked on the value as the rules read it.
 */
export const rateAbove100Check: Check = {
  id: "rateAbove100",
  run(ctx) {
    const targets = cappedFields(ctx);
    if (!targets.length) return;
    for (const unit of ctx.units) {
      const readerFor = quietReader(unit, ctx.criteria);
      for (const { field, item } of targets) {
        const read = item ? readerFor(item) : undefined;
        for (const [name, q] of [
          [field, read ? read.quantity(field) : readQuantity(unit.values.get(field), meaningOf(ctx.criteria, field))],
          [PREVIOUS_PREFIX + field, read ? read.previous(field) : readQuantity(unit.values.get(PREVIOUS_PREFIX + field), meaningOf(ctx.criteria, field))],
        ] as const) {
          if (q && above100(q)) report(ctx, unit, name, unit.values.get(name), q, item);
        }
      }
    }
  },
};

function report(ctx: CheckContext, unit: UnitRow, field: string, v: FieldValue | undefined, q: Quantity, item: CriteriaItem | undefined): void {
  const where = { ...cellsOf([v], unit), ...(item ? { item: `${item.key} ${item.name}` } : {}) };
  const typed = v?.cell && typeof v.cell.v === "number" && v.cell.fmt?.includes("%");
  if (typed) {
    ctx.report("error", "percentCellTyped", { field, typed: showNumber(q.value), shown: showPercent(q.value), fraction: showNumber(q.value / 100, 4) }, where, unit);
  } else {
    ctx.report("error", "rateAbove100", { field, shown: q.scale === "plain" ? cellText(v?.cell) : showQuantity(q) }, where, unit);
  }
}

/** Each capped-rate field once, with an item that reads it (for the reading and the message). */
function cappedFields(ctx: CheckContext): { field: string; item?: CriteriaItem }[] {
  const out = new Map<string, CriteriaItem | undefined>();
  const scoresOrCounts = new Set(ctx.criteria.items.filter((i) => NOT_RATES.has(i.rule.id)).flatMap((i) => i.fields));
  for (const item of ctx.criteria.items) {
    if (NOT_RATES.has(item.rule.id)) continue;
    for (const field of item.fields) {
      if (out.has(field) || scoresOrCounts.has(field)) continue;
      const named = isCappedRateName(field) || (VALUE_RULES.has(item.rule.id) && item.fields.length === 1 && isCappedRateName(item.name));
      if (named) out.set(field, item);
    }
  }
  for (const field of ctx.criteria.checkedFields) if (!out.has(field) && isCappedRateName(field)) out.set(field, undefined);
  return [...out].map(([field, item]) => ({ field, item }));
}
