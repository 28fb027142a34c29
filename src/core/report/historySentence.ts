import { consecutiveYears, excellentYears, isLastPlace, type History } from "../history/history.js";
import { formatMessage } from "../i18n/messages.js";

/** 末位 as the 历年对比 sheet counts it: the last 3 of the category, at most its bottom half. */
export const REPORT_LAST_PLACES = 3;
/** Runs of the top grade this long or longer are named; shorter ones only when none is this long. */
export const EXCELLENT_RUN = 3;

/** Units grouped by the length of a run ending this year, longest first; within a run length, in this year's order. */
function byRun(units: string[], run: (unit: string) => number, atLeast: number): { years: number; units: string[] }[] {
  const groups = new Map<number, string[]>();
  for (const unit of units) {
    const n = run(unit);
    if (n >= atLeast) groups.set(n, [...(groups.get(n) ?? []), unit]);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([years, list]) => ({ years, units: list }));
}

/**
 * The 通报's sentence on the years held: units 连续 N 年 at the criteria's
 * top grade up to this year (N ≥ 3; when no unit has three, the longest
 * runs of two or more), and units 末位 of their category two or more years
 * running up to this year. Undefined without earlier years; with earlier
 * years and neither, says so.
 *
 * @example
 * // 优秀 2024–2026: 甲局 and 乙局; 丙局 末位 2025 and 2026:
 * historySentence(h) // => "从 2024—2026 年的历年数据看：甲局、乙局连续 3 年评为优秀；丙局连续 2 年处于本类别末位（2025—2026 年）。"
 */
export function historySentence(h: History, order: readonly string[]): string | undefined {
  if (h.years.length < 2) return undefined;
  const units = order.filter((u) => h.units.has(u));
  const runs = byRun(units, (u) => excellentYears(h, u), 2);
  const excellent = runs.some((g) => g.years >= EXCELLENT_RUN) ? runs.filter((g) => g.years >= EXCELLENT_RUN) : runs.slice(0, 1);
  const held = new Map(h.years.map((y) => [y.year, y]));
  const last = byRun(units, (u) => consecutiveYears(h, u, (y) => isLastPlace(held.get(y.year)!, y, REPORT_LAST_PLACES)), 2);
  const parts = [
    ...excellent.map((g) => formatMessage("reportHistoryExcellent", { units: g.units.join("、"), years: g.years, grade: h.topGrade })),
    ...last.map((g) => formatMessage("reportHistoryLastPlaces", { units: g.units.join("、"), years: g.years, first: h.year - g.years + 1, last: h.year })),
  ];
  const first = h.years[0].year;
  if (!parts.length) return formatMessage("reportHistoryNone", { first, last: h.year, grade: h.topGrade });
  return formatMessage("reportHistoryIntro", { first, last: h.year, parts: parts.join("；") });
}
