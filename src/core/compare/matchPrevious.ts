import type { FieldMeaning, FieldValue, UnitRow } from "../model.js";
import { withNote } from "../submissions/fieldValue.js";
import type { IssueLog } from "../issues.js";
import { nameKey } from "../values/normaliseText.js";
import { readFieldNumber } from "../values/readFieldNumber.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { cellText } from "../values/cellText.js";
import { mean } from "../math/mean.js";
import type { UnitChange } from "./unitChanges.js";

export type MatchStatus = "same" | "renamed" | "merged" | "new";

export interface PreviousMatch {
  status: MatchStatus;
  /** The previous units this one continues. */
  sources: UnitRow[];
  /** One row standing for them: the unit itself, or the merged units pooled. */
  combined?: UnitRow;
}

/**
 * Match this year's units to last year's by normalised name, through the
 * 单位变更 sheet where names changed. Returns the match per current unit
 * and the previous units nobody continues (未参评).
 */
export function matchPrevious(
  current: UnitRow[],
  previous: UnitRow[],
  changes: UnitChange[],
  averagedFields: Set<string>,
  issues: IssueLog,
  meanings?: ReadonlyMap<string, FieldMeaning>,
): { matches: Map<UnitRow, PreviousMatch>; absent: UnitRow[] } {
  const prevByKey = new Map(previous.map((u) => [nameKey(u.name), u]));
  const currentKeys = new Set(current.map((u) => nameKey(u.name)));
  const sourcesOf = new Map<string, UnitRow[]>();
  for (const ch of changes) {
    const old = prevByKey.get(nameKey(ch.oldName));
    if (!old) issues.warning("changeOldUnknown", { unit: ch.oldName }, ch.where);
    if (!currentKeys.has(nameKey(ch.newName))) issues.warning("changeNewUnknown", { unit: ch.newName }, ch.where);
    if (old) sourcesOf.set(nameKey(ch.newName), [...(sourcesOf.get(nameKey(ch.newName)) ?? []), old]);
  }
  const used = new Set<UnitRow>();
  const matches = new Map<UnitRow, PreviousMatch>();
  for (const unit of current) {
    const key = nameKey(unit.name);
    const viaChanges = sourcesOf.get(key);
    let match: PreviousMatch;
    if (viaChanges && viaChanges.length > 1) {
      match = { status: "merged", sources: viaChanges, combined: mergeUnits(unit, viaChanges, averagedFields, meanings) };
    } else if (viaChanges) {
      match = { status: nameKey(viaChanges[0].name) === key ? "same" : "renamed", sources: viaChanges, combined: viaChanges[0] };
    } else if (prevByKey.has(key)) {
      const same = prevByKey.get(key)!;
      match = { status: "same", sources: [same], combined: same };
    } else match = { status: "new", sources: [] };
    match.sources.forEach((s) => used.add(s));
    matches.set(unit, match);
  }
  const absent = previous.filter((u) => !used.has(u));
  for (const u of absent) issues.info("previousAbsent", { unit: u.name }, { ...u.source, unit: u.name });
  return { matches, absent };
}

/**
 * Last year's figures for a merged unit: counts and amounts are summed, so
 * rates built from them are pooled (Σ分子 / Σ分母); fields that are rates or
 * panel scores themselves are averaged; text answers take the first given.
 */
export function mergeUnits(target: UnitRow, sources: UnitRow[], averagedFields: Set<string>, meanings?: ReadonlyMap<string, FieldMeaning>): UnitRow {
  const fields = new Set(sources.flatMap((s) => [...s.values.keys()]));
  const values = new Map<string, FieldValue>();
  const names = sources.map((s) => s.name).join("、");
  for (const field of fields) {
    const parts = sources.map((s) => s.values.get(field)).filter((v): v is FieldValue => Boolean(v));
    // Each part in the field's unit (3万元 + 5000元 are added as 元), as scoring reads them.
    const meaning = meanings?.get(field.startsWith(PREVIOUS_PREFIX) ? field.slice(PREVIOUS_PREFIX.length) : field) ?? meanings?.get(field);
    const readings = parts.map((p) => readFieldNumber(p.cell, p.unit, meaning));
    const numbers = readings.filter((r) => r.ok);
    const note = `合并自 ${names}`;
    if (numbers.length && numbers.length === readings.filter((r) => r.ok || r.reason !== "missing").length) {
      const scaled = numbers.some((r) => r.ok && r.scale !== "plain");
      const list = numbers.map((r) => (r.ok ? r.value : 0));
      const average = scaled || averagedFields.has(field);
      const value = average ? mean(list) : list.reduce((a, b) => a + b, 0);
      // A fraction with a % format is read back as a rate, never rescaled.
      const unit = numbers.map((r) => (r.ok ? r.measure : undefined)).find((m) => m) ?? parts[0].unit;
      values.set(field, { cell: scaled ? { v: value, fmt: "0.00%" } : { v: value }, unit: scaled ? "" : unit, note });
    } else {
      const first = parts.find((p) => cellText(p.cell) !== "");
      if (first) values.set(field, withNote(first, note));
    }
  }
  return { name: target.name, category: target.category, row: sources[0].row, source: sources[0].source, values };
}
