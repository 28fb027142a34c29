import type { RuleType } from "./types.js";
import { toHalfWidth } from "../values/normaliseText.js";

/** 否决: 是 or a non-zero count makes the unit ineligible for a grade and a place. */
export const vetoRule: RuleType = {
  id: "veto",
  label: "否决",
  aliases: ["一票否决", "否决项", "不予申报"],
  description: "填“是”或大于 0 的次数即一票否决：不评等级、不排名次，在排名表中列于最后并注明原因",
  fields: { min: 1, max: 1, labels: ["是否发生"] },
  pointless: true,
  params: [
    { id: "outcome", label: "否决结果", kind: "text", default: "取消本年度评选资格", description: "如 取消本年度评选资格、撤销称号、黄牌警告" },
  ],
  score(item, read) {
    const [field] = item.fields;
    const text = read.text(field, { quiet: true });
    if (text === undefined) {
      read.issue("info", "vetoBlank", { field }, field);
      return { points: 0, inputs: `${field}：未填`, explanation: "未填，按“否”处理，不否决" };
    }
    const key = toHalfWidth(text).trim();
    const count = Number(key);
    const yes = Number.isFinite(count) && key !== "" ? count > 0 : read.boolean(field) === true;
    if (!yes) return { points: 0, inputs: `${field} ${text}`, explanation: "未发生，不否决" };
    const outcome = item.params.outcome as string;
    // A 自评表's 情况说明 (the row under the 否决 item) says what happened: shown with the veto in 计分明细.
    const said = read.note(field);
    return {
      points: 0,
      inputs: `${field} ${text}`,
      explanation: `${field}：${text}，一票否决（${outcome}）${said ? `；${said}` : ""}`,
      veto: { reason: `${item.name}（${field}：${text}）`, outcome },
    };
  },
};
