import type { AssessmentMethod } from "./types.js";
import { satisfactionRule } from "../rules/satisfaction.js";

/**
 * 问卷调查: 满意度 = (满意 + 基本满意) / 有效问卷 × 分值. The 满意度 数据项
 * (满意票数, 基本满意票数, 有效问卷数) are typed in 申报数据 or filled from
 * the raw questionnaires. An item whose 计分方式 is 满意度 is that part
 * itself; another item lists the three 数据项 after its own.
 */
export const surveyMethod: AssessmentMethod = {
  id: "survey",
  label: "问卷调查",
  aliases: /问卷调查|问卷|民主测评|满意度测评|满意度调查|群众测评/,
  source: "问卷（满意度数据项）",
  usesItemRule: (item) => item.rule.id === "satisfaction",
  part: (item, surveyFields) =>
    item.rule.id === "satisfaction" ? item : { ...item, rule: satisfactionRule, fields: surveyFields, params: { fullLine: 1, zeroLine: 0 }, methods: undefined },
};
