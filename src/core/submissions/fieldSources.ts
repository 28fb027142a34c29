import type { Criteria, CriteriaItem, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import { parseNumber } from "../values/parseNumber.js";

/**
 * Whether a field may have no column at all without losing anyone points:
 * honours (blank means none) and the 上年 field of a two-field 同比 item
 * (that rule says so per unit, and last year's file can fill it).
 */
function mayBeAbsent(field: string, users: CriteriaItem[]): boolean {
  return users.every((i) => i.rule.id === "bonus" || (i.rule.id === "yearOnYear" && i.fields.indexOf(field) === 1));
}

/** The column letters of an address: "D7" → "D". */
const columnOf = (cell: string) => cell.replace(/\d+$/, "");

/**
 * After every source is gathered (sheets, forms, panel scores): a 数据项
 * that no unit has a value source for zeroes its items for every unit, so it
 * is an error (for a veto field: no unit could be vetoed); one that some
 * units lack is a warning with the count and files; a field left blank by
 * more than half of the units (at least 2) is one warning naming the column.
 */
export function checkFieldSources(criteria: Criteria, units: UnitRow[], issues: IssueLog): void {
  if (!units.length) return;
  // Unit by unit, every field of a unit's row at once (a pass per field read 100,000 rows 60 times, each from memory).
  const fields = criteria.fields.map(() => ({ blank: 0, without: [] as UnitRow[], firstBlank: undefined as { file: string; sheet: string; cell: string } | undefined }));
  for (const u of units) {
    for (let f = 0; f < fields.length; f++) {
      const v = u.values.get(criteria.fields[f]);
      const seen = fields[f];
      if (!v) seen.without.push(u);
      else {
        const reading = parseNumber(v.cell, v.unit);
        // 无 is an answer (none happened), not a blank.
        if (!reading.ok && reading.reason === "missing" && reading.token !== "无" && !v.cell?.formula) {
          seen.blank++;
          seen.firstBlank ??= v.source ?? u.source;
        }
      }
    }
  }
  criteria.fields.forEach((field, f) => {
    const { blank, without, firstBlank } = fields[f];
    const users = criteria.items.filter((i) => i.fields.includes(field));
    const items = users.map((i) => i.name).join("、");
    if (!mayBeAbsent(field, users)) {
      const veto = users.some((i) => i.rule.id === "veto");
      if (without.length === units.length) issues.error(veto ? "vetoFieldNoSource" : "fieldNoSource", { field, items, count: units.length }, {});
      else if (without.length) {
        const files = [...new Set(without.map((u) => u.source.file))].join("、");
        issues.warning("fieldNoSourceSome", { field, items, count: without.length, files }, {});
      }
    }
    if (users.every((i) => i.rule.id === "bonus")) return;
    if (blank >= 2 && blank * 2 > units.length) {
      const where = firstBlank!;
      issues.warning("fieldMostlyBlank", { field, column: columnOf(where.cell), blank, total: units.length }, { file: where.file, sheet: where.sheet });
    }
  });
}
