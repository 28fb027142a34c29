import type { Criteria, CriteriaItem } from "../model.js";
import type { Quantity } from "../rules/types.js";
import { PREVIOUS_PREFIX } from "./columns.js";

/**
 * The 自评表 a unit fills in: one row per 数据项, read back by parseForm.
 * Writer and reader share these positions so a form always reads back.
 */
export const FORM = {
  sheet: "自评表",
  metaSheet: "_kaoping",
  version: "kaoping-form-2",
  /** Versions this reader knows: form-1 had no 分值 column (its columns are found by their headers). */
  readableVersions: ["kaoping-form-1", "kaoping-form-2"],
  /** 1-based rows and columns, as Excel shows them. */
  nameCell: { row: 2, col: 2 },
  categoryCell: { row: 2, col: 4 },
  yearCell: { row: 3, col: 2 },
  headerRow: 5,
  firstRow: 6,
  headers: ["编号", "一级指标", "测评内容", "分值", "数据项", "填报值", "计量单位", "填报说明"],
  fieldCol: 5,
  valueCol: 6,
  unitCol: 7,
  /** The row under each 否决 item where the unit says what happened: this text in the 数据项 column, the 说明 in 填报值. */
  vetoNote: "情况说明",
  vetoNoteHint: "发生时写明时间、经过和处理结果；未发生可不填",
  /** The sign-off block under the items: its heading in column A ends the data rows. */
  signOff: { heading: "填报单位确认", fields: ["填表人", "联系电话", "负责人", "填报日期", "单位（盖章）"] },
  /** Keys of the hidden stamp sheet. */
  meta: { version: "模板版本", criteriaFile: "测评体系文件", criteriaHash: "测评体系SHA256", year: "年度", unit: "单位名称", rowPrefix: "第{row}行", cellPrefix: "单元格" },
} as const;

/** Headers of a form-1 (no 分值 column), by which its columns are found. */
export const FORM_COLUMN_HEADERS = { field: FORM.headers[FORM.fieldCol - 1], value: FORM.headers[FORM.valueCol - 1], unit: FORM.headers[FORM.unitCol - 1] } as const;

export type InputKind = "yesno" | "grade" | "count" | "percent" | "permille" | "score" | "number";

export interface FormField {
  field: string;
  item: CriteriaItem;
  kind: InputKind;
  /** Measure written beside the input (%, ‰, 个 …). */
  measure: string;
  /** What to type, in the clerk's words. */
  hint: string;
  /** Allowed letters for 档次, upper bound for scores. */
  choices?: string[];
  max?: number;
  /** A rate of change (增长率, 增幅): may be below 0 or above 100%. */
  signed?: boolean;
}

/** Rates of change, which a 0–100% bound would refuse (人均收入增长率 −2%, 增幅 150%). */
const CHANGE_RATE = /增长|增幅|增速|涨幅|降幅|下降率|变化/;

const COUNT_RULES = new Set(["ratio", "satisfaction", "completion", "deduction", "bonus"]);

/**
 * Measure words of things counted one by one: a field in one of them is a
 * whole number (万人, 万元, 亩, 公里 are not: 1.2 万人 is typed).
 */
const COUNTING_WORDS = new Set(["个", "次", "人", "人次", "件", "项", "户", "篇", "票", "份", "间", "起", "名", "家", "所", "场", "期", "条", "处", "台", "辆", "座", "本", "册", "部", "批", "支", "队", "位", "例", "封", "宗", "张", "幅", "门", "栋", "套", "首", "集", "课时", "场次", "天", "人天"]);

/** The rows of a form: every 数据项 once (in criteria order), plus 上年 rows for 同比 items. */
export function formFields(criteria: Criteria): FormField[] {
  const out: FormField[] = [];
  const seen = new Set<string>();
  for (const item of criteria.items) {
    for (const field of item.fields) {
      if (seen.has(field)) continue;
      seen.add(field);
      out.push(describe(field, item, criteria));
    }
    if (item.rule.id === "yearOnYear" && item.fields.length === 1) {
      const prev = PREVIOUS_PREFIX + item.fields[0];
      if (!seen.has(prev)) {
        seen.add(prev);
        const base = describe(item.fields[0], item, criteria);
        out.push({ ...base, field: prev, hint: `上年的${item.fields[0]}，用于同比` });
      }
    }
  }
  return out;
}

function describe(field: string, item: CriteriaItem, criteria: Criteria): FormField {
  const measure = criteria.fieldProfiles.get(field)?.measure ?? "";
  const target = item.params.target as Quantity | undefined;
  switch (item.rule.id) {
    case "yesNo":
      return { field, item, kind: "yesno", measure: "", hint: "从下拉列表选择“是”或“否”" };
    case "veto":
      return { field, item, kind: "yesno", measure: "", hint: "本年度是否发生；发生请选“是”，并在下一行写明情况" };
    case "gradeLetter": {
      const choices = Object.keys(item.params.shares as Record<string, number>);
      return { field, item, kind: "grade", measure: "档", hint: `从下拉列表选择档次（${choices.join("/")}）`, choices };
    }
    case "direct":
      return { field, item, kind: "score", measure: "分", hint: `自评得分，0～${item.points} 分`, max: item.points };
  }
  // The field's one meaning (数据项 sheet, rules, name) says rate, amount or count; a count is whole only in a counting word.
  const meaning = criteria.fieldMeanings?.get(field);
  const rate = meaning?.kind === "rate" ? meaning.scale : undefined;
  if (rate === "percent" || target?.scale === "percent" || measure === "%") {
    if (CHANGE_RATE.test(field)) return { field, item, kind: "percent", measure: "%", hint: "填百分数，下降填负数，如 -2.5%", signed: true };
    return { field, item, kind: "percent", measure: "%", hint: "填百分数，如 98.5%" };
  }
  if (rate === "permille" || target?.scale === "permille" || measure === "‰") return { field, item, kind: "permille", measure: "‰", hint: "填千分数的数字，如 12.5 表示 12.5‰" };
  const counted = meaning?.kind !== "amount" && (COUNTING_WORDS.has(measure.trim()) || (!measure && COUNT_RULES.has(item.rule.id)));
  if (counted) return { field, item, kind: "count", measure, hint: "填不小于 0 的整数" };
  return { field, item, kind: "number", measure, hint: meaning?.kind === "amount" ? "填金额，可带小数" : "填数字，可带小数" };
}
