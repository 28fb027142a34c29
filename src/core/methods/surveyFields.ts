import type { Criteria, CriteriaItem } from "../model.js";

/**
 * What scores from 满意度 数据项: a 满意度 item itself, or the 问卷调查 part
 * of another item (its 数据项 listed after the item's own). `fields` are
 * [满意, 基本满意, 有效问卷数] in that order; `item` carries the key and
 * the 参数 问题 (a part pools every question).
 */
export interface SurveyTarget {
  item: CriteriaItem;
  fields: string[];
}

/** Every item or 问卷调查 part reading 满意度 数据项, in criteria order: what raw questionnaires fill, for each unit. */
export function surveyTargets(criteria: Criteria): SurveyTarget[] {
  const targets: SurveyTarget[] = [];
  for (const item of criteria.items) {
    if (item.rule.id === "satisfaction") targets.push({ item, fields: item.fields });
    for (const part of item.methods?.parts ?? []) if (part.method.id === "survey" && part.item !== item) targets.push({ item: part.item, fields: part.item.fields });
  }
  return targets;
}

/**
 * Every set of 满意度 数据项 [满意, 基本满意, 有效问卷数] the criteria read:
 * those of 满意度 items and of 问卷调查 parts of other items (listed after
 * the item's own). What raw questionnaires fill, for each unit.
 * @example surveyFieldSets(criteria) // => [["满意票数", "基本满意票数", "有效问卷数"]]
 */
export function surveyFieldSets(criteria: Criteria): string[][] {
  return surveyTargets(criteria).map((t) => t.fields);
}
