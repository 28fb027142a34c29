/**
 * Each rule type's score as an Excel formula over the unit's 数据 row: one
 * function per rule id, beside the registry (rules/registry.ts), and a test
 * checks that every rule id has its entry. A function gives the unrounded
 * points (the caller wraps ROUND to the 小数位数) or undefined where Excel
 * could not say what kaoping computed for this unit; that item is then
 * written as a value and counted in 说明.
 */
import type { CriteriaItem, FieldMeaning } from "../model.js";
import type { Direction, Measured, Quantity, RuleOutcome } from "../rules/types.js";
import type { FieldRead } from "./recordReads.js";
import { numberLiteral, textLiteral } from "./excel.js";
import { isCappedRateName } from "../rules/cappedRates.js";
import { pointsPerField, type LevelPoints } from "../rules/bonus.js";
import { compileFormula } from "../expression/safeExpression.js";
import { FORMULA_CONSTANTS } from "../rules/formula.js";
import { convertMeasure } from "../values/measureUnits.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/** What an item formula may use of one unit. */
export interface FormulaInputs {
  /** The field's cell on the 数据 sheet; undefined when rules read it as different values. */
  ref(field: string): string | undefined;
  /** The value the rule read (undefined: blank or unreadable). */
  read(field: string): FieldRead | undefined;
  meaning(field: string): FieldMeaning | undefined;
}

export type ItemFormula = (item: CriteriaItem, at: FormulaInputs) => string | undefined;

const lit = numberLiteral;

/**
 * linearShare (rules/format.ts) in Excel: full points at the full line, none at the zero line, linear between.
 * @example linearShareFormula("R", 0.9, 0.6) // => "MIN(1,MAX(0,(R-0.6)/(0.9-0.6)))"
 */
export function linearShareFormula(rate: string, fullLine: number, zeroLine: number): string {
  if (fullLine <= zeroLine) return `IF(${rate}>=${lit(fullLine)},1,0)`;
  if (zeroLine === 0) return `MIN(1,MAX(0,${rate}/${lit(fullLine)}))`;
  return `MIN(1,MAX(0,(${rate}-${lit(zeroLine)})/(${lit(fullLine)}-${lit(zeroLine)})))`;
}

/** A rate from a numerator and a denominator, scored against the lines (比率, 满意度); 0 for a zero denominator. */
function rateFormula(item: CriteriaItem, numerator: string, denominator: string): string {
  const share = linearShareFormula(`MIN(${numerator}/${denominator},1)`, item.params.fullLine as number, item.params.zeroLine as number);
  return `IF(${denominator}=0,0,${share}*${lit(item.points)})`;
}

/** Refs of all the fields, or undefined if one has none. */
function refs(at: FormulaInputs, fields: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const f of fields) {
    const r = at.ref(f);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}

/** A share above 100 % counted as 100 % (capShare) where the field's or item's name says it is one. */
function capped(ref: string, read: FieldRead, names: string[]): string {
  return read.scale === "percent" && names.some(isCappedRateName) ? `MIN(${ref},1)` : ref;
}

export const itemFormulas: Record<string, ItemFormula | null> = {
  direct(item, at) {
    const r = at.ref(item.fields[0]);
    return r && `MIN(MAX(${r},0),${lit(item.points)})`;
  },
  ratio(item, at) {
    const r = refs(at, item.fields);
    return r && rateFormula(item, r[0], r[1]);
  },
  satisfaction(item, at) {
    const r = refs(at, item.fields);
    return r && rateFormula(item, `(${r[0]}+${r[1]})`, r[2]);
  },
  threshold(item, at) {
    const field = item.fields[0];
    const r = at.ref(field);
    const read = at.read(field);
    if (!r || !read || typeof read.value !== "number") return undefined;
    const target = item.params.target as Quantity;
    // alignScale: 98.5 against a 97% target is read as 98.5%.
    const aligned = (read.scale ?? "plain") === "plain" && target.scale !== "plain" && Math.abs(read.value) > 1;
    const value = aligned ? `(${r}/${target.scale === "percent" ? 100 : 1000})` : r;
    const v = capped(value, { ...read, scale: aligned ? target.scale : read.scale }, [field, item.name]);
    const op = (item.params.direction as Direction) === "higher" ? ">=" : "<=";
    return `IF(ROUND(${v}-${lit(target.value)},12)${op}0,${lit(item.points)},0)`;
  },
  completion(item, at) {
    const [actualField, targetField] = item.fields;
    const actual = at.read(actualField);
    const a = at.ref(actualField);
    if (!a || !actual) return undefined;
    const given: Measured | undefined = targetField ? (at.read(targetField) as Measured | undefined) : (item.params.target as Measured);
    if (!given || typeof given.value !== "number") return undefined;
    const actualUnit = actual.unit || (at.meaning(actualField)?.measure ?? "");
    // A target converted into the actual's unit (1 亿元 against 万元) is computed by kaoping: written as a value.
    const c = given.unit ? convertMeasure(given.value, given.unit, actualUnit) : undefined;
    if (c && (!c.ok || c.value !== given.value)) return undefined;
    const t = targetField ? at.ref(targetField) : lit(given.value);
    if (!t) return undefined;
    const p = lit(item.points);
    return `IF(${t}=0,0,MIN(MIN(${a}/${t},${lit(item.params.overAward as number)})*${p},${p}))`;
  },
  yearOnYear(item, at) {
    const [field, prevField] = item.fields;
    const previousKey = prevField ?? PREVIOUS_PREFIX + field;
    const cur = at.read(field);
    const prev = at.read(previousKey);
    const cr = at.ref(field);
    const pr = at.ref(previousKey);
    if (!cur || !prev || !cr || !pr) return undefined;
    const c = capped(cr, cur, [field, item.name]);
    const p = capped(pr, prev, [field, item.name]);
    const higher = (item.params.direction as Direction) === "higher";
    const full = item.params.fullImprovement as number;
    const points = lit(item.points);
    const change = higher ? `(${c}-${p})` : `(${p}-${c})`;
    const share = (x: string) => (full > 0 ? `MIN(1,MAX(0,${x}/${lit(full)}))` : `IF(${x}>=${lit(full)},1,0)`);
    const isRate = at.meaning(field)?.kind === "rate" || (cur.scale ?? "plain") !== "plain" || (prev.scale ?? "plain") !== "plain";
    if (isRate) return `${share(change)}*${points}`;
    // No base to grow from: staying at zero (lower is better) or any positive figure (higher) is full marks.
    const good = higher ? `${c}>0` : `${c}=0`;
    return `IF(${p}=0,IF(${good},${points},0),${share(`${change}/ABS(${p})`)}*${points})`;
  },
  deduction(item, at) {
    const r = at.ref(item.fields[0]);
    const cap = Math.min((item.params.deductionCap as number | undefined) ?? item.points, item.points);
    return r && `${lit(item.points)}-MIN(${r}*${lit(item.params.perOccurrence as number)},${lit(cap)})`;
  },
  shortfall(item, at) {
    const r = at.ref(item.fields[0]);
    return r && `MAX(0,${lit(item.points)}-MAX(0,${lit(item.params.standard as number)}-${r})*${lit(item.params.perShort as number)})`;
  },
  bonus(item, at) {
    const per = pointsPerField(item.fields, item.params.levelPoints as LevelPoints);
    const r = refs(at, item.fields);
    if (!per.ok || !r) return undefined;
    return `MIN(${r.map((ref, i) => `${ref}*${lit(per.points[i])}`).join("+")},${lit(item.points)})`;
  },
  yesNo(item, at) {
    const r = at.ref(item.fields[0]);
    return r && `IF(${r},${lit(item.points)},0)`;
  },
  gradeLetter(item, at) {
    const r = at.ref(item.fields[0]);
    if (!r) return undefined;
    const shares = Object.entries(item.params.shares as Record<string, number>);
    const chain = shares.reduceRight((rest, [letter, share]) => `IF(${r}=${textLiteral(letter)},${lit(share)},${rest})`, "0");
    return `${chain}*${lit(item.points)}`;
  },
  formula(item, at) {
    const f = compileFormula(item.params.formula as string);
    // What kaoping's evaluator gave must be a finite number: a division by zero is 0 points in kaoping, #DIV/0! in Excel.
    const scope: Record<string, number> = { 分值: item.points };
    for (const field of item.fields) {
      const v = at.read(field)?.value;
      if (typeof v !== "number") return undefined;
      scope[field] = v;
    }
    if (!f.finiteThroughout(scope)) return undefined;
    const e = f.toExcel((name) => (item.fields.includes(name) ? at.ref(name) : FORMULA_CONSTANTS.includes(name) ? lit(item.points) : undefined));
    return e && `MIN(MAX(${e},0),${lit(item.points)})`;
  },
  // Scored by its methods' parts, each from its own sheet: not one formula over 数据.
  byMethods: null,
  // No points: a veto is a decision, shown in 总排名.
  veto: null,
};

/** Why an item's score is written as a value rather than a formula, for 说明. */
export type ValueReason = "missing" | "methods" | "rule" | "inputs";

/**
 * One unit's item score as a formula (rounded like kaoping's), or the reason it is written as a value.
 * @example itemScoreFormula(directItem, { points: 7.5, inputs: "", explanation: "" }, inputs, 2) // => { formula: "ROUND(MIN(MAX('数据'!D4,0),10),2)" }
 */
export function itemScoreFormula(item: CriteriaItem, outcome: RuleOutcome | undefined, at: FormulaInputs, decimals: number): { formula: string } | { reason: ValueReason } {
  if (!outcome) return { reason: "methods" };
  if (outcome.missing) return { reason: "missing" };
  const build = itemFormulas[item.rule.id];
  if (!build) return { reason: "rule" };
  const e = build(item, at);
  return e === undefined ? { reason: "inputs" } : { formula: `ROUND(${e},${decimals})` };
}
