import type { Grade, UnitResult } from "../model.js";
import { nameKey } from "../values/normaliseText.js";
import type { UnitChange } from "../compare/unitChanges.js";
import { currentStanding, type History, type HistoryYear, type Standing, type UnitHistory, type UnitYear } from "./history.js";

export interface HistoryInput {
  /** This year. */
  year: number;
  /** This year's ranked results (the last year of the history). */
  current: readonly UnitResult[];
  /** Earlier years as read, in any order. */
  earlier: readonly HistoryYear[];
  /** 单位变更 records from every file (this year's submissions and each earlier submissions workbook). */
  changes: readonly UnitChange[];
  /** The criteria's 等级, best first: the first is the top grade. */
  grades: readonly Grade[];
}

/**
 * Each unit of this year followed back year by year, newest first. In each
 * earlier year a unit is found by the names it had in the latest year it
 * was found (normalised: 全角/半角, spaces and brackets ignored): a name
 * that year's file holds is the same unit; a name it does not hold is
 * followed through 单位变更 (新名称 → 旧名称) to the units that year holds
 * — one is a rename, several a merger (人事局 + 劳动局 → 人事劳动局, whose
 * earlier years are those of both). Change records of every file are used
 * at every step (a record names the names, not the year). A year in which
 * none is found is absent, and the names are kept for the years before it.
 */
export function buildHistory(input: HistoryInput): History {
  const current: HistoryYear = { year: input.year, mode: "current", units: input.current.map(currentStanding), notComparable: [], issueCount: 0 };
  const earlier = [...input.earlier].sort((a, b) => b.year - a.year);
  const oldNames = new Map<string, string[]>();
  for (const ch of input.changes) {
    const key = nameKey(ch.newName);
    const list = oldNames.get(key) ?? [];
    if (!list.some((n) => nameKey(n) === nameKey(ch.oldName))) list.push(ch.oldName);
    oldNames.set(key, list);
  }
  const indexes = earlier.map((y) => new Map(y.units.map((s) => [nameKey(s.name), s])));
  const units = new Map<string, UnitHistory>();
  const claimed = new Set<Standing>();
  for (const standing of current.units) {
    const years: UnitYear[] = [record(input.year, "same", [standing])];
    let names = [standing.name];
    let merged = false;
    earlier.forEach((year, i) => {
      const found = findIn(indexes[i], names, oldNames);
      if (!found.length) return;
      for (const f of found) claimed.add(f);
      merged ||= found.length > 1 || names.length > 1;
      const status = merged ? "merged" : nameKey(found[0].name) === nameKey(standing.name) ? "same" : "renamed";
      years.push(record(year.year, status, found));
      names = found.map((s) => s.name);
    });
    units.set(standing.name, { unit: standing.name, category: standing.category, years: years.reverse() });
  }
  // A copy reversed: `earlier` stays newest first for departedUnits (reversing it in place turned a departed unit's years round).
  return { year: input.year, years: [...earlier].reverse().concat(current), topGrade: input.grades[0]?.name ?? "", units, departed: departedUnits(earlier, claimed) };
}

/**
 * Earlier years' units no unit of this year stands for, newest year first:
 * one entry per name (normalised), its years oldest first. Renames among
 * them are not followed (their 单位变更 would be in files of those years).
 */
function departedUnits(newestFirst: readonly HistoryYear[], claimed: Set<Standing>): UnitHistory[] {
  const byName = new Map<string, UnitHistory>();
  for (const year of newestFirst) {
    for (const s of year.units) {
      if (claimed.has(s)) continue;
      const key = nameKey(s.name);
      const entry = byName.get(key) ?? { unit: s.name, category: s.category, years: [] };
      entry.years.unshift(record(year.year, "same", [s]));
      byName.set(key, entry);
    }
  }
  return [...byName.values()];
}

/** The units of one year standing for these names: each name itself, else what 单位变更 says it was. */
function findIn(index: Map<string, Standing>, names: string[], oldNames: Map<string, string[]>): Standing[] {
  const found: Standing[] = [];
  const add = (s: Standing | undefined) => s && !found.includes(s) && found.push(s);
  for (const name of names) {
    const itself = index.get(nameKey(name));
    if (itself) add(itself);
    else for (const old of oldNames.get(nameKey(name)) ?? []) add(index.get(nameKey(old)));
  }
  return found;
}

function record(year: number, status: UnitYear["status"], parts: Standing[]): UnitYear {
  if (status !== "merged") {
    const [s] = parts;
    return { year, status, parts, category: s.category, total: s.total, rank: s.rank, categoryRank: s.categoryRank, grade: s.grade, vetoed: s.vetoed };
  }
  // Before a merger the parts were ranked apart: no single total or place; a grade only when every part had it.
  const grades = new Set(parts.map((p) => p.grade));
  return { year, status, parts, category: parts[0].category, grade: grades.size === 1 ? parts[0].grade : "", vetoed: parts.every((p) => p.vetoed) };
}
