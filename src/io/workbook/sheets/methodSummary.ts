import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, METHOD_SUMMARY as M, VETO_LABEL, yearTitle } from "../../../core/i18n/labels.js";
import { methodColumns, methodSubtotals } from "../../../core/methods/subtotals.js";
import { style, type Merge, type SheetSpec, type XlsxRow, type XlsxValue } from "../../xlsx/model.js";
import { bodyRow, bodyStyles, sheet, type RunInfo } from "../frame.js";

const SIGNATURE = style({ size: 11, vertical: "middle" });

/**
 * 测评汇总表, the table an office signs: per unit in 总排名 order, each
 * method's part of 基本分 (columns in the registry's order, headed with
 * the points the method carries), 基本分, 特色/加分 and 总分 exactly as in
 * 总排名, then a 签字 line.
 */
export function methodSummarySheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const columns = methodColumns(a.criteria);
  // With a 负面清单, 总分 = 基本分 + 特色/加分 − 负面清单扣分: the deduction is a column, so the row adds up as signed.
  const negative = a.criteria.negativeList.length > 0;
  const labels = [C.rank, C.unit, C.category, ...columns.map((c) => M.withPoints(c.method?.label ?? M.noMethod, c.points)), C.basic, M.bonus, ...(negative ? [C.negative] : []), C.total, C.grade];
  const widths = [8, 26, 12, ...columns.map(() => 14), 9, 10, ...(negative ? [11] : []), 9, 8];
  const formats = [undefined, undefined, undefined, ...columns.map(() => fmt), fmt, fmt, ...(negative ? [fmt] : []), fmt, undefined];
  const looks = bodyStyles(formats, labels.length);
  // Title, subtitle, header, the units, a blank row, then the 签字 line across the table.
  const signatureRow = 3 + a.results.length + 2;
  const merges: Merge[] = [{ top: signatureRow, left: 1, bottom: signatureRow, right: labels.length }];
  function* body(): Generator<XlsxRow | null> {
    for (const r of a.results) {
      const vetoed = r.vetoes.length > 0;
      const values: XlsxValue[] = [vetoed ? VETO_LABEL : (r.rank ?? null), r.unit.name, r.unit.category, ...methodSubtotals(r, a.criteria, columns), r.basic, r.bonus, ...(negative ? [r.negative?.points ?? 0] : []), r.total, vetoed ? VETO_LABEL : r.grade];
      yield bodyRow(values, looks, widths);
    }
    yield null;
    yield { values: [M.signature], style: SIGNATURE, height: 30 };
  }
  return sheet(
    {
      name: M.sheet,
      title: `${yearTitle(info.label)}${M.title}`,
      subtitle: M.subtitle,
      widths,
      header: labels,
      merges,
      orientation: "landscape",
    },
    body(),
  );
}
