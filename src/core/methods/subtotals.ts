import type { Criteria, CriteriaItem, UnitResult } from "../model.js";
import { DiscardingIssueLog } from "../issues.js";
import { roundExcel } from "../math/roundExcel.js";
import { fieldReader } from "../score/fieldReader.js";
import { assessmentMethods } from "./registry.js";
import { methodPoints } from "./caps.js";
import { scoreParts } from "./scoreParts.js";
import type { AssessmentMethod } from "./types.js";
import { showPercent } from "../rules/format.js";

/** Whether any item names a method: the 测评汇总表 and 计分明细's 测评方法 column are written only then. */
export function criteriaUseMethods(criteria: Criteria): boolean {
  return criteria.items.some((i) => i.methods !== undefined);
}

/** A column of the 测评汇总表: a method (in registry order) or the items that name none; points = what its basic items are worth. */
export interface MethodColumn {
  method?: AssessmentMethod;
  points: number;
}

const counted = (i: CriteriaItem) => !i.bonus && !i.rule.pointless;

/** The methods the basic items use, in registry order, then 「未注明方法」 when some basic item names none. */
export function methodColumns(criteria: Criteria): MethodColumn[] {
  const basic = criteria.items.filter(counted);
  const columns: MethodColumn[] = assessmentMethods
    .map((method) => ({ method, points: roundExcel(basic.reduce((a, i) => a + methodPoints(i, method), 0), 6) }))
    .filter((c) => basic.some((i) => methodPoints(i, c.method) > 0 || i.methods?.named[0] === c.method));
  const none = basic.filter((i) => !i.methods);
  if (none.length) columns.push({ points: roundExcel(none.reduce((a, i) => a + i.points, 0), 6) });
  return columns;
}

/**
 * A unit's 基本分 by method, column by column: an item with shares adds each
 * part's rounded share × score to its method (the same figures scoreUnit
 * summed, so the columns add up to 基本分); any other item adds its points
 * to the first method it names, or to 未注明方法.
 */
export function methodSubtotals(result: UnitResult, criteria: Criteria, columns: readonly MethodColumn[]): number[] {
  const { decimals } = criteria.settings;
  const sums = columns.map(() => 0);
  const column = (method: AssessmentMethod | undefined) => columns.findIndex((c) => c.method === method);
  const readerFor = fieldReader(result.unit, new DiscardingIssueLog(), criteria.fieldMeanings, criteria.settings.percentDecimals);
  criteria.items.forEach((item, i) => {
    if (!counted(item)) return;
    const parts = item.methods?.parts;
    if (!parts) {
      const at = column(item.methods?.named[0]);
      if (at >= 0) sums[at] += result.items.points(i);
      return;
    }
    for (const s of scoreParts(item, parts, readerFor, decimals).scores) {
      const at = column(s.part.method);
      if (at >= 0) sums[at] += s.contribution;
    }
  });
  return sums.map((x) => roundExcel(x, decimals));
}

/**
 * An item's methods for 计分明细: each part with its share and source, or the method named.
 * @example // 「材料审核 60%（申报数据）、实地考察 40%（评委打分表）」
 */
export function describeMethods(item: CriteriaItem): string {
  const m = item.methods;
  if (!m) return "";
  if (m.parts) return m.parts.map((p) => `${p.method.label} ${showPercent(p.share, 6)}（${p.method.source}）`).join("、");
  return m.named.map((n) => n.label).join("、");
}
