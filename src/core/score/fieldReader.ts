import type { CriteriaItem, FieldMeaning, FieldValue, UnitRow } from "../model.js";
import type { IssueLog, IssueLocation } from "../issues.js";
import type { FieldReader, Measured, Quantity } from "../rules/types.js";
import { readFieldNumber, type FieldNumber } from "../values/readFieldNumber.js";
import { parseBoolean } from "../values/parseBoolean.js";
import { cellText } from "../values/cellText.js";
import { showNumber, showPercent, showQuantity } from "../rules/format.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { isNonNegativeRateName } from "../rules/cappedRates.js";

/**
 * FieldReaders for one unit: call with each item in turn. One reader object
 * serves all of a unit's items (rules use it synchronously), instead of nine
 * new closures per item: 3.3 million items make that allocation count.
 * Every bad cell is logged with its address and the current item.
 */
export function fieldReader(unit: UnitRow, issues: IssueLog, meanings?: ReadonlyMap<string, FieldMeaning>, percentDigits = 2): (item: CriteriaItem) => FieldReader {
  let item: CriteriaItem;
  const where = (v: FieldValue | undefined): IssueLocation => ({
    ...(v?.source ?? { file: unit.source.file, sheet: unit.source.sheet }),
    unit: unit.name,
    item: `${item.key} ${item.name}`,
  });

  /** A count or an amount (not a rate, not a panel score): "无" there means none. */
  const noneIsZero = (meaning: FieldMeaning | undefined) => meaning !== undefined && meaning.kind !== "rate" && item.rule.id !== "direct";

  /** quietMissing: the caller gives blanks (or "无") a meaning of its own. */
  function read(field: string, quietMissing: boolean | "none" = false, key = field): { q?: Quantity; reading?: FieldNumber; v?: FieldValue } {
    const v = unit.values.get(key);
    // A field no unit has a source for was reported once for the run (checkFieldSources).
    if (!v) return {};
    const meaning = meanings?.get(field);
    const reading = readFieldNumber(v.cell, v.unit, meaning);
    // The cell as typed, only for a message (most reads log nothing).
    const text = () => cellText(v.cell);
    if (!reading.ok) {
      if (reading.reason === "unitMismatch") {
        issues.error("unitMismatch", { value: text(), from: reading.from, field, to: reading.to || "（未定）" }, where(v));
        return { reading, v };
      }
      if (reading.reason === "missing" && v.cell?.formula) {
        issues.warning("formulaNoResult", {}, where(v));
      } else if (reading.reason === "missing" && reading.token === "无" && noneIsZero(meaning)) {
        // "无" in a count or an amount is an answer: none (森林火灾 无 is 0 fires, for every rule).
        return { q: { value: 0, scale: "plain" }, v };
      } else if (reading.reason === "missing") {
        const quiet = v.missingReported || quietMissing === true || (quietMissing === "none" && reading.token === "无");
        // A cell with "—", "/" or "无" was filled in: say what it holds rather than 未填写.
        if (!quiet && reading.token) issues.warning("missingToken", { field, value: reading.token }, where(v));
        else if (!quiet) issues.warning("missingValue", { field }, where(v));
      } else if (reading.reason === "error") issues.warning("storedError", { value: reading.token }, where(v));
      else if (reading.reason === "date") issues.error("dateNotNumber", { value: reading.token }, where(v));
      else if (reading.reason === "tooLarge") issues.error("numberTooLarge", { value: reading.token, field }, where(v));
      else issues.error("notANumber", { value: reading.token }, where(v));
      return { reading, v };
    }
    // The same share in the field's own scale: 「1.88%」 typed in a ‰ field is shown as 18.8‰ (the value is unchanged).
    const scale = meaning?.kind === "rate" && meaning.scale !== "plain" && reading.scale !== "plain" ? meaning.scale : reading.scale;
    const q: Quantity = { value: reading.value, scale };
    // 出生率 −2‰ or 准确率 −96% cannot be true: scored as missing, never as 达标; the check negativeRate lists the cell.
    if (q.value < 0 && meaning?.kind === "rate" && isNonNegativeRateName(field)) return { reading, v };
    if (reading.approximate) issues.info("approximateNumber", { value: text(), number: showQuantity(q, percentDigits) }, where(v));
    if (reading.assumed === "fraction") issues.info("percentAssumedFraction", { value: text(), percent: showPercent(q.value, percentDigits) }, where(v));
    for (const note of reading.notes) {
      if (note.kind === "scaled") issues.info("plainAssumedScaled", { value: text(), shown: showQuantity(q, percentDigits) }, where(v));
      else issues.info("unitConverted", { value: text(), shown: note.to ? `${showNumber(q.value, 6)} ${note.to}` : showNumber(q.value, 6) }, where(v));
    }
    return { q, reading, v };
  }

  /** A non-negative count with the unit it came out in (the field's, or its family's base unit). */
  function countOf(field: string, opts?: { blankIsZero?: boolean }): Measured | undefined {
    const { q, reading, v } = read(field, opts?.blankIsZero ? true : "none");
    const unit = (reading?.ok && reading.measure) || "";
    if (!q) {
      // "无" in a count column is an answer: none happened.
      if (reading && !reading.ok && reading.reason === "missing" && (reading.token === "无" || opts?.blankIsZero)) return { value: 0, unit };
      return undefined;
    }
    // 「50%」 typed where a count belongs (文明科室数) is not 0.5 个: reported, not scored.
    if (q.scale !== "plain" && meanings?.get(field)?.kind === "count") {
      issues.error("countIsRate", { value: cellText(v?.cell), field }, where(v));
      return undefined;
    }
    if (q.value < 0) {
      issues.warning("negativeValue", { field, value: q.value }, where(v));
      return { value: 0, unit };
    }
    return { value: q.value, unit };
  }

  const reader: FieldReader = {
    percentDigits,
    quantity: (field) => read(field).q,
    number: (field) => read(field).q?.value,
    count: (field, opts) => countOf(field, opts)?.value,
    measured: (field) => countOf(field),
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
      // Last year's column means what this year's does: same unit, same scale.
      return read(field, true, PREVIOUS_PREFIX + field).q;
    },
    meaning: (field) => meanings?.get(field),
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
