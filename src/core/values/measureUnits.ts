import { toHalfWidth } from "./normaliseText.js";

/**
 * Measure units kaoping converts between, by family: each unit's factor is
 * how many of the family's base unit (the first) it holds. A unit outside
 * these families (篇, 次, 件 …) is a measure word and is never converted.
 */
export const MEASURE_FAMILIES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  元: { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 },
  人: { 人: 1, 万人: 1e4 },
  个: { 个: 1, 万个: 1e4 },
  亩: { 亩: 1, 万亩: 1e4 },
  公里: { 公里: 1, 千米: 1, 万公里: 1e4 },
  吨: { 吨: 1, 万吨: 1e4 },
};

const FAMILY_OF = new Map<string, { family: string; factor: number }>();
for (const [family, units] of Object.entries(MEASURE_FAMILIES)) {
  for (const [unit, factor] of Object.entries(units)) FAMILY_OF.set(unit, { family, factor });
}

/**
 * The family and factor of a convertible unit, or undefined for a measure word.
 * @example measureFamily("亿元") // => { family: "元", factor: 100000000 }
 */
export function measureFamily(unit: string): { family: string; factor: number } | undefined {
  return FAMILY_OF.get(toHalfWidth(unit).trim());
}

/**
 * Multipliers a clerk writes after a number without a unit word (「1.2亿」,
 * 「12000万」) or before a measure word (「1.2万篇」): 1.2 亿 of the column's
 * own unit, never dropped.
 */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 百: 1e2, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };

/** Longest first, so 「万亿」 is not read as 万 before 亿, nor 「百万」 as 百. */
const MULTIPLIER_PREFIX = new RegExp(`^(${Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length).join("|")})`);

/**
 * A unit text that is not a known unit, split into its multiplier and the
 * measure word after it; factor 1 when it has no multiplier.
 * @example splitMultiplier("万篇") // => { factor: 10000, word: "篇" }
 * @example splitMultiplier("亿") // => { factor: 100000000, word: "" }
 */
export function splitMultiplier(unit: string): { factor: number; word: string } {
  const u = toHalfWidth(unit).trim();
  const m = MULTIPLIER_PREFIX.exec(u);
  return m ? { factor: MULTIPLIERS[m[1]], word: u.slice(m[1].length) } : { factor: 1, word: u };
}

export type MeasureConversion =
  | { ok: true; value: number; unit: string; converted: boolean }
  | { ok: false; from: string; to: string };

/**
 * A number written in `from` expressed in `to`. Measure words and equal
 * units pass unchanged; an empty `to` means the family's base unit (元, 人 …),
 * so cells of one field written in 万元 and 元 still add up; units of two
 * families cannot be converted. A bare multiplier (「1.2亿」) is one of the
 * `to` unit's family (1.2 亿元 under 万元, 1.2 亿人 under 人); under a field
 * without a unit or with a measure word it multiplies (「1.2万」 is 12000).
 *
 * @example convertMeasure(179000, "万元", "亿元") // => { ok: true, value: 17.9, unit: "亿元", converted: true }
 * @example convertMeasure(17.9, "万人", "亿元") // => { ok: false, from: "万人", to: "亿元" }
 * @example convertMeasure(1.2, "亿", "万元") // => { ok: true, value: 12000, unit: "万元", converted: true }
 */
export function convertMeasure(value: number, from: string, to: string): MeasureConversion {
  const source = measureFamily(from);
  if (!source) return convertMultiplied(value, from, to);
  if (from === to) return { ok: true, value, unit: to || from, converted: false };
  const target = to ? measureFamily(to) : { family: source.family, factor: 1 };
  if (!target) return { ok: true, value, unit: to, converted: false };
  if (target.family !== source.family) return { ok: false, from, to };
  const unit = to || source.family;
  if (source.factor === target.factor) return { ok: true, value, unit, converted: from !== unit };
  return { ok: true, value: scale(value, source.factor, target.factor), unit, converted: true };
}

/** `from` is not a known unit: its multiplier (if any) applies in `to`'s unit; the measure word is kept as before. */
function convertMultiplied(value: number, from: string, to: string): MeasureConversion {
  const { factor, word } = splitMultiplier(from);
  if (factor === 1 || from === to) return { ok: true, value, unit: to || from, converted: false };
  // The multiplier of a known unit's family (1.2亿 under 万元 is 1.2 亿元), else of the field's own word (万次 under 次).
  const target = to ? (measureFamily(to) ?? splitMultiplier(to)) : { factor: 1 };
  const unit = to || word;
  // 「1.2万」 under 万元 keeps its number but is still a reading (1.2 万元, not 1.2 万万元): noted like 千米 as 公里.
  if (factor === target.factor) return { ok: true, value, unit, converted: from !== unit };
  return { ok: true, value: scale(value, factor, target.factor), unit, converted: true };
}

/** A value in units of `from` expressed in units of `to`, in one step so 179000 万元 is exactly 17.9 亿元. */
function scale(value: number, from: number, to: number): number {
  return from >= to ? value * (from / to) : value / (to / from);
}
