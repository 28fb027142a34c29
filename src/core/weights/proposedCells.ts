import { cellAddress, findSheet, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { CRITERIA_SHEET_NAMES, criteriaRole, type CriteriaColumn } from "../criteria/columns.js";
import { allParamKeys } from "../rules/registry.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { pointsInName } from "../criteria/numbering.js";
import { childKey, level2Of } from "./hierarchy.js";
import { level2Key } from "./apportionPoints.js";
import type { WeightsResult } from "./weighCriteria.js";

/** One cell of the criteria's 测评细则 to change in the copy: an item's 分值, or a parent's points (its 分值 cell, or 「组织领导（15分）」 text). */
export interface CellEdit {
  sheet: string;
  /** Zero-based, of the cell itself (the top-left of a merged range). */
  row: number;
  col: number;
  cell: string;
  before: string;
  after: number | string;
}

/**
 * Where the proposed 分值 go in the criteria workbook: each item's 分值 cell
 * (the row its name was read from), and every parent whose points the sheet
 * declares — 「组织领导（15分）」 in a (merged) 一级/二级 cell, or a parent row
 * with its own 分值 — so that the copy parses with its parents still summing.
 * Only cells whose value changes are listed.
 */
export function proposedCells(book: WorkbookGrid, result: WeightsResult): CellEdit[] {
  const sheet = findSheet(book, ...CRITERIA_SHEET_NAMES) ?? (book.sheets.length === 1 ? book.sheets[0] : undefined);
  if (!sheet) return [];
  const paramKeys = allParamKeys();
  const header = findHeader(sheet, (n) => criteriaRole(n) !== undefined || paramKeys.has(nameKey(n)), (n) => criteriaRole(n) === "points");
  if (!header) return [];
  const col = new Map<CriteriaColumn, number>();
  for (const c of header.columns) {
    const role = criteriaRole(c.name);
    if (role && !col.has(role)) col.set(role, c.col);
  }
  const pointsCol = col.get("points")!;
  const edits = new Map<string, CellEdit>();
  const edit = (row: number, c: number, after: number | string) => {
    const at = masterOf(sheet, row, c);
    const before = cellText(sheet.rows[at.row]?.[at.col]);
    if (before === String(after)) return;
    const cell = cellAddress(at.row, at.col);
    if (!edits.has(cell)) edits.set(cell, { sheet: sheet.name, row: at.row, col: at.col, cell, before, after });
  };
  const level1Names = new Map([...result.level1Points.keys()].map((g) => [childKey(g), g]));
  /** 「组织领导（15分）」 with the parent's proposed points, or undefined when the text declares none. */
  const withPoints = (text: string, points: number | undefined) => {
    if (points === undefined || pointsInName(text).points === undefined) return undefined;
    return text.replace(/(\d+(?:\.\d+)?)(\s*分?\s*[)）]\s*)$/, `${points}$2`);
  };
  const itemRows = new Map<number, { level1: string; level2: string }>();
  for (const w of result.items) {
    const row = rowOf(w.item.source.cell);
    itemRows.set(row, { level1: w.item.level1, level2: w.item.level2 });
    if (w.proposedPoints !== w.currentPoints) edit(row, pointsCol, w.proposedPoints);
    // Points declared in the 一级 / 二级 cells beside the item (merged down the group).
    for (const [role, points] of [
      ["level1", result.level1Points.get(w.item.level1)],
      ["level2", result.level2Points.get(level2Key(w.item.level1, level2Of(w.item)))],
    ] as const) {
      const c = col.get(role);
      if (c === undefined) continue;
      const at = masterOf(sheet, row, c);
      const text = cellText(sheet.rows[at.row]?.[at.col]);
      const next = withPoints(text, points);
      if (next !== undefined) edit(at.row, at.col, next);
    }
  }
  // Parent rows (no 计分方式): their 分值 cell, or the points in their name (「一、阵地建设（12分）」).
  const ruleCol = col.get("rule");
  const sourceCols = (["name", "level2", "level1"] as const).map((r) => col.get(r)).filter((c): c is number => c !== undefined);
  const rows = header.filled.rows;
  // A parent row's 二级, by its name within the group of the items below it.
  const level2PointsOf = (group: string, key: string) => {
    const level2 = result.tree.items.find((i) => i.level1 === group && childKey(i.level2) === key)?.level2;
    return level2 === undefined ? undefined : result.level2Points.get(level2Key(group, level2));
  };
  const itemRowsInOrder = [...itemRows.keys()].sort((a, b) => a - b);
  for (let r = header.bottom + 1; r < rows.length; r++) {
    if (itemRows.has(r) || (ruleCol !== undefined && cellText(rows[r]?.[ruleCol]))) continue;
    const nameCol = sourceCols.find((c) => cellText(rows[r]?.[c]));
    if (nameCol === undefined) continue;
    const name = cellText(rows[r]?.[nameCol]);
    const key = childKey(name);
    // The group of the first item below: a 二级 name may recur under another 一级.
    const below = itemRowsInOrder.find((k) => k > r);
    const group = below === undefined ? undefined : itemRows.get(below)!.level1;
    const points = level1Names.has(key)
      ? result.level1Points.get(level1Names.get(key)!)
      : group !== undefined
        ? level2PointsOf(group, key)
        : undefined;
    if (points === undefined) continue;
    if (cellText(rows[r]?.[pointsCol])) edit(r, pointsCol, points);
    else {
      const next = withPoints(name, points);
      if (next !== undefined) edit(r, nameCol, next);
    }
  }
  return [...edits.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Zero-based row of an A1 address. */
function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)![0]) - 1;
}

/** The top-left cell of the merged range holding (row, col), or the cell itself. */
function masterOf(sheet: SheetGrid, row: number, col: number): { row: number; col: number } {
  const m = sheet.merges.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
  return m ? { row: m.top, col: m.left } : { row, col };
}
