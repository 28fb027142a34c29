import type { Criteria, FieldMeaning, UnitRow } from "../model.js";
import type { Check } from "./types.js";
import { readFieldNumber } from "../values/readFieldNumber.js";
import { meaningOf, readQuantity } from "./cells.js";
import { nameKey } from "../values/normaliseText.js";
import { showNumber } from "../rules/format.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/** Rows that are not sums of the units above them. */
const AVERAGE_ROW = /平均/;
/** A grand total covers every unit above it; other total rows (小计, 乡镇合计) the units since the previous one. */
const GRAND_TOTAL = /^(合计|总计|总和|累计|全部合计|总合计)$/;
/** Names of fields that are rates or scores, not summable counts. */
const RATE_NAME = /(率|度|比|比例|比重|占比|得分|分数|评分)$|平均/;

/**
 * Tolerance of a 合计 against the computed sum: 0.5 % of the sum or 0.01,
 * whichever is larger (rounded 万元 figures add up to a little off).
 * @example totalTolerance(1000) // => 5
 */
export function totalTolerance(sum: number): number {
  return Math.max(0.01, 0.005 * Math.abs(sum));
}

/**
 * A 合计 row that disagrees with the sum of the unit rows above it, column
 * by column, for count and amount columns only (not rates, scores or 平均
 * rows): a warning naming the column, the 合计 cell, the sum and the 合计.
 */
export const totalRowsCheck: Check = {
  id: "totalRows",
  run(ctx) {
    for (const total of ctx.totals) {
      if (AVERAGE_ROW.test(total.label)) continue;
      const grand = GRAND_TOTAL.test(nameKey(total.label)) || total.start === 0;
      for (const field of total.values.keys()) {
        const cell = total.values.get(field)!;
        const meaning = meaningOf(ctx.criteria, field);
        // Both sides as the field means them: 93000万元 in a 亿元 column adds 9.3, as the rules read it.
        const written = readQuantity(cell, meaning);
        if (!written || written.scale !== "plain" || !summable(ctx.criteria, field, cell.unit)) continue;
        const above = total.units.slice(0, total.end);
        const since = total.units.slice(total.start, total.end);
        const scopes = grand ? [above, since] : [since, above];
        const sum = columnSum(scopes[0], field, meaning);
        if (sum === undefined) continue;
        const otherSum = columnSum(scopes[1], field, meaning);
        const agrees = (s: number | undefined) => s !== undefined && Math.abs(written.value - s) <= totalTolerance(s);
        if (agrees(sum) || agrees(otherSum)) continue;
        ctx.report("warning", "totalRowMismatch", {
          label: total.label,
          field,
          column: /^[A-Z]+/.exec(cell.source?.cell ?? "")?.[0] ?? "A",
          total: showNumber(written.value),
          count: scopes[0].length,
          sum: showNumber(sum),
          diff: showNumber(written.value - sum),
        }, { ...cell.source });
      }
    }
  },
};

function summable(criteria: Criteria, field: string, headerUnit: string): boolean {
  const bare = field.startsWith(PREVIOUS_PREFIX) ? field.slice(PREVIOUS_PREFIX.length) : field;
  const kind = criteria.fieldProfiles.get(bare)?.kind;
  if (kind) return kind !== "rate";
  if (headerUnit === "%" || headerUnit === "‰" || RATE_NAME.test(bare)) return false;
  // Panel scores and yes/no answers are not added up.
  return !criteria.items.some((i) => i.fields.includes(bare) && ["direct", "yesNo", "gradeLetter", "veto"].includes(i.rule.id));
}

/** Σ of a column over units as the rules read it; blanks count 0; undefined when a cell is not a plain number (a rate or text). */
function columnSum(units: UnitRow[], field: string, meaning: FieldMeaning | undefined): number | undefined {
  let sum = 0;
  let numbers = 0;
  for (const u of units) {
    const v = u.values.get(field);
    const r = readFieldNumber(v?.cell, v?.unit ?? "", meaning);
    if (r.ok) {
      if (r.scale !== "plain") return undefined;
      sum += r.value;
      numbers++;
    } else if (r.reason !== "missing") return undefined;
  }
  return numbers ? sum : undefined;
}
