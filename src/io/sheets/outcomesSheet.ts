import type { Assessment } from "../../core/score/assess.js";
import { COLUMNS as C, SHEETS, VETO_LABEL, yearTitle } from "../../core/i18n/labels.js";
import type { SheetSpec, XlsxValue } from "../xlsx/model.js";
import { tableSheet, type RunInfo } from "../writeResultWorkbook.js";

/**
 * 评定结果: what the gates, the 评定规则 and the 负面清单 decided for each
 * unit, with the reasons, in the order of 总排名; then every 负面事项 case
 * with whether it counted. Written only when the criteria have such rules.
 */
export function outcomesSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const labels = [C.rank, C.unit, C.category, C.total, C.negative, C.scoreGrade, C.grade, C.outcome, C.outcomeReasons];
  const rows: XlsxValue[][] = a.results.map((r) => {
    const vetoed = r.vetoes.length > 0;
    // A barring 负面清单 case is both a veto and an outcome reason: said once.
    const reasons = [...new Set([...r.vetoes.map((v) => `${v.reason}：${v.outcome}`), ...(r.outcome?.reasons ?? [])])];
    return [vetoed ? VETO_LABEL : (r.rank ?? null), r.unit.name, r.unit.category, r.total, r.negative?.points ?? 0, vetoed ? VETO_LABEL : (r.scoreGrade ?? r.grade), vetoed ? VETO_LABEL : r.grade, r.outcome?.result || (vetoed ? r.vetoes[0].outcome : null), reasons.join("；") || null];
  });
  const cases = a.results.flatMap((r) => (r.negative?.cases ?? []).map((c) => [null, r.unit.name, c.entry, c.date, c.counted ? "计入" : "不计入", c.points, null, c.consequence ?? null, c.note] as XlsxValue[]));
  if (cases.length) rows.push([], [null, "负面事项", "事项", "发生日期", "是否计入", "扣分", null, "后果", "说明"], ...cases);
  const o = a.outcomes!;
  const subtitle = [o.assessmentDate ? `测评截止日期 ${o.assessmentDate}` : "", `按门槛降等 ${o.gated} 个`, `负面事项 ${o.cases} 件（计入 ${o.counted} 件）`, ...o.quotas.map((q) => `${q.scope}${q.rule.kind === "recommend" ? "" : "末位"}“${q.rule.outcome}” ${q.selected.length} 个（名额 ${q.places}）`)].filter(Boolean).join("　");
  return tableSheet(
    { name: SHEETS.outcomes, title: `${yearTitle(info.label)}测评评定结果`, subtitle, labels, widths: [8, 26, 12, 9, 11, 12, 8, 16, 70] },
    [undefined, undefined, undefined, fmt, fmt],
    rows,
  );
}
