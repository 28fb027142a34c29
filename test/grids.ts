import { explainUnit } from "../src/core/score/scoreUnit.js";
/**
 * Test helpers: build the core's plain workbook grids from arrays, so
 * parsing and scoring can be tested without files.
 */
import type { CellRange, CellValue, GridCell, SheetGrid, WorkbookGrid } from "../src/core/table/grid.js";
import { IssueLog } from "../src/core/issues.js";
import { parseCriteria } from "../src/core/criteria/parseCriteria.js";
import { assess } from "../src/core/score/assess.js";
import type { Criteria } from "../src/core/model.js";

export type Input = CellValue | GridCell | undefined;

function isGridCell(v: Input): v is GridCell {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "v" in v;
}

/** "A1:B2" → zero-based range. */
export function range(ref: string): CellRange {
  const p = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: col - 1 };
  };
  const [a, b] = ref.split(":");
  const s = p(a);
  const e = p(b ?? a);
  return { top: s.r, left: s.c, bottom: e.r, right: e.c };
}

export function sheet(name: string, rows: Input[][], merges: string[] = []): SheetGrid {
  return {
    name,
    rows: rows.map((row) => row.map((v) => (v === undefined || v === null || v === "" ? undefined : isGridCell(v) ? v : { v }))),
    merges: merges.map(range),
  };
}

export function book(file: string, ...sheets: SheetGrid[]): WorkbookGrid {
  return { file, sheets };
}

export const CRITERIA_HEADER = ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"];

/** One criteria row: [编号, 一级指标, 测评内容, 分值, 计分方式, 数据项, 参数]. */
export type CriteriaRow = [string, string, string, number | string, string, string, string?];

export function criteriaBook(rows: CriteriaRow[], extra: SheetGrid[] = []): WorkbookGrid {
  return book("测评体系.xlsx", sheet("测评细则", [CRITERIA_HEADER, ...rows]), ...extra);
}

export function parseCriteriaRows(rows: CriteriaRow[], extra: SheetGrid[] = []): { criteria: Criteria; issues: IssueLog } {
  const issues = new IssueLog();
  const criteria = parseCriteria(criteriaBook(rows, extra), issues);
  return { criteria, issues };
}

/** Score units given as {单位名称, 单位类别, field: value} against criteria rows. */
export function scoreRows(rows: CriteriaRow[], units: Record<string, Input>[], extra: SheetGrid[] = []) {
  const { criteria, issues } = parseCriteriaRows(rows, extra);
  if (issues.errorCount) throw new Error(issues.items.map((i) => i.message).join("\n"));
  const headers = [...new Set(units.flatMap((u) => Object.keys(u)))];
  const grid = sheet("申报数据", [headers, ...units.map((u) => headers.map((h) => u[h]))]);
  const assessment = assess(criteria, book("申报.xlsx", grid), issues);
  return { assessment, issues: issues.items, byName: (n: string) => assessment.results.find((r) => r.unit.name === n)! };
}

/** Score one unit against one item; returns that item's result and the issues. */
export function scoreItem(row: CriteriaRow, values: Record<string, Input>) {
  const { assessment, issues } = scoreRows([row], [{ 单位名称: "测试单位", 单位类别: "机关", ...values }]);
  const result = assessment.results[0];
  // The item's points with its words (rebuilt as 计分明细 does when it is written).
  return { item: { ...result.items.get(0), ...explainUnit(result.unit, assessment.criteria)[0] }, result, issues };
}
