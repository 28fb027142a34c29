import type { SourceRef, UnitResult } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { ListedUnit } from "../submissions/parseUnitList.js";
import { TITLE_HEADERS, TITLE_YEAR_HEADERS } from "../submissions/parseUnitList.js";
import { UNIT_NAME_HEADERS } from "../submissions/columns.js";
import { findSheet, type WorkbookGrid } from "../table/grid.js";
import { nameKey } from "../values/normaliseText.js";
import { ruleRows } from "./table.js";

/** A submissions sheet listing the units that already hold a title. */
export const TITLE_SHEET_NAMES = ["已命名称号", "已命名单位", "已命名文明单位", "称号", "文明单位称号", "命名情况"];

/** A title a unit holds, read from the 名单 or a submissions sheet. */
export interface HeldTitle {
  /** The unit's name as this year's results have it. */
  unit: string;
  title: string;
  /** 命名年度, when written and readable. */
  year?: number;
  source: SourceRef;
}

/**
 * 「2024」「2024年」「2024年度」「2024-05-01」 → 2024.
 * @example titleYearOf("2024年度") // => 2024
 */
export function titleYearOf(text: string): number | undefined {
  const m = /^(\d{4})(?:年度?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)?$/.exec(text.replace(/\s+/g, ""));
  return m ? Number(m[1]) : undefined;
}

/**
 * The titles held by this year's units: the 名单's 已命名称号 / 命名年度
 * columns (--units), then an 已命名称号 sheet of the submissions (单位名称,
 * 已命名称号, 命名年度). A unit named by both with different titles keeps
 * the 名单's, with a warning naming both cells; a title for a unit that is
 * not assessed, or a 命名年度 that is not a year or is after this year, is
 * a warning at its cell (the title is still reviewed when the unit is there).
 */
export function readTitles(results: readonly UnitResult[], books: readonly WorkbookGrid[], listed: readonly ListedUnit[] | undefined, year: number | undefined, issues: IssueLog): Map<UnitResult, HeldTitle> {
  const byKey = new Map(results.map((r) => [nameKey(r.unit.name), r]));
  const out = new Map<UnitResult, HeldTitle>();
  const add = (name: string, title: string, yearText: string, source: SourceRef, yearSource: SourceRef) => {
    const r = byKey.get(nameKey(name));
    if (!r) {
      issues.warning("titleUnitNotAssessed", { unit: name, title }, source);
      return;
    }
    let held: number | undefined;
    if (yearText) {
      held = titleYearOf(yearText);
      if (held === undefined) issues.warning("titleBadYear", { value: yearText }, { ...yearSource, unit: r.unit.name });
      else if (year !== undefined && held > year) {
        issues.warning("titleYearLater", { value: yearText, year }, { ...yearSource, unit: r.unit.name });
        held = undefined;
      }
    }
    const before = out.get(r);
    if (before) {
      if (before.title !== title) issues.warning("titleConflict", { unit: r.unit.name, first: before.title, firstCell: `${before.source.file} ${before.source.sheet}!${before.source.cell}`, second: title }, { ...source, unit: r.unit.name });
      return;
    }
    out.set(r, { unit: r.unit.name, title, ...(held !== undefined ? { year: held } : {}), source });
  };
  for (const u of listed ?? []) {
    if (u.title) add(u.name, u.title, u.titleYear ?? "", u.source!, u.yearSource ?? u.source!);
    else if (u.titleYear && u.yearSource) issues.warning("titleYearWithoutTitle", { unit: u.name, value: u.titleYear }, { ...u.yearSource, unit: u.name });
  }
  for (const book of books) {
    const sheet = findSheet(book, ...TITLE_SHEET_NAMES);
    if (!sheet) continue;
    const table = ruleRows(sheet, { unit: UNIT_NAME_HEADERS, title: TITLE_HEADERS, year: TITLE_YEAR_HEADERS }, "unit");
    if (!table || !table.has("title")) {
      issues.error("titleSheetNoHeader", { sheet: sheet.name }, { file: book.file, sheet: sheet.name, cell: "A1" });
      continue;
    }
    for (const row of table.rows) {
      const name = row.text("unit");
      const title = row.text("title");
      if (!name || /^(?:注|说明|备注)[:：]/.test(name) || !title || ["无", "—", "-", "/"].includes(title)) continue;
      const where = (role: string) => ({ file: book.file, sheet: sheet.name, cell: row.at(role) });
      add(name, title, row.text("year"), where("title"), where("year"));
    }
  }
  return out;
}
