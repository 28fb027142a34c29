import type { Criteria } from "../model.js";

/** Rules whose fields are not figures a unit reports: panel points, yes/no, grades, vetoes. */
const NOT_FIGURES = new Set(["direct", "yesNo", "gradeLetter", "veto"]);

/**
 * The numeric fields worth a plausibility hint: every 数据项 a numeric rule
 * reads (panel scores are inspectors' points, not reported figures) and the
 * fields named by 校验规则.
 */
export function plausibleFields(criteria: Criteria): string[] {
  const notFigures = new Set(criteria.items.filter((i) => NOT_FIGURES.has(i.rule.id)).flatMap((i) => i.fields));
  const numeric = criteria.fields.filter((f) => !notFigures.has(f) && criteria.items.some((i) => i.fields.includes(f)));
  return [...numeric, ...criteria.checkedFields];
}
