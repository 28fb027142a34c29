import type { Criteria } from "../model.js";

/**
 * Every set of 满意度 数据项 [满意, 基本满意, 有效问卷数] the criteria read:
 * those of 满意度 items and of 问卷调查 parts of other items (listed after
 * the item's own 数据项). What raw questionnaires fill, for each unit.
 * @example surveyFieldSets(criteria) // => [["满意票数", "基本满意票数", "有效问卷数"]]
 */
export function surveyFieldSets(criteria: Criteria): string[][] {
  const sets: string[][] = [];
  for (const item of criteria.items) {
    if (item.rule.id === "satisfaction") sets.push(item.fields);
    for (const part of item.methods?.parts ?? []) if (part.method.id === "survey" && part.item !== item) sets.push(part.item.fields);
  }
  return sets;
}
