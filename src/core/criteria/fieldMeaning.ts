import type { CriteriaItem, FieldDirection, FieldMeaning, FieldValue, FieldValues, UnitRow } from "../model.js";
import type { Quantity } from "../rules/types.js";
import type { FieldProfileSetting, FigureKind } from "./parseFieldProfiles.js";
import type { NumberScale } from "../values/parseNumber.js";
import { parseNumber } from "../values/parseNumber.js";
import { toHalfWidth } from "../values/normaliseText.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { isRateName } from "../rules/cappedRates.js";

/** The fields of an item that are only a base to divide by: 分母, 有效问卷总数, 目标值. */
const DENOMINATOR_SLOT: Record<string, number> = { ratio: 1, satisfaction: 2, completion: 1 };

const SCALE_OF_UNIT: Record<string, NumberScale> = { "%": "percent", "‰": "permille" };

/** Rules whose fields are points, yes/no, grades or counts (a numerator, a target): never a rate by its name. */
const NOT_VALUE_RULES = new Set(["direct", "yesNo", "gradeLetter", "veto", "deduction", "bonus", "ratio", "satisfaction", "completion"]);

interface MeaningInput {
  items: CriteriaItem[];
  fields: string[];
  fieldProfiles: Map<string, FieldProfileSetting>;
}

/**
 * What each field means, once for the whole run: from the 数据项 sheet where
 * it speaks, else from the headers (「地区生产总值（亿元）」, 「（%）」), the
 * rules that use the field (a %/‰ target, a deduction count, a 同比 or 达标
 * direction; a field used only as a denominator is not judged), for rates
 * cells typed with % or ‰ (this year's or the 上年 column's), and last the
 * field's name (…率, …满意度 without a unit anywhere is a rate in %).
 * Without units (at criteria time) only the sheet, the rules and the name speak.
 */
export function resolveFieldMeanings(
  criteria: MeaningInput,
  units: readonly { values: FieldValues }[] = [],
  /** Whether to look at the cells for % or ‰ (a pass over every unit): for 同比 fields and comparisons. */
  scanValues: (field: string) => boolean = () => true,
): Map<string, FieldMeaning> {
  const out = new Map<string, FieldMeaning>();
  const headerUnits = firstUnits(units, criteria.fields.flatMap((field) => [field, PREVIOUS_PREFIX + field]));
  for (const field of criteria.fields) {
    const setting = criteria.fieldProfiles.get(field) ?? {};
    const users = criteria.items.filter((i) => i.fields.includes(field));
    const unitOf = (key: string) => toHalfWidth(headerUnits.get(key) ?? "").trim();
    const headerUnit = unitOf(field);
    // Last year's column means what this year's does: a (%) on either header makes the field a rate.
    const previousUnit = unitOf(PREVIOUS_PREFIX + field);
    const declaredMeasure = toHalfWidth(setting.measure ?? "").trim();
    const declaredScale = setting.scale ?? SCALE_OF_UNIT[declaredMeasure];
    const headerScale = SCALE_OF_UNIT[headerUnit] ?? (headerUnit ? undefined : SCALE_OF_UNIT[previousUnit]);
    const targetScale = users.map((i) => (i.params.target as Quantity | undefined)?.scale).find((s) => s && s !== "plain");
    const declaredRate = setting.kind === "rate" || (declaredScale !== undefined && !setting.kind);
    const valuesScale =
      declaredRate || setting.kind || headerScale || targetScale || !scanValues(field)
        ? undefined
        : firstOf(units, (u) => typedScale(u.values, field, headerUnit) ?? typedScale(u.values, PREVIOUS_PREFIX + field, previousUnit));
    // 群众满意率, 上报准确率, 人口出生率: a rate by its name, unless the 数据项 sheet or a header gives it another unit.
    const namedRate =
      !setting.kind && !declaredMeasure && !headerUnit && !previousUnit && isRateName(field) && !users.some((i) => NOT_VALUE_RULES.has(i.rule.id));
    const isRate = declaredRate || (!setting.kind && Boolean(headerScale || targetScale || valuesScale || namedRate));
    const measure = declaredMeasure || (users.some((i) => i.rule.id === "direct") ? "分" : headerScale ? "" : headerUnit);
    const kind: FigureKind = isRate ? "rate" : (setting.kind ?? (/元/.test(measure) ? "amount" : "count"));
    const meaning: FieldMeaning = { kind, measure: isRate ? "" : measure, scale: "plain", direction: setting.direction ?? inferDirection(users, field) };
    if (isRate) {
      meaning.scale = declaredScale ?? headerScale ?? targetScale ?? valuesScale ?? "percent";
      meaning.scaleFrom = headerScale ? "header" : declaredRate ? "declared" : targetScale ? "target" : valuesScale ? "values" : "name";
    }
    out.set(field, meaning);
  }
  return out;
}

/**
 * Where a rate known only from its name changes how a cell reads — a plain
 * 0.523 or 52.3 taken as 52.3%, and 同比 in 百分点 — the first such cell of
 * each field (this year's, else the 上年 column), for one note per field.
 */
export function rateNameReadings(meanings: ReadonlyMap<string, FieldMeaning>, units: readonly UnitRow[]): { field: string; unit: UnitRow; value: FieldValue }[] {
  const out: { field: string; unit: UnitRow; value: FieldValue }[] = [];
  for (const [field, meaning] of meanings) {
    if (meaning.scaleFrom !== "name") continue;
    const found = firstOf(units, (unit) => {
      for (const key of [field, PREVIOUS_PREFIX + field]) {
        const value = unit.values.get(key);
        const r = parseNumber(value?.cell);
        if (value && r.ok && r.scale === "plain") return { field, unit, value };
      }
      return undefined;
    });
    if (found) out.push(found);
  }
  return out;
}

/** The scale a cell was typed in (「87%」, a %-formatted 0.87), if not plain. */
function typedScale(values: FieldValues, key: string, headerUnit: string): NumberScale | undefined {
  const r = parseNumber(values.get(key)?.cell, headerUnit);
  return r.ok && r.scale !== "plain" ? r.scale : undefined;
}

/**
 * A field's direction when the 数据项 sheet does not give one: the 同比 or
 * 达标 item's own, lower for a deduction count; a field that is only ever a
 * denominator (在编人数, 宿舍总数, 有效问卷数, a completion target) is not
 * judged — fewer staff is neither progress nor decline.
 */
function inferDirection(items: CriteriaItem[], field: string): FieldDirection {
  for (const i of items) {
    if (i.rule.id === "yearOnYear" || i.rule.id === "threshold") return i.params.direction as FieldDirection;
    if (i.rule.id === "deduction") return "lower";
  }
  const onlyDenominator = items.length > 0 && items.every((i) => DENOMINATOR_SLOT[i.rule.id] !== undefined && i.fields.indexOf(field) === DENOMINATOR_SLOT[i.rule.id]);
  return onlyDenominator ? "neutral" : "higher";
}

/**
 * Per key, the first non-empty unit any unit's value of it has, in unit order: one pass over the units,
 * each unit's row read for all keys at once and stopping when every key has its unit (a pass per key
 * read 100,000 rows 120 times, each time from memory, for the fields whose header names no unit).
 */
function firstUnits(units: readonly { values: FieldValues }[], keys: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  let open = [...new Set(keys)];
  for (const u of units) {
    if (!open.length) break;
    const left: string[] = [];
    for (const key of open) {
      const unit = u.values.get(key)?.unit;
      if (unit) found.set(key, unit);
      else left.push(key);
    }
    open = left;
  }
  return found;
}

/** The first defined answer over a list, stopping there (100,000 units are not all looked at). */
function firstOf<T, R>(list: readonly T[], pick: (x: T) => R | undefined): R | undefined {
  for (const x of list) {
    const r = pick(x);
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * The scale an item's rate is shown in: a 达标 item against a ‰ target, or
 * on a ‰ field, is shown in ‰ (19.5‰, not 1.95%); every other rate in %.
 * @example itemRateScale({ rule: { id: "threshold" }, params: { target: { value: 0.02, scale: "permille" } }, fields: ["出生率"] } as never, new Map()) // => "permille"
 */
export function itemRateScale(item: CriteriaItem, meanings: ReadonlyMap<string, FieldMeaning>): "percent" | "permille" {
  if (item.rule.id !== "threshold") return "percent";
  const target = item.params.target as Quantity | undefined;
  if (target?.scale === "permille") return "permille";
  return target?.scale === "plain" && meanings.get(item.fields[0])?.scale === "permille" ? "permille" : "percent";
}
