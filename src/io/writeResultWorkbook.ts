import type { Assessment } from "../core/score/assess.js";
import type { UnitResult } from "../core/model.js";
import type { UnitComparison } from "../core/compare/compareYears.js";
import { COMPARABLE_TOTAL, STATUS_LABELS } from "../core/compare/compareYears.js";
import { explainUnit } from "../core/score/scoreUnit.js";
import { COLUMNS as C, REVIEW, REVIEW_LABELS, METHOD_SUMMARY, DATA_TO_VERIFY, ON_COMPARABLE, FIGURE_KIND_LABELS, SHEETS, VETO_LABEL, directionLabels, yearTitle, rankMethodLabels, severityLabels } from "../core/i18n/labels.js";
import { HEADER_FILL_ARGB } from "./xlsxStyle.js";
import { restyle, style, variant, type Merge, type SheetSpec, type Style, type WorkbookSpec, type XlsxRow, type XlsxValue } from "./xlsx/model.js";
import { writeXlsx, type SheetCuts } from "./xlsx/writeXlsx.js";
import { itemRateScale } from "../core/criteria/fieldMeaning.js";
import { roundExcel } from "../core/math/roundExcel.js";
import { questionnaireSheet } from "./sheets/questionnaireSheet.js";
import { criteriaUseMethods, describeMethods } from "../core/methods/subtotals.js";
import { methodSummarySheet } from "./sheets/methodSummary.js";
import { historySheet } from "./sheets/historySheet.js";
import { outcomesSheet, quotaConditionAbout, reviewAboutRows, reviewTitle } from "./sheets/outcomesSheet.js";
import { linesNeeded } from "./xlsx/textLines.js";

export interface RunInfo {
  /** "2026" or the submissions file's base name. */
  label: string;
  inputs: { role: string; path: string; sha256: string }[];
  version: string;
  generatedAt: Date;
  /** Rendered charts to embed on the 图表 sheet. */
  charts?: { title: string; png: Uint8Array; width: number; height: number; path: string }[];
  /** Rows per 计分明细 sheet (Excel's limit unless a test sets fewer). */
  detailRowsPerSheet?: number;
}

/** Excel's row limit less the heading rows: a longer 计分明细 continues on another sheet. */
export const DETAIL_ROWS_PER_SHEET = 1_048_576 - 3;

const GRID = "FFBFBFBF";
const GRADE_FILLS: Record<string, string> = {
  优秀: "FFC6EFCE",
  良好: "FFDDEBF7",
  合格: "FFFFF2CC",
  不合格: "FFF8CBAD",
  [VETO_LABEL]: "FFD9D9D9",
};
const TITLE = style({ bold: true, size: 15, horizontal: "center", vertical: "middle" });
const SUBTITLE = style({ color: "FF595959", size: 10, horizontal: "center" });
export const HEADER = style({ bold: true, fill: HEADER_FILL_ARGB, border: GRID, horizontal: "center", vertical: "middle", wrap: true });
const BODY = style({ border: GRID, vertical: "middle" });

// Cells are written as inline strings, never as formulas, so a unit named
// "=HYPERLINK(…)" or "+1" is written back inert.

/**
 * Write the result workbook: every sheet streamed row by row (writeXlsx),
 * so 100,000 units take no more memory than 100. Atomic: temp file, then rename.
 */
export async function writeResultWorkbook(path: string, a: Assessment, info: RunInfo): Promise<SheetCuts[]> {
  // What Excel could not hold (columns past XFD, cells over 32,767 characters) comes back for the run's message.
  return writeXlsx(path, resultWorkbook(a, info));
}

/** The result workbook as data: sheets whose rows are produced while they are written. */
export function resultWorkbook(a: Assessment, info: RunInfo): WorkbookSpec {
  return { creator: `kaoping ${info.version}`, created: info.generatedAt, sheets: resultSheets(a, info) };
}

function* resultSheets(a: Assessment, info: RunInfo): Generator<SheetSpec> {
  const fmt = scoreFormat(a.criteria.settings.decimals);
  yield rankingSheet(a, info, fmt);
  yield categorySheet(a, info, fmt);
  yield itemScoresSheet(a, info, fmt);
  yield statisticsSheet(a, info, fmt);
  if (a.outcomes) yield outcomesSheet(a, info, fmt);
  yield issuesSheet(a, info);
  yield* detailsSheets(a, info, fmt);
  if (criteriaUseMethods(a.criteria)) yield methodSummarySheet(a, info, fmt);
  if (a.comparison) {
    yield yearOnYearSheet(a, info, fmt);
    yield categorySummarySheet(a, info, fmt);
  }
  if (a.questionnaires) yield questionnaireSheet(a, info);
  if (a.history) yield historySheet(a, info, fmt);
  if (info.charts?.length) yield chartsSheet(info);
  yield aboutSheet(a, info);
}

export function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** A rate's number format at 百分比小数位数: 0.00% for 2. */
export function percentFormat(decimals: number): string {
  return `${scoreFormat(decimals)}%`;
}

/**
 * Excel has no per-mille format code (‰ in a format is a literal, and only
 * % multiplies), so a ‰ rate is written as its per-mille number (19.5 for
 * 19.5‰) under the literal "‰": the cell shows 19.50‰ and sorts and sums
 * as per-mille. The sheets say so in their subtitles.
 */
function perMilleFormat(decimals: number): string {
  return `${scoreFormat(decimals)}"‰"`;
}

/** Rows 1–2 (title, subtitle) and the header rows from row 3. */
export interface Frame {
  name: string;
  title: string;
  subtitle: string;
  widths: readonly number[];
  /** Header rows from row 3: labels, or whole rows for a multi-row header. */
  header: readonly string[] | XlsxRow[];
  /** Columns frozen at the left (rows: down to the header). */
  frozenCols?: number;
  frozenRows?: number;
  merges?: Merge[];
  autoFilter?: boolean;
  orientation?: "portrait" | "landscape";
  fitToWidth?: number;
  printColumns?: number;
}

/** A sheet with a title row, a subtitle, headers from row 3, print setup and frozen panes. */
export function sheet(f: Frame, body: Iterable<XlsxRow | null>, sharedColumns?: number[]): SheetSpec {
  const width = Math.max(f.widths.length, 1);
  const headerRows: XlsxRow[] = typeof f.header[0] === "string" || !f.header.length ? [{ values: f.header as string[], style: HEADER, height: 30 }] : (f.header as XlsxRow[]);
  const lastHeader = 2 + headerRows.length;
  // The caller's array itself, not a copy: a sheet may add merges while its rows are generated
  // (分类排名's category bands), and the writer reads them after the last row.
  const merges: Merge[] = f.merges ?? [];
  merges.unshift({ top: 1, left: 1, bottom: 1, right: width }, { top: 2, left: 1, bottom: 2, right: width });
  function* rows(): Generator<XlsxRow | null> {
    yield { values: [f.title], style: TITLE, height: 26 };
    yield { values: [f.subtitle], style: SUBTITLE };
    yield* headerRows;
    yield* body;
  }
  return {
    name: f.name,
    widths: f.widths,
    frozen: { rows: f.frozenRows ?? lastHeader, cols: f.frozenCols ?? 0 },
    rows: rows(),
    merges,
    autoFilter: f.autoFilter ? { row: 3, left: 1, right: width } : undefined,
    page: { orientation: f.orientation ?? "landscape", fitToWidth: f.fitToWidth ?? 1, titleRows: { first: 3, last: lastHeader }, printColumns: f.printColumns, footer: "第 &P 页，共 &N 页" },
    sharedColumns,
  };
}

/** Per column: the body look with its number format, plain and wrapped; built once a sheet. */
export function bodyStyles(formats: readonly (string | undefined)[], width: number): { plain: Style[]; wrapped: Style[] } {
  const plain = Array.from({ length: width }, (_, i) => restyle(BODY, { numFmt: formats[i] }));
  return { plain, wrapped: plain.map((s) => restyle(s, { wrap: true })) };
}

/** bodyStyles for rows whose formats depend on one key (a value format, a kind of figure): each key's looks built once. */
function looksByFormat(formatsFor: (key: string) => (string | undefined)[], width: number): (key: string) => ReturnType<typeof bodyStyles> {
  const made = new Map<string, ReturnType<typeof bodyStyles>>();
  return (key) => {
    let looks = made.get(key);
    if (!looks) made.set(key, (looks = bodyStyles(formatsFor(key), width)));
    return looks;
  };
}

/**
 * A bordered body row; text wider than its column wraps, and the row is
 * given the height it needs (viewers do not all re-measure wrapped rows).
 */
export function bodyRow(values: XlsxValue[], looks: { plain: Style[]; wrapped: Style[] }, widths: readonly number[]): XlsxRow & { style: Style[] } {
  let lines = 1;
  const styles = new Array<Style>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const needed = typeof v === "string" ? linesNeeded(v, widths[i] ?? 10) : 1;
    styles[i] = needed > 1 ? looks.wrapped[i] : looks.plain[i];
    if (needed > lines) lines = needed;
  }
  return { values, style: styles, height: lines > 1 ? 15 * lines : undefined };
}


/** One column of the ranking sheets: heading, width, number format and value. */
interface RankColumn {
  label: string;
  width: number;
  fmt?: string;
  value: (r: UnitResult, place: number | undefined, c: UnitComparison | undefined) => XlsxValue;
}

function rankColumns(a: Assessment, fmt: string, placeLabel: string): RankColumn[] {
  const vetoed = (r: UnitResult) => r.vetoes.length > 0;
  // The 复查 columns only when some unit holds a title (or is named 递补).
  const reviewed = a.results.some((r) => r.review);
  const cols: RankColumn[] = [
    { label: placeLabel, width: 8, value: (r, place) => (vetoed(r) ? VETO_LABEL : (place ?? null)) },
    { label: C.unit, width: 26, value: (r) => r.unit.name },
    { label: C.category, width: 12, value: (r) => r.unit.category },
    { label: C.basic, width: 9, fmt, value: (r) => r.basic },
    { label: C.bonus, width: 8, fmt, value: (r) => r.bonus },
    // 总分 = 基本分 + 加分 − 负面清单扣分 when the criteria have a 负面清单, so the row still adds up.
    ...(a.criteria.negativeList.length ? [{ label: C.negative, width: 9, fmt, value: (r: UnitResult) => r.negative?.points ?? 0 }] : []),
    { label: C.total, width: 9, fmt, value: (r) => r.total },
    { label: C.grade, width: 8, value: (r) => (vetoed(r) ? VETO_LABEL : r.grade) },
    ...(a.outcomes ? [{ label: C.outcome, width: 12, value: (r: UnitResult) => r.outcome?.result || null }] : []),
    ...(reviewed ? [{ label: REVIEW.title, width: 16, value: (r: UnitResult) => reviewTitle(r.review) }, { label: REVIEW.result, width: 12, value: (r: UnitResult) => (r.review ? REVIEW_LABELS[r.review.result] : null) }] : []),
    { label: C.percentile, width: 12, fmt: "0.0%", value: (r) => r.percentile ?? null },
  ];
  if (a.comparison) {
    // With items last year cannot score, the 同比 columns compare both years without them:
    // this year's comparable total stands beside last year's, and 上年等级 is left out
    // (last year's grade on its full items is unknown; see 说明).
    const partial = a.comparison.notComparable.length > 0;
    const on = partial ? ON_COMPARABLE : "";
    if (partial) cols.push({ label: C.comparableTotal, width: 11, fmt, value: (_r, _p, c) => c?.comparable?.total ?? null });
    cols.push(
      { label: C.previousTotal + on, width: partial ? 11 : 9, fmt, value: (_r, _p, c) => c?.previous?.total ?? null },
      { label: C.totalChange + on, width: partial ? 11 : 9, fmt: `+${fmt};-${fmt};0`, value: (_r, _p, c) => c?.totalChange ?? null },
      { label: C.previousRank + on, width: partial ? 11 : 8, value: (_r, _p, c) => (c?.status === "same" || c?.status === "renamed" ? (c.previous?.rank ?? (c.previous?.vetoed ? VETO_LABEL : null)) : null) },
      { label: C.rankChange + on, width: partial ? 11 : 9, value: (_r, _p, c) => c?.rankChange ?? null },
    );
    if (!partial) cols.push({ label: C.previousGrade, width: 8, value: (_r, _p, c) => c?.previous?.grade || null });
  }
  if (a.outcomes) cols.push({ label: C.outcomeReasons, width: 44, value: (r) => r.outcome?.reasons.join("；") || null });
  if (reviewed) cols.push({ label: REVIEW.reasons, width: 44, value: (r) => r.review?.reasons.join("；") ?? null });
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
  if (r.toVerify) parts.push(DATA_TO_VERIFY);
  if (r.issueCount) parts.push(`数据问题 ${r.issueCount} 条，见问题清单`);
  return parts.join("；");
}

export const GREY = variant({ color: "FF7F7F7F" });
const CENTRED = variant({ horizontal: "center" });
export const GRADE_LOOKS = new Map(Object.entries(GRADE_FILLS).map(([grade, fill]) => [grade, variant({ fill })]));
const BOLD = variant({ bold: true });

/** Each unit's 同比 record, found by its result (built once a sheet, not once a category). */
function comparisonsByResult(a: Assessment): Map<UnitResult, UnitComparison> {
  return new Map(a.comparison?.units.map((u) => [u.result, u]));
}

function* rankingRows(cols: RankColumn[], results: Iterable<UnitResult>, place: (r: UnitResult) => number | undefined, byUnit: Map<UnitResult, UnitComparison>): Generator<XlsxRow> {
  const widths = cols.map((c) => c.width);
  const looks = bodyStyles(cols.map((c) => c.fmt), cols.length);
  const gradeCol = cols.findIndex((c) => c.label === C.grade);
  for (const r of results) {
    const row = bodyRow(cols.map((c) => c.value(r, place(r), byUnit.get(r))), looks, widths);
    const vetoed = r.vetoes.length > 0;
    if (vetoed) row.style = row.style.map(GREY);
    row.style[0] = CENTRED(row.style[0]);
    const fill = GRADE_LOOKS.get(vetoed ? VETO_LABEL : r.grade);
    if (fill) row.style[gradeCol] = fill(row.style[gradeCol]);
    yield row;
  }
}

function settingsLine(a: Assessment): string {
  const s = a.criteria.settings;
  const skipped = a.comparison?.notComparable ?? [];
  const partial = skipped.length ? `　同比各列按可比指标（不含上年不可比的 ${skipped.map((i) => i.key).join("、")}，见说明）` : "";
  return `排名方式：${rankMethodLabels[s.rankMethod]}　总分保留 ${s.decimals} 位小数（Excel ROUND）　百分位为 PERCENTRANK.INC　参评 ${a.results.length} 个单位${partial}`;
}

function rankingSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const cols = rankColumns(a, fmt, C.rank);
  // 同比要点 is for pasting, not for the printed table.
  const highlights = cols.findIndex((c) => c.label === C.highlights);
  return sheet(
    {
      name: SHEETS.ranking,
      title: `${yearTitle(info.label)}文明单位测评总排名`,
      subtitle: settingsLine(a),
      widths: cols.map((c) => c.width),
      header: cols.map((c) => c.label),
      autoFilter: true,
      printColumns: highlights > 0 ? highlights : undefined,
    },
    rankingRows(cols, a.results, (r) => r.rank, comparisonsByResult(a)),
  );
}

function categorySheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const cols = rankColumns(a, fmt, C.categoryRank);
  const merges: Merge[] = [];
  const band = style({ bold: true, fill: "FFF2F2F2" });
  const byUnit = comparisonsByResult(a);
  function* body(): Generator<XlsxRow> {
    let row = 3;
    for (const category of a.categories) {
      const members = a.results.filter((r) => r.unit.category === category);
      row++;
      merges.push({ top: row, left: 1, bottom: row, right: cols.length });
      yield { values: [`${category}（${members.length} 个单位）`], style: band };
      row += members.length;
      yield* rankingRows(cols, members, (r) => r.categoryRank, byUnit);
    }
  }
  return sheet(
    {
      name: SHEETS.categoryRanking,
      title: `${yearTitle(info.label)}文明单位测评分类排名`,
      subtitle: `按“${a.criteria.settings.groupField}”分组排名；${settingsLine(a)}`,
      widths: cols.map((c) => c.width),
      header: cols.map((c) => c.label),
      merges,
    },
    body(),
  );
}

function itemScoresSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
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
  }
  for (const [label, points] of [[C.basic, a.criteria.basicTotal], [C.bonus, a.criteria.settings.bonusCap], [C.total, a.criteria.basicTotal + a.criteria.settings.bonusCap]] as const) {
    h[0][col] = label;
    h[2][col] = points;
    merges.push({ top, left: col + 1, bottom: top + 1, right: col + 1 });
    col++;
  }
  const width = col;
  const widths = [7, 24, 10, ...Array.from({ length: width - 3 }, () => 9)];
  const header = h.map((values, i): XlsxRow => ({ values: Array.from({ length: width }, (_, c) => values[c] ?? null), style: HEADER, height: i === 1 ? 60 : undefined }));
  const looks = bodyStyles([undefined, undefined, undefined, ...Array.from({ length: width - 3 }, () => fmt)], width);
  const bold = new Set(columns.flatMap((c, i) => (c.kind === "subtotal" ? [3 + i] : [])));
  function* body(): Generator<XlsxRow> {
    for (const r of a.results) {
      const values: XlsxValue[] = [r.vetoes.length ? VETO_LABEL : (r.rank ?? null), r.unit.name, r.unit.category];
      for (const c of columns) values.push(c.kind === "item" ? r.items.points(c.index!) : (r.groupScores.get(c.group!) ?? 0));
      values.push(r.basic, r.bonus, r.total);
      const row = bodyRow(values, looks, widths);
      for (const i of bold) row.style[i] = BOLD(row.style[i]);
      yield row;
    }
  }
  return sheet(
    {
      name: SHEETS.itemScores,
      title: `${yearTitle(info.label)}文明单位测评分项得分`,
      subtitle: "每项得分按 Excel ROUND 保留后再合计；第 5 行为各项分值",
      widths,
      header,
      frozenCols: 2,
      merges,
      // 30-odd item columns cannot fit one A4 width legibly: spread over three.
      fitToWidth: 3,
    },
    body(),
  );
}

/** A small sheet of plain bordered rows under one header. */
export function tableSheet(f: Omit<Frame, "header"> & { labels: string[] }, formats: (string | undefined)[], rows: Iterable<XlsxValue[]>, decorate?: (row: XlsxRow & { style: Style[] }, index: number) => void): SheetSpec {
  const looks = bodyStyles(formats, f.labels.length);
  function* body(): Generator<XlsxRow> {
    let index = 0;
    for (const values of rows) {
      const row = bodyRow(values, looks, f.widths);
      decorate?.(row, index++);
      yield row;
    }
  }
  return sheet({ ...f, header: f.labels }, body());
}

function statisticsSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const d = a.criteria.settings.percentDecimals;
  const perMille = a.statistics.map((s) => itemRateScale(s.item, a.criteria.fieldMeanings) === "permille");
  return tableSheet(
    {
      name: SHEETS.statistics,
      title: `${yearTitle(info.label)}测评指标统计`,
      subtitle: `统计范围：全部 ${a.results.length} 个计分单位（含否决单位）；标准差为样本标准差 STDEV.S${perMille.some(Boolean) ? "；千分率指标的比率以千分数显示" : ""}`,
      labels: [C.key, C.level1, C.item, C.rule, C.points, C.mean, C.median, C.q1, C.q3, C.stdDev, C.max, C.min, C.scoreRate, C.fullCount, C.pooledRate, C.meanRate],
      widths: [8, 14, 28, 10, 7, 9, 9, 11, 11, 12, 9, 9, 9, 10, 14, 12],
    },
    [undefined, undefined, undefined, undefined, undefined, fmt, fmt, fmt, fmt, "0.000", fmt, fmt, "0.0%", "0", percentFormat(d), percentFormat(d)],
    a.statistics.map((s, i) => {
      const rate = (x: number | undefined) => (x === undefined ? null : perMille[i] ? x * 1000 : x);
      return [s.item.key, s.item.level1, s.item.name, s.item.rule.label, s.item.points, s.mean ?? null, s.median ?? null, s.q1 ?? null, s.q3 ?? null, s.stdDev ?? null, s.max ?? null, s.min ?? null, s.scoreRate ?? null, s.fullCount, rate(s.pooledRate), rate(s.meanRate)];
    }),
    // A ‰ item's rates in ‰ (see perMilleFormat).
    (row, i) => {
      if (!perMille[i]) return;
      for (const c of [14, 15]) row.style[c] = restyle(row.style[c], { numFmt: perMilleFormat(d) });
    },
  );
}

const SEVERITY_LOOKS = {
  error: variant({ bold: true, color: "FFC00000" }),
  warning: variant({ bold: true, color: "FFC65911" }),
  info: variant({ bold: true, color: "FF595959" }),
};

function issuesSheet(a: Assessment, info: RunInfo): SheetSpec {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of a.issues) counts[i.severity]++;
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...a.issues].sort((x, y) => order[x.severity] - order[y.severity]);
  return tableSheet(
    {
      name: SHEETS.issues,
      title: `${yearTitle(info.label)}测评数据问题清单`,
      subtitle: `错误 ${counts.error} 条、警告 ${counts.warning} 条、提示 ${counts.info} 条；未参与排名的行 ${a.rejected.length} 行，排除的合计/说明行 ${a.excluded.length} 行`,
      labels: [C.index, C.severity, C.file, C.sheet, C.cell, C.unit, C.item, C.message],
      widths: [6, 7, 22, 10, 8, 22, 26, 60],
      autoFilter: true,
    },
    [],
    sorted.map((issue, n) => [n + 1, severityLabels[issue.severity], issue.file ?? "", issue.sheet ?? "", issue.cell ?? "", issue.unit ?? "", issue.item ?? "", issue.message]),
    (row, n) => (row.style[1] = SEVERITY_LOOKS[sorted[n].severity](row.style[1])),
  );
}

/** 计分明细: one row per unit and item, in parts of at most perSheet rows (Excel's sheet limit). */
function detailParts(a: Assessment, info: RunInfo): { rows: number; perSheet: number; parts: number } {
  const rows = a.results.length * a.criteria.items.length;
  const perSheet = info.detailRowsPerSheet ?? DETAIL_ROWS_PER_SHEET;
  return { rows, perSheet, parts: Math.max(1, Math.ceil(rows / perSheet)) };
}

function* detailsSheets(a: Assessment, info: RunInfo, fmt: string): Generator<SheetSpec> {
  const labels: string[] = [C.unit, C.category, C.key, C.level1, C.item, C.rule, C.inputs, C.computation, C.rate, C.score, C.points];
  const widths = [22, 10, 8, 14, 26, 10, 36, 64, 9, 8, 7];
  // Criteria naming methods: each row says which, with each part's share and source.
  const methods = criteriaUseMethods(a.criteria) ? a.criteria.items.map(describeMethods) : undefined;
  if (methods) labels.push(METHOD_SUMMARY.methodColumn), widths.push(30);
  const d = a.criteria.settings.percentDecimals;
  const looks = looksByFormat((rateFmt) => [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, rateFmt, fmt, undefined], labels.length);
  const perMille = a.criteria.items.map((item) => itemRateScale(item, a.criteria.fieldMeanings) === "permille");
  const [percentFmt, perMilleFmt] = [percentFormat(d), perMilleFormat(d)];
  const { perSheet, parts } = detailParts(a, info);
  function* all(): Generator<XlsxRow> {
    for (const r of a.results) {
      const words = explainUnit(r.unit, a.criteria);
      for (let i = 0; i < r.items.length; i++) {
        const s = r.items.get(i);
        const rate = s.rate === undefined ? null : perMille[i] ? s.rate * 1000 : s.rate;
        const values: XlsxValue[] = [r.unit.name, r.unit.category, s.item.key, s.item.level1, s.item.name, s.item.rule.label, words[i].inputs, words[i].explanation, rate, s.points, s.item.points];
        if (methods) values.push(methods[i] || null);
        yield bodyRow(values, looks(perMille[i] ? perMilleFmt : percentFmt), widths);
      }
    }
  }
  const cursor = all();
  // Pull perSheet rows, leaving the shared cursor open for the next part.
  function* take(n: number): Generator<XlsxRow> {
    for (let i = 0; i < n; i++) {
      const next = cursor.next();
      if (next.done) return;
      yield next.value;
    }
  }
  for (let part = 1; part <= parts; part++) {
    // Excel holds 1,048,576 rows a sheet: a province's 计分明细 continues on 计分明细2, 计分明细3 …
    yield sheet(
      {
        name: part === 1 ? SHEETS.details : `${SHEETS.details}${part}`,
        title: `${yearTitle(info.label)}测评计分明细${parts > 1 ? `（第 ${part}/${parts} 部分）` : ""}`,
        subtitle: "每个单位每项指标一行：输入数据、计分规则与计算过程；千分率指标的比率以千分数显示（19.5‰ 记为 19.5）",
        widths,
        header: labels,
        autoFilter: true,
      },
      take(perSheet),
      // 单位名称, 类别, 编号, 一级指标, 测评内容, 计分方式 repeat on every unit's or item's rows.
      [0, 1, 2, 3, 4, 5],
    );
  }
}

function aboutSheet(a: Assessment, info: RunInfo): SheetSpec {
  const s = a.criteria.settings;
  const details = detailParts(a, info);
  const rows: XlsxValue[][] = [
    ...info.inputs.map((i) => [i.role, i.path, i.sha256]),
    ["排名方式", rankMethodLabels[s.rankMethod]],
    ["小数位数", `${s.decimals}（每项得分与总分均按 Excel ROUND 四舍五入，名次按保留后的总分排）`],
    ["百分比小数位数", `${s.percentDecimals}（比率、完成率、增幅和百分点按此显示；计分用未舍入的比率）`],
    ["分组字段", s.groupField],
    ["评委去极值", s.trimPanel ? "是：3 位及以上评委时去掉一个最高分和一个最低分后平均，保留 2 位小数" : "否：评委分直接平均"],
    ...panelSheetRows(a),
    ...teamCorrectionRows(a),
    ["加分上限", String(s.bonusCap)],
    ["等级划分", a.criteria.grades.map((g) => `${g.name} ≥ ${g.min}`).join("，")],
    ["基本分合计", String(a.criteria.basicTotal)],
    ["测评指标", `${a.criteria.items.length} 项（其中否决项 ${a.criteria.items.filter((i) => i.rule.pointless).length} 项）`],
    ...submissionSheetRows(a),
    ["参评单位", `${a.results.length} 个计分；${a.rejected.length} 行未参与排名；${a.excluded.length} 行合计/说明行已排除`],
    ["否决单位", `${a.results.filter((r) => r.vetoes.length).length} 个，列于总排名之后，不评等级、不排名次`],
    ...readingRows(a),
    ...outcomeAboutRows(a),
    ["同比", a.comparison ? `是：对比 ${a.comparison.file}` : "否：没有上年数据（可用 --previous 指定上年申报数据或上年结果工作簿）"],
  ];
  if (a.comparison) {
    rows.push(
      [
        "同比口径",
        a.comparison.mode === "rescored"
          ? `上年申报数据（${a.comparison.file}）按本年测评体系重新计分，口径一致；上年数据中的 ${a.previousIssueCount ?? 0} 条数据问题按同样规则处理，未列入本表问题清单`
          : `上年结果工作簿（${a.comparison.file}）：沿用其公布的总分、名次和等级，没有分项数据`,
      ],
      ["单位对应", "按单位名称（忽略全角/半角、空格、括号差异）对应；更名与合并见申报数据中的“单位变更”表；合并单位的上年数量、金额相加，比率按合计的分子分母重算"],
      ["上年参评本年未参评", a.comparison.absent.map((u) => u.name).join("、") || "无"],
    );
    const skipped = a.comparison.notComparable;
    if (skipped.length) {
      const points = skipped.filter((i) => !i.bonus).reduce((sum, i) => sum + i.points, 0);
      rows.push([
        "上年不可比指标",
        `${skipped.map((i) => `${i.key} ${i.name}（${i.points} 分）`).join("、")}：上年数据中没有其前一年的数据，上年无法计分。总排名中的同比各列按可比指标：本年可比总分、上年总分、总分增减和名次变化（同比分析中的“${COMPARABLE_TOTAL}”）均不含这些指标，名次变化比较两年按可比总分的名次；上年等级无法按本年等级线评定，未列出（分类汇总中的上年各等级单位数同样留空；需要上年公布的等级时，可用上年结果工作簿作 --previous）。本年总分、名次和等级含全部指标（基本分 ${a.criteria.basicTotal}，可比指标基本分 ${a.criteria.basicTotal - points}）`,
      ]);
    }
  }
  if (details.parts > 1) rows.push(["计分明细", `共 ${details.rows} 行，超过单表上限，分在 ${details.parts} 张表（计分明细、计分明细2 …）`]);
  rows.push(["kaoping 版本", info.version], ["生成时间", formatTime(info.generatedAt)]);
  return tableSheet({ name: SHEETS.about, title: "说明", subtitle: "本工作簿由 kaoping 生成；输入文件未被修改", labels: ["项目", "内容", "SHA-256"], widths: [18, 60, 70], frozenRows: 0 }, [], rows);
}

/** The 说明 rows of the outcome rules: gates, quotas, the 负面清单 window. */
function outcomeAboutRows(a: Assessment): XlsxValue[][] {
  const o = a.outcomes;
  if (!o) return [];
  const gates = a.criteria.grades.filter((g) => g.gates?.length).map((g) => `${g.name}：${g.gates!.map((x) => (x.kind === "basic" ? `基本分 ≥ ${x.min}` : x.kind === "groupRate" ? `“${x.group}”得分率 ≥ ${roundExcel(x.min * 100, 4)}%` : "无负面清单警告或限期整改")).join("，")}`);
  const rows: XlsxValue[][] = [];
  if (gates.length) rows.push(["等级门槛", `${gates.join("；")}；未过门槛的单位降到它能通过的最高等级（见评定结果）`]);
  for (const q of o.quotas) {
    if (q.rule.condition) rows.push(quotaConditionAbout(q));
    else rows.push([q.rule.kind === "recommend" ? "推荐名额" : "末位名额", `${q.scope}：${q.places} 个（候选 ${q.candidates} 个${q.rule.minGrade ? `，须达到“${q.rule.minGrade}”` : ""}；并列于名额线上时${q.rule.tie.kind === "all" ? "全部入选" : q.rule.tie.kind === "none" ? "均不入选" : `按“${q.rule.tie.target}”得分`}），“${q.rule.outcome}” ${q.selected.length} 个`]);
  }
  rows.push(...reviewAboutRows(a));
  if (a.criteria.negativeList.length) rows.push(["负面清单", `${a.criteria.negativeList.length} 个事项；测评截止日期 ${o.assessmentDate ?? "未确定"}；负面事项 ${o.cases} 件，计入 ${o.counted} 件（扣分从总分中减去，见总排名“负面清单扣分”列）`]);
  return rows;
}

/** The 说明 row naming the sheet (or sheets, one per file) the unit rows were read from. */
function submissionSheetRows(a: Assessment): XlsxValue[][] {
  const read = new Map<string, Set<string>>();
  for (const r of a.results) {
    const { file, sheet } = r.unit.source;
    if (!read.has(file)) read.set(file, new Set());
    read.get(file)!.add(sheet);
  }
  if (!read.size) return [];
  const shown = [...read].slice(0, 5).map(([file, sheets]) => `${file} 的“${[...sheets].join("”“")}”`);
  return [["申报数据工作表", shown.join("；") + (read.size > 5 ? ` 等 ${read.size} 个文件` : "")]];
}

/** 说明 rows on the panel sheets: each sheet read, in which layout, with how many inspectors and units. */
function panelSheetRows(a: Assessment): XlsxValue[][] {
  return (a.panel?.sheets ?? []).map((p) => [`评委打分表“${p.sheet}”`, `${p.file}，按${p.layout}读取：评委 ${p.inspectors} 位，单位 ${p.units} 个`]);
}

/** Issues that say a number was read other than as typed, each counted once per cell (a cell read by two rules is one cell). */
const READINGS = [
  { id: "unitConverted", words: "按计量单位换算" },
  { id: "plainAssumedScaled", words: "未带 % 或 ‰、按数据项含义读作百分数或千分数（如 96 按 96%）" },
  { id: "percentAssumedFraction", words: "百分比列中的小数按百分比理解（如 0.96 按 96%）" },
] as const;

/** The 说明 row counting cells read other than as typed, when there are any. */
function readingRows(a: Assessment): XlsxValue[][] {
  const parts = READINGS.flatMap(({ id, words }) => {
    const cells = new Set(a.issues.filter((i) => i.id === id).map((i) => [i.file, i.sheet, i.cell, i.unit, i.item].join("\u0000")));
    return cells.size ? [`${words}：${cells.size} 个单元格`] : [];
  });
  return parts.length ? [["数值换算", `${parts.join("；")}；见问题清单`]] : [];
}

/** 说明 rows on inspection teams: whether 评分组校正 was applied, and each team's mean and coefficient per item. */
function teamCorrectionRows(a: Assessment): XlsxValue[][] {
  const p = a.panel;
  const on = a.criteria.settings.teamCorrection === "secondAverage";
  if (!p) return on ? [["评分组校正", "二次平均法：没有评委打分表，未校正"]] : [];
  if (!p.teams.length && !on) return [];
  const round = (x: number, d: number) => String(roundExcel(x, d));
  if (!on) return [["评分组校正", `否：检查组 ${p.teams.join("、")} 的评委分未校正`]];
  if (!p.calibration.length) return [["评分组校正", "二次平均法：没有由两个及以上检查组打分的项目，未校正"]];
  return [
    ["评分组校正", "二次平均法：校正系数 = 各组平均分的平均 ÷ 本组平均分，按每个直接打分项分别计算（用本组全部评委的原始分），乘到本组评委原始分上，再按评委去极值设置平均"],
    ...p.calibration.map((c) => [
      `校正：${c.item.name}`,
      `各组平均分的平均 ${round(c.overall, 4)}；` + c.teams.map((t) => `${t.team} 平均 ${round(t.mean, 4)}（${t.count} 个评委分），系数 ${round(t.coefficient, 4)}`).join("；"),
    ]),
  ];
}

function yearOnYearSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const c = a.comparison!;
  const labels = [C.unit, C.category, C.status, C.previousUnit, C.figure, C.kind, C.direction, C.current, C.previous, C.change, C.changePercent, C.changePoints, C.verdict, C.note, C.wording];
  const widths = [22, 10, 9, 22, 22, 7, 9, 11, 11, 11, 9, 12, 7, 20, 60];
  const d = a.criteria.settings.percentDecimals;
  const p = scoreFormat(d);
  // A rate's change says its unit in the cell: 百分点, or 千分点 for a ‰ rate (shown in ‰ beside it).
  const pointsFormat = (unit: string) => `+${p}"个${unit}";-${p}"个${unit}";0`;
  const perMille = perMilleFormat(d);
  const none = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  // One look per value format: counts, scores, rates, per-mille rates.
  const looks = looksByFormat(
    (valueFmt) => [...none, valueFmt, valueFmt, "+0.##;-0.##;0", `+${p}%;-${p}%;${p}%`, pointsFormat(valueFmt === perMille ? "千分点" : "百分点")],
    labels.length,
  );
  const verdictLooks: Record<string, (s: Style | undefined) => Style> = { 退步: variant({ color: "FFC00000" }), 改善: variant({ color: "FF00803C" }) };
  function* body(): Generator<XlsxRow> {
    for (const u of c.units) {
      for (const ch of u.changes) {
        const rate = ch.figure.kind === "rate";
        const valueFmt = rate ? (ch.figure.perMille ? perMilleFormat(d) : percentFormat(d)) : ch.figure.kind === "score" ? fmt : "0.##";
        const scale = (x: number | undefined) => (x === undefined ? null : rate && ch.figure.perMille ? x * 1000 : x);
        const row = bodyRow(
          [
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
          ],
          looks(valueFmt),
          widths,
        );
        const look = ch.verdict ? verdictLooks[ch.verdict] : undefined;
        if (look) row.style[12] = look(row.style[12]);
        yield row;
      }
    }
    for (const gone of c.absent) {
      yield bodyRow([gone.name, gone.category, "未参评", gone.name, "总分", FIGURE_KIND_LABELS.score, directionLabels.higher, null, gone.total ?? null, null, null, null, null, "上年参评，本年未参评", null], looks(fmt), widths);
    }
  }
  return sheet(
    {
      name: SHEETS.yearOnYear,
      title: `${yearTitle(info.label)}测评同比分析（对比 ${c.label}）`,
      subtitle: "数量和金额看增幅（%），比率看百分点（千分率看千分点，数值以千分数显示）；方向为“不评价”的指标（如分母）只列变化，不作判断；每个单位每个指标一行，可筛选",
      widths,
      header: labels,
      autoFilter: true,
    },
    body(),
    // 单位, 类别, 参评情况, 上年单位, 指标, 类型, 方向 and 判断 repeat down the sheet.
    [0, 1, 2, 3, 4, 5, 6, 12],
  );
}

function categorySummarySheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const c = a.comparison!;
  const labels = [C.group, C.figure, C.current, C.previous, C.change];
  const widths = [14, 44, 12, 12, 14];
  // One look per kind of figure (rate, score, count), built once.
  const p = scoreFormat(a.criteria.settings.percentDecimals);
  const looks = looksByFormat((kind) => {
    const valueFmt = kind === "rate" ? `${p}%` : kind === "score" ? fmt : "0";
    const changeFmt = kind === "rate" ? `+${p}"个百分点";-${p}"个百分点";0` : kind === "score" ? `+${fmt};-${fmt};0` : "+0;-0;0";
    return [undefined, undefined, valueFmt, valueFmt, changeFmt];
  }, labels.length);
  function* body(): Generator<XlsxRow> {
    for (const s of c.summary) yield bodyRow([s.group, s.label, s.current ?? null, s.previous ?? null, s.change ?? null], looks(s.kind), widths);
  }
  return sheet({ name: SHEETS.categorySummary, title: `${yearTitle(info.label)}测评分类汇总（对比 ${c.label}）`, subtitle: "比率的增减单位为百分点；合计比率 = Σ分子 / Σ分母", widths, header: labels }, body());
}

/** 图表: each chart under its title, 800 px wide, in reading order. */
function chartsSheet(info: RunInfo): SheetSpec {
  const ROW_PX = 20;
  const width = 800;
  const bold = style({ bold: true });
  const images: SheetSpec["images"] = [];
  const titles = new Map<number, string>();
  let row = 4;
  for (const chart of info.charts!) {
    titles.set(row, `${chart.title}（${chart.path}）`);
    const height = Math.round((chart.height / chart.width) * width);
    images.push({ png: chart.png, row, col: 0, width, height });
    row += Math.ceil(height / ROW_PX) + 3;
  }
  const last = Math.max(...titles.keys());
  function* body(): Generator<XlsxRow | null> {
    for (let r = 4; r <= last; r++) yield titles.has(r) ? { values: [titles.get(r)!], style: bold } : null;
  }
  const spec = sheet(
    { name: SHEETS.charts, title: `${yearTitle(info.label)}测评图表`, subtitle: "图片文件另存于输出目录的 charts/ 文件夹", widths: Array.from({ length: 12 }, () => 10), header: [], orientation: "portrait" },
    body(),
  );
  return { ...spec, images };
}

function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
