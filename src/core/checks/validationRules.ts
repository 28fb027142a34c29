import type { Criteria, FieldValue, UnitRow } from "../model.js";
import type { NumberScale } from "../values/parseNumber.js";
import type { Check } from "./types.js";
import type { Comparison, Tolerance, ValidationRule } from "../criteria/parseValidationRules.js";
import { cellsOf, meaningOf, placeOf, readQuantity } from "./cells.js";
import { totalTolerance } from "./totalRows.js";
import { showNumber, showQuantity } from "../rules/format.js";
import { readFieldNumber } from "../values/readFieldNumber.js";
import { cellText } from "../values/cellText.js";

/**
 * Whether two sides agree under a comparison. Without a 容差, = allows only
 * floating-point noise and ≈ allows what a 合计 may (0.5 % or 0.01); a 容差
 * widens every comparison by that much (a % 容差 is a share of the right side).
 * @example holds(12, 11, "eq") // => false
 * @example holds(12, 11.99, "approx") // => true
 */
export function holds(left: number, right: number, comparison: Comparison, tolerance?: Tolerance): boolean {
  const allowed = tolerance
    ? tolerance.relative ? tolerance.value * Math.abs(right) : tolerance.value
    : comparison === "approx" ? totalTolerance(right) : 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
  const noise = tolerance || comparison === "approx" ? allowed : 0;
  switch (comparison) {
    case "eq":
    case "approx":
      return Math.abs(left - right) <= allowed;
    case "le":
      return left <= right + allowed;
    case "ge":
      return left >= right - allowed;
    case "lt":
      return left < right + noise;
    case "gt":
      return left > right - noise;
  }
}

/** How a rule's side is shown: as a percent or permille when it reads rates of that scale. */
type SideScale = NumberScale;

/**
 * The scale of each name in a rule: its field's declared rate scale, else
 * the scale its first readable cell was read in (a cell formatted 0.0%).
 */
function nameScales(rule: ValidationRule, units: readonly UnitRow[], criteria: Criteria): Map<string, NumberScale> {
  const out = new Map<string, NumberScale>();
  for (const { symbol, field } of rule.names) {
    const meaning = meaningOf(criteria, field);
    if (meaning?.kind === "rate" && meaning.scale !== "plain") {
      out.set(symbol, meaning.scale);
      continue;
    }
    let scale: NumberScale = "plain";
    for (const u of units) {
      const q = readQuantity(u.values.get(field), meaning);
      if (q) {
        scale = q.scale;
        break;
      }
    }
    out.set(symbol, scale);
  }
  return out;
}

/**
 * The scale a side's value is shown in: the one rate scale all its names
 * share, plain when they differ or none is a rate (文明科室数 / 科室总数 is
 * shown as the number it is).
 * @example sideScale(["群众满意率"], new Map([["群众满意率", "percent"]])) // => "percent"
 */
export function sideScale(symbols: readonly string[], scales: ReadonlyMap<string, NumberScale>): SideScale {
  const found = new Set(symbols.map((s) => scales.get(s) ?? "plain"));
  return found.size === 1 ? [...found][0] : "plain";
}

/**
 * A number written without % against a rate (群众满意率 ≥ 60): rates are
 * read as fractions (0.912), so a plain number above 1 can only mean a
 * percent (60 → 60%) or permille. The divisor, or 1 when it is read as written.
 * @example plainConstantDivisor("60", 60, "percent") // => 100
 * @example plainConstantDivisor("0.6", 0.6, "percent") // => 1
 * @example plainConstantDivisor("60%", 0.6, "percent") // => 1
 */
export function plainConstantDivisor(text: string, value: number, against: SideScale): number {
  if (against === "plain" || /[%‰]/.test(text) || Math.abs(value) <= 1) return 1;
  return against === "percent" ? 100 : 1000;
}

/** A value as its side's scale shows it: 91.2%, 18‰, 12. */
function showSide(value: number, scale: SideScale, percentDecimals: number): string {
  return scale === "plain" ? showNumber(value, 4) : showQuantity({ value, scale }, percentDecimals);
}

/**
 * The 校验规则 sheet, unit by unit: each violation names the unit, the rule
 * and every field's cell and value, at the rule's 级别. A unit with a blank
 * field in a rule is skipped for that rule; a rule whose column is missing
 * from every sheet is reported once.
 */
export const validationRulesCheck: Check = {
  id: "validationRules",
  run(ctx) {
    const scored = new Set(ctx.criteria.fields);
    const decimals = ctx.criteria.settings.percentDecimals;
    for (const rule of ctx.criteria.validationRules) {
      const absent = rule.names.find((n) => !ctx.units.some((u) => u.values.get(n.field)));
      if (absent) {
        if (ctx.units.length) ctx.report("warning", "validationFieldMissing", { rule: rule.label, field: absent.field }, rule.source);
        continue;
      }
      const scales = nameScales(rule, ctx.units, ctx.criteria);
      let leftScale = sideScale(rule.left.symbols, scales);
      let rightScale = sideScale(rule.right.symbols, scales);
      // A side with no names (a number) is shown, and a plain number above 1 read, in the other side's scale.
      const divisor = { left: 1, right: 1 };
      for (const [side, other] of [["left", "right"], ["right", "left"]] as const) {
        const formula = rule[side];
        if (formula.symbols.length || !rule[other].symbols.length) continue;
        const against = sideScale(rule[other].symbols, scales);
        const constant = constantOf(formula);
        if (constant === undefined) continue;
        divisor[side] = plainConstantDivisor(formula.text, constant, against);
        if (side === "left") leftScale = against;
        else rightScale = against;
        if (divisor[side] !== 1) {
          const field = rule.names.find((n) => rule[other].symbols.includes(n.symbol))!.field;
          ctx.report("info", "validationPlainAsRate", { rule: rule.label, field, typed: formula.text, shown: showSide(constant / divisor[side], against, decimals) }, rule.source);
        }
      }
      const display = new Map(rule.names.map(({ symbol }) => [symbol, scales.get(symbol) ?? "plain"]));
      for (const unit of ctx.units) {
        const scope: Record<string, number> = {};
        const cells: (FieldValue | undefined)[] = [];
        let complete = true;
        for (const { symbol, field } of rule.names) {
          const v = unit.values.get(field);
          cells.push(v);
          // Read once, as the field means it; a failed reading says why without parsing the cell again.
          const reading = readFieldNumber(v?.cell, v?.unit ?? "", meaningOf(ctx.criteria, field));
          if (reading.ok) {
            scope[symbol] = reading.value;
            continue;
          }
          complete = false;
          // A column read only for this rule has no item to report a bad cell: report it here.
          if (!scored.has(field) && reading.reason !== "missing" && reading.reason !== "unitMismatch") {
            ctx.report("warning", "notANumber", { value: cellText(v?.cell) }, { ...cellsOf([v], unit) });
          }
        }
        if (!complete) continue;
        const raw = evaluate(rule, scope);
        if (!raw) continue;
        const sides = { left: raw.left / divisor.left, right: raw.right / divisor.right };
        if (holds(sides.left, sides.right, rule.comparison, rule.tolerance)) continue;
        const where = cellsOf(cells, unit);
        const values = rule.names.map(({ symbol }, k) => `${symbol} ${placeOf(cells[k], where)} = ${showSide(scope[symbol], display.get(symbol)!, decimals)}`).join("，");
        ctx.report(
          rule.severity,
          "validationFailed",
          { rule: rule.label, left: rule.left.text, leftValue: showSide(sides.left, leftScale, decimals), right: rule.right.text, rightValue: showSide(sides.right, rightScale, decimals), values },
          where,
          unit,
        );
      }
    }
  },
};

/** A side without names, as a number (undefined when it does not evaluate). */
function constantOf(formula: ValidationRule["left"]): number | undefined {
  try {
    const value = formula.evaluate({});
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Both sides, or undefined when one cannot be computed (a division by zero: nothing to check). */
function evaluate(rule: ValidationRule, scope: Record<string, number>): { left: number; right: number } | undefined {
  try {
    const left = rule.left.evaluate(scope);
    const right = rule.right.evaluate(scope);
    return Number.isFinite(left) && Number.isFinite(right) ? { left, right } : undefined;
  } catch {
    return undefined;
  }
}
