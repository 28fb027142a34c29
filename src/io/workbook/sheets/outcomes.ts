import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, REVIEW, REVIEW_LABELS, SHEETS, VETO_LABEL, yearTitle } from "../../../core/i18n/labels.js";
import type { SheetSpec, XlsxValue } from "../../xlsx/model.js";
import type { UnitResult } from "../../../core/model.js";
import type { QuotaOutcome } from "../../../core/outcomes/applyQuotas.js";
import { tableSheet, type RunInfo } from "../frame.js";

/**
 * 评定结果: what the gates, the 评定规则 and the 负面清单 decided for each
 * unit, with the reasons, in the order of 总排名; then every 负面事项 case
 * with whether it counted. Written only when the criteria have such rules.
 */
export function outcomesSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  // The 复查 columns only when some unit holds a title (or is named 递补).
  const reviewed = a.results.some((r) => r.review);
  const labels = [C.rank, C.unit, C.category, C.total, C.negative, C.scoreGrade, C.grade, C.outcome, C.outcomeReasons, ...(reviewed ? [REVIEW.title, REVIEW.result, REVIEW.reasons] : [])];
  const rows: XlsxValue[][] = a.results.map((r) => {
    const vetoed = r.vetoes.length > 0;
    // A barring 负面清单 case is both a veto and an outcome reason: said once.
    const reasons = [...new Set([...r.vetoes.map((v) => `${v.reason}：${v.outcome}`), ...(r.outcome?.reasons ?? [])])];
    const review = reviewed ? [reviewTitle(r.review), r.review ? REVIEW_LABELS[r.review.result] : null, r.review?.reasons.join("；") ?? null] : [];
    return [vetoed ? VETO_LABEL : (r.rank ?? null), r.unit.name, r.unit.category, r.total, r.negative?.points ?? 0, vetoed ? VETO_LABEL : (r.scoreGrade ?? r.grade), vetoed ? VETO_LABEL : r.grade, r.outcome?.result || (vetoed ? r.vetoes[0].outcome : null), reasons.join("；") || null, ...review];
  });
  const cases = a.results.flatMap((r) => (r.negative?.cases ?? []).map((c) => [null, r.unit.name, c.entry, c.date, c.counted ? "计入" : "不计入", c.points, null, c.consequence ?? null, c.note] as XlsxValue[]));
  if (cases.length) rows.push([], [null, "负面事项", "事项", "发生日期", "是否计入", "扣分", null, "后果", "说明"], ...cases);
  const o = a.outcomes!;
  const subtitle = [o.assessmentDate ? `测评截止日期 ${o.assessmentDate}` : "", `按门槛降等 ${o.gated} 个`, `负面事项 ${o.cases} 件（计入 ${o.counted} 件）`, ...o.quotas.map((q) => (q.notApplied ? `“${q.rule.condition!.text}”未执行（需要历年数据）` : `${q.scope}${q.rule.kind === "recommend" ? "" : "末位"}“${q.rule.outcome}” ${q.selected.length} 个（名额 ${q.places}）`)), o.review ? `复查：${REVIEW.counts(o.review.counts)}` : ""].filter(Boolean).join("　");
  return tableSheet(
    { name: SHEETS.outcomes, title: `${yearTitle(info.label)}测评评定结果`, subtitle, labels, widths: [8, 26, 12, 11, 11, 12, 8, 16, 70, ...(reviewed ? [16, 16, 70] : [])] },
    [undefined, undefined, undefined, fmt, fmt],
    rows,
  );
}

/** 已命名称号 as the 复查 read it: 「市级文明单位（2024 年命名）」; a 递补 is named to it, so it holds none yet. */
export function reviewTitle(review: UnitResult["review"]): string | null {
  if (!review || review.result === "replace") return null;
  return review.titleYear !== undefined ? `${review.title}（${review.titleYear} 年命名）` : review.title;
}

/** The 说明 row of a 评定规则 line with a 条件 (连续三年优秀 → 推荐省级): what it selected, or that it could not be applied. */
export function quotaConditionAbout(q: QuotaOutcome): XlsxValue[] {
  const rule = q.rule;
  const label = `评定规则“${rule.condition!.text}”`;
  if (q.notApplied) return [label, `${rule.outcome}：未执行——该条件需要历年数据，本次没有 --history（见问题清单）`];
  const places = "all" in rule.places ? "符合条件的全部入选" : `名额 ${q.places} 个`;
  return [label, `${q.scope}：${places}（符合条件 ${q.candidates} 个${rule.minGrade ? `，须达到“${rule.minGrade}”` : ""}），“${rule.outcome}” ${q.selected.length} 个`];
}

/** The 说明 rows of the 复查: each rule as read, the ones not applied, and the counts. */
export function reviewAboutRows(a: Assessment): XlsxValue[][] {
  const review = a.outcomes?.review;
  if (!review) return [];
  const top = a.criteria.grades[0]?.name ?? "";
  const rows: XlsxValue[][] = review.rules.map((rule) => {
    const replace = rule.replace ? `，撤一补一（递补须未命名称号、未被否决、等级达到“${rule.replaceGrade ?? top}”，按类别名次依次递补）` : "";
    const scope = rule.title ? `（仅“${rule.title}”）` : "";
    const skipped = review.notApplied.includes(rule) ? "；未执行：需要历年数据，本次没有 --history" : "";
    return [REVIEW.about, `${rule.condition.text}${scope} → ${REVIEW_LABELS[rule.result]}${replace}${skipped}`];
  });
  rows.push([REVIEW.result, `已命名单位 ${review.titled} 个：${REVIEW.counts(review.counts)}；多条规则同时符合时取最重的结论（撤销 > 警告 > 保留），理由全部列出；未命名单位除递补外不作复查`]);
  return rows;
}
