import type { Grade, ReviewRule } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { SheetGrid } from "../table/grid.js";
import { parseBoolean } from "../values/parseBoolean.js";
import { nameKey } from "../values/normaliseText.js";
import { ruleRows } from "./table.js";
import { REVIEW_RULE_WORDS } from "./parseQuotas.js";
import { conditionExamples, readCondition } from "./conditions/registry.js";

export const REVIEW_SHEET_NAMES = ["复查规则", "复查", "称号复查", "复查办法", "动态管理"];

export const REVIEW_COLUMNS = {
  condition: ["条件", "复查条件", "情形", "触发条件"],
  result: ["复查结论", "结论", "处理", "处理结果", "结果", "评定结果"],
  replace: ["撤一补一", "递补"],
  replaceGrade: ["递补等级要求", "递补条件", "补入等级要求", "递补须达到"],
  title: ["适用称号", "称号"],
};

/** The 评定规则 sheet's columns when it holds 复查 rows (规则 = 复查). */
const QUOTA_SHEET_REVIEW_COLUMNS = { rule: ["规则", "规则类型", "类型", "事项"], ...REVIEW_COLUMNS };

/**
 * 复查结论 words → the conclusion; 「撤销（撤一补一）」 also asks for a replacement.
 * @example reviewResult("警告（限期整改）") // => { result: "warn", replace: false }
 * @example reviewResult("撤销称号，撤一补一") // => { result: "withdraw", replace: true }
 */
export function reviewResult(text: string): { result: ReviewRule["result"]; replace: boolean } | undefined {
  const t = text.replace(/\s+/g, "");
  const replace = /撤一补一/.test(t);
  const word = t.replace(/[（(，,；;、]?撤一补一[）)]?/, "");
  if (/^(?:撤销|撤消|摘牌|取消)(?:称号|命名|资格)?$/.test(word)) return { result: "withdraw", replace };
  if (/^(?:警告|黄牌警告|限期整改|警告[（(]限期整改[）)]|通报警告)$/.test(word)) return { result: "warn", replace };
  if (/^(?:保留|保留称号|继续保留)$/.test(word)) return { result: "keep", replace };
  return undefined;
}

/**
 * The 复查 rules: every row of a 复查 sheet, and the rows of 评定规则 whose
 * 规则 is 复查. Each row is a condition (the kinds of conditions/registry)
 * and a conclusion (保留, 警告（限期整改）, 撤销), perhaps with 撤一补一 and
 * the grade a replacement must reach, perhaps for one 称号 only. What
 * cannot be read is an error at its cell; the row is left out.
 */
export function parseReviewRules(reviewSheet: SheetGrid | undefined, quotaSheet: SheetGrid | undefined, grades: readonly Grade[], file: string, issues: IssueLog): ReviewRule[] {
  const out: ReviewRule[] = [];
  if (reviewSheet) {
    const table = ruleRows(reviewSheet, REVIEW_COLUMNS, "condition");
    if (!table) issues.error("reviewNoHeader", { sheet: reviewSheet.name }, { file, sheet: reviewSheet.name, cell: "A1" });
    else for (const row of table.rows) readRow(row, reviewSheet.name);
  }
  if (quotaSheet) {
    const table = ruleRows(quotaSheet, QUOTA_SHEET_REVIEW_COLUMNS, "rule");
    for (const row of table?.rows ?? []) if (REVIEW_RULE_WORDS.some((w) => nameKey(w) === nameKey(row.text("rule")))) readRow(row, quotaSheet.name);
  }
  return out;

  function readRow(row: NonNullable<ReturnType<typeof ruleRows>>["rows"][number], sheet: string): void {
    const where = (role: string) => ({ file, sheet, cell: row.at(role) });
    const text = row.text("condition");
    if (!text || /^(?:注|说明|备注)[:：]/.test(text)) {
      if (!text && row.text("result")) issues.error("reviewNoCondition", {}, where("condition"));
      return;
    }
    const condition = readCondition(text, grades);
    if (!condition) {
      issues.error("reviewBadCondition", { value: text, known: conditionExamples() }, where("condition"));
      return;
    }
    const read = reviewResult(row.text("result"));
    if (!read) {
      issues.error("reviewBadResult", { value: row.text("result") }, where("result"));
      return;
    }
    let replace = read.replace;
    const replaceText = row.text("replace");
    if (replaceText) {
      const b = parseBoolean({ v: replaceText });
      if (!b.ok) issues.error("reviewBadReplace", { value: replaceText }, where("replace"));
      else replace = b.value;
    }
    if (replace && read.result !== "withdraw") {
      issues.warning("reviewReplaceNotWithdraw", { condition: text }, where("replace"));
      replace = false;
    }
    const replaceGrade = row.text("replaceGrade") || undefined;
    if (replaceGrade && !grades.some((g) => g.name === replaceGrade)) {
      issues.error("reviewUnknownGrade", { value: replaceGrade, known: grades.map((g) => g.name).join("、") }, where("replaceGrade"));
      return;
    }
    const title = row.text("title");
    out.push({ condition, result: read.result, replace, ...(replaceGrade ? { replaceGrade } : {}), ...(title && !["全部", "所有称号"].includes(title) ? { title } : {}), source: where("condition") });
  }
}
