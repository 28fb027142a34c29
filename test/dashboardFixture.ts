/**
 * A small office for report.html's dashboard tests: two categories, names a
 * page must keep as text (<script>, quotes, a full-width digit, a control
 * character), a vetoed unit and a cell that is not a number.
 *
 * By hand (创建率 × 10, linear from 0; 10 − 1 per 投诉; 是 10 / 否 0; 特色 as typed):
 *   <script>…局  乡镇  4/5 → 8,    投诉 2 → 8,  是 10, 特色 7       = 33    良好 (30 ≤ 33 < 36)
 *   第１中学 (read 第1中学) 学校  3/3 → 10,   投诉 0 → 10, 是 10, 特色 9       = 39    优秀
 *   "引号"乡     乡镇  1/4 → 2.5,  投诉 5 → 5,  否 0,  特色 「六」 → 0 (not a number: an error, G4) = 7.5  不合格
 *   东\u0001局   学校  5/5 → 10,   投诉 1 → 9,  是 10, 特色 8       = 37    优秀
 *   事故局       乡镇  2/4 → 5,    投诉 0 → 10, 是 10, 特色 10      = 35    vetoed (重大事故 是)
 * Ranks (eligible): 第１中学 1, 东局 2, <script>…局 3, "引号"乡 4; in 学校 第１中学 1, 东局 2; in 乡镇 <script>…局 1, "引号"乡 2.
 */
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "./grids.js";
import { assess } from "../src/core/score/assess.js";

export const SCRIPT_NAME = '<script>alert("x")</script>局';
export const QUOTED_NAME = '"引号"乡';
/** Typed with a full-width digit; the reader keeps the name as 第1中学 (names are read half-width). */
export const FULL_WIDTH_TYPED = "第１中学";
export const FULL_WIDTH_NAME = "第1中学";
export const CONTROL_NAME = "东\u0001局";

const CRITERIA: CriteriaRow[] = [
  ["1", "环境", "文明科室创建率", 10, "比率", "文明科室数/科室总数"],
  ["2", "作风", "群众投诉", 10, "扣分", "群众投诉件数", "每次扣分=1"],
  ["3", "组织", "领导小组", 10, "是否", "领导小组已成立"],
  ["4", "活动", "特色活动", 10, "直接打分", "特色活动得分"],
  ["5", "一票否决", "重大事故", "", "否决", "重大事故"],
];
const GRADES = sheet("等级", [["等级", "最低分"], ["优秀", 36], ["良好", 30], ["合格", 20], ["不合格", 0]]);
const HEAD = ["单位名称", "单位类别", "文明科室数", "科室总数", "群众投诉件数", "领导小组已成立", "特色活动得分", "重大事故"];
const ROWS = [
  [SCRIPT_NAME, "乡镇", 4, 5, 2, "是", 7, "否"],
  [FULL_WIDTH_TYPED, "学校", 3, 3, 0, "是", 9, "否"],
  [QUOTED_NAME, "乡镇", 1, 4, 5, "否", "六", "否"],
  [CONTROL_NAME, "学校", 5, 5, 1, "是", 8, "否"],
  ["事故局", "乡镇", 2, 4, 0, "是", 10, "是"],
];

export function dashboardAssessment() {
  const { criteria, issues } = parseCriteriaRows(CRITERIA, [GRADES]);
  return assess(criteria, book("申报.xlsx", sheet("申报数据", [HEAD, ...ROWS])), issues);
}
