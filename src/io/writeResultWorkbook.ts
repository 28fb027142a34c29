import ExcelJS from "exceljs";
import type { Assessment } from "../core/score/assess.js";
import type { UnitResult } from "../core/model.js";
import type { UnitComparison } from "../core/compare/compareYears.js";
import { STATUS_LABELS } from "../core/compare/compareYears.js";
import { COLUMNS as C, FIGURE_KIND_LABELS, SHEETS, VETO_LABEL, directionLabels, rankMethodLabels, severityLabels } from "../core/i18n/labels.js";
import { writeFileAtomic } from "./atomicWrite.js";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { HEADER_FILL, writeHeaderRow } from "./xlsxStyle.js";

export interface RunInfo {
  /** "2026" or the submissions file's base name. */
  label: string;
  inputs: { role: string; path: string; sha256: string }[];
  version: string;
  generatedAt: Date;
  /** Rendered charts to embed on the 图表 sheet. */
  charts?: { title: string; png: Buffer; width: number; height: number; path: string }[];
  /** Set when the workbook was streamed (no embedded images). */
  streamed?: boolean;
  /** Rows per 计分明细 sheet (Excel's limit unless a test sets fewer). */
  detailRowsPerSheet?: number;
  /** Units above which long sheets are written plain (PLAIN_SHEET_UNITS unless a test sets fewer). */
  plainAbove?: number;
}

const GRADE_COLOURS: Record<string, string> = {
  优秀: "FFC6EFCE",
  良好: "FFDDEBF7",
  合格: "FFFFF2CC",
  不合格: "FFF8CBAD",
  [VETO_LABEL]: "FFD9D9D9",
};
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

// exceljs stores JS strings as text cells, never as formulas, so a unit
// named "=HYPERLINK(…)" or "+1" is written back inert.

/** Either exceljs workbook: in memory, or the streaming writer that flushes committed rows. */
type Book = ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter;

/** Above this many 计分明细 rows the workbook is streamed to disk instead of built in memory. */
export const STREAMING_ROWS = 100_000;
/** Excel's row limit less the heading rows: a longer 计分明细 continues on another sheet. */
export const DETAIL_ROWS_PER_SHEET = 1_048_576 - 3;

/**
 * Write the result workbook atomically (temp file, then rename). Small runs
 * are built in memory; large ones go through exceljs' streaming writer,
 * row by row, with the same sheets and cells (no embedded chart images:
 * those stay in charts/, and 说明 says so).
 */
export async function writeResultWorkbook(path: string, a: Assessment, info: RunInfo, opts: { streaming?: boolean; detailRowsPerSheet?: number; plainAbove?: number } = {}): Promise<void> {
  const streaming = opts.streaming ?? a.results.length * a.criteria.items.length > STREAMING_ROWS;
  if (!streaming) {
    const buffer = await buildResultWorkbook(a, { ...info, detailRowsPerSheet: opts.detailRowsPerSheet, plainAbove: opts.plainAbove }).xlsx.writeBuffer();
    await writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer));
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    fillWorkbook(wb, a, { ...info, charts: undefined, streamed: true, detailRowsPerSheet: opts.detailRowsPerSheet, plainAbove: opts.plainAbove });
    await wb.commit();
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export function buildResultWorkbook(a: Assessment, info: RunInfo): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  fillWorkbook(wb, a, info);
  return wb;
}

function fillWorkbook(wb: Book, a: Assessment, info: RunInfo): void {
  wb.creator = `kaoping ${info.version}`;
  wb.created = info.generatedAt;
  const fmt = scoreFormat(a.criteria.settings.decimals);
  rankingSheet(wb, a, info, fmt);
  categorySheet(wb, a, info, fmt);
  itemScoresSheet(wb, a, info, fmt);
  statisticsSheet(wb, a, info, fmt);
  issuesSheet(wb, a, info);
  detailsSheet(wb, a, info, fmt);
  if (a.comparison) {
    yearOnYearSheet(wb, a, info, fmt);
    categorySummarySheet(wb, a, info, fmt);
  }
  if (info.charts?.length) chartsSheet(wb as ExcelJS.Workbook, info);
  aboutSheet(wb, a, info);
}

function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** A sheet with a title row, a header row at `headerRow`, print setup and frozen panes. */
function newSheet(wb: Book, name: string, titleText: string, width: number, headerRows = 1, views?: Partial<ExcelJS.WorksheetView>[]): ExcelJS.Worksheet {
  const headerRow = 3;
  // Views go in with the sheet: the streaming writer writes them before the first row.
  const ws = (wb as ExcelJS.Workbook).addWorksheet(name, {
    views: views ?? [{ state: "frozen", ySplit: headerRow + headerRows - 1, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow + headerRows - 1}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "第 &P 页，共 &N 页" },
  });
  ws.mergeCells(1, 1, 1, Math.max(width, 1));
  const t = ws.getCell(1, 1);
  t.value = titleText;
  t.font = { bold: true, size: 15 };
  t.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 26;
  return ws;
}

function subtitle(ws: ExcelJS.Worksheet, text: string, width: number): void {
  ws.mergeCells(2, 1, 2, Math.max(width, 1));
  const c = ws.getCell(2, 1);
  c.value = text;
  c.font = { color: { argb: "FF595959" }, size: 10 };
  c.alignment = { horizontal: "center" };
}

function header(ws: ExcelJS.Worksheet, rowNumber: number, labels: string[], widths: number[]): void {
  const row = ws.getRow(rowNumber);
  writeHeaderRow(row, labels, widths, BORDER);
  row.height = 30;
}

/**
 * Above this many units the long sheets (计分明细, 同比分析, 分项得分) are
 * written plain: number formats on the columns, no per-cell borders or
 * wrapping, which is most of exceljs' writing time.
 */
export const PLAIN_SHEET_UNITS = 300;

/** Number formats set once on the columns, for plain long sheets. */
function columnFormats(ws: ExcelJS.Worksheet, formats: (string | undefined)[]): void {
  formats.forEach((f, i) => f && (ws.getColumn(i + 1).numFmt = f));
}

/** A row of a plain long sheet: values as they are, then flushed. */
function plainRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[]): void {
  ws.addRow(values.map((v) => (v === "" ? null : v))).commit();
}

/** Borders, number formats, and wrapped text with a row height that fits it. */
function body(row: ExcelJS.Row, formats: (string | undefined)[] = [], decorate?: (row: ExcelJS.Row) => void): void {
  let lines = 1;
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    // An empty text is no value: both writers then leave the cell blank.
    if (cell.value === "") cell.value = null;
    cell.border = BORDER;
    const f = formats[col - 1];
    if (f) cell.numFmt = f;
    const needed = typeof cell.value === "string" ? linesNeeded(cell.value, row.worksheet.getColumn(col).width ?? 10) : 1;
    cell.alignment = { vertical: "middle", wrapText: needed > 1 };
    lines = Math.max(lines, needed);
  });
  // Viewers do not all re-measure wrapped rows, so set the height ourselves.
  if (lines > 1) row.height = 15 * lines;
  decorate?.(row);
  // Streaming: flush the row (and the headings above it); in memory a no-op.
  row.commit();
}

/** Lines a text needs in a column: CJK characters take two width units. */
function linesNeeded(text: string, width: number): number {
  if (text.length * 2 <= width - 1) return 1;
  const wide = text.length - text.replace(/[\u2e80-\uffff]/g, "").length;
  return Math.max(1, Math.ceil((text.length + wide) / Math.max(width - 1, 1)));
}

function colourGrade(cell: ExcelJS.Cell, grade: string): void {
  const argb = GRADE_COLOURS[grade];
  if (argb) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** One column of the ranking sheets: heading, width, number format and value. */
interface RankColumn {
  label: string;
  width: number;
  fmt?: string;
  value: (r: UnitResult, place: number | undefined, c: UnitComparison | undefined) => ExcelJS.CellValue;
}

function rankColumns(a: Assessment, fmt: string, placeLabel: string): RankColumn[] {
  const vetoed = (r: UnitResult) => r.vetoes.length > 0;
  const cols: RankColumn[] = [
    { label: placeLabel, width: 8, value: (r, place) => (vetoed(r) ? VETO_LABEL : (place ?? null)) },
    { label: C.unit, width: 26, value: (r) => r.unit.name },
    { label: C.category, width: 12, value: (r) => r.unit.category },
    { label: C.basic, width: 9, fmt, value: (r) => r.basic },
    { label: C.bonus, width: 8, fmt, value: (r) => r.bonus },
    { label: C.total, width: 9, fmt, value: (r) => r.total },
    { label: C.grade, width: 8, value: (r) => (vetoed(r) ? VETO_LABEL : r.grade) },
    { label: C.percentile, width: 12, fmt: "0.0%", value: (r) => r.percentile ?? null },
  ];
  if (a.comparison) {
    cols.push(
      { label: C.previousTotal, width: 9, fmt, value: (_r, _p, c) => c?.previous?.total ?? null },
      { label: C.totalChange, width: 9, fmt: `+${fmt};-${fmt};0`, value: (_r, _p, c) => c?.totalChange ?? null },
      { label: C.previousRank, width: 8, value: (_r, _p, c) => (c?.status === "same" || c?.status === "renamed" ? (c.previous?.rank ?? (c.previous?.vetoed ? VETO_LABEL : null)) : null) },
      { label: C.rankChange, width: 9, value: (_r, _p, c) => c?.rankChange ?? null },
      { label: C.previousGrade, width: 8, value: (_r, _p, c) => c?.previous?.grade || null },
    );
  }
  cols.push({ label: C.remark, width: 44, value: (r, _p, c) => remark(r, c) });
  if (a.comparison) cols.push({ label: C.highlights, width: 70, value: (_r, _p, c) => c?.highlights || null });
  return cols;
}

function remark(r: UnitResult, c?: UnitComparison): string {
  const parts: string[] = [];
  for (const v of r.vetoes) parts.push(`一票否决：${v.reason}，${v.outcome}`);
  if (c?.status === "renamed") parts.push(`原名 ${c.previousNames.join("、")}`);
  if (c?.status === "merged") parts.push(`由 ${c.previousNames.join("、")} 合并`);
  if (c?.status === "new") parts.push("本年新参评");
  if (r.issueCount) parts.push(`数据问题 ${r.issueCount} 条，见问题清单`);
  return parts.join("；");
}

function writeRankingRows(ws: ExcelJS.Worksheet, cols: RankColumn[], results: UnitResult[], place: (r: UnitResult) => number | undefined, a: Assessment): void {
  const byUnit = new Map(a.comparison?.units.map((u) => [u.result, u]));
  const gradeCol = cols.findIndex((c) => c.label === C.grade) + 1;
  for (const r of results) {
    const row = ws.addRow(cols.map((c) => c.value(r, place(r), byUnit.get(r))));
    body(row, cols.map((c) => c.fmt), () => {
      row.getCell(1).alignment = { horizontal: "center", vertical: "middle" };
      colourGrade(row.getCell(gradeCol), r.vetoes.length ? VETO_LABEL : r.grade);
      if (r.vetoes.length) row.font = { color: { argb: "FF7F7F7F" } };
    });
  }
}

function settingsLine(a: Assessment): string {
  const s = a.criteria.settings;
  return `排名方式：${rankMethodLabels[s.rankMethod]}　总分保留 ${s.decimals} 位小数（Excel ROUND）　百分位为 PERCENTRANK.INC　参评 ${a.results.length} 个单位`;
}

function rankingSheet(wb: Book, a: Assessment, info: RunInfo, fmt: string): void {
  const cols = rankColumns(a, fmt, C.rank);
  const ws = newSheet(wb, SHEETS.ranking, `${info.label}年度文明单位测评总排名`, cols.length);
  subtitle(ws, settingsLine(a), cols.length);
  header(ws, 3, cols.map((c) => c.label), cols.map((c) => c.width));
  // 同比要点 is for pasting, not for the printed table. exceljs prefixes the
  // columns with $ itself, so only the rows get one here ($A$1:$N$15).
  const printed = cols.findIndex((c) => c.label === C.highlights);
  if (printed > 0) ws.pageSetup.printArea = `A$1:${ws.getColumn(printed).letter}$${3 + a.results.length}`;
  writeRankingRows(ws, cols, a.results, (r) => r.rank, a);
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: cols.length } };
}

function categorySheet(wb: Book, a: Assessment, info: RunInfo, fmt: string): void {
  const cols = rankColumns(a, fmt, C.categoryRank);
  const ws = newSheet(wb, SHEETS.categoryRanking, `${info.label}年度文明单位测评分类排名`, cols.length);
  subtitle(ws, `按“${a.criteria.settings.groupField}”分组排名；${settingsLine(a)}`, cols.length);
  header(ws, 3, cols.map((c) => c.label), cols.map((c) => c.width));
  for (const category of a.categories) {
    const members = a.results.filter((r) => r.unit.category === category);
    const title = ws.addRow([`${category}（${members.length} 个单位）`]);
    ws.mergeCells(title.number, 1, title.number, cols.length);
    title.font = { bold: true };
    title.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    writeRankingRows(ws, cols, members, (r) => r.categoryRank, a);
  }
}

function itemScoresSheet(wb: Book, a: Assessment, info: RunInfo, fmt: string): void {
  const groups = a.criteria.groups.filter((g) => g.items.some((i) => !i.rule.pointless));
  const width = 3 + groups.reduce((n, g) => n + g.items.length + 1, 0) + 3;
  const top = 3;
  const ws = newSheet(wb, SHEETS.itemScores, `${info.label}年度文明单位测评分项得分`, width, 3, [{ state: "frozen", xSplit: 2, ySplit: top + 2 }]);
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 10;
  for (let i = 4; i <= width; i++) ws.getColumn(i).width = 9;
  subtitle(ws, "每项得分按 Excel ROUND 保留后再合计；第 5 行为各项分值", width);
  const put = (r: number, c: number, v: ExcelJS.CellValue) => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  [C.rank, C.unit, C.category].forEach((label, i) => {
    put(top, i + 1, label);
    ws.mergeCells(top, i + 1, top + 1, i + 1);
    put(top + 2, i + 1, i === 1 ? C.points : null);
  });
  let col = 4;
  const columns: { kind: "item" | "subtotal"; index?: number; group?: string }[] = [];
  for (const g of groups) {
    const start = col;
    for (const item of g.items) {
      if (item.rule.pointless) continue;
      put(top + 1, col, `${item.key} ${item.name}`);
      put(top + 2, col, item.points);
      columns.push({ kind: "item", index: a.criteria.items.indexOf(item) });
      col++;
    }
    put(top + 1, col, C.subtotal);
    put(top + 2, col, g.points);
    columns.push({ kind: "subtotal", group: g.name });
    col++;
    put(top, start, `${g.name}（${g.points}分）`);
    if (col - 1 > start) ws.mergeCells(top, start, top, col - 1);
  }
  for (const [label, points] of [[C.basic, a.criteria.basicTotal], [C.bonus, a.criteria.settings.bonusCap], [C.total, a.criteria.basicTotal + a.criteria.settings.bonusCap]] as const) {
    put(top, col, label);
    ws.mergeCells(top, col, top + 1, col);
    put(top + 2, col, points);
    col++;
  }
  ws.getRow(top + 1).height = 60;
  // 30-odd item columns cannot fit one A4 width legibly: spread over three.
  ws.pageSetup.fitToWidth = 3;
  const plain = a.results.length > (info.plainAbove ?? PLAIN_SHEET_UNITS);
  if (plain) columnFormats(ws, [undefined, undefined, undefined, ...Array.from({ length: col - 4 }, () => fmt)]);
  for (const r of a.results) {
    const values: ExcelJS.CellValue[] = [r.vetoes.length ? VETO_LABEL : (r.rank ?? null), r.unit.name, r.unit.category];
    for (const c of columns) values.push(c.kind === "item" ? r.items[c.index!].points : (r.groupScores.get(c.group!) ?? 0));
    values.push(r.basic, r.bonus, r.total);
    if (plain) {
      plainRow(ws, values);
      continue;
    }
    const row = ws.addRow(values);
    body(row, [undefined, undefined, undefined, ...values.slice(3).map(() => fmt)], () => {
      columns.forEach((c, i) => {
        if (c.kind === "subtotal") row.getCell(4 + i).font = { bold: true };
      });
    });
  }
}

function statisticsSheet(wb: Book, a: Assessment, info: RunInfo, fmt: string): void {
  const labels = [C.key, C.level1, C.item, C.rule, C.points, C.mean, C.median, C.q1, C.q3, C.stdDev, C.max, C.min, C.scoreRate, C.fullCount, C.pooledRate, C.meanRate];
  const ws = newSheet(wb, SHEETS.statistics, `${info.label}年度测评指标统计`, labels.length);
  subtitle(ws, `统计范围：全部 ${a.results.length} 个计分单位（含否决单位）；标准差为样本标准差 STDEV.S`, labels.length);
  header(ws, 3, labels, [8, 14, 28, 10, 7, 9, 9, 11, 11, 12, 9, 9, 9, 10, 14, 12]);
  for (const s of a.statistics) {
    const row = ws.addRow([s.item.key, s.item.level1, s.item.name, s.item.rule.label, s.item.points, s.mean ?? null, s.median ?? null, s.q1 ?? null, s.q3 ?? null, s.stdDev ?? null, s.max ?? null, s.min ?? null, s.scoreRate ?? null, s.fullCount, s.pooledRate ?? null, s.meanRate ?? null]);
    body(row, [undefined, undefined, undefined, undefined, undefined, fmt, fmt, fmt, fmt, "0.000", fmt, fmt, "0.0%", "0", "0.00%", "0.00%"]);
  }
}

function issuesSheet(wb: Book, a: Assessment, info: RunInfo): void {
  const labels = [C.index, C.severity, C.file, C.sheet, C.cell, C.unit, C.item, C.message];
  const ws = newSheet(wb, SHEETS.issues, `${info.label}年度测评数据问题清单`, labels.length);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of a.issues) counts[i.severity]++;
  subtitle(ws, `错误 ${counts.error} 条、警告 ${counts.warning} 条、提示 ${counts.info} 条；未参与排名的行 ${a.rejected.length} 行，排除的合计/说明行 ${a.excluded.length} 行`, labels.length);
  header(ws, 3, labels, [6, 7, 22, 10, 8, 22, 26, 60]);
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...a.issues].sort((x, y) => order[x.severity] - order[y.severity]);
  sorted.forEach((issue, n) => {
    const row = ws.addRow([n + 1, severityLabels[issue.severity], issue.file ?? "", issue.sheet ?? "", issue.cell ?? "", issue.unit ?? "", issue.item ?? "", issue.message]);
    const colour = issue.severity === "error" ? "FFC00000" : issue.severity === "warning" ? "FFC65911" : "FF595959";
    body(row, [], () => (row.getCell(2).font = { bold: true, color: { argb: colour } }));
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: labels.length } };
}

function detailsSheet(wb: Book, a: Assessment, info: RunInfo, fmt: string): void {
  const labels = [C.unit, C.category, C.key, C.level1, C.item, C.rule, C.inputs, C.computation, C.rate, C.score, C.points];
  const total = a.results.length * a.criteria.items.length;
  const perSheet = info.detailRowsPerSheet ?? DETAIL_ROWS_PER_SHEET;
  const parts = Math.max(1, Math.ceil(total / perSheet));
  let ws: ExcelJS.Worksheet | undefined;
  let written = 0;
  const open = (part: number) => {
    // Excel holds 1,048,576 rows a sheet: a province's 计分明细 continues on 计分明细2, 计分明细3 …
    const name = part === 1 ? SHEETS.details : `${SHEETS.details}${part}`;
    const sheet = newSheet(wb, name, `${info.label}年度测评计分明细${parts > 1 ? `（第 ${part}/${parts} 部分）` : ""}`, labels.length);
    subtitle(sheet, "每个单位每项指标一行：输入数据、计分规则与计算过程", labels.length);
    header(sheet, 3, labels, [22, 10, 8, 14, 26, 10, 36, 64, 9, 8, 7]);
    sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: labels.length } };
    return sheet;
  };
  const formats = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, "0.00%", fmt, undefined];
  const plain = a.results.length > (info.plainAbove ?? PLAIN_SHEET_UNITS);
  for (const r of a.results) {
    for (const s of r.items) {
      if (!ws || written % perSheet === 0) {
        ws = open(Math.floor(written / perSheet) + 1);
        if (plain) columnFormats(ws, formats);
      }
      const values = [r.unit.name, r.unit.category, s.item.key, s.item.level1, s.item.name, s.item.rule.label, s.inputs, s.explanation, s.rate ?? null, s.points, s.item.points];
      if (plain) plainRow(ws, values);
      else body(ws.addRow(values), formats);
      written++;
    }
  }
  if (!ws) open(1);
}

function aboutSheet(wb: Book, a: Assessment, info: RunInfo): void {
  const ws = newSheet(wb, SHEETS.about, "说明", 3, 1, [{}]);
  subtitle(ws, "本工作簿由 kaoping 生成；输入文件未被修改", 3);
  header(ws, 3, ["项目", "内容", "SHA-256"], [18, 60, 70]);
  const s = a.criteria.settings;
  const rows: [string, string, string?][] = [
    ...info.inputs.map((i): [string, string, string] => [i.role, i.path, i.sha256]),
    ["排名方式", rankMethodLabels[s.rankMethod]],
    ["小数位数", `${s.decimals}（每项得分与总分均按 Excel ROUND 四舍五入，名次按保留后的总分排）`],
    ["分组字段", s.groupField],
    ["评委去极值", s.trimPanel ? "是：3 位及以上评委时去掉一个最高分和一个最低分后平均，保留 2 位小数" : "否：评委分直接平均"],
    ["加分上限", String(s.bonusCap)],
    ["等级划分", a.criteria.grades.map((g) => `${g.name} ≥ ${g.min}`).join("，")],
    ["基本分合计", String(a.criteria.basicTotal)],
    ["测评指标", `${a.criteria.items.length} 项（其中否决项 ${a.criteria.items.filter((i) => i.rule.pointless).length} 项）`],
    ["参评单位", `${a.results.length} 个计分；${a.rejected.length} 行未参与排名；${a.excluded.length} 行合计/说明行已排除`],
    ["否决单位", `${a.results.filter((r) => r.vetoes.length).length} 个，列于总排名之后，不评等级、不排名次`],
    ...(a.comparison
      ? ([
          [
            "同比口径",
            a.comparison.mode === "rescored"
              ? `上年申报数据（${a.comparison.file}）按本年测评体系重新计分，口径一致；上年数据中的 ${a.previousIssueCount ?? 0} 条数据问题按同样规则处理，未列入本表问题清单`
              : `上年结果工作簿（${a.comparison.file}）：沿用其公布的总分、名次和等级，没有分项数据`,
          ],
          ["单位对应", "按单位名称（忽略全角/半角、空格、括号差异）对应；更名与合并见申报数据中的“单位变更”表；合并单位的上年数量、金额相加，比率按合计的分子分母重算"],
          ["上年参评本年未参评", a.comparison.absent.map((u) => u.name).join("、") || "无"],
        ] as [string, string][])
      : []),
    ...(info.streamed ? ([["写出方式", "单位较多，本工作簿逐行流式写出；图表未嵌入，见输出目录 charts/"]] as [string, string][]) : []),
    ...(a.results.length * a.criteria.items.length > (info.detailRowsPerSheet ?? DETAIL_ROWS_PER_SHEET)
      ? ([["计分明细", `共 ${a.results.length * a.criteria.items.length} 行，超过单表上限，分在 ${Math.ceil((a.results.length * a.criteria.items.length) / (info.detailRowsPerSheet ?? DETAIL_ROWS_PER_SHEET))} 张表（计分明细、计分明细2 …）`]] as [string, string][])
      : []),
    ["kaoping 版本", info.version],
    ["生成时间", formatTime(info.generatedAt)],
  ];
  for (const r of rows) body(ws.addRow(r));
}

function yearOnYearSheet(wb: Book, a: Assessment, info: RunInfo, fmt: string): void {
  const c = a.comparison!;
  const labels = [C.unit, C.category, C.status, C.previousUnit, C.figure, C.kind, C.direction, C.current, C.previous, C.change, C.changePercent, C.changePoints, C.verdict, C.note, C.wording];
  const ws = newSheet(wb, SHEETS.yearOnYear, `${info.label}年度测评同比分析（对比 ${c.label}）`, labels.length);
  subtitle(ws, "数量和金额看增幅（%），比率看百分点；每个单位每个指标一行，可筛选", labels.length);
  header(ws, 3, labels, [22, 10, 9, 22, 22, 7, 9, 11, 11, 11, 9, 12, 7, 20, 60]);
  const plain = a.results.length > (info.plainAbove ?? PLAIN_SHEET_UNITS);
  for (const u of c.units) {
    for (const ch of u.changes) {
      const rate = ch.figure.kind === "rate";
      const valueFmt = rate ? (ch.figure.perMille ? '0.00"‰"' : "0.00%") : ch.figure.kind === "score" ? fmt : "0.##";
      const scale = (x: number | undefined) => (x === undefined ? null : rate && ch.figure.perMille ? x * 1000 : x);
      const values: ExcelJS.CellValue[] = [
        u.result.unit.name,
        u.result.unit.category,
        STATUS_LABELS[u.status],
        u.previousNames.join("、"),
        ch.figure.name,
        FIGURE_KIND_LABELS[ch.figure.kind],
        directionLabels[ch.figure.direction],
        scale(ch.current),
        scale(ch.previous),
        rate ? null : (ch.change ?? null),
        ch.percent ?? (ch.change !== undefined && !rate ? "—" : null),
        ch.points ?? null,
        ch.verdict || null,
        ch.note || null,
        ch.wording || null,
      ];
      if (plain) {
        plainRow(ws, values);
        continue;
      }
      const row = ws.addRow(values);
      body(row, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, valueFmt, valueFmt, "+0.##;-0.##;0", "+0.0%;-0.0%;0.0%", "+0.0;-0.0;0.0"], () => {
        if (ch.verdict === "退步") row.getCell(13).font = { color: { argb: "FFC00000" } };
        if (ch.verdict === "改善") row.getCell(13).font = { color: { argb: "FF00803C" } };
      });
    }
  }
  for (const gone of c.absent) {
    const row = ws.addRow([gone.name, gone.category, "未参评", gone.name, "总分", FIGURE_KIND_LABELS.score, directionLabels.higher, null, gone.total ?? null, null, null, null, null, "上年参评，本年未参评", null]);
    body(row, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, fmt, fmt]);
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: labels.length } };
}

function categorySummarySheet(wb: Book, a: Assessment, info: RunInfo, fmt: string): void {
  const c = a.comparison!;
  const labels = [C.group, C.figure, C.current, C.previous, C.change];
  const ws = newSheet(wb, SHEETS.categorySummary, `${info.label}年度测评分类汇总（对比 ${c.label}）`, labels.length);
  subtitle(ws, "比率的增减单位为百分点；合计比率 = Σ分子 / Σ分母", labels.length);
  header(ws, 3, labels, [14, 44, 12, 12, 14]);
  for (const s of c.summary) {
    const valueFmt = s.kind === "rate" ? "0.00%" : s.kind === "score" ? fmt : "0";
    const changeFmt = s.kind === "rate" ? '+0.0"个百分点";-0.0"个百分点";0' : s.kind === "score" ? `+${fmt};-${fmt};0` : "+0;-0;0";
    const row = ws.addRow([s.group, s.label, s.current ?? null, s.previous ?? null, s.change ?? null]);
    body(row, [undefined, undefined, valueFmt, valueFmt, changeFmt]);
  }
}

/** 图表: each chart under its title, 800 px wide, in reading order. */
function chartsSheet(wb: ExcelJS.Workbook, info: RunInfo): void {
  const ws = newSheet(wb, SHEETS.charts, `${info.label}年度测评图表`, 12);
  subtitle(ws, "图片文件另存于输出目录的 charts/ 文件夹", 12);
  ws.pageSetup.orientation = "portrait";
  for (let c = 1; c <= 12; c++) ws.getColumn(c).width = 10;
  let row = 4;
  const ROW_PX = 20;
  for (const chart of info.charts!) {
    const cell = ws.getCell(row, 1);
    cell.value = `${chart.title}（${chart.path}）`;
    cell.font = { bold: true };
    const width = 800;
    const height = Math.round((chart.height / chart.width) * width);
    const id = wb.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(id, { tl: { col: 0, row }, ext: { width, height } });
    row += Math.ceil(height / ROW_PX) + 3;
  }
}

function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
