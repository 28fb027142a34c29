import type { Check } from "./types.js";
import { cellsOf, quietReader } from "./cells.js";
import { showNumber, showPercent } from "../rules/format.js";

/** A 完成率 this many times its target looks like a figure typed in the wrong unit (12000 万元 in a 亿元 column). */
export const COMPLETION_TENFOLD = 10;

/**
 * A hint, never a score change: a 完成率 item whose actual is 10 times its
 * target or more (≥ 1000 %), as the rule divides them (after unit
 * conversion) — the score is capped at 100 %, so without this word a 万元
 * figure typed into a 亿元 column would earn full points unseen. Listed as
 * 提示 「请核实」 with both cells.
 */
export const completionTenfoldCheck: Check = {
  id: "completionTenfold",
  run(ctx) {
    const items = ctx.criteria.items.filter((i) => i.rule.id === "completion");
    if (!items.length) return;
    for (const unit of ctx.units) {
      const readerFor = quietReader(unit, ctx.criteria);
      for (const item of items) {
        const read = readerFor(item);
        const outcome = item.rule.score(item, read);
        if (outcome.rate === undefined || !outcome.parts || !(outcome.rate >= COMPLETION_TENFOLD)) continue;
        const [actualField, targetField] = item.fields;
        const where = { ...cellsOf(item.fields.map((f) => unit.values.get(f)), unit), item: `${item.key} ${item.name}` };
        const { numerator, denominator } = outcome.parts;
        // Both are in the actual's unit once the rule has converted the target.
        const unitText = read.measured(actualField)?.unit || read.meaning(actualField)?.measure || "";
        const shown = (n: number) => (unitText ? `${showNumber(n, 6)} ${unitText}` : showNumber(n, 6));
        ctx.report(
          "info",
          "completionTenfold",
          { actual: actualField, a: shown(numerator), target: targetField ?? "目标值", b: shown(denominator), rate: showPercent(outcome.rate, read.percentDigits), ratio: showNumber(outcome.rate, 1) },
          where,
          unit,
        );
      }
    }
  },
};
