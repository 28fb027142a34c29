import type { CriteriaItem, FieldDirection, FieldMeaning, FieldValues } from "../model.js";
import type { Quantity } from "../rules/types.js";
import type { FieldProfileSetting, FigureKind } from "./parseFieldProfiles.js";
import type { NumberScale } from "../values/parseNumber.js";
import { parseNumber } from "../values/parseNumber.js";
import { toHalfWidth } from "../values/normaliseText.js";

/** The fields of an item that are only a base to divide by: 分母, 有效问卷总数, 目标值. */
const DENOMINATOR_SLOT: Record<string, number> = { ratio: 1, satisfaction: 2, completion: 1 };

const SCALE_OF_UNIT: Record<string, NumberScale> = { "%": "percent", "‰": "permille" };

interface MeaningInput {
  items: CriteriaItem[];
  fields: string[];
  fieldProfiles: Map<string, FieldProfileSetting>;
}

/**
 * What each field means, once for the whole run: from the 数据项 sheet where
 * it speaks, else from the headers (「地区生产总值（亿元）」, 「（%）」), the
 * rules that use the field (a %/‰ target, a deduction count, a 同比 or 达标
 * direction; a field used only as a denominator is not judged) and, for
 * rates, cells typed with % or ‰. Without units (at criteria time) only the
 * sheet and the rules speak.
 */
export function resolveFieldMeanings(
  criteria: MeaningInput,
  units: readonly { values: FieldValues }[] = [],
  /** Whether to look at the cells for % or ‰ (a pass over every unit): for 同比 fields and comparisons. */
  scanValues: (field: string) => boolean = () => true,
): Map<string, FieldMeaning> {
  const out = new Map<string, FieldMeaning>();
  for (const field of criteria.fields) {
    const setting = criteria.fieldProfiles.get(field) ?? {};
    const users = criteria.items.filter((i) => i.fields.includes(field));
    const headerUnit = toHalfWidth(firstOf(units, (u) => u.values.get(field)?.unit || undefined) ?? "").trim();
    const declaredMeasure = toHalfWidth(setting.measure ?? "").trim();
    const declaredScale = setting.scale ?? SCALE_OF_UNIT[declaredMeasure];
    const headerScale = SCALE_OF_UNIT[headerUnit];
    const targetScale = users.map((i) => (i.params.target as Quantity | undefined)?.scale).find((s) => s && s !== "plain");
    const declaredRate = setting.kind === "rate" || (declaredScale !== undefined && !setting.kind);
    const valuesScale =
      declaredRate || setting.kind || headerScale || targetScale || !scanValues(field)
        ? undefined
        : firstOf(units, (u) => {
            const r = parseNumber(u.values.get(field)?.cell, headerUnit);
            return r.ok && r.scale !== "plain" ? r.scale : undefined;
          });
    const isRate = declaredRate || (!setting.kind && Boolean(headerScale || targetScale || valuesScale));
    const measure = declaredMeasure || (users.some((i) => i.rule.id === "direct") ? "分" : headerScale ? "" : headerUnit);
    const kind: FigureKind = isRate ? "rate" : (setting.kind ?? (/元/.test(measure) ? "amount" : "count"));
    const meaning: FieldMeaning = { kind, measure: isRate ? "" : measure, scale: "plain", direction: setting.direction ?? inferDirection(users, field) };
    if (isRate) {
      meaning.scale = declaredScale ?? headerScale ?? targetScale ?? valuesScale ?? "percent";
      meaning.scaleFrom = headerScale ? "header" : declaredRate ? "declared" : targetScale ? "target" : "values";
    }
    out.set(field, meaning);
  }
  return out;
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
