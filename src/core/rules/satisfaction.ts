import type { RuleType } from "./types.js";
import { missingOutcome, showNumber } from "./format.js";
import { lineParams } from "./lineParams.js";
import { scoreRate } from "./ratio.js";

/** 满意度: (满意 + 基本满意) / 有效问卷, then scored like 比率. */
export const satisfactionRule: RuleType = {
  id: "satisfaction",
  label: "满意度",
  aliases: ["民主测评", "满意率", "群众满意度"],
  description: "(满意 + 基本满意) / 有效问卷总数，再按满分线、起评线计分",
  fields: { min: 3, max: 3, labels: ["满意", "基本满意", "有效问卷总数"] },
  params: [
    ...lineParams,
    // Read by core/questionnaires (not here): which questions of the raw questionnaires fill this item's fields.
    { id: "questions", label: "问题", aliases: ["题号", "问卷题目"], kind: "text", description: "从原始问卷取数时合计哪些题目，如 2,3 或 服务态度；不写则合计全部题目" },
  ],
  reports: { parts: true },
  score(item, read) {
    const [satField, basicField, totalField] = item.fields;
    const a = read.count(satField);
    const b = read.count(basicField);
    const t = read.count(totalField);
    // Counted from raw questionnaires: the note names the files and the counts.
    const note = read.note(satField);
    const inputs = `${satField} ${a ?? "缺失"}，${basicField} ${b ?? "缺失"}，${totalField} ${t ?? "缺失"}${note ? `（${note}）` : ""}`;
    if (a === undefined || b === undefined || t === undefined) return missingOutcome(inputs);
    const expr = `(${satField} ${showNumber(a)} + ${basicField} ${showNumber(b)}) / ${totalField} ${showNumber(t)}`;
    // More satisfied than questionnaires is listed (with every cell) by the numeratorExceeds check, not here.
    return scoreRate(item.points, a + b, t, item.params, inputs, expr, read.percentDigits, () => read.issue("warning", "zeroDenominator", { field: totalField }, totalField));
  },
};
