import type { CriteriaItem, FieldValue, UnitRow } from "../model.js";
import type { Check, CheckContext } from "./types.js";
import type { Quantity } from "../rules/types.js";
import { cellsOf, meaningOf, quietReader, readQuantity } from "./cells.js";
import { showNumber, showPercent, showQuantity } from "../rules/format.js";
import { cellText } from "../values/cellText.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";

/**
 * Endings of rates that are a share of a whole and so cannot exceed 100 %.
 * Not here on purpose: 完成率 (a target can be over-achieved), 增长率 and
 * 增幅 (growth has no ceiling), 出生率 and other ‰ rates (not shares of a
 * reported whole), 得分率 (computed, not typed).
 */
export const CAPPED_RATE_ENDINGS = [
  "准确率", "覆盖率", "办结率", "参与率", "参勤率", "参加率", "出勤率", "到会率", "符合率", "创建率", "调处率", "化解率",
  "满意度", "满意率", "知晓率", "合格率", "达标率", "及格率", "普及率", "入学率", "巩固率", "结案率", "回复率", "答复率",
  "受理率", "处置率", "落实率", "到位率", "建档率", "优良率", "接种率", "参保率", "签约率", "好评率", "通过率", "上报率",
];

/** Rules whose one field is the value itself (so an item called 上报准确率 names its field's kind). */
const VALUE_RULES = new Set(["threshold", "yearOnYear", "formula"]);
/** Rules whose fields are not rates (points, yes/no, grades, counts). */
const NOT_RATES = new Set(["direct", "yesNo", "gradeLetter", "veto", "deduction", "bonus", "ratio", "satisfaction", "completion"]);

/** @example isCappedRateName("上报准确率") // => true */
export function isCappedRateName(name: string): boolean {
  const bare = name.startsWith(PREVIOUS_PREFIX) ? name.slice(PREVIOUS_PREFIX.length) : name;
  return CAPPED_RATE_ENDINGS.some((e) => bare.endsWith(e));
}

/**
 * Above 100 % as read: a fraction-scaled value (97 % text, a %-formatted
 * cell) above 1, or a plain number above 100 (98.5 in a rate column means
 * 98.5 %, as the 达标 rule reads it).
 */
function above100(q: Quantity): boolean {
  const limit = q.scale === "plain" ? 100 : 1;
  return q.value > limit * (1 + 1e-12);
}

/**
 * A share that cannot exceed 100 % (准确率, 覆盖率, 办结率 …) above it is an
 * error, with the cell; a clerk's 97 typed into a %-formatted cell (shown
 * 9700 %) is named as such. Checked on the value as the rules read it.
 */
export const rateAbove100Check: Check = {
  id: "rateAbove100",
  run(ctx) {
    const targets = cappedFields(ctx);
    if (!targets.length) return;
    for (const unit of ctx.units) {
      const readerFor = quietReader(unit, ctx.criteria);
      for (const { field, item } of targets) {
        const read = item ? readerFor(item) : undefined;
        for (const [name, q] of [
          [field, read ? read.quantity(field) : readQuantity(unit.values.get(field), meaningOf(ctx.criteria, field))],
          [PREVIOUS_PREFIX + field, read ? read.previous(field) : readQuantity(unit.values.get(PREVIOUS_PREFIX + field), meaningOf(ctx.criteria, field))],
        ] as const) {
          if (q && above100(q)) report(ctx, unit, name, unit.values.get(name), q, item);
        }
      }
    }
  },
};

function report(ctx: CheckContext, unit: UnitRow, field: string, v: FieldValue | undefined, q: Quantity, item: CriteriaItem | undefined): void {
  const where = { ...cellsOf([v], unit), ...(item ? { item: `${item.key} ${item.name}` } : {}) };
  const typed = v?.cell && typeof v.cell.v === "number" && v.cell.fmt?.includes("%");
  if (typed) {
    ctx.report("error", "percentCellTyped", { field, typed: showNumber(q.value), shown: showPercent(q.value), fraction: showNumber(q.value / 100, 4) }, where, unit);
  } else {
    ctx.report("error", "rateAbove100", { field, shown: q.scale === "plain" ? cellText(v?.cell) : showQuantity(q) }, where, unit);
  }
}

/** Each capped-rate field once, with an item that reads it (for the reading and the message). */
function cappedFields(ctx: CheckContext): { field: string; item?: CriteriaItem }[] {
  const out = new Map<string, CriteriaItem | undefined>();
  const scoresOrCounts = new Set(ctx.criteria.items.filter((i) => NOT_RATES.has(i.rule.id)).flatMap((i) => i.fields));
  for (const item of ctx.criteria.items) {
    if (NOT_RATES.has(item.rule.id)) continue;
    for (const field of item.fields) {
      if (out.has(field) || scoresOrCounts.has(field)) continue;
      const named = isCappedRateName(field) || (VALUE_RULES.has(item.rule.id) && item.fields.length === 1 && isCappedRateName(item.name));
      if (named) out.set(field, item);
    }
  }
  for (const field of ctx.criteria.checkedFields) if (!out.has(field) && isCappedRateName(field)) out.set(field, undefined);
  return [...out].map(([field, item]) => ({ field, item }));
}
