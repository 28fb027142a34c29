/**
 * The live formulas of 总排名 and 分类排名: 基本分 and 加分 over the unit's
 * 分项得分 row, 总分 from them, 名次 over the eligible units, 等级 by the
 * 等级 table on 说明. Each cell keeps kaoping's value cached.
 */
import type { Assessment } from "../../../core/score/assess.js";
import type { UnitResult } from "../../../core/model.js";
import type { XlsxValue } from "../../xlsx/model.js";
import type { RunInfo } from "../frame.js";
import { categoryRankCell, gradeTablePlace, itemScoreLayout, overallRankCell, RANKING_FIRST_ROW, rankingColumnIndexes, scoreFormulas } from "../formulas.js";
import { gradeTableTop } from "./about.js";

/** Shared by both sheets: where each unit's 分项得分 row is, and the 等级 table. */
function context(a: Assessment, info: RunInfo, labels: readonly string[]) {
  const index = new Map(a.results.map((r, i) => [r, i]));
  const eligible = a.results.filter((r) => !r.vetoes.length).length;
  return { index, eligible, cols: rankingColumnIndexes(labels), layout: itemScoreLayout(a.criteria), table: gradeTablePlace(a.criteria, gradeTableTop(a, info)) };
}

/** 总排名's hook for rankingRows: rows from RANKING_FIRST_ROW in a.results order. */
export function rankingFormulas(a: Assessment, info: RunInfo, labels: readonly string[]): (r: UnitResult, values: XlsxValue[]) => void {
  const { index, eligible, cols, layout, table } = context(a, info, labels);
  return (r, values) => {
    const unit = index.get(r)!;
    const row = RANKING_FIRST_ROW + unit;
    scoreFormulas(a, r, unit, row, cols, values, layout, table);
    values[cols.place] = overallRankCell(a, r, row, cols, eligible) ?? values[cols.place];
  };
}

/** 分类排名's hooks: one per category block, whose members start on sheet row `top` (eligible first, vetoed last). */
export function categoryRankingFormulas(a: Assessment, info: RunInfo, labels: readonly string[]) {
  const { index, eligible, cols, layout, table } = context(a, info, labels);
  return {
    block(members: readonly UnitResult[], top: number): (r: UnitResult, values: XlsxValue[]) => void {
      const bottom = top + members.filter((m) => !m.vetoes.length).length - 1;
      const rowOf = new Map(members.map((m, i) => [m, top + i]));
      return (r, values) => {
        const row = rowOf.get(r)!;
        scoreFormulas(a, r, index.get(r)!, row, cols, values, layout, table);
        values[cols.place] = categoryRankCell(a, r, row, cols, eligible, { top, bottom }) ?? values[cols.place];
      };
    },
  };
}
