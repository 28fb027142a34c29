import type { Criteria, CriteriaItem, FieldMeaning, FieldValue, UnitRow } from "../model.js";
import { DiscardingIssueLog, type IssueLocation } from "../issues.js";
import type { FieldReader, Quantity } from "../rules/types.js";
import { fieldReader } from "../score/fieldReader.js";
import { readFieldNumber } from "../values/readFieldNumber.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/** The issues of reading a cell were logged when the unit was scored: a check reads quietly. */
const QUIET = new DiscardingIssueLog();

/**
 * A unit's values as the rules read them (the same FieldReader), without
 * logging again what scoring already logged.
 */
export function quietReader(unit: UnitRow, criteria: Criteria): (item: CriteriaItem) => FieldReader {
  return fieldReader(unit, QUIET, criteria.fieldMeanings, criteria.settings.percentDecimals);
}

/**
 * A value read the way FieldReader.quantity reads it — as its field means
 * it (179000万元 in a 亿元 field is 17.9; 96 in a declared rate is 96%) —
 * for fields no item reads (named only by 校验规则), for 合计 rows and for
 * last year's rows. Checks compare what the rules score, never the cells as typed.
 * @example readQuantity({ cell: { v: 97, fmt: "0%" }, unit: "" }) // => { value: 97, scale: "percent" }
 */
export function readQuantity(v: FieldValue | undefined, meaning?: FieldMeaning): Quantity | undefined {
  if (!v) return undefined;
  const r = readFieldNumber(v.cell, v.unit, meaning);
  return r.ok ? { value: r.value, scale: r.scale } : undefined;
}

/** The meaning of a field, or of X for its 上年X column. */
export function meaningOf(criteria: Criteria, field: string): FieldMeaning | undefined {
  return criteria.fieldMeanings.get(field) ?? (field.startsWith(PREVIOUS_PREFIX) ? criteria.fieldMeanings.get(field.slice(PREVIOUS_PREFIX.length)) : undefined);
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
