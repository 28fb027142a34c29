import type { CriteriaItem, FieldValue, UnitRow } from "../model.js";
import type { IssueLog, IssueLocation } from "../issues.js";
import type { FieldReader, Quantity } from "../rules/types.js";
import { parseNumber, type NumberReading } from "../values/parseNumber.js";
import { parseBoolean } from "../values/parseBoolean.js";
import { cellText } from "../values/cellText.js";
import { showPercent, showQuantity } from "../rules/format.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/**
 * FieldReaders for one unit: call with each item in turn. One reader object
 * serves all of a unit's items (rules use it synchronously), instead of nine
 * new closures per item: 3.3 million items make that allocation count.
 * Every bad cell is logged with its address and the current item.
 */
export function fieldReader(unit: UnitRow, issues: IssueLog): (item: CriteriaItem) => FieldReader {
  let item: CriteriaItem;
  const where = (v: FieldValue | undefined): IssueLocation => ({
    ...(v?.source ?? { file: unit.source.file, sheet: unit.source.sheet }),
    unit: unit.name,
    item: `${item.key} ${item.name}`,
  });

  /** quietMissing: the caller gives blanks (or "无") a meaning of its own. */
  function read(field: string, quietMissing: boolean | "none" = false): { q?: Quantity; reading?: NumberReading; v?: FieldValue } {
    const v = unit.values.get(field);
    // A column missing altogether was reported once for the whole sheet.
    if (!v) return {};
    const reading = parseNumber(v.cell, v.unit);
    const text = cellText(v.cell);
    if (!reading.ok) {
      if (reading.reason === "missing" && v.cell?.formula) {
        issues.warning("formulaNoResult", {}, where(v));
      } else if (reading.reason === "missing") {
        const quiet = v.missingReported || quietMissing === true || (quietMissing === "none" && reading.token === "无");
        if (!quiet) issues.warning("missingValue", { field }, where(v));
      } else if (reading.reason === "error") issues.warning("storedError", { value: reading.token }, where(v));
      else if (reading.reason === "date") issues.error("dateNotNumber", { value: reading.token }, where(v));
      else issues.error("notANumber", { value: reading.token }, where(v));
      return { reading, v };
    }
    const q: Quantity = { value: reading.value, scale: reading.scale };
    if (reading.approximate) issues.info("approximateNumber", { value: text, number: showQuantity(q) }, where(v));
    if (reading.assumed === "fraction") issues.info("percentAssumedFraction", { value: text, percent: showPercent(q.value) }, where(v));
    return { q, reading, v };
  }

  const reader: FieldReader = {
    quantity: (field) => read(field).q,
    number: (field) => read(field).q?.value,
    count(field, opts) {
      const { q, reading, v } = read(field, opts?.blankIsZero ? true : "none");
      if (!q) {
        // "无" in a count column is an answer: none happened.
        if (reading && !reading.ok && reading.reason === "missing" && (reading.token === "无" || opts?.blankIsZero)) return 0;
        return undefined;
      }
      if (q.value < 0) {
        issues.warning("negativeValue", { field, value: q.value }, where(v));
        return 0;
      }
      return q.value;
    },
    boolean(field) {
      const v = unit.values.get(field);
      if (!v) return undefined;
      const b = parseBoolean(v.cell);
      if (b.ok) return b.value;
      if (b.reason === "missing") issues.warning("missingValue", { field }, where(v));
      else issues.warning("notABoolean", { value: b.token }, where(v));
      return undefined;
    },
    text(field, opts) {
      const v = unit.values.get(field);
      if (!v) return undefined;
      const t = cellText(v.cell);
      if (t === "" || t === "—" || t === "/") {
        if (!opts?.quiet) issues.warning("missingValue", { field }, where(v));
        return undefined;
      }
      return t;
    },
    previous(field) {
      const v = unit.values.get(PREVIOUS_PREFIX + field);
      if (!v) return undefined;
      const r = parseNumber(v.cell, v.unit);
      if (r.ok) return { value: r.value, scale: r.scale };
      if (r.reason !== "missing") issues.error("notANumber", { value: r.token }, where(v));
      return undefined;
    },
    note: (field) => unit.values.get(field)?.note,
    issue(severity, id, params, field) {
      // A field named here may be absent (a missing 上年 column): then only the unit is located.
      issues.add(severity, id, params, where(field ? unit.values.get(field) : undefined));
    },
  };
  return (current) => {
    item = current;
    return reader;
  };
}
