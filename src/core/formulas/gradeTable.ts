import type { Grade } from "../model.js";

/**
 * The 等级 table as LOOKUP reads it: lower bounds ascending, each with its
 * grade. Undefined when two grades share a bound (LOOKUP could not tell them apart).
 * @example gradeTable([{ name: "优秀", min: 90 }, { name: "合格", min: 60 }]) // => [{ name: "合格", min: 60 }, { name: "优秀", min: 90 }]
 */
export function gradeTable(grades: readonly Grade[]): Grade[] | undefined {
  const ascending = [...grades].sort((a, b) => a.min - b.min);
  if (ascending.some((g, i) => i > 0 && g.min === ascending[i - 1].min)) return undefined;
  return ascending;
}

/**
 * The grade LOOKUP gives a total against that table: the one with the
 * highest bound not above it; undefined below every bound (LOOKUP's #N/A).
 * @example lookupGrade(85, [{ name: "合格", min: 60 }, { name: "良好", min: 80 }, { name: "优秀", min: 90 }]) // => "良好"
 */
export function lookupGrade(total: number, table: readonly Grade[]): string | undefined {
  let found: string | undefined;
  for (const g of table) if (g.min <= total) found = g.name;
  return found;
}
