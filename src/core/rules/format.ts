import { roundExcel } from "../math/roundExcel.js";
import type { Quantity } from "./types.js";

/**
 * A number as shown in explanations: at most two decimals, no trailing zeros.
 * @example showNumber(4.0740) // => "4.07"
 */
export function showNumber(x: number, digits = 2): string {
  return String(roundExcel(x, digits));
}

/** @example showPercent(0.72222) // => "72.22%" */
export function showPercent(x: number, digits = 2): string {
  return `${roundExcel(x * 100, digits)}%`;
}

/** @example showQuantity({ value: 0.018, scale: "permille" }) // => "18‰" */
export function showQuantity(q: Quantity, digits = 2): string {
  if (q.scale === "percent") return showPercent(q.value, digits);
  if (q.scale === "permille") return `${roundExcel(q.value * 1000, digits)}‰`;
  return showNumber(q.value);
}

/** "→ 4.07 / 10 分" */
export function showPoints(points: number, max: number): string {
  return `→ ${showNumber(points)} / ${showNumber(max)} 分`;
}

/**
 * Linear scoring between a zero line and a full line: full points at or
 * above fullLine, none at or below zeroLine. With fullLine ≤ zeroLine it is
 * a plain pass/fail at fullLine.
 *
 * @example linearShare(0.7222, 0.9, 0.6) // => 0.4073333333333333
 */
export function linearShare(rate: number, fullLine: number, zeroLine: number): number {
  if (rate >= fullLine) return 1;
  if (fullLine <= zeroLine || rate <= zeroLine) return 0;
  return (rate - zeroLine) / (fullLine - zeroLine);
}

export function missingOutcome(inputs: string): { points: 0; missing: true; inputs: string; explanation: string } {
  return { points: 0, missing: true, inputs, explanation: "数据缺失 → 0 分" };
}
