import type { Assessment } from "../score/assess.js";
import { fixed } from "../math/fixed.js";

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
