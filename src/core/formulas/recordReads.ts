/**
 * What each rule read of a unit, as it read it: the values a 数据 sheet
 * shows (after unit conversion, panel averaging and the clerk's text
 * numbers) and the item formulas reference. The rules run again through a
 * reader that notes every value it hands out; issues were logged when the
 * unit was scored.
 */
import type { Criteria, CriteriaItem, UnitRow } from "../model.js";
import type { FieldReader, RuleOutcome } from "../rules/types.js";
import type { NumberScale } from "../values/parseNumber.js";
import { DiscardingIssueLog } from "../issues.js";
import { fieldReader } from "../score/fieldReader.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { gradeLetterOf } from "../rules/gradeLetter.js";

/** One value as a rule received it. */
export interface FieldRead {
  value: number | boolean | string;
  /** A quantity's scale (0.97 read from 「97%」 is percent). */
  scale?: NumberScale;
  /** A measured value's unit. */
  unit?: string;
}

export interface UnitReads {
  /** By field (上年 values under 上年 + field): the first value read. */
  values: Map<string, FieldRead>;
  /** Fields read as different values by different rules: no formula may stand on them. */
  conflicting: Set<string>;
  /** Each item's outcome, in criteria order; undefined for items scored by method parts. */
  outcomes: (RuleOutcome | undefined)[];
}

/** The 数据 columns: every 数据项, then the 上年 columns the 同比 items read. */
export function dataFields(criteria: Criteria): string[] {
  const previous = criteria.items.filter((i) => i.rule.id === "yearOnYear" && i.fields.length === 1 && !i.methods?.parts).map((i) => PREVIOUS_PREFIX + i.fields[0]);
  return [...new Set([...criteria.fields, ...previous])];
}

/** Run every item's rule for one unit, noting each value read. */
export function recordReads(unit: UnitRow, criteria: Criteria): UnitReads {
  const values = new Map<string, FieldRead>();
  const conflicting = new Set<string>();
  const readerFor = fieldReader(unit, new DiscardingIssueLog(), criteria.fieldMeanings, criteria.settings.percentDecimals);
  const note = (field: string, read: FieldRead | undefined) => {
    if (read === undefined) return;
    const before = values.get(field);
    if (!before) values.set(field, read);
    else if (before.value !== read.value) conflicting.add(field);
    else if (before.scale === undefined && read.scale !== undefined) before.scale = read.scale;
  };
  const outcomes = criteria.items.map((item) => (item.methods?.parts ? undefined : item.rule.score(item, recording(readerFor(item), item, note))));
  return { values, conflicting, outcomes };
}

function recording(base: FieldReader, item: CriteriaItem, note: (field: string, read: FieldRead | undefined) => void): FieldReader {
  return {
    ...base,
    quantity(field) {
      const q = base.quantity(field);
      note(field, q && { value: q.value, scale: q.scale });
      return q;
    },
    number(field) {
      const n = base.number(field);
      note(field, n === undefined ? undefined : { value: n });
      return n;
    },
    count(field, opts) {
      const n = base.count(field, opts);
      note(field, n === undefined ? undefined : { value: n });
      return n;
    },
    measured(field) {
      const m = base.measured(field);
      note(field, m && { value: m.value, unit: m.unit });
      return m;
    },
    boolean(field) {
      const b = base.boolean(field);
      note(field, b === undefined ? undefined : { value: b });
      return b;
    },
    text(field, opts) {
      const t = base.text(field, opts);
      // A 档次 is shown as the letter it was read as (优 → A), the value its formula compares.
      const shown = t !== undefined && item.rule.id === "gradeLetter" ? gradeLetterOf(t) : t;
      note(field, shown === undefined ? undefined : { value: shown });
      return t;
    },
    previous(field) {
      const q = base.previous(field);
      note(PREVIOUS_PREFIX + field, q && { value: q.value, scale: q.scale });
      return q;
    },
  };
}
