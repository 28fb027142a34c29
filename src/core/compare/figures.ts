import type { Criteria, CriteriaItem, UnitResult, UnitRow } from "../model.js";
import type { Direction, Quantity } from "../rules/types.js";
import type { FigureKind } from "../criteria/parseFieldProfiles.js";
import { parseNumber } from "../values/parseNumber.js";

/** One figure compared year over year: a 数据项 or a rate an item derives. */
export interface Figure {
  id: string;
  name: string;
  kind: FigureKind;
  direction: Direction;
  /** Measure word for sentences: 个, 件, 万元; empty for rates. */
  measure: string;
  /** A rate written in ‰ (出生率): shown in ‰, changes in 千分点. */
  perMille?: boolean;
  field?: string;
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
 * The figures to compare, with kind and direction: from the 数据项 sheet
 * where it speaks, else inferred (a %/‰ column or target is a rate; a
 * deduction count or a ≤ target is lower-is-better; a 同比 item says so).
 */
export function figuresFor(criteria: Criteria, units: UnitRow[]): Figure[] {
  const figures: Figure[] = [];
  const numericFields = criteria.fields.filter((f) => criteria.items.some((i) => i.fields.includes(f) && !NON_NUMERIC_RULES.has(i.rule.id)));
  for (const field of numericFields) {
    const setting = criteria.fieldProfiles.get(field) ?? {};
    const users = criteria.items.filter((i) => i.fields.includes(field));
    const headerUnit = units.map((u) => u.values.get(field)?.unit).find((u) => u) ?? "";
    const measure = setting.measure ?? (users.some((i) => i.rule.id === "direct") ? "分" : headerUnit);
    const isRate =
      setting.kind === "rate" ||
      (!setting.kind &&
        (["%", "‰"].includes(headerUnit) ||
          users.some((i) => (i.params.target as Quantity | undefined)?.scale && (i.params.target as Quantity).scale !== "plain") ||
          units.some((u) => {
            const r = parseNumber(u.values.get(field)?.cell, headerUnit);
            return r.ok && r.scale !== "plain";
          })));
    const kind: FigureKind = isRate ? "rate" : (setting.kind ?? (/元/.test(measure) ? "amount" : "count"));
    const perMille = isRate && (measure === "‰" || users.some((i) => (i.params.target as Quantity | undefined)?.scale === "permille"));
    figures.push({ id: `field:${field}`, name: field, kind, direction: setting.direction ?? inferDirection(users), measure: isRate ? "" : measure, field, ...(perMille ? { perMille } : {}) });
  }
  criteria.items.forEach((item, itemIndex) => {
    if (!RATE_RULES.has(item.rule.id)) return;
    const suffix = /[率度]$/.test(item.name) ? "" : item.rule.id === "completion" ? "完成率" : "比率";
    figures.push({ id: `item:${item.key}`, name: item.name + suffix, kind: "rate", direction: "higher", measure: "", itemIndex });
  });
  return figures;
}

function inferDirection(items: CriteriaItem[]): Direction {
  for (const i of items) {
    if (i.rule.id === "yearOnYear" || i.rule.id === "threshold") return i.params.direction as Direction;
    if (i.rule.id === "deduction") return "lower";
  }
  return "higher";
}

/** A unit's value of each figure, from its cells and its scored items. */
export function figureValues(figures: Figure[], unit: UnitRow, result: UnitResult | undefined): Map<string, FigureValue> {
  const out = new Map<string, FigureValue>();
  for (const f of figures) {
    if (f.field) {
      const v = unit.values.get(f.field);
      const r = v ? parseNumber(v.cell, v.unit) : undefined;
      if (r?.ok) out.set(f.id, { value: r.value });
    } else if (result && f.itemIndex !== undefined) {
      const item = result.items.get(f.itemIndex);
      if (item?.rate !== undefined) out.set(f.id, { value: item.rate, parts: item.parts });
    }
  }
  return out;
}
