import type { Criteria } from "../model.js";
import { IssueLog } from "../issues.js";
import { cellAddress, findSheet, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { COLUMNS, SHEETS } from "../i18n/labels.js";
import { isResultWorkbook, readPublished } from "../compare/readPublished.js";
import { parseUnitChanges, type UnitChange } from "../compare/unitChanges.js";
import { comparableCriteria, notComparableItems } from "../compare/notComparable.js";
import { parseSubmissions, SubmissionsFormatError } from "../submissions/parseSubmissions.js";
import { applyPanelScores } from "../submissions/parsePanel.js";
import { scoreUnit } from "../score/scoreUnit.js";
import { rankUnits } from "../score/rankUnits.js";
import { rankCompetition } from "../math/rankCompetition.js";
import { STATUS_LABELS } from "../compare/compareYears.js";
import { currentStanding, type HistoryYear, type Standing } from "./history.js";

export type HistoryYearRead =
  | { ok: true; year: HistoryYear; changes: UnitChange[] }
  /** Neither a result workbook nor submissions that can be read: why (the reader's own Chinese line). */
  | { ok: false; reason: string };

/**
 * One earlier year: a kaoping result workbook as published (总分, 名次, 等级,
 * category and 类别名次 from its 分类排名; renames and mergers from its
 * 同比分析), or a submissions workbook rescored
 * under this year's criteria, as --previous does for one year: read as of
 * its own year (its 「2023年X」 is its 上年), panel sheets applied, the 同比
 * items it cannot score left out of its totals and its grade lines scaled
 * to what is left (comparableCriteria). Its data issues are counted, not
 * listed.
 */
export function readHistoryYear(book: WorkbookGrid, year: number, criteria: Criteria): HistoryYearRead {
  if (isResultWorkbook(book)) {
    const { years } = readPublished(book);
    const places = categoryPlaces(book);
    const units: Standing[] = [...years.values()].map((u) => ({
      name: u.name,
      category: u.category,
      total: u.total,
      rank: u.rank,
      categoryRank: places.get(nameKey(u.name)),
      grade: u.grade,
      vetoed: u.vetoed,
    }));
    if (!places.size) fillCategoryRanks(units);
    return { ok: true, year: { year, file: book.file, mode: "published", units, notComparable: [], issueCount: 0 }, changes: publishedChanges(book) };
  }
  const log = new IssueLog();
  let rows;
  try {
    rows = parseSubmissions(book, criteria, log, { year }).units;
  } catch (e) {
    if (e instanceof SubmissionsFormatError) return { ok: false, reason: e.message };
    throw e;
  }
  applyPanelScores(book, criteria, rows, log);
  const excluded = notComparableItems(criteria, rows);
  const scoring = excluded.length ? comparableCriteria(criteria, excluded) : criteria;
  const ranked = rankUnits(rows.map((u) => scoreUnit(u, scoring, log)), criteria.settings.rankMethod);
  const changes = parseUnitChanges(book, log);
  return {
    ok: true,
    year: { year, file: book.file, mode: "rescored", units: ranked.map(currentStanding), notComparable: excluded.map((i) => criteria.items[i].name), issueCount: log.items.length },
    changes,
  };
}

/** 类别名次 by unit from a result workbook's 分类排名 sheet (empty when it has none). */
function categoryPlaces(book: WorkbookGrid): Map<string, number> {
  const out = new Map<string, number>();
  const sheet = findSheet(book, SHEETS.categoryRanking);
  if (!sheet) return out;
  const wanted = [COLUMNS.categoryRank, COLUMNS.unit].map(nameKey);
  const header = findHeader(sheet, (n) => wanted.includes(n), (n) => n === nameKey(COLUMNS.unit));
  const col = (label: string) => header?.columns.find((c) => c.name === nameKey(label))?.col;
  const [placeCol, nameCol] = [col(COLUMNS.categoryRank), col(COLUMNS.unit)];
  if (!header || placeCol === undefined || nameCol === undefined) return out;
  for (let r = header.bottom + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const place = row[placeCol]?.v;
    const name = cellText(row[nameCol]);
    if (name && typeof place === "number") out.set(nameKey(name), place);
  }
  return out;
}

/**
 * The renames and mergers a result workbook made with --previous records in
 * its 同比分析 sheet (对比情况 更名 / 合并, 上年单位 「人事局、劳动局」), as
 * 单位变更 records: its year's 单位变更 sheet is not in it.
 */
function publishedChanges(book: WorkbookGrid): UnitChange[] {
  const sheet = findSheet(book, SHEETS.yearOnYear);
  if (!sheet) return [];
  const wanted = [COLUMNS.unit, COLUMNS.status, COLUMNS.previousUnit].map(nameKey);
  const header = findHeader(sheet, (n) => wanted.includes(n), (n) => n === nameKey(COLUMNS.unit));
  const col = (label: string) => header?.columns.find((c) => c.name === nameKey(label))?.col;
  const [unitCol, statusCol, previousCol] = [col(COLUMNS.unit), col(COLUMNS.status), col(COLUMNS.previousUnit)];
  if (!header || unitCol === undefined || statusCol === undefined || previousCol === undefined) return [];
  const changed = new Set([STATUS_LABELS.renamed, STATUS_LABELS.merged]);
  const out: UnitChange[] = [];
  const seen = new Set<string>();
  for (let r = header.bottom + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (!changed.has(cellText(row[statusCol]).trim())) continue;
    const newName = cellText(row[unitCol]).trim();
    for (const oldName of cellText(row[previousCol]).split("、").map((n) => n.trim()).filter(Boolean)) {
      const key = `${oldName}\u0000${newName}`;
      if (!newName || seen.has(key)) continue;
      seen.add(key);
      out.push({ oldName, newName, where: { file: book.file, sheet: sheet.name, cell: cellAddress(r, previousCol) } });
    }
  }
  return out;
}

/** A result workbook without 分类排名: 类别名次 from the published totals (RANK.EQ within the category). */
function fillCategoryRanks(units: Standing[]): void {
  const byCategory = new Map<string, Standing[]>();
  for (const u of units) if (!u.vetoed && u.total !== undefined) byCategory.set(u.category, [...(byCategory.get(u.category) ?? []), u]);
  for (const members of byCategory.values()) rankCompetition(members.map((m) => m.total!)).forEach((place, i) => (members[i].categoryRank = place));
}

/**
 * The year a history file is of: the year in its name (2024-排名结果.xlsx),
 * else the one in its title (the first rows of 总排名, or of its first
 * sheet: 「2024年度文明单位测评总排名」). Undefined when neither says.
 *
 * @example titleYear(book("x.xlsx", sheet("总排名", [["2024年度文明单位测评总排名"]]))) // => 2024
 */
export function titleYear(book: WorkbookGrid): number | undefined {
  const sheet: SheetGrid | undefined = findSheet(book, SHEETS.ranking) ?? book.sheets[0];
  for (const row of sheet?.rows.slice(0, 3) ?? []) {
    for (const cell of row ?? []) {
      const m = /((?:19|20)\d{2})\s*年/.exec(toHalfWidth(cellText(cell)));
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}
