import type { Criteria, FieldDirection, FieldMeaning, UnitResult, UnitRow } from "../model.js";
import type { FigureKind } from "../criteria/parseFieldProfiles.js";
import { readFieldNumber } from "../values/readFieldNumber.js";

/** One figure compared year over year: a 数据项 or a rate an item derives. */
export interface Figure {
  id: string;
  name: string;
  kind: FigureKind;
  /** neutral: the change is shown, never called 改善 or 退步 (a denominator). */
  direction: FieldDirection;
  /** Measure word for sentences: 个, 件, 万元; empty for rates. */
  measure: string;
  /** A rate written in ‰ (出生率): shown in ‰, changes in 千分点. */
  perMille?: boolean;
  field?: string;
  /** The field's meaning, by which its cells are read (unit, scale). */
  meaning?: FieldMeaning;
  /** Index into criteria.items for a derived rate. */
  itemIndex?: number;
}

export interface FigureValue {
  value: number;
  parts?: { numerator: number; denominator: number };
}

const NON_NUMERIC_RULES = new Set(["yesNo", "gradeLetter", "veto"]);
const RATE_RULES = new Set(["ratio", "satisfaction", "completion"]);

/**
 * The figures to compare, each field with the one meaning the run resolved
 * for it (criteria.fieldMeanings: the 数据项 sheet, headers, rules), and
 * the rates the items derive.
 */
export function figuresFor(criteria: Criteria): Figure[] {
  const figures: Figure[] = [];
  const numericFields = criteria.fields.filter((f) => criteria.items.some((i) => i.fields.includes(f) && !NON_NUMERIC_RULES.has(i.rule.id)));
  for (const field of numericFields) {
    const meaning = criteria.fieldMeanings.get(field);
    if (!meaning) continue;
    const perMille = meaning.kind === "rate" && meaning.scale === "permille";
    figures.push({ id: `field:${field}`, name: field, kind: meaning.kind, direction: meaning.direction, measure: meaning.measure, field, meaning, ...(perMille ? { perMille } : {}) });
  }
  criteria.items.forEach((item, itemIndex) => {
    if (!RATE_RULES.has(item.rule.id)) return;
    figures.push({ id: `item:${item.key}`, name: rateName(item), kind: "rate", direction: "higher", measure: "", itemIndex });
  });
  return figures;
}

/**
 * The name of the rate an item derives, as a report writes it: the item's
 * own name when it already names a rate, else with 完成率 (率 after a name
 * ending in 完成) or 比率, never a doubled word.
 *
 * @example rateName({ name: "年度工作目标完成", rule: { id: "completion" } }) // => "年度工作目标完成率"
 * @example rateName({ name: "招商引资任务", rule: { id: "completion" } }) // => "招商引资任务完成率"
 * @example rateName({ name: "年度目标任务完成情况", rule: { id: "completion" } }) // => "年度目标任务完成率"
 * @example rateName({ name: "文明科室创建率", rule: { id: "ratio" } }) // => "文明科室创建率"
 */
export function rateName(item: { name: string; rule: { id: string } }): string {
  if (/[率度比]$/.test(item.name)) return item.name;
  if (item.rule.id !== "completion") return `${item.name}比率`;
  // 「目标任务完成情况」 is a 完成率 too: 情况 gives way to 率 rather than 完成 being said twice.
  const name = item.name.replace(/完成情况$/, "完成");
  return /完成$/.test(name) ? `${name}率` : `${name}完成率`;
}

/** A unit's value of each figure, from its cells and its scored items. */
export function figureValues(figures: Figure[], unit: UnitRow, result: UnitResult | undefined): Map<string, FigureValue> {
  const out = new Map<string, FigureValue>();
  for (const f of figures) {
    if (f.field) {
      const v = unit.values.get(f.field);
      const r = v ? readFieldNumber(v.cell, v.unit, f.meaning) : undefined;
      if (r?.ok) out.set(f.id, { value: r.value });
    } else if (result && f.itemIndex !== undefined) {
      const item = result.items.get(f.itemIndex);
      if (item?.rate !== undefined) out.set(f.id, { value: item.rate, parts: item.parts });
    }
  }
  return out;
}
