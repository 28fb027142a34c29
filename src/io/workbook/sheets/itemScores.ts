import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, PRINTING, SHEETS, VETO_LABEL, yearTitle } from "../../../core/i18n/labels.js";
import { type Merge, type SheetSpec, type XlsxRow, type XlsxValue } from "../../xlsx/model.js";
import { type RunInfo, HEADER, LINE_HEIGHT, sheet, bodyStyles, bodyRow, BOLD, CENTRED } from "../frame.js";
import { bonusFormula, dataColumns, itemCells, itemScoreLayout, ITEM_SCORES_FIRST_ROW, live, RANKING_FIRST_ROW, rankingColumnIndexes } from "../formulas.js";
import { cellRef, roundedSum, sumArguments, totalFormula } from "../../../core/formulas/excel.js";
import { rankColumns } from "./rankingColumns.js";
import { A4_PRINTABLE, bandLayout } from "../pageFit.js";
import { linesNeeded } from "../../xlsx/textLines.js";

export function itemScoresSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const groups = a.criteria.groups.filter((g) => g.items.some((i) => !i.rule.pointless));
  const top = 3;
  const merges: Merge[] = [];
  // Three header rows: 一级指标 over its items, the items, then each column's 分值.
  const h: XlsxValue[][] = [[], [], []];
  const columns: { kind: "item" | "subtotal"; index?: number; group?: string }[] = [];
  [C.rank, C.unit, C.category].forEach((label, i) => {
    h[0][i] = label;
    h[2][i] = i === 1 ? C.points : null;
    merges.push({ top, left: i + 1, bottom: top + 1, right: i + 1 });
  });
  let col = 3;
  // Each 一级指标's columns (1-based, with its 小计) stay on one printed page.
  const bands: [number, number][] = [];
  for (const g of groups) {
    const start = col;
    for (const item of g.items) {
      if (item.rule.pointless) continue;
      h[1][col] = `${item.key} ${item.name}`;
      h[2][col] = item.points;
      columns.push({ kind: "item", index: a.criteria.items.indexOf(item) });
      col++;
    }
    h[1][col] = C.subtotal;
    h[2][col] = g.points;
    columns.push({ kind: "subtotal", group: g.name });
    col++;
    h[0][start] = `${g.name}（${g.points}分）`;
    if (col - 1 > start) merges.push({ top, left: start + 1, bottom: top, right: col });
    bands.push([start + 1, col]);
  }
  for (const [label, points] of [[C.basic, a.criteria.basicTotal], [C.bonus, a.criteria.settings.bonusCap], [C.total, a.criteria.basicTotal + a.criteria.settings.bonusCap]] as const) {
    h[0][col] = label;
    h[2][col] = points;
    merges.push({ top, left: col + 1, bottom: top + 1, right: col + 1 });
    col++;
  }
  // 基本分, 加分 and 总分 print together, after the last 一级指标.
  bands.push([col - 2, col]);
  const width = col;
  // Item columns as wide as 10.00; their names wrap in the header row, which is as tall as the longest needs.
  const widths = [7, 24, 10, ...Array.from({ length: width - 3 }, () => 8)];
  const itemHeader = LINE_HEIGHT * Math.max(2, ...Array.from(h[1], (v, c) => (typeof v === "string" ? linesNeeded(v, widths[c]) : 1)));
  const header = h.map((values, i): XlsxRow => ({ values: Array.from({ length: width }, (_, c) => values[c] ?? null), style: HEADER, height: i === 1 ? itemHeader : undefined }));
  // Bands of whole 一级指标 across pages, 名次 and 单位名称 repeated on each (A4 landscape).
  const print = bandLayout(widths, 2, bands, A4_PRINTABLE.landscape.width);
  const looks = bodyStyles([undefined, undefined, undefined, ...Array.from({ length: width - 3 }, () => fmt)], width);
  const bold = new Set(columns.flatMap((c, i) => (c.kind === "subtotal" ? [3 + i] : [])));
  // Subtotals, 基本分, 加分 and 总分 are formulas over the row; with --formulas the items too, over the 数据 sheet.
  const layout = itemScoreLayout(a.criteria);
  const d = a.criteria.settings.decimals;
  const dataCols = info.formulas ? dataColumns(a.criteria) : undefined;
  const negativeCol = rankingColumnIndexes(rankColumns(a, fmt, C.rank).map((c) => c.label)).negative;
  function* body(): Generator<XlsxRow> {
    for (const [unit, r] of a.results.entries()) {
      const row = ITEM_SCORES_FIRST_ROW + unit;
      const items = dataCols ? itemCells(a, r, unit, dataCols).cells : undefined;
      const values: XlsxValue[] = [r.vetoes.length ? VETO_LABEL : (r.rank ?? null), r.unit.name, r.unit.category];
      let group = 0;
      for (const c of columns) {
        if (c.kind === "item") values.push(items?.get(c.index!) ?? r.items.points(c.index!));
        else values.push(live(roundedSum(sumArguments(layout.groups[group++].itemCols, row), d), r.groupScores.get(c.group!) ?? 0));
      }
      const negative = negativeCol >= 0 ? cellRef(negativeCol, RANKING_FIRST_ROW + unit, { sheet: SHEETS.ranking }) : undefined;
      values.push(
        live(roundedSum(sumArguments(layout.basicItemCols, row), d), r.basic),
        live(bonusFormula(a, r, layout, row), r.bonus),
        live(totalFormula(cellRef(layout.basicCol, row), cellRef(layout.bonusCol, row), negative, d), r.total),
      );
      const laid = bodyRow(values, looks, widths);
      for (const i of bold) laid.style[i] = BOLD(laid.style[i]);
      // 名次 centred as in 总排名 (a right-aligned 1 ran into the unit's name on the repeated columns, 否决 sat left).
      laid.style[0] = CENTRED(laid.style[0]);
      yield laid;
    }
  }
  return sheet(
    {
      name: SHEETS.itemScores,
      title: `${yearTitle(info.label)}文明单位测评分项得分`,
      subtitle: `每项得分按 Excel ROUND 保留后再合计；第 5 行为各项分值；${PRINTING.itemBands(print.breaks.length + 1)}`,
      widths,
      header,
      frozenCols: 2,
      merges,
      // 30-odd item columns cannot fit one A4 width legibly: bands at 一级指标 boundaries, at a fixed
      // scale (Excel and Calc ignore manual breaks on a sheet fitted to pages).
      titleColumns: 2,
      columnBreaks: print.breaks,
      scale: print.scale,
      fitToWidth: print.breaks.length + 1,
    },
    body(),
  );
}

