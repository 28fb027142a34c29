/**
 * Where the result workbook's formulas point: the rows and columns of
 * 分项得分, 总排名, 分类排名, 数据 and the 等级 table on 说明, and the formula
 * cells built from them (text from core/formulas, kaoping's value cached).
 * Every sheet lists units in publication order (a.results), so unit i sits
 * on the same body row offset everywhere.
 */
import type { Assessment } from "../../core/score/assess.js";
import type { Criteria, UnitResult } from "../../core/model.js";
import { COLUMNS as C, SHEETS, FORMULA_SHEETS } from "../../core/i18n/labels.js";
import { formulaCell, type XlsxValue } from "../xlsx/model.js";
import { cappedBonus, cellRef, columnRange, criterionUnsafe, gradeFormula, rankFormula, categoryRankFormula, roundedSum, sumArguments, totalFormula } from "../../core/formulas/excel.js";
import { gradeTable, lookupGrade } from "../../core/formulas/gradeTable.js";
import { dataFields, recordReads, type UnitReads } from "../../core/formulas/recordReads.js";
import { itemScoreFormula, type FormulaInputs, type ValueReason } from "../../core/formulas/itemFormulas.js";

/** Title, subtitle, one header row. */
export const RANKING_FIRST_ROW = 4;
/** Title, subtitle, three header rows (一级指标, items, 分值). */
export const ITEM_SCORES_FIRST_ROW = 6;
/** Title, subtitle, one header row. */
export const DATA_FIRST_ROW = 4;

/** 分项得分's columns (0-based): each item's, each 一级指标 subtotal's with its items, then 基本分, 加分, 总分. */
export interface ItemScoreLayout {
  itemCol: Map<number, number>;
  groups: { name: string; col: number; itemCols: number[] }[];
  basicItemCols: number[];
  bonusItemCols: number[];
  basicCol: number;
  bonusCol: number;
  totalCol: number;
}

/** The same walk as itemScoresSheet's header: groups with points, their scored items, a subtotal after each group. */
export function itemScoreLayout(criteria: Criteria): ItemScoreLayout {
  const itemCol = new Map<number, number>();
  const groups: ItemScoreLayout["groups"] = [];
  const basicItemCols: number[] = [];
  const bonusItemCols: number[] = [];
  let col = 3;
  for (const g of criteria.groups.filter((g) => g.items.some((i) => !i.rule.pointless))) {
    const itemCols: number[] = [];
    for (const item of g.items) {
      if (item.rule.pointless) continue;
      itemCol.set(criteria.items.indexOf(item), col);
      (item.bonus ? bonusItemCols : basicItemCols).push(col);
      itemCols.push(col++);
    }
    groups.push({ name: g.name, col: col++, itemCols });
  }
  return { itemCol, groups, basicItemCols, bonusItemCols, basicCol: col, bonusCol: col + 1, totalCol: col + 2 };
}

/** Over-achievement (超额加分) counts toward 加分 without a column of its own: such a unit's 加分 is written as a value. */
export function hasExtra(r: UnitResult): boolean {
  for (let i = 0; i < r.items.length; i++) if (r.items.extra(i)) return true;
  return false;
}

/** 加分 over the bonus items of a 分项得分 row, or undefined when it cannot be (no bonus items, over-achievement). */
export function bonusFormula(a: Assessment, r: UnitResult, layout: ItemScoreLayout, row: number, sheet?: string): string | undefined {
  if (!layout.bonusItemCols.length || hasExtra(r)) return undefined;
  return cappedBonus(sumArguments(layout.bonusItemCols, row, sheet), a.criteria.settings.bonusCap, a.criteria.settings.decimals);
}

/** A formula cell, or the plain value when there is no formula. */
export function live(formula: string | undefined, value: number | string | null): XlsxValue {
  return formula === undefined ? value : formulaCell(formula, value);
}

/** The 等级 table's rows on 说明 (lower bound ascending), and the ranges LOOKUP reads. */
export interface GradeTablePlace {
  rows: { name: string; min: number }[];
  mins: string;
  names: string;
}

/** The table placed at `top` (1-based row of its first grade) in columns A (grade) and B (lower bound). */
export function gradeTablePlace(criteria: Criteria, top: number): GradeTablePlace | undefined {
  const rows = gradeTable(criteria.grades);
  if (!rows?.length) return undefined;
  const bottom = top + rows.length - 1;
  return { rows, mins: columnRange(1, top, bottom, SHEETS.about), names: columnRange(0, top, bottom, SHEETS.about) };
}

/** 等级 as LOOKUP against the table, where it gives kaoping's grade (not vetoed, no gate lowered it). */
export function gradeCell(r: UnitResult, totalRef: string, table: GradeTablePlace | undefined): string | undefined {
  if (!table || r.vetoes.length || r.scoreGrade !== undefined || lookupGrade(r.total, table.rows) !== r.grade) return undefined;
  return gradeFormula(totalRef, table.mins, table.names);
}

/** The formulas of the ranking sheets' score, rank and grade columns, for one row. */
export interface RankingFormulaColumns {
  basic: number;
  bonus: number;
  negative: number;
  total: number;
  grade: number;
  place: number;
  category: number;
}

export function rankingColumnIndexes(labels: readonly string[]): RankingFormulaColumns {
  const at = (l: string) => labels.indexOf(l);
  return { basic: at(C.basic), bonus: at(C.bonus), negative: at(C.negative), total: at(C.total), grade: at(C.grade), place: 0, category: at(C.category) };
}

/**
 * Replace the 基本分, 加分, 总分 and 等级 values of a ranking row (the unit
 * at index `unit` of a.results, on sheet row `row`) with their formulas.
 */
export function scoreFormulas(a: Assessment, r: UnitResult, unit: number, row: number, cols: RankingFormulaColumns, values: XlsxValue[], layout: ItemScoreLayout, table: GradeTablePlace | undefined): void {
  const d = a.criteria.settings.decimals;
  const itemRow = ITEM_SCORES_FIRST_ROW + unit;
  values[cols.basic] = live(roundedSum(sumArguments(layout.basicItemCols, itemRow, SHEETS.itemScores), d), r.basic);
  values[cols.bonus] = live(bonusFormula(a, r, layout, itemRow, SHEETS.itemScores), r.bonus);
  const negative = cols.negative >= 0 ? cellRef(cols.negative, row) : undefined;
  const totalRef = cellRef(cols.total, row);
  values[cols.total] = formulaCell(totalFormula(cellRef(cols.basic, row), cellRef(cols.bonus, row), negative, d), r.total);
  const grade = gradeCell(r, totalRef, table);
  if (grade) values[cols.grade] = formulaCell(grade, r.grade);
}

/** 名次 over the eligible block of 总排名 (rows first..last of the total column). */
export function overallRankCell(a: Assessment, r: UnitResult, row: number, cols: RankingFormulaColumns, eligible: number): XlsxValue | undefined {
  if (r.vetoes.length || r.rank === undefined) return undefined;
  const range = columnRange(cols.total, RANKING_FIRST_ROW, RANKING_FIRST_ROW + eligible - 1);
  return formulaCell(rankFormula(a.criteria.settings.rankMethod, cellRef(cols.total, row), range), r.rank);
}

/**
 * 类别名次: COUNTIFS over 总排名's eligible rows (美式, 平均), or the dense
 * form over the category's own eligible rows (rows blockTop..blockBottom of this sheet).
 */
export function categoryRankCell(a: Assessment, r: UnitResult, row: number, cols: RankingFormulaColumns, eligible: number, block: { top: number; bottom: number }): XlsxValue | undefined {
  if (r.vetoes.length || r.categoryRank === undefined) return undefined;
  const method = a.criteria.settings.rankMethod;
  const total = cellRef(cols.total, row);
  if (method === "dense" || criterionUnsafe(r.unit.category)) {
    return formulaCell(rankFormula(method, total, columnRange(cols.total, block.top, block.bottom)), r.categoryRank);
  }
  const last = RANKING_FIRST_ROW + eligible - 1;
  const categories = columnRange(cols.category, RANKING_FIRST_ROW, last, SHEETS.ranking);
  const totals = columnRange(cols.total, RANKING_FIRST_ROW, last, SHEETS.ranking);
  return formulaCell(categoryRankFormula(method, cellRef(cols.category, row), total, categories, totals), r.categoryRank);
}

/** The 数据 sheet's columns: 单位名称, 单位类别, then each field. */
export function dataColumns(criteria: Criteria): Map<string, number> {
  return new Map(dataFields(criteria).map((f, i) => [f, 2 + i]));
}

/** What an item formula may use of unit `unit`'s 数据 row. */
export function formulaInputs(criteria: Criteria, reads: UnitReads, unit: number, columns: Map<string, number>): FormulaInputs {
  const row = DATA_FIRST_ROW + unit;
  return {
    ref: (field) => {
      const col = columns.get(field);
      return col === undefined || reads.conflicting.has(field) ? undefined : cellRef(col, row, { sheet: FORMULA_SHEETS.data });
    },
    read: (field) => reads.values.get(field),
    meaning: (field) => criteria.fieldMeanings.get(field),
  };
}

/** One unit's item scores for 分项得分 under --formulas: a formula where one expresses the rule, else the value (and why). */
export function itemCells(a: Assessment, r: UnitResult, unit: number, columns: Map<string, number>): { cells: Map<number, XlsxValue>; reasons: Map<number, ValueReason> } {
  const reads = recordReads(r.unit, a.criteria);
  const inputs = formulaInputs(a.criteria, reads, unit, columns);
  const cells = new Map<number, XlsxValue>();
  const reasons = new Map<number, ValueReason>();
  a.criteria.items.forEach((item, i) => {
    if (item.rule.pointless) return;
    const built = itemScoreFormula(item, reads.outcomes[i], inputs, a.criteria.settings.decimals);
    if ("formula" in built) cells.set(i, formulaCell(built.formula, r.items.points(i)));
    else {
      cells.set(i, r.items.points(i));
      reasons.set(i, built.reason);
    }
  });
  return { cells, reasons };
}
