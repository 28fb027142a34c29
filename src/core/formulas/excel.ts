/**
 * Pieces of Excel formula text: references, literals and the score, rank and
 * grade formulas of the result workbook. Pure strings: the io layer places
 * them in cells with kaoping's own value cached beside them.
 */
import { columnLetter } from "../table/grid.js";
import type { RankMethod } from "../model.js";
import { numberLiteral } from "../expression/numberLiteral.js";

/**
 * A sheet name as a formula writes it: always quoted, quotes doubled.
 * @example sheetPrefix("分项得分") // => "'分项得分'!"
 */
export function sheetPrefix(sheet: string | undefined): string {
  return sheet === undefined ? "" : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * A cell (0-based column, 1-based row), optionally on another sheet and absolute.
 * @example cellRef(3, 6) // => "D6"
 * @example cellRef(0, 4, { sheet: "数据", absolute: true }) // => "'数据'!$A$4"
 */
export function cellRef(col: number, row: number, opts: { sheet?: string; absolute?: boolean } = {}): string {
  const d = opts.absolute ? "$" : "";
  return `${sheetPrefix(opts.sheet)}${d}${columnLetter(col)}${d}${row}`;
}

/**
 * A column range over rows top..bottom, absolute (it is shared by every row's formula).
 * @example columnRange(6, 4, 14) // => "$G$4:$G$14"
 */
export function columnRange(col: number, top: number, bottom: number, sheet?: string): string {
  const c = columnLetter(col);
  return `${sheetPrefix(sheet)}$${c}$${top}:$${c}$${bottom}`;
}

export { numberLiteral };

/**
 * A text literal: quotes doubled.
 * @example textLiteral('A"B') // => '"A""B"'
 */
export function textLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Cells of one row (0-based columns) as SUM's arguments, neighbours joined into ranges.
 * @example sumArguments([3, 4, 5, 7], 6, "分项得分") // => "'分项得分'!D6:F6,'分项得分'!H6"
 */
export function sumArguments(cols: readonly number[], row: number, sheet?: string): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const from = cellRef(sorted[i], row, { sheet });
    parts.push(j > i ? `${from}:${columnLetter(sorted[j])}${row}` : from);
    i = j + 1;
  }
  return parts.join(",");
}

/**
 * A sum of item points rounded like kaoping's: ROUND(SUM(…),d); 0 with no cells.
 * @example roundedSum("D6:H6", 2) // => "ROUND(SUM(D6:H6),2)"
 */
export function roundedSum(args: string, decimals: number): string {
  return args ? `ROUND(SUM(${args}),${decimals})` : "0";
}

/**
 * 加分: the bonus items' points, at most the cap.
 * @example cappedBonus("L6:M6", 10, 2) // => "ROUND(MIN(SUM(L6:M6),10),2)"
 */
export function cappedBonus(args: string, cap: number, decimals: number): string {
  return args ? `ROUND(MIN(SUM(${args}),${numberLiteral(cap)}),${decimals})` : "0";
}

/**
 * 总分 from the row's 基本分 and 加分, less 负面清单扣分 (never below 0) when the criteria have one.
 * @example totalFormula("D4", "E4", undefined, 2) // => "ROUND(D4+E4,2)"
 * @example totalFormula("D4", "E4", "F4", 2) // => "ROUND(MAX(0,D4+E4-F4),2)"
 */
export function totalFormula(basic: string, bonus: string, negative: string | undefined, decimals: number): string {
  return negative ? `ROUND(MAX(0,${basic}+${bonus}-${negative}),${decimals})` : `ROUND(${basic}+${bonus},${decimals})`;
}

/**
 * 名次 among the totals of a range holding exactly the eligible units:
 * 美式 RANK.EQ, 中国式 the dense count of distinct higher totals, 平均 RANK.AVG.
 * RANK.EQ and RANK.AVG came with Excel 2010: the file stores them with the
 * _xlfn. prefix (without it Excel shows #NAME?) and Excel displays RANK.EQ.
 * @example rankFormula("competition", "G4", "$G$4:$G$14") // => "_xlfn.RANK.EQ(G4,$G$4:$G$14)"
 * @example rankFormula("dense", "G4", "$G$4:$G$14") // => "SUMPRODUCT(($G$4:$G$14>G4)/COUNTIF($G$4:$G$14,$G$4:$G$14))+1"
 */
export function rankFormula(method: RankMethod, total: string, range: string): string {
  if (method === "dense") return `SUMPRODUCT((${range}>${total})/COUNTIF(${range},${range}))+1`;
  return `${method === "average" ? "_xlfn.RANK.AVG" : "_xlfn.RANK.EQ"}(${total},${range})`;
}

/**
 * 分类名次 with COUNTIFS over the overall table's eligible rows: the
 * category's units with a higher total, plus one (美式); 平均 adds half of
 * the others tied. Dense ranks use rankFormula over the category's own rows.
 * @example categoryRankFormula("competition", "C5", "G5", "'总排名'!$C$4:$C$14", "'总排名'!$G$4:$G$14") // => "COUNTIFS('总排名'!$C$4:$C$14,C5,'总排名'!$G$4:$G$14,\">\"&G5)+1"
 */
export function categoryRankFormula(method: Exclude<RankMethod, "dense">, category: string, total: string, categories: string, totals: string): string {
  const higher = `COUNTIFS(${categories},${category},${totals},">"&${total})`;
  if (method === "average") return `${higher}+(COUNTIFS(${categories},${category},${totals},${total})+1)/2`;
  return `${higher}+1`;
}

/**
 * 等级 from the total by the 等级 table (lower bounds ascending beside the names).
 * @example gradeFormula("G4", "'说明'!$B$30:$B$33", "'说明'!$A$30:$A$33") // => "LOOKUP(G4,'说明'!$B$30:$B$33,'说明'!$A$30:$A$33)"
 */
export function gradeFormula(total: string, mins: string, names: string): string {
  return `LOOKUP(${total},${mins},${names})`;
}

/**
 * A category a COUNTIFS criterion would misread: wildcards (* ? ~), a
 * leading comparison, or a text that reads as a number.
 * @example [criterionUnsafe("乡镇"), criterionUnsafe("A*"), criterionUnsafe(">5"), criterionUnsafe("12")] // => [false, true, true, true]
 */
export function criterionUnsafe(text: string): boolean {
  return /[*?~]/.test(text) || /^[<>=]/.test(text) || text.trim() === "" || Number.isFinite(Number(text));
}
