import type { Check } from "./types.js";
import { cellsOf, readQuantity } from "./cells.js";
import { showQuantity } from "../rules/format.js";
import { isNonNegativeRateName } from "../rules/cappedRates.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/**
 * A rate that cannot be below zero (准确率, 满意率, 出生率, 死亡率, 完成率 …;
 * not 增长率, 自然增长率 or 增幅, which can) read below it is an error, with
 * the cell. The reader scores such a value as missing (FieldReader.quantity
 * gives nothing), so a 出生率 of −2‰ is never 「达标」.
 */
export const negativeRateCheck: Check = {
  id: "negativeRate",
  run(ctx) {
    const fields = [...ctx.criteria.fieldMeanings].filter(([field, m]) => m.kind === "rate" && isNonNegativeRateName(field));
    if (!fields.length) return;
    const itemOf = new Map(fields.map(([field]) => [field, ctx.criteria.items.find((i) => i.fields.includes(field))]));
    for (const unit of ctx.units) {
      for (const [field, meaning] of fields) {
        for (const key of [field, PREVIOUS_PREFIX + field]) {
          const v = unit.values.get(key);
          const q = readQuantity(v, meaning);
          if (!q || q.value >= 0) continue;
          const item = itemOf.get(field);
          const where = { ...cellsOf([v], unit), ...(item ? { item: `${item.key} ${item.name}` } : {}) };
          ctx.report("error", "negativeRate", { field: key, shown: showQuantity(q, ctx.criteria.settings.percentDecimals) }, where, unit);
        }
      }
    }
  },
};
