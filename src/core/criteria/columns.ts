import { nameKey } from "../values/normaliseText.js";

/** Header names (Chinese first, English aliases) for the 测评细则 sheet. */
export const CRITERIA_COLUMNS = {
  id: ["编号", "序号", "指标编号", "id", "code", "no"],
  level1: ["一级指标", "一级", "测评项目", "考核项目", "项目", "level1", "category"],
  level2: ["二级指标", "二级", "子项目", "level2"],
  name: ["指标名称", "测评内容", "三级指标", "考评内容", "考核内容", "内容", "指标", "item", "name"],
  points: ["分值", "标准分", "满分", "分数", "points"],
  rule: ["计分方式", "计分类型", "评分方式", "计分方法", "rule"],
  fields: ["数据项", "数据字段", "字段", "取数", "fields", "field"],
  method: ["测评方法", "考核方法", "检查方法", "method"],
  standard: ["评分标准", "计分标准", "评分细则", "standard"],
  params: ["参数", "其他参数", "params"],
} as const;

export type CriteriaColumn = keyof typeof CRITERIA_COLUMNS;

export const CRITERIA_SHEET_NAMES = ["测评细则", "测评体系", "评分细则", "考核细则", "细则", "criteria"];
export const GRADE_SHEET_NAMES = ["等级", "等级划分", "grades"];
export const SETTINGS_SHEET_NAMES = ["设置", "参数设置", "settings"];
export const FIELD_SHEET_NAMES = ["数据项", "数据项设置", "fields"];
export const VALIDATION_SHEET_NAMES = ["校验规则", "数据校验", "审核规则", "校验", "validation"];

/** Which role a header name plays, if any. */
export function criteriaRole(name: string): CriteriaColumn | undefined {
  const key = nameKey(name);
  for (const [role, names] of Object.entries(CRITERIA_COLUMNS)) {
    if (names.some((n) => nameKey(n) === key)) return role as CriteriaColumn;
  }
  return undefined;
}
