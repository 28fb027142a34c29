import { roundExcel } from "./roundExcel.js";

/**
 * A figure as text at a fixed number of decimals, trailing zeros kept:
 * Excel's FIXED without thousands separators (ROUND first, half away from
 * zero; a negative that rounds to 0 shows as 0), so every figure of a
 * chart or the 通报 reads at one precision (94.60 beside 99.43, never 94.6).
 * @example fixed(94.6, 2) // => "94.60"
 * @example fixed(1.005, 2) // => "1.01"
 * @example fixed(-0.004, 2) // => "0.00"
 */
export function fixed(x: number, decimals: number): string {
  if (typeof x !== "number" || !Number.isInteger(decimals)) throw new TypeError("fixed requires a number and a whole number of decimals");
  const r = roundExcel(x, decimals);
  return (r === 0 ? 0 : r).toFixed(Math.max(decimals, 0));
}
