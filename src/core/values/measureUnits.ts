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

export type MeasureConversion =
  | { ok: true; value: number; unit: string; converted: boolean }
  | { ok: false; from: string; to: string };

/**
 * A number written in `from` expressed in `to`. Measure words and equal
 * units pass unchanged; an empty `to` means the family's base unit (元, 人 …),
 * so cells of one field written in 万元 and 元 still add up; units of two
 * families cannot be converted.
 *
 * @example convertMeasure(179000, "万元", "亿元") // => { ok: true, value: 17.9, unit: "亿元", converted: true }
 * @example convertMeasure(17.9, "万人", "亿元") // => { ok: false, from: "万人", to: "亿元" }
 */
export function convertMeasure(value: number, from: string, to: string): MeasureConversion {
  const source = measureFamily(from);
  if (!source || from === to) return { ok: true, value, unit: to || from, converted: false };
  const target = to ? measureFamily(to) : { family: source.family, factor: 1 };
  if (!target) return { ok: true, value, unit: to, converted: false };
  if (target.family !== source.family) return { ok: false, from, to };
  const unit = to || source.family;
  if (source.factor === target.factor) return { ok: true, value, unit, converted: from !== unit };
  // Divide by the larger factor ratio in one step so 179000 万元 is exactly 17.9 亿元.
  const converted = source.factor >= target.factor ? value * (source.factor / target.factor) : value / (target.factor / source.factor);
  return { ok: true, value: converted, unit, converted: true };
}
