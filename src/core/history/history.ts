/**
 * A unit's earlier years beside this one, and the figures rules derive from
 * them (连续 N 年优秀, best and worst year, 末位). Pure: built by
 * `buildHistory` from years already read; queried by the 历年对比 sheet and
 * by rules that need history (§3 复查: 末位 two years running, 连续三年优秀).
 */

import type { UnitResult } from "../model.js";
import { VETO_LABEL } from "../i18n/labels.js";

/** How a year's figures were obtained. */
export type HistoryMode =
  /** A kaoping result workbook, used as it stands: 总分, 名次, 等级 as published. */
  | "published"
  /** A submissions workbook, rescored under this year's criteria. */
  | "rescored"
  /** This year's run. */
  | "current";

/** One unit as one year's file has it. */
export interface Standing {
  /** The name written that year. */
  name: string;
  category: string;
  total?: number;
  /** 总排名 名次; none for a vetoed unit. */
  rank?: number;
  /** 类别名次 within that year's category. */
  categoryRank?: number;
  /** The grade as published or rescored; 否决 for a vetoed unit; "" when the file gives none. */
  grade: string;
  vetoed: boolean;
}

/** One year of the history: every unit that took part, as read. */
export interface HistoryYear {
  year: number;
  /** The file it was read from (none for this year). */
  file?: string;
  mode: HistoryMode;
  units: Standing[];
  /** 同比 items a rescored year's file could not score (no year before it): names; its totals leave them out. */
  notComparable: string[];
  /** Data issues found in a rescored year's file (counted, not listed: they are that year's). */
  issueCount: number;
}

/** How this year's unit was found in an earlier year. */
export type HistoryStatus = "same" | "renamed" | "merged";

/** One unit of this year in one year it took part in. */
export interface UnitYear {
  year: number;
  status: HistoryStatus;
  /** The units standing for it that year: itself (perhaps under its old name), or the units later merged into it. */
  parts: Standing[];
  category: string;
  /** Total, 名次 and 类别名次: the single unit's; none for a year before a merger (the parts were ranked apart). */
  total?: number;
  rank?: number;
  categoryRank?: number;
  /** The grade; before a merger, the grade every part shared (else ""). */
  grade: string;
  vetoed: boolean;
}

export interface UnitHistory {
  /** This year's name. */
  unit: string;
  category: string;
  /** The years it took part in, oldest first, this year last; a year it did not take part is left out (absent, not zero). */
  years: UnitYear[];
}

export interface History {
  /** This year. */
  year: number;
  /** Every year held, oldest first, this year last. */
  years: HistoryYear[];
  /** The criteria's top grade (first line of 等级): what 优秀 means in 连续优秀. */
  topGrade: string;
  /** Per unit of this year, by this year's name. */
  units: Map<string, UnitHistory>;
  /**
   * Units of earlier years that no unit of this year stands for (they did not
   * take part this year), by the name of the latest year they took part in,
   * that year first: listed, never dropped.
   */
  departed: UnitHistory[];
}

/** A best or worst figure and every year it was reached in (ties name all years, oldest first). */
export interface Extreme {
  value: number;
  years: number[];
}

/** This year's result as a history standing. */
export function currentStanding(r: UnitResult): Standing {
  const vetoed = r.vetoes.length > 0;
  return { name: r.unit.name, category: r.unit.category, total: r.total, rank: r.rank, categoryRank: r.categoryRank, grade: vetoed ? VETO_LABEL : r.grade, vetoed };
}

/** The year's record of one unit, or undefined when it did not take part. */
export function unitYear(history: History, unit: string, year: number): UnitYear | undefined {
  return history.units.get(unit)?.years.find((y) => y.year === year);
}

/**
 * Calendar years running, ending this year, in which the unit took part and
 * `predicate` holds. The run stops at the first year that fails, that the
 * unit missed, or that the history does not hold (a gap of files is not a
 * year passed: 2024 missing between 2023 and 2025 ends the run at 2025).
 *
 * @example
 * // 优秀 in 2024, 2025 and 2026, 良好 in 2023:
 * consecutiveYears(h, "甲局", (y) => y.grade === "优秀") // => 3
 */
export function consecutiveYears(history: History, unit: string, predicate: (y: UnitYear, year: HistoryYear) => boolean): number {
  const held = new Map(history.years.map((y) => [y.year, y]));
  let count = 0;
  for (let year = history.year; held.has(year); year--) {
    const record = unitYear(history, unit, year);
    if (!record || !predicate(record, held.get(year)!)) break;
    count++;
  }
  return count;
}

/** A year's record is the top grade (not vetoed). */
export function isTopGrade(history: History, y: UnitYear): boolean {
  return !y.vetoed && y.grade !== "" && y.grade === history.topGrade;
}

/**
 * 连续 N 年优秀: calendar years running, ending this year (with this year's
 * grade), in the criteria's top grade. 0 when this year is not the top grade.
 */
export function excellentYears(history: History, unit: string): number {
  return consecutiveYears(history, unit, (y) => isTopGrade(history, y));
}

// Per year and category, the eligible totals, sorted: places from the bottom are counted on them.
const totalsByCategory = new WeakMap<HistoryYear, Map<string, number[]>>();

function categoryTotals(year: HistoryYear): Map<string, number[]> {
  let made = totalsByCategory.get(year);
  if (made) return made;
  made = new Map();
  for (const s of year.units) {
    if (s.vetoed || s.total === undefined) continue;
    const list = made.get(s.category);
    if (list) list.push(s.total);
    else made.set(s.category, [s.total]);
  }
  for (const list of made.values()) list.sort((a, b) => a - b);
  totalsByCategory.set(year, made);
  return made;
}

/**
 * How many places are 末位 among `ranked` units when the rule says the last
 * `n`: at most the bottom half, so a group's first place, or a unit alone,
 * is never 末位 (this year's conditions and earlier years count alike).
 * @example lastPlacesOf(6, 3) // => 3
 * @example lastPlacesOf(3, 3) // => 1
 */
export function lastPlacesOf(ranked: number, n: number): number {
  return Math.min(n, Math.floor(ranked / 2));
}

/**
 * Among the last `n` places of its category that year (末位): fewer than `n`
 * ranked units of the same category scored below it. Units tied at the
 * cut-off are all in (two tied for third from last are both 末位); vetoed
 * units and a year before a merger (no single total) are not counted. In a
 * small category the last `n` are at most its bottom half (floor(m / 2) of m
 * ranked units): of 3 units only the last is 末位, and a category's first
 * place or a unit alone in its category never is.
 * @example // totals 95, 90, 80 in one category, n = 3: only the 80 is 末位 (floor(3 / 2) = 1)
 */
export function isLastPlace(year: HistoryYear, y: UnitYear, n: number): boolean {
  if (y.vetoed || y.total === undefined || y.status === "merged") return false;
  const totals = categoryTotals(year).get(y.category) ?? [];
  const places = lastPlacesOf(totals.length, n);
  let below = 0;
  while (below < totals.length && totals[below] < y.total) below++;
  return below < places;
}

/** The years, oldest first, in which the unit was among the last `n` of its category (see isLastPlace). */
export function lastPlaces(history: History, unit: string, n = 3): number[] {
  const held = new Map(history.years.map((y) => [y.year, y]));
  return (history.units.get(unit)?.years ?? []).filter((y) => isLastPlace(held.get(y.year)!, y, n)).map((y) => y.year);
}

/**
 * 末位 in two consecutive calendar years at any time in the history (for
 * two years running ending this year, use
 * `consecutiveYears(h, unit, (y, year) => isLastPlace(year, y, n)) >= 2`).
 */
export function lastPlacesRunning(history: History, unit: string, n = 3): boolean {
  const years = lastPlaces(history, unit, n);
  return years.some((y, i) => i > 0 && years[i - 1] === y - 1);
}

/** The unit's best year by 名次 (the smallest) or by 总分 (the highest); undefined when no year has one. */
export function bestYear(history: History, unit: string, by: "rank" | "total"): Extreme | undefined {
  return extreme(history, unit, by, by === "rank" ? (a, b) => a < b : (a, b) => a > b);
}

/** The unit's worst year by 名次 (the largest) or by 总分 (the lowest). */
export function worstYear(history: History, unit: string, by: "rank" | "total"): Extreme | undefined {
  return extreme(history, unit, by, by === "rank" ? (a, b) => a > b : (a, b) => a < b);
}

function extreme(history: History, unit: string, by: "rank" | "total", better: (a: number, b: number) => boolean): Extreme | undefined {
  let found: Extreme | undefined;
  for (const y of history.units.get(unit)?.years ?? []) {
    const value = y[by];
    if (value === undefined) continue;
    if (!found || better(value, found.value)) found = { value, years: [y.year] };
    else if (value === found.value) found.years.push(y.year);
  }
  return found;
}

/** Earlier years held in which the unit did not take part, oldest first. */
export function absentYears(history: History, unit: string): number[] {
  const present = new Set((history.units.get(unit)?.years ?? []).map((y) => y.year));
  return history.years.map((y) => y.year).filter((y) => !present.has(y));
}

/** The unit took part in none of the earlier years held (new this year). */
export function isNewUnit(history: History, unit: string): boolean {
  return (history.units.get(unit)?.years ?? []).every((y) => y.year === history.year);
}
