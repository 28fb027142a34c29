import type { GridCell } from "../table/grid.js";
import { isCellError } from "../table/grid.js";
import { toHalfWidth } from "../values/normaliseText.js";

/** One judgement cell as read: a value, blank, or not a judgement; `note` when read otherwise than typed. */
export type JudgementReading =
  | { kind: "value"; value: number; note?: { id: "judgementSnapped" | "judgementDateAsFraction"; params: Record<string, string> } }
  | { kind: "blank" }
  | { kind: "bad"; text: string };

/** Unicode fractions a clerk pastes from a web page or types with an input method. */
const VULGAR: Record<string, number> = { "½": 1 / 2, "⅓": 1 / 3, "¼": 1 / 4, "⅕": 1 / 5, "⅙": 1 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅑": 1 / 9, "⅔": 2 / 3, "¾": 3 / 4 };

/** A reciprocal typed as a decimal (0.333, 0.143) within this share of 1/k is read as 1/k. */
const SNAP_SHARE = 0.01;

/**
 * A judgement as a clerk types it: 3, 1/3, ⅓, 「1/3」 as text, 0.333 (read as
 * 1/3, said), a formula =1/3 (its value), or 1/3 that Excel turned into the
 * date 1月3日 (read as 1/3, said). Range is checked by the caller.
 * @example readJudgement({ v: "1/3" }) // => { kind: "value", value: 0.3333333333333333 }
 * @example readJudgement({ v: 0.2 }) // => { kind: "value", value: 0.2 }
 * @example readJudgement({ v: "五" }) // => { kind: "bad", text: "五" }
 */
export function readJudgement(cell: GridCell | undefined): JudgementReading {
  const v = cell?.v;
  if (v === undefined || v === null) return { kind: "blank" };
  if (v instanceof Date) {
    // Excel reads 「1/3」 typed into a general cell as 3 January; month 1, day k is 1/k.
    if (v.getUTCMonth() === 0 && v.getUTCDate() >= 1 && v.getUTCDate() <= 9) {
      const k = v.getUTCDate();
      return { kind: "value", value: 1 / k, note: { id: "judgementDateAsFraction", params: { date: `1月${k}日`, read: k === 1 ? "1" : `1/${k}` } } };
    }
    return { kind: "bad", text: `${v.getUTCMonth() + 1}月${v.getUTCDate()}日` };
  }
  if (typeof v === "boolean" || isCellError(v)) return { kind: "bad", text: typeof v === "boolean" ? String(v).toUpperCase() : v.error };
  if (typeof v === "number") return fromNumber(v, String(v));
  // Quotes and spaces around the value or the slash go; a space inside a number does not (「0 5」 is no 5).
  const text = toHalfWidth(v).replace(/[「」“”"'‘’]/g, "").trim().replace(/\s*\/\s*/, "/").replace(/^=\s*/, "");
  if (text === "") return { kind: "blank" };
  if (VULGAR[text] !== undefined) return { kind: "value", value: VULGAR[text] };
  const fraction = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(text);
  if (fraction) {
    const value = Number(fraction[1]) / Number(fraction[2]);
    return value > 0 && Number.isFinite(value) ? { kind: "value", value } : { kind: "bad", text: v };
  }
  if (/^\d+(?:\.\d+)?$|^\.\d+$/.test(text)) return fromNumber(Number(text), v.trim());
  return { kind: "bad", text: v };
}

/** A typed number: a decimal close to 1/k (k = 2 … 9) is that reciprocal. */
function fromNumber(value: number, typed: string): JudgementReading {
  if (value > 0 && value < 1) {
    const k = Math.round(1 / value);
    if (k >= 2 && k <= 9) {
      const exact = 1 / k;
      const off = Math.abs(value - exact);
      if (off > 1e-12 && off <= SNAP_SHARE * exact) return { kind: "value", value: exact, note: { id: "judgementSnapped", params: { value: typed, read: `1/${k}` } } };
      if (off <= 1e-12) return { kind: "value", value: exact };
    }
  }
  return { kind: "value", value };
}
