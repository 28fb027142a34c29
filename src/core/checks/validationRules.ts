import type { FieldValue } from "../model.js";
import type { Check } from "./types.js";
import type { Comparison, Tolerance, ValidationRule } from "../criteria/parseValidationRules.js";
import { cellsOf, meaningOf, placeOf, readQuantity } from "./cells.js";
import { totalTolerance } from "./totalRows.js";
import { showNumber } from "../rules/format.js";
import { parseNumber } from "../values/parseNumber.js";
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
    for (const rule of ctx.criteria.validationRules) {
      const absent = rule.names.find((n) => !ctx.units.some((u) => u.values.get(n.field)));
      if (absent) {
        if (ctx.units.length) ctx.report("warning", "validationFieldMissing", { rule: rule.label, field: absent.field }, rule.source);
        continue;
      }
      for (const unit of ctx.units) {
        const scope: Record<string, number> = {};
        const cells: (FieldValue | undefined)[] = [];
        let complete = true;
        for (const { symbol, field } of rule.names) {
          const v = unit.values.get(field);
          cells.push(v);
          const q = readQuantity(v, meaningOf(ctx.criteria, field));
          if (q) {
            scope[symbol] = q.value;
            continue;
          }
          complete = false;
          // A column read only for this rule has no item to report a bad cell: report it here.
          const reading = parseNumber(v?.cell, v?.unit);
          if (!scored.has(field) && !reading.ok && reading.reason !== "missing") {
            ctx.report("warning", "notANumber", { value: cellText(v?.cell) }, { ...cellsOf([v], unit) });
          }
        }
        if (!complete) continue;
        const sides = evaluate(rule, scope);
        if (!sides || holds(sides.left, sides.right, rule.comparison, rule.tolerance)) continue;
        const where = cellsOf(cells, unit);
        const values = rule.names.map(({ symbol }, k) => `${symbol} ${placeOf(cells[k], where)} = ${showNumber(scope[symbol], 4)}`).join("，");
        ctx.report(
          rule.severity,
          "validationFailed",
          { rule: rule.label, left: rule.left.text, leftValue: showNumber(sides.left, 4), right: rule.right.text, rightValue: showNumber(sides.right, 4), values },
          where,
          unit,
        );
      }
    }
  },
};

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
