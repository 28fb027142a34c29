import type { Assessment } from "../score/assess.js";
import { mean } from "../math/mean.js";
import { roundExcel } from "../math/roundExcel.js";
import { REVIEW, REVIEW_LABELS, severityLabels, yearTitle } from "../i18n/labels.js";
import { formatMessage } from "../i18n/messages.js";
import { robustnessSentence } from "./robustnessSentence.js";
import type { ReviewResult, UnitResult } from "../model.js";
import type { ReviewSummary } from "../outcomes/applyReview.js";
import { ALL_UNITS } from "../compare/compareYears.js";
import { NOTICE } from "../i18n/labels.js";
import { fixed, fixedPercent, reportChange } from "./reportNumbers.js";
import { meaningfulChanges } from "./explainMoves.js";
import { resolveNotice, vetoSentence, type ReportNotice } from "./notice.js";
import { writtenDate } from "../values/writtenDate.js";
import { questionnaireOverview } from "../questionnaires/overview.js";
import type { QuestionnaireSummary } from "../questionnaires/types.js";
import { historySentence } from "./historySentence.js";

/**
 * The 通报 as plain content: headings, paragraphs and tables in order. The
 * Word and HTML writers only lay it out, so both say the same thing.
 */
export type ReportBlock =
  /** level 1 一、(黑体), 2 （一）(楷体), 3 1.(仿宋 bold); 1 when absent. */
  | { kind: "heading"; text: string; level?: 1 | 2 | 3 }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption?: string; headers: string[]; rows: (string | number)[][]; widths?: number[] }
  | { kind: "chart"; chartId: string; caption: string }
  | { kind: "pageBreak" };

/** A long table or list moved out of the text (GB/T 9704 附件), referred to as 附件n in the text. */
export interface ReportAttachment {
  /** 附件1, 附件2 … in order of first reference. */
  label: string;
  title: string;
  blocks: ReportBlock[];
}

export interface ReportModel {
  title: string;
  issuer: string;
  /** The 正文. */
  blocks: ReportBlock[];
  /** After the 落款, each on its own page. */
  attachments: ReportAttachment[];
  /** 发文机关, 发文字号, 主送机关, 称号, 落款, 成文日期, 抄送. */
  notice: ReportNotice;
  /** The figures the summary states, for checking against the workbook. */
  figures: { units: number; vetoed: number; grades: Record<string, number>; mean?: number; meanChange?: number };
}

/** Tables longer than this go to an 附件 (a 公文's text stays readable; the table keeps whole pages). */
export const LONG_TABLE_ROWS = 20;
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Charts the report shows, by spec id, with their captions. */
export const REPORT_CHARTS: [string, string][] = [
  ["ranking", "总分排名"],
  ["categoryMeans", "各类别平均分"],
  ["categoryGrades", "各类别等级分布"],
  ["groupRates", "一级指标得分率"],
  ["distribution", "总分分布"],
  ["change", "总分同比变化"],
  ["historyTrend", "各类别历年平均分"],
  ["rankPaths", "前列单位的历年名次"],
];

export interface ReportOptions {
  /** The run date: 成文日期 when the criteria set none. */
  today?: Date;
}

export function buildReport(a: Assessment, label: string, availableCharts: Set<string>, options: ReportOptions = {}): ReportModel {
  const notice = resolveNotice(a.criteria, label, options.today ?? new Date());
  const settings = a.criteria.settings;
  // Totals and averages at 小数位数, trailing zeros kept (94.60), so every score of the 通报 reads alike.
  const n2 = (x: number) => fixed(x, settings.decimals);
  const attachments: ReportAttachment[] = [];
  const attach = (title: string, content: ReportBlock[]) => {
    const label = NOTICE.attachment(attachments.length + 1);
    attachments.push({ label, title, blocks: content });
    return attachments.length;
  };
  let tables = 0;
  const eligible = a.results.filter((r) => !r.vetoes.length);
  const vetoed = a.results.filter((r) => r.vetoes.length);
  const grades: Record<string, number> = {};
  for (const g of a.criteria.grades) grades[g.name] = eligible.filter((r) => r.grade === g.name).length;
  const avg = eligible.length ? roundExcel(mean(eligible.map((r) => r.total)), 2) : undefined;
  const c = a.comparison;
  const previousAll = c?.summary.find((s) => s.label.startsWith("平均分") && s.group === ALL_UNITS);
  // With items last year cannot score, both averages are on the comparable items (the summary's current is then).
  const partial = Boolean(c?.notComparable.length);
  const comparedMean = partial ? previousAll?.current : avg;
  const meanChange = comparedMean !== undefined && previousAll?.previous !== undefined ? roundExcel(roundExcel(comparedMean, 2) - roundExcel(previousAll.previous, 2), 2) : undefined;

  const blocks: ReportBlock[] = [];
  let section = 0;
  const heading = (text: string) => blocks.push({ kind: "heading", text: `${NUMERALS[section++]}、${text}` });

  heading("总体情况");
  const gradeText = a.criteria.grades.map((g) => `${g.name} ${grades[g.name]} 个`).join("、");
  let summary = `本年度共 ${a.results.length} 个单位参评，其中${gradeText}`;
  summary += vetoed.length ? `，一票否决 ${vetoed.length} 个。` : "，无一票否决单位。";
  if (avg !== undefined) {
    summary += `参评单位平均分 ${n2(avg)} 分（不含一票否决单位）`;
    if (meanChange !== undefined) summary += `${partial ? "，按可比指标" : ""}${meanChange === 0 ? "，与上年持平" : `，比上年${meanChange > 0 ? "提高" : "降低"} ${n2(Math.abs(meanChange))} 分`}`;
    const top = eligible[0];
    summary += `；最高分 ${n2(top.total)} 分（${top.unit.name}），最低分 ${n2(eligible[eligible.length - 1].total)} 分。`;
  }
  blocks.push({ kind: "paragraph", text: summary });
  const categoryLines = a.categories.map((cat) => {
    const members = eligible.filter((r) => r.unit.category === cat);
    return members.length
      ? `${cat} ${a.results.filter((r) => r.unit.category === cat).length} 个单位，平均分 ${n2(mean(members.map((r) => r.total)))} 分，第一名为${members[0].unit.name}（${n2(members[0].total)} 分）`
      : `${cat} 无有效名次`;
  });
  blocks.push({ kind: "paragraph", text: `分类别看：${categoryLines.join("；")}。` });
  if (a.questionnaires) blocks.push({ kind: "paragraph", text: questionnaireSentence(a.questionnaires, a.criteria.settings.percentDecimals) });

  heading("测评结果");
  blocks.push({ kind: "paragraph", text: `按“${a.criteria.settings.groupField}”分类排名如下（名次为类别内名次，总分保留 ${a.criteria.settings.decimals} 位小数${vetoed.length ? "，一票否决单位不列入" : ""}）。` });
  blocks.push(...categoryTables(a, eligible, n2, () => ++tables, attach));
  if (a.robustness) blocks.push({ kind: "paragraph", text: robustnessSentence(a.robustness) });

  const o = a.outcomes;
  if (o && (o.quotas.length || o.gated || o.counted || o.review?.titled)) {
    heading("评定结果");
    for (const q of o.quotas) {
      if (q.notApplied) {
        blocks.push({ kind: "paragraph", text: `“${q.rule.condition!.text}”（${q.rule.outcome}）需要历年数据，本次未执行。` });
        continue;
      }
      const names = q.selected.map((r) => r.unit.name).join("、") || "无";
      blocks.push({ kind: "paragraph", text: `${q.scope}${q.rule.kind === "recommend" ? "" : "末位"}${q.rule.outcome}名额 ${q.places} 个，${q.rule.outcome}：${names}。` });
    }
    const gated = a.results.filter((r) => r.scoreGrade !== undefined);
    if (gated.length) blocks.push({ kind: "paragraph", text: `以下 ${gated.length} 个单位总分达到更高等级，但未达到该等级的其他条件，按条件评定：${gated.map((r) => `${r.unit.name}（${r.outcome?.reasons.join("；")}）`).join("；")}。` });
    if (o.review?.titled) blocks.push({ kind: "paragraph", text: reviewParagraph(a.results, o.review) });
    const warned = a.results.filter((r) => r.negative?.cases.some((c) => c.counted));
    if (warned.length) blocks.push({ kind: "paragraph", text: `负面清单：${warned.map((r) => `${r.unit.name}（${r.negative!.cases.filter((c) => c.counted).map((c) => `${c.entry}，${writtenDate(c.date)}，${c.note}`).join("；")}）`).join("；")}。` });
  }

  heading("一票否决单位");
  blocks.push(vetoParagraph(vetoed));

  heading("进步与退步");
  if (c) {
    const moved = c.units.filter((u) => u.totalChange !== undefined && !u.result.vetoes.length);
    const up = [...moved].filter((u) => u.totalChange! > 0).sort((x, y) => y.totalChange! - x.totalChange!).slice(0, 3);
    const down = [...moved].filter((u) => u.totalChange! < 0).sort((x, y) => x.totalChange! - y.totalChange!).slice(0, 3);
    // The total, then the two largest changes judged the same way (a unit that went down by what got worse):
    // the full list is in 同比分析. With none, the total stands alone.
    const line = (u: (typeof moved)[number], verdict: "改善" | "退步") =>
      `${u.result.unit.name}（${[u.changes[0], ...meaningfulChanges(u, verdict, a.criteria, 2)].map((ch) => reportChange(ch, settings)).join("；")}）`;
    blocks.push({ kind: "paragraph", text: `与 ${c.label} 年相比，进步较大的单位：${up.length ? up.map((u) => line(u, "改善")).join("；") : "无"}。` });
    blocks.push({ kind: "paragraph", text: `退步较大的单位：${down.length ? down.map((u) => line(u, "退步")).join("；") : "无"}。` });
    const fresh = c.units.filter((u) => u.status === "new").map((u) => u.result.unit.name);
    if (fresh.length || c.absent.length) {
      blocks.push({ kind: "paragraph", text: `本年新参评：${fresh.join("、") || "无"}；上年参评本年未参评：${c.absent.map((u) => u.name).join("、") || "无"}。` });
    }
  } else blocks.push({ kind: "paragraph", text: "未提供上年数据，本通报不含同比内容。" });
  // With earlier years: 连续 N 年 at the top grade and 末位 running, as the 历年对比 sheet counts them.
  const history = a.history && historySentence(a.history, a.results.map((r) => r.unit.name));
  if (history) blocks.push({ kind: "paragraph", text: history });

  const charts = REPORT_CHARTS.filter(([id]) => availableCharts.has(id));
  if (charts.length) {
    heading("图表");
    charts.forEach(([id, caption], k) => blocks.push({ kind: "chart", chartId: id, caption: NOTICE.chartCaption(k + 1, caption) }));
  }

  const open = a.issues.filter((i) => i.severity === "error").concat(a.issues.filter((i) => i.severity === "warning"));
  const issueBlocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: open.length ? `共 ${open.length} 条（错误和警告；提示类问题见结果工作簿“问题清单”），请相关单位核实：` : "无未解决的错误或警告。",
    },
  ];
  if (open.length) {
    issueBlocks.push({
      kind: "table",
      headers: ["序号", "级别", "位置", "单位", "说明"],
      widths: [8, 9, 27, 18, 38],
      rows: open.map((i, k) => [k + 1, severityLabels[i.severity], [i.file, i.sheet && i.cell ? `${i.sheet}!${i.cell}` : i.sheet].filter(Boolean).join(" "), i.unit ?? "", i.message]),
    });
    blocks.push({ kind: "paragraph", text: NOTICE.issuesSentence(open.length, attach(NOTICE.issuesAttachment, issueBlocks)) });
  } else attach(NOTICE.issuesAttachment, issueBlocks);
  blocks.push({ kind: "paragraph", text: NOTICE.closing });

  return {
    title: NOTICE.title(yearTitle(label), notice.honour),
    issuer: "（草稿，供审核）",
    blocks,
    attachments,
    notice,
    figures: { units: a.results.length, vetoed: vetoed.length, grades, mean: avg, meanChange },
  };
}

/**
 * The survey in one sentence, when raw questionnaires were given: read,
 * valid, excluded by reason (the reasons that occurred), and 满意度 over
 * every unit and question = Σ(满意 + 基本满意) / Σ有效回答, at 百分比小数位数.
 */
export function questionnaireSentence(summary: QuestionnaireSummary, percentDecimals: number): string {
  const o = questionnaireOverview(summary);
  const reasons = (
    [
      ["reportQuestionnaireUnknownUnit", o.excluded.unknownUnit],
      ["reportQuestionnaireBlank", o.excluded.blank],
      ["reportQuestionnaireDuplicate", o.excluded.duplicate],
      ["reportQuestionnaireIdentical", o.excluded.identical],
    ] as const
  ).filter(([, count]) => count > 0);
  const count = reasons.reduce((a, [, n]) => a + n, 0);
  const excluded = count ? formatMessage("reportQuestionnairesExcluded", { count, reasons: reasons.map(([id, n]) => formatMessage(id, { count: n })).join("、") }) : "";
  return formatMessage("reportQuestionnaires", {
    total: o.total,
    valid: o.valid,
    excluded,
    rate: o.rate === undefined ? formatMessage("reportQuestionnairesNoRate") : fixedPercent(o.rate, percentDecimals),
    satisfied: o.satisfied,
    basic: o.basic,
    answers: o.answers,
    unknown: formatMessage(summary.settings.unknownIsValid ? "reportQuestionnaireUnknownIn" : "reportQuestionnaireUnknownOut"),
  });
}

/**
 * The 通报's 复查 paragraph: the counts, then the units warned, withdrawn
 * and named 递补 with their reasons, and any rule not applied.
 */
function reviewParagraph(results: readonly UnitResult[], review: ReviewSummary): string {
  const named = (result: ReviewResult) => results.filter((r) => r.review?.result === result);
  const causes = (r: UnitResult) => (r.review!.causes ?? []).join("；");
  const parts = [formatMessage("reportReviewIntro", { titled: review.titled, counts: REVIEW.counts(review.counts) })];
  const warned = named("warn");
  if (warned.length) parts.push(formatMessage("reportReviewWarned", { units: warned.map((r) => `${r.unit.name}（${causes(r)}）`).join("、") }));
  const withdrawn = named("withdraw").map((r) => {
    const { title, replacement } = r.review!;
    const replaced = replacement
      ? formatMessage("reportReviewReplaced", { category: r.unit.category, place: replacement.categoryPlace, replacement: replacement.unit, grade: replacement.grade })
      : r.review!.unreplaced
        ? formatMessage("reportReviewNoReplacement", { category: r.unit.category })
        : "";
    return formatMessage("reportReviewWithdrawn", { unit: r.unit.name, causes: causes(r), title }) + replaced;
  });
  if (withdrawn.length) parts.push(withdrawn.join("；"));
  if (review.notApplied.length) parts.push(formatMessage("reportReviewNotApplied", { rules: review.notApplied.map((r) => `“${r.condition.text}”`).join("、") }));
  return `${parts.join("。")}。`;
}

/**
 * One table per category of the units that were ranked (a vetoed unit is never
 * listed as if ranked: the 一票否决 section names it), each under its own
 * （一） heading with a numbered caption; a category longer than
 * LONG_TABLE_ROWS goes to an 附件 and the text says where.
 */
function categoryTables(
  a: Assessment,
  eligible: readonly UnitResult[],
  score: (x: number) => string,
  nextTable: () => number,
  attach: (title: string, blocks: ReportBlock[]) => number,
): ReportBlock[] {
  const out: ReportBlock[] = [];
  a.categories.forEach((cat, k) => {
    const members = eligible.filter((r) => r.unit.category === cat);
    out.push({ kind: "heading", level: 2, text: `（${NUMERALS[k] ?? k + 1}）${cat}` });
    if (!members.length) {
      out.push({ kind: "paragraph", text: `${cat}无参与排名的单位。` });
      return;
    }
    const table = (caption?: string): ReportBlock => ({
      kind: "table",
      ...(caption ? { caption } : {}),
      headers: ["名次", "单位名称", "总分", "等级"],
      widths: [14, 50, 18, 18],
      rows: members.map((r) => [r.categoryRank ?? "", r.unit.name, score(r.total), r.grade]),
    });
    if (members.length > LONG_TABLE_ROWS) {
      const n = attach(NOTICE.categoryAttachment(cat), [table()]);
      out.push({ kind: "paragraph", text: formatMessage("reportLongTable", { category: cat, units: members.length, n }) });
    } else out.push(table(NOTICE.tableCaption(nextTable(), NOTICE.categoryTable(cat, members.length))));
  });
  return out;
}

/** The vetoed units, each with its reason in words and what follows (取消本年度评选资格). */
function vetoParagraph(vetoed: readonly UnitResult[]): ReportBlock {
  if (!vetoed.length) return { kind: "paragraph", text: formatMessage("reportVetoNone") };
  return { kind: "paragraph", text: formatMessage("reportVetoIntro", { count: vetoed.length, sentences: vetoed.map(vetoSentence).join("；") }) };
}
