import { nameKey } from "../values/normaliseText.js";

export const UNIT_NAME_HEADERS = ["单位名称", "单位", "名称", "单位全称", "参评单位", "unit", "name"];
export const CATEGORY_HEADERS = ["单位类别", "类别", "单位类型", "分类", "category"];
export const IGNORED_HEADERS = ["序号", "编号", "备注", "填表人", "联系电话", "no"];
export const SUBMISSION_SHEET_NAMES = ["申报数据", "申报表", "汇总", "数据", "submissions"];
export const PANEL_SHEET_NAMES = ["评委打分", "评委评分", "检查打分", "panel"];
export const PANEL_INSPECTOR_HEADERS = ["评委", "评委姓名", "检查人", "评分人", "inspector"];
export const PANEL_FIELD_HEADERS = ["数据项", "指标", "项目", "测评内容", "指标名称", "field"];
/** A panel sheet's column naming the inspection team that scored the row. */
export const PANEL_TEAM_HEADERS = ["检查组", "组别", "评分组", "考核组", "测评组", "检查小组", "小组", "分组", "组", "team"];
/** Columns of a panel sheet that summarise the inspectors' scores: never read as a score. */
export const PANEL_SUMMARY_HEADERS = ["合计", "总计", "小计", "总分", "平均", "平均分", "平均值", "得分", "最后得分", "最终得分", "实得分", "汇总", "评分结果", "去极值平均"];
/** Prefix of a header holding last year's figure for a field: 上年文明科室数. */
export const PREVIOUS_PREFIX = "上年";

export const FOOTER_ROW = /^(注|说明|备注|附注|填表人|填报人|审核人|制表人?|签字|签名|负责人|联系电话|填报日期|日期)[:：\s（(]?/;
/**
 * A footer word written as one: alone, or followed by a colon, a space or a
 * bracket (注：…, 填表人 张三). 注册会计师协会, 说明书编印中心 and 负责人培训中心
 * begin with the word but are names.
 */
export const FOOTER_MARKED = /^(注|说明|备注|附注|填表人|填报人|审核人|制表人?|签字|签名|负责人|联系电话|填报日期|日期)([:：\s（(]|$)/;
/** More non-empty cells than this and a row is no note or signature line, whatever its first word. */
export const FOOTER_MAX_CELLS = 4;

/** A signature line anywhere in its text: 检查组成员签字：, 组长（签字）, 审核人签名, （盖章）. */
export const SIGNATURE_LINE = /(签字|签名|盖章)\s*[:：]|[（(]\s*(签字|签名|盖章)\s*[)）]|(签字|签名|盖章)\s*$/;
/** The words that are a 合计 row by themselves; 「乡镇合计」 ends in one and may be a unit's name (统计合计…). */
export const TOTAL_WORD = /^(合计|小计|总计|累计|总和|平均|平均值)$/;
/** What comes before 合计 in a total of the rows above, not in a unit's name: 全县合计, 本页小计, 以上合计. */
export const TOTAL_PREFIX = /^(全|本页|本表|以上|上述|各|所有|共|总|机关|单位|乡镇|部门)/;
export const TOTAL_ROW = /^(合计|小计|总计|累计|总和|平均|平均值)$|合计$|总计$/;

export function matches(name: string, list: readonly string[]): boolean {
  const key = nameKey(name);
  return list.some((n) => nameKey(n) === key);
}
