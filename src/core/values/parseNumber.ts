import { isCellError, type GridCell } from "../table/grid.js";
import { toHalfWidth } from "./normaliseText.js";
import { dateText } from "./cellText.js";

export type NumberScale = "plain" | "percent" | "permille";

export type NumberReading =
  | { ok: true; value: number; scale: NumberScale; approximate?: boolean; assumed?: "fraction" | "scaled"; measure?: string }
  | { ok: false; reason: "missing" | "notNumber" | "error" | "date" | "tooLarge"; token: string };

/**
 * The largest magnitude read as a figure: Excel keeps 15 significant digits,
 * and no count, amount or rate of an assessment comes near 10^15. A larger
 * number (9e307, which Excel stores) is reported at its cell rather than
 * scored, so no percentage, ratio or total built from it can overflow.
 */
export const MAX_FIGURE = 1e15;

/** Tokens that mean "nothing reported". */
export const MISSING_TOKENS = new Set(["", "-", "--", "—", "——", "－", "/", "无", "空", "n/a", "na", "null", "暂无"]);

const APPROX_PREFIX = /^(近|约|大约|将近|接近|逾|超过|超|多于|不少于|不低于)/;
const APPROX_SUFFIX = /(以上|余|多|左右|上下|以内|以下|许)$/;
const NUMBER_CORE = /^([+-]?(?:\d[\d,]*)?\.?\d+)(%|‰)?(余|多)?(.*)$/;

/**
 * Read a cell as a number the way a clerk meant it.
 *
 * - numbers stored as text, full-width digits and thousands separators;
 * - "85%" text and 0.85 with a % format are both 0.85 (never scaled twice);
 * - a plain number in a column whose header says (%) or (‰) is scaled once;
 * - "85%以上", "60余篇", "近200" give the number, flagged approximate;
 * - a measure word after the number ("17.9亿元") is returned as `measure`, the
 *   number as written: converting it to the field's unit is the field's
 *   reader's job (readFieldNumber), which says so;
 * - blank, "—", "/", "无" are missing; stored errors and dates are not numbers.
 *
 * @example parseNumber({ v: "８５％" }) // => { ok: true, value: 0.85, scale: "percent" }
 */
export function parseNumber(cell: GridCell | undefined, columnUnit = ""): NumberReading {
  if (!cell || cell.v === null || cell.v === undefined) return { ok: false, reason: "missing", token: "" };
  const v = cell.v;
  if (isCellError(v)) return { ok: false, reason: "error", token: v.error };
  if (v instanceof Date) return { ok: false, reason: "date", token: dateText(v) };
  if (typeof v === "boolean") return { ok: false, reason: "notNumber", token: v ? "TRUE" : "FALSE" };
  const unit = toHalfWidth(columnUnit).trim();
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: "notNumber", token: String(v) };
    if (Math.abs(v) > MAX_FIGURE) return { ok: false, reason: "tooLarge", token: String(v) };
    if (cell.fmt && cell.fmt.includes("%")) return { ok: true, value: v, scale: "percent" };
    return scaleByColumn(v, unit, false);
  }
  return parseNumberText(String(v), unit);
}

function scaleByColumn(value: number, unit: string, approximate: boolean): NumberReading {
  const extra = approximate ? { approximate: true } : {};
  if (unit === "%") {
    // A clerk who types 0.85 into a (%) column means 85%, not 0.85%.
    if (value !== 0 && Math.abs(value) <= 1) return { ok: true, value, scale: "percent", assumed: "fraction", ...extra };
    return { ok: true, value: value / 100, scale: "percent", ...extra };
  }
  if (unit === "‰") return { ok: true, value: value / 1000, scale: "permille", ...extra };
  return { ok: true, value, scale: "plain", ...extra };
}

function parseNumberText(raw: string, unit: string): NumberReading {
  const token = raw.trim();
  // 「5 6」 is not 56: digits apart are two numbers (or a typo), never joined silently.
  if (/\d[\s\u3000]+\d/.test(token)) return { ok: false, reason: "notNumber", token };
  let s = toHalfWidth(token).replace(/\s+/g, "").replace(/，/g, ",");
  if (MISSING_TOKENS.has(s.toLowerCase())) return { ok: false, reason: "missing", token };
  let approximate = false;
  if (APPROX_PREFIX.test(s)) {
    approximate = true;
    s = s.replace(APPROX_PREFIX, "");
  }
  if (APPROX_SUFFIX.test(s)) {
    approximate = true;
    s = s.replace(APPROX_SUFFIX, "");
  }
  const m = NUMBER_CORE.exec(s);
  if (!m) return { ok: false, reason: "notNumber", token };
  const [, digits, sign, about, rest] = m;
  // Thousands separators only between digit groups of three.
  if (digits.includes(",") && !/^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$/.test(digits)) {
    return { ok: false, reason: "notNumber", token };
  }
  let value = Number(digits.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { ok: false, reason: "notNumber", token };
  if (Math.abs(value) > MAX_FIGURE) return { ok: false, reason: "tooLarge", token };
  if (about) approximate = true;
  // Trailing text may only be a measure word or the column's own unit.
  let textUnit = rest.replace(APPROX_SUFFIX, "");
  if (rest !== textUnit) approximate = true;
  if (textUnit && !/^[\u4e00-\u9fff]{1,3}$/.test(textUnit)) return { ok: false, reason: "notNumber", token };
  const measure = textUnit ? { measure: textUnit } : {};
  if (sign === "%") return withApprox({ ok: true, value: value / 100, scale: "percent", ...measure }, approximate);
  if (sign === "‰") return withApprox({ ok: true, value: value / 1000, scale: "permille", ...measure }, approximate);
  const scaled = scaleByColumn(value, unit, approximate);
  return scaled.ok && textUnit ? { ...scaled, ...measure } : scaled;
}

function withApprox(r: NumberReading, approximate: boolean): NumberReading {
  return approximate && r.ok ? { ...r, approximate: true } : r;
}
