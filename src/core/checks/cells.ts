import type { CriteriaItem, FieldValue, UnitRow } from "../model.js";
import { DiscardingIssueLog, type IssueLocation } from "../issues.js";
import type { FieldReader, Quantity } from "../rules/types.js";
import { fieldReader } from "../score/fieldReader.js";
import { parseNumber } from "../values/parseNumber.js";

/** The issues of reading a cell were logged when the unit was scored: a check reads quietly. */
const QUIET = new DiscardingIssueLog();

/**
 * A unit's values as the rules read them (the same FieldReader), without
 * logging again what scoring already logged.
 */
export function quietReader(unit: UnitRow): (item: CriteriaItem) => FieldReader {
  return fieldReader(unit, QUIET);
}

/**
 * A value read the way FieldReader.quantity reads it, for fields no item
 * reads (named only by 校验规则) and for last year's rows.
 * @example readQuantity({ cell: { v: 97, fmt: "0%" }, unit: "" }) // => { value: 97, scale: "percent" }
 */
export function readQuantity(v: FieldValue | undefined): Quantity | undefined {
  if (!v) return undefined;
  const r = parseNumber(v.cell, v.unit);
  return r.ok ? { value: r.value, scale: r.scale } : undefined;
}

/**
 * A cell's address as a message names it: D7 on the first cell's sheet,
 * 评委打分!C3 on another, the file too when it is another file.
 * @example placeOf({ cell: undefined, unit: "", source: { file: "a.xlsx", sheet: "申报数据", cell: "D7" } }, { file: "a.xlsx", sheet: "申报数据" }) // => "D7"
 */
export function placeOf(v: FieldValue | undefined, primary: { file?: string; sheet?: string }): string {
  const s = v?.source;
  if (!s) return "";
  if (!s.cell) return s.sheet;
  if (s.file !== primary.file) return `${s.file} ${s.sheet}!${s.cell}`;
  return s.sheet === primary.sheet ? s.cell : `${s.sheet}!${s.cell}`;
}

/**
 * Where a finding about several cells is listed: the first cell's file and
 * sheet, and every cell involved in the 单元格 column (D7、E7).
 */
export function cellsOf(values: (FieldValue | undefined)[], unit: UnitRow): IssueLocation {
  const first = values.find((v) => v?.source?.cell)?.source ?? unit.source;
  const primary = { file: first.file, sheet: first.sheet };
  const cells = [...new Set(values.map((v) => placeOf(v, primary)).filter(Boolean))];
  return { file: first.file, sheet: first.sheet, cell: cells.join("、"), unit: unit.name };
}
