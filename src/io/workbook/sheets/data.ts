import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, FORMULA_SHEETS, FORMULAS } from "../../../core/i18n/labels.js";
import type { SheetSpec, XlsxValue } from "../../xlsx/model.js";
import { type RunInfo, tableSheet } from "../frame.js";
import { dataFields, recordReads } from "../../../core/formulas/recordReads.js";

/**
 * 数据 (--formulas): the cleaned input values kaoping scored, one row per
 * unit in publication order (the rows 分项得分's formulas reference), one
 * column per 数据项 (and the 上年 columns 同比 items read). A value no rule
 * could read stays blank.
 */
export function dataSheet(a: Assessment, _info: RunInfo): SheetSpec {
  const fields = dataFields(a.criteria);
  function* rows(): Generator<XlsxValue[]> {
    for (const r of a.results) {
      const { values } = recordReads(r.unit, a.criteria);
      yield [r.unit.name, r.unit.category, ...fields.map((f) => values.get(f)?.value ?? null)];
    }
  }
  return tableSheet(
    { name: FORMULA_SHEETS.data, title: FORMULAS.dataTitle, subtitle: FORMULAS.dataSubtitle, labels: [C.unit, C.category, ...fields], widths: [24, 10, ...fields.map((f) => Math.min(Math.max(8, f.length * 2 + 2), 24))], frozenCols: 1 },
    [],
    rows(),
  );
}
