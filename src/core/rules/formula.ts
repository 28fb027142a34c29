import type { RuleType } from "./types.js";
import type { CriteriaItem } from "../model.js";
import { missingOutcome, showNumber, showPoints } from "./format.js";
import { compileFormula, FormulaError, type CompiledFormula } from "../expression/safeExpression.js";

/** Names a formula may use besides the 数据项. */
export const FORMULA_CONSTANTS = ["分值"];

const cache = new Map<string, CompiledFormula>();
function compiled(text: string): CompiledFormula {
  let c = cache.get(text);
  if (!c) {
    c = compileFormula(text);
    cache.set(text, c);
  }
  return c;
}

/** 公式: a whitelisted expression over 数据项 named in Chinese, and 分值. */
export const formulaRule: RuleType = {
  id: "formula",
  label: "公式",
  aliases: ["计算公式", "自定义公式", "表达式"],
  description: "按公式计算，如 min(文明科室数 / 科室总数, 1) * 分值；可用 + - * / ^、比较、and/or/not、min/max/round/abs/floor/ceil/if 与 条件 ? 甲 : 乙；结果限制在 0～分值",
  fields: { min: 0, max: 64, labels: ["公式中的数据项"] },
  params: [
    {
      id: "formula",
      label: "公式",
      aliases: ["计算公式", "计分公式", "得分公式", "评分公式"],
      kind: "formula",
      required: true,
      description: "以数据项名称书写的公式，可以“得分=”开头",
    },
  ],
  validate(item) {
    try {
      const f = compiled(item.params.formula as string);
      const unknown = f.symbols.filter((s) => !FORMULA_CONSTANTS.includes(s) && !item.fields.includes(s));
      // Undeclared names become the item's fields; declared ones must be used.
      for (const s of unknown) item.fields.push(s);
      return undefined;
    } catch (e) {
      if (e instanceof FormulaError) return { reason: e.message, param: "formula" };
      throw e;
    }
  },
  score(item, read) {
    const f = compiled(item.params.formula as string);
    const scope: Record<string, number> = { 分值: item.points };
    const parts: string[] = [];
    let missing = false;
    for (const field of item.fields) {
      const v = read.number(field);
      if (v === undefined) missing = true;
      else scope[field] = v;
      parts.push(`${field} ${v === undefined ? "缺失" : showNumber(v)}`);
    }
    const inputs = parts.join("，");
    if (missing) return missingOutcome(inputs);
    let value: number;
    try {
      value = f.evaluate(scope);
    } catch (e) {
      read.issue("warning", "formulaFailed", { reason: (e as Error).message, ...formulaAt(item) });
      return { points: 0, inputs, explanation: `公式计算失败 ${showPoints(0, item.points)}` };
    }
    if (!Number.isFinite(value)) {
      read.issue("warning", "formulaNotFinite", formulaAt(item));
      return { points: 0, inputs, explanation: `${f.text} 结果无效 ${showPoints(0, item.points)}` };
    }
    const points = Math.min(Math.max(value, 0), item.points);
    const clampNote = points !== value ? `，限制在 0～${showNumber(item.points)}` : "";
    return { points, inputs, explanation: `${f.text} = ${showNumber(value)}${clampNote} ${showPoints(points, item.points)}` };
  },
};

/** The formula and its row in the criteria sheet, so a unit's warning points at the rule that failed. */
function formulaAt(item: CriteriaItem): { formula: string; at: string } {
  return { formula: String(item.params.formula), at: `${item.source.sheet}!${item.source.cell}` };
}
