import { isCellError, type GridCell } from "../table/grid.js";
import { toHalfWidth } from "./normaliseText.js";

const YES = new Set(["是", "√", "✓", "✔", "有", "1", "true", "y", "yes", "已", "已完成", "已成立", "达标", "合格", "对"]);
const NO = new Set(["否", "×", "✗", "✘", "x", "无", "0", "false", "n", "no", "未", "没有", "未完成", "不达标", "不合格"]);

export type BooleanReading = { ok: true; value: boolean } | { ok: false; reason: "missing" | "invalid"; token: string };

/**
 * A checklist answer: 是/否, √/×, 有/无, 1/0, TRUE/FALSE.
 * @example parseBoolean({ v: "√" }) // => { ok: true, value: true }
 */
export function parseBoolean(cell: GridCell | undefined): BooleanReading {
  if (!cell || cell.v === null) return { ok: false, reason: "missing", token: "" };
  const v = cell.v;
  if (typeof v === "boolean") return { ok: true, value: v };
  if (typeof v === "number") {
    if (v === 1 || v === 0) return { ok: true, value: v === 1 };
    return { ok: false, reason: "invalid", token: String(v) };
  }
  if (isCellError(v) || v instanceof Date) return { ok: false, reason: "invalid", token: isCellError(v) ? v.error : "" };
  const token = String(v).trim();
  const key = toHalfWidth(token).replace(/\s+/g, "").toLowerCase();
  if (key === "" || key === "-" || key === "—" || key === "/") return { ok: false, reason: "missing", token };
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return { ok: false, reason: "invalid", token };
}
