import type { Assessment } from "../score/assess.js";
import { roundExcel } from "../math/roundExcel.js";

/**
 * A figure at a fixed number of decimals, trailing zeros kept, so every
 * label of a chart has one precision (94.60 beside 99.43, never 94.6).
 * @example fixed(94.6, 2) // => "94.60"
 * @example fixed(1.005, 2) // => "1.01"
 * @example fixed(-0.004, 2) // => "0.00"
 */
export function fixed(x: number, digits: number): string {
  const r = roundExcel(x, digits);
  return (r === 0 ? 0 : r).toFixed(Math.max(digits, 0));
}

/** Totals and their differences, at the 设置's 小数位数. */
export function totalText(a: Assessment): (x: number) => string {
  const d = a.criteria.settings.decimals;
  return (x) => fixed(x, d);
}

/** Rates (0.925 → 92.50%), at the 设置's 百分比小数位数. */
export function percentText(a: Assessment): (x: number) => string {
  const d = a.criteria.settings.percentDecimals;
  return (x) => `${fixed(x * 100, d)}%`;
}
