import type { Assessment } from "../../../core/score/assess.js";
import { explainUnit } from "../../../core/score/scoreUnit.js";
import { COLUMNS as C, METHOD_SUMMARY, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { type SheetSpec, type XlsxRow, type XlsxValue } from "../../xlsx/model.js";
import { itemRateScale } from "../../../core/criteria/fieldMeaning.js";
import { criteriaUseMethods, describeMethods } from "../../../core/methods/subtotals.js";
import { type RunInfo, DETAIL_ROWS_PER_SHEET, percentFormat, perMilleFormat, sheet, looksByFormat, bodyRow } from "../frame.js";

/** 计分明细: one row per unit and item, in parts of at most perSheet rows (Excel's sheet limit). */
export function detailParts(a: Assessment, info: RunInfo): { rows: number; perSheet: number; parts: number } {
  const rows = a.results.length * a.criteria.items.length;
  const perSheet = info.detailRowsPerSheet ?? DETAIL_ROWS_PER_SHEET;
  return { rows, perSheet, parts: Math.max(1, Math.ceil(rows / perSheet)) };
}

export function* detailsSheets(a: Assessment, info: RunInfo, fmt: string): Generator<SheetSpec> {
  const labels: string[] = [C.unit, C.category, C.key, C.level1, C.item, C.rule, C.inputs, C.computation, C.rate, C.score, C.points];
  const widths = [22, 10, 8, 14, 26, 10, 36, 64, 9, 8, 7];
  // Criteria naming methods: each row says which, with each part's share and source.
  const methods = criteriaUseMethods(a.criteria) ? a.criteria.items.map(describeMethods) : undefined;
  if (methods) labels.push(METHOD_SUMMARY.methodColumn), widths.push(30);
  const d = a.criteria.settings.percentDecimals;
  const looks = looksByFormat((rateFmt) => [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, rateFmt, fmt, undefined], labels.length);
  const perMille = a.criteria.items.map((item) => itemRateScale(item, a.criteria.fieldMeanings) === "permille");
  const [percentFmt, perMilleFmt] = [percentFormat(d), perMilleFormat(d)];
  const { perSheet, parts } = detailParts(a, info);
  function* all(): Generator<XlsxRow> {
    for (const r of a.results) {
      const words = explainUnit(r.unit, a.criteria);
      for (let i = 0; i < r.items.length; i++) {
        const s = r.items.get(i);
        const rate = s.rate === undefined ? null : perMille[i] ? s.rate * 1000 : s.rate;
        const values: XlsxValue[] = [r.unit.name, r.unit.category, s.item.key, s.item.level1, s.item.name, s.item.rule.label, words[i].inputs, words[i].explanation, rate, s.points, s.item.points];
        if (methods) values.push(methods[i] || null);
        yield bodyRow(values, looks(perMille[i] ? perMilleFmt : percentFmt), widths);
      }
    }
  }
  const cursor = all();
  // Pull perSheet rows, leaving the shared cursor open for the next part.
  function* take(n: number): Generator<XlsxRow> {
    for (let i = 0; i < n; i++) {
      const next = cursor.next();
      if (next.done) return;
      yield next.value;
    }
  }
  for (let part = 1; part <= parts; part++) {
    // Excel holds 1,048,576 rows a sheet: a province's 计分明细 continues on 计分明细2, 计分明细3 …
    yield sheet(
      {
        name: part === 1 ? SHEETS.details : `${SHEETS.details}${part}`,
        title: `${yearTitle(info.label)}测评计分明细${parts > 1 ? `（第 ${part}/${parts} 部分）` : ""}`,
        subtitle: "每个单位每项指标一行：输入数据、计分规则与计算过程；千分率指标的比率以千分数显示（19.5‰ 记为 19.5）",
        widths,
        header: labels,
        autoFilter: true,
      },
      take(perSheet),
      // 单位名称, 类别, 编号, 一级指标, 测评内容, 计分方式 repeat on every unit's or item's rows.
      [0, 1, 2, 3, 4, 5],
    );
  }
}

