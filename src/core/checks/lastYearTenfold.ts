import type { FieldMeaning, FieldValue, UnitRow } from "../model.js";
import type { Check } from "./types.js";
import type { Quantity } from "../rules/types.js";
import { cellsOf, meaningOf, placeOf, readQuantity } from "./cells.js";
import { plausibleFields } from "./plausibleFields.js";
import { showNumber, showQuantity } from "../rules/format.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/** A figure this many times last year's (or that fraction of it) looks like a digit typed too many or too few. */
export const TENFOLD_RATIO = 8;
/** Plain figures both below this are small counts (1 → 9 起) that swing by nature: not hinted. */
export const TENFOLD_MIN_SIZE = 10;

/**
 * A hint, never a score change: a unit's figure ×10 or ÷10 against its own
 * last-year value of the same field (its 上年 column, else last year's
 * submissions when given), listed as 提示 「请核实」.
 */
export const lastYearTenfoldCheck: Check = {
  id: "lastYearTenfold",
  run(ctx) {
    // Only fields with a last-year figure somewhere: a run without last year reads nothing.
    const fields = ctx.previous ? plausibleFields(ctx.criteria) : withLastYearColumn(plausibleFields(ctx.criteria), ctx.units);
    if (!fields.length) return;
    for (const unit of ctx.units) {
      const lastYear = ctx.previous?.get(unit)?.combined;
      for (const field of fields) {
        const v = unit.values.get(field);
        const meaning = meaningOf(ctx.criteria, field);
        const current = readQuantity(v, meaning);
        if (!current) continue;
        const prev = previousValue(unit, lastYear, field, meaning);
        if (!prev) continue;
        const hint = tenfold(current, prev.q);
        if (!hint) continue;
        const where = cellsOf([v], unit);
        const params = { field, current: showQuantity(current), previous: showQuantity(prev.q), previousAt: placeOf(prev.v, where) };
        if (hint === "rise") ctx.report("info", "tenfoldRise", { ...params, ratio: showNumber(current.value / prev.q.value, 1) }, where, unit);
        else ctx.report("info", "tenfoldFall", { ...params, ratio: `1/${showNumber(prev.q.value / current.value, 1)}` }, where, unit);
      }
    }
  },
};

/**
 * The fields some unit has a 上年 value for, in the order given: unit by unit, all fields at once, stopping
 * when each is found (a pass per field read all 100,000 units for every field without a 上年 column).
 */
function withLastYearColumn(fields: readonly string[], units: readonly UnitRow[]): string[] {
  const found = new Set<string>();
  let open = [...fields];
  for (const u of units) {
    if (!open.length) break;
    open = open.filter((f) => !(u.values.get(PREVIOUS_PREFIX + f) && found.add(f)));
  }
  return fields.filter((f) => found.has(f));
}

function previousValue(unit: UnitRow, lastYear: UnitRow | undefined, field: string, meaning: FieldMeaning | undefined): { q: Quantity; v: FieldValue } | undefined {
  for (const v of [unit.values.get(PREVIOUS_PREFIX + field), lastYear?.values.get(field)]) {
    const q = readQuantity(v, meaning);
    if (q && v) return { q, v };
  }
  return undefined;
}

/**
 * "rise" when ≥ 8 times last year, "fall" when ≤ 1/8 of it; both positive.
 * @example tenfold({ value: 450, scale: "plain" }, { value: 45, scale: "plain" }) // => "rise"
 */
export function tenfold(current: Quantity, previous: Quantity): "rise" | "fall" | undefined {
  if (!(current.value > 0 && previous.value > 0)) return undefined;
  if (current.scale === "plain" && previous.scale === "plain" && Math.max(current.value, previous.value) < TENFOLD_MIN_SIZE) return undefined;
  const ratio = current.value / previous.value;
  if (ratio >= TENFOLD_RATIO) return "rise";
  if (ratio <= 1 / TENFOLD_RATIO) return "fall";
  return undefined;
}
