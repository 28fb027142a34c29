import type { CriteriaItem, SourceRef } from "../model.js";
import type { IssueLog } from "../issues.js";
import { readMethods, type NamedMethod } from "./registry.js";
import type { ItemMethods, MethodPart } from "./types.js";
import { roundExcel } from "../math/roundExcel.js";

/** How many 数据项 a 问卷调查 part reads: 满意, 基本满意, 有效问卷数. */
const SURVEY_FIELDS = 3;

/** A 测评方法 cell read, before the item is complete: the methods and the 数据项 its 问卷调查 part takes. */
export interface PendingMethods {
  named: NamedMethod[];
  surveyFields: string[];
  text: string;
  where: SourceRef;
}

const percent = (x: number) => `${roundExcel(x * 100, 6)}%`;

/**
 * Read an item's 测评方法 cell while its row is parsed. With shares and a
 * 问卷调查 part on an item whose 计分方式 is not 满意度, the last three
 * 数据项 of the row are that part's (满意, 基本满意, 有效问卷数): they are
 * taken off `fields` here, before the rule's own are counted.
 */
export function readItemMethods(text: string, ruleId: string, ruleFieldsMax: number, fields: string[], where: SourceRef, issues: IssueLog): { pending: PendingMethods; fields: string[] } {
  // The same method in two phrases (「征求纪检、信访部门意见30%」) is one method.
  const named: NamedMethod[] = [];
  for (const m of readMethods(text)) {
    const earlier = named.find((n) => n.method === m.method);
    if (!earlier) named.push({ ...m });
    else if (earlier.share !== undefined && m.share !== undefined) issues.error("criteriaMethodTwice", { text, method: m.method.label }, where);
    else earlier.share ??= m.share;
  }
  let own = fields;
  let surveyFields: string[] = [];
  const withShares = named.some((n) => n.share !== undefined);
  if (withShares && ruleId !== "satisfaction" && named.some((n) => n.method.id === "survey")) {
    if (fields.length >= SURVEY_FIELDS + 1 && fields.length > ruleFieldsMax) {
      own = fields.slice(0, -SURVEY_FIELDS);
      surveyFields = fields.slice(-SURVEY_FIELDS);
    } else issues.error("criteriaMethodSurveyFields", { text, fields: fields.join("、") }, where);
  }
  return { pending: { named, surveyFields, text, where }, fields: own };
}

/**
 * An item's methods, once the item is complete (its key assigned): the
 * parts with their shares when every method has one and they add to 100 %;
 * none when the cell gives no shares (the 计分方式 scores the item as before,
 * counted under the first method named). Problems are criteria errors at the cell.
 */
export function buildItemMethods(item: CriteriaItem, pending: PendingMethods, issues: IssueLog): ItemMethods | undefined {
  const { named, surveyFields, text, where } = pending;
  if (!named.length) return undefined;
  const methods: ItemMethods = { named: named.map((n) => n.method) };
  const given = named.filter((n) => n.share !== undefined);
  const byMethods = item.rule.id === "byMethods";
  if (byMethods && !given.length) {
    issues.error("criteriaByMethodsNoShares", { text }, where);
    return methods;
  }
  if (!given.length || item.rule.pointless) return methods;
  const sum = given.reduce((a, n) => a + n.share!, 0);
  if (given.length < named.length || Math.abs(sum - 1) > 1e-9) {
    const detail = named.map((n) => `${n.method.label} ${n.share === undefined ? "未写占比" : percent(n.share)}`).join("，");
    issues.error("criteriaMethodShares", { text, sum: percent(sum), detail }, where);
    return methods;
  }
  const ruleParts = named.filter((n) => n.method.usesItemRule?.(item));
  if (byMethods && ruleParts.length) {
    issues.error("criteriaByMethodsRulePart", { text, methods: ruleParts.map((n) => n.method.label).join("、") }, where);
    return methods;
  }
  if (ruleParts.length > 1) {
    issues.error("criteriaMethodSameSource", { text, methods: ruleParts.map((n) => n.method.label).join("、"), rule: item.rule.label }, where);
    return methods;
  }
  // The item's own 计分方式 and 数据项 are then read for nothing: said, not silently ignored.
  if (!ruleParts.length && item.fields.length) issues.warning("criteriaMethodRuleUnused", { text, rule: item.rule.label, fields: item.fields.join("、") }, where);
  const parts: MethodPart[] = named.map((n) => ({ method: n.method, share: n.share!, item: n.method.part(item, surveyFields) }));
  return { ...methods, parts };
}
