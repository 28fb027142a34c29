import type { FieldMeaning } from "../model.js";
import type { GridCell } from "../table/grid.js";
import { parseNumber, type NumberReading, type NumberScale } from "./parseNumber.js";
import { convertMeasure } from "./measureUnits.js";
import { toHalfWidth } from "./normaliseText.js";

/** How a value was read differently from how it was typed, for the reader to log. */
export type FieldNumberNote =
  | { kind: "scaled"; scale: NumberScale }
  | { kind: "converted"; from: string; to: string };

export type FieldNumber =
  | (Extract<NumberReading, { ok: true }> & { notes: FieldNumberNote[] })
  | Extract<NumberReading, { ok: false }>
  | { ok: false; reason: "unitMismatch"; token: string; from: string; to: string };

const SCALE_UNITS = new Set(["%", "‰"]);

/**
 * One cell of a field read as the field means it: the header's (%) or (‰)
 * scales plain numbers (parseNumber); a plain number in a cell of a rate
 * field without its own (%) (the 上年 column, another unit's return, a
 * field known as a rate from the 数据项 sheet, a target, a cell or its name)
 * takes 52.3 as 52.3% and 19.5 (千分率) as 19.5‰ (above 1; every number in a
 * declared or headed ‰ field), 0.523 as the fraction; a number in 万元 under a field in
 * 亿元 (from the text, 「179000万元」, or the header) is converted; a unit of
 * another family (「17.9万人」 under 亿元) is not a value of the field. Every
 * such reading carries a note, so nothing changes silently.
 *
 * @example readFieldNumber({ v: "179000万元" }, "", { kind: "amount", measure: "亿元", scale: "plain", direction: "higher" }) // => { ok: true, value: 17.9, scale: "plain", measure: "亿元", notes: [{ kind: "converted", from: "万元", to: "亿元" }] }
 */
export function readFieldNumber(cell: GridCell | undefined, headerUnit: string, meaning: FieldMeaning | undefined): FieldNumber {
  const header = headerUnits.get(headerUnit) ?? normaliseHeaderUnit(headerUnit);
  const reading = parseNumber(cell, SCALE_UNITS.has(header) ? header : "");
  if (!reading.ok) return reading;
  let notes: FieldNumberNote[] = NO_NOTES;
  let { value, scale } = reading;
  if (scale === "plain" && meaning?.kind === "rate" && meaning.scale !== "plain") {
    // A rate is one rate for every unit and for its 上年 column, whatever told us it is one
    // (the 数据项 sheet, a header, a target, one unit's 「87%」, the name): a clerk types 52.3
    // for 52.3% and 19.5 for 19.5‰; 0.523 is already the fraction. A ‰ the sheet or a header
    // declares takes every plain number in ‰ (0.8 is 0.8‰), as a (‰) header does.
    const always = meaning.scale === "permille" && (meaning.scaleFrom === "declared" || meaning.scaleFrom === "header");
    if (always || Math.abs(value) > 1) {
      value /= meaning.scale === "permille" ? 1000 : 100;
      notes = [{ kind: "scaled", scale: meaning.scale }];
    }
    scale = meaning.scale;
  }
  const typed = reading.measure ?? (SCALE_UNITS.has(header) ? "" : header);
  const target = meaning && meaning.kind !== "rate" ? meaning.measure : "";
  let measure = reading.measure;
  if (typed && scale === "plain") {
    const c = conversion(typed, target);
    if (!c.ok) return { ok: false, reason: "unitMismatch", token: reading.measure ? String(cell?.v ?? "") : `${String(cell?.v ?? "")}（${typed}）`, from: typed, to: target };
    if (c.converted) {
      const converted = convertMeasure(value, typed, target);
      if (converted.ok) value = converted.value;
      notes = notes === NO_NOTES ? [{ kind: "converted", from: typed, to: c.unit }] : [...notes, { kind: "converted", from: typed, to: c.unit }];
    }
    // 「1.2万」 under a field without a unit is 12000 with no unit left (not 12000 万).
    measure = c.converted ? c.unit : c.unit || measure;
  }
  // One object of one shape per reading (no spread, no delete): this runs for every cell a rule reads.
  const out: FieldNumber = { ok: true, value, scale, notes };
  if (reading.approximate) out.approximate = true;
  if (reading.assumed) out.assumed = reading.assumed;
  if (measure) out.measure = measure;
  return out;
}

/** Readings with nothing to note share one empty list. */
const NO_NOTES: FieldNumberNote[] = [];

/** Header units as compared (half-width, trimmed), remembered: a sheet has few distinct ones, read once per cell. */
const headerUnits = new Map<string, string>();
function normaliseHeaderUnit(unit: string): string {
  const key = toHalfWidth(unit).trim();
  if (headerUnits.size < 1000) headerUnits.set(unit, key);
  return key;
}

/** Whether and into what a unit converts, remembered per pair (the value is converted by convertMeasure when it must be). */
const conversions = new Map<string, { ok: boolean; converted: boolean; unit: string }>();
function conversion(from: string, to: string): { ok: boolean; converted: boolean; unit: string } {
  const key = `${from}\u0000${to}`;
  let c = conversions.get(key);
  if (!c) {
    const r = convertMeasure(1, from, to);
    c = r.ok ? { ok: true, converted: r.converted, unit: r.unit } : { ok: false, converted: false, unit: "" };
    if (conversions.size < 1000) conversions.set(key, c);
  }
  return c;
}
