import ExcelJS from "exceljs";
import type { Assessment } from "../core/score/assess.js";
import type { UnitResult } from "../core/model.js";
import { COLUMNS as C, SHEETS, VETO_LABEL, rankMethodLabels, severityLabels } from "../core/i18n/labels.js";
import { writeFileAtomic } from "./atomicWrite.js";

export interface RunInfo {
  /** "2026" or the submissions file's base name. */
  label: string;
  inputs: { role: string; path: string; sha256: string }[];
  version: string;
  generatedAt: Date;
}

const GRADE_COLOURS: Record<string, string> = {
  优秀: "FFC6EFCE",
  良好: "FFDDEBF7",
  合格: "FFFFF2CC",
  不合格: "FFF8CBAD",
  [VETO_LABEL]: "FFD9D9D9",
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

// exceljs stores JS strings as text cells, never as formulas, so a unit
// named "=HYPERLINK(…)" or "+1" is written back inert.

/** Build the whole result workbook in memory, then write it atomically. */
export async function writeResultWorkbook(path: string, a: Assessment, info: RunInfo): Promise<void> {
  const wb = buildResultWorkbook(a, info);
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer));
}

export function buildResultWorkbook(a: Assessment, info: RunInfo): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `kaoping ${info.version}`;
  wb.created = info.generatedAt;
  const fmt = scoreFormat(a.criteria.settings.decimals);
  rankingSheet(wb, a, info, fmt);
  categorySheet(wb, a, info, fmt);
  itemScoresSheet(wb, a, info, fmt);
  statisticsSheet(wb, a, info, fmt);
  issuesSheet(wb, a, info);
  detailsSheet(wb, a, info, fmt);
  aboutSheet(wb, a, info);
  return wb;
}

function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** A sheet with a title row, a header row at `headerRow`, print setup and frozen panes. */
function newSheet(wb: ExcelJS.Workbook, name: string, titleText: string, width: number, headerRows = 1): ExcelJS.Worksheet {
  const headerRow = 3;
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: headerRow + headerRows - 1, xSplit: 0 }],
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
  labels.forEach((label, i) => {
    const cell = row.getCell(i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  row.height = 30;
}

/** Borders, number formats, and wrapped text with a row height that fits it. */
function body(row: ExcelJS.Row, formats: (string | undefined)[] = []): void {
  let lines = 1;
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = BORDER;
    const f = formats[col - 1];
    if (f) cell.numFmt = f;
    const needed = typeof cell.value === "string" ? linesNeeded(cell.value, row.worksheet.getColumn(col).width ?? 10) : 1;
    cell.alignment = { vertical: "middle", wrapText: needed > 1 };
    lines = Math.max(lines, needed);
  });
  // Viewers do not all re-measure wrapped rows, so set the height ourselves.
  if (lines > 1) row.height = 15 * lines;
}

/** Lines a text needs in a column: CJK characters take two width units. */
function linesNeeded(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(units / Math.max(width - 1, 1)));
}

function colourGrade(cell: ExcelJS.Cell, grade: string): void {
  const argb = GRADE_COLOURS[grade];
  if (argb) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
}

function remark(r: UnitResult): string {
  const parts: string[] = [];
  for (const v of r.vetoes) parts.push(`一票否决：${v.reason}，${v.outcome}`);
  if (r.issueCount) parts.push(`数据问题 ${r.issueCount} 条，见问题清单`);
  return parts.join("；");
}

const RANK_LABELS = [C.rank, C.unit, C.category, C.basic, C.bonus, C.total, C.grade, C.remark];
const RANK_WIDTHS = [8, 26, 12, 10, 8, 10, 8, 50];

function rankingRow(r: UnitResult, place: number | undefined): (string | number | null)[] {
  const vetoed = r.vetoes.length > 0;
  return [vetoed ? VETO_LABEL : (place ?? null), r.unit.name, r.unit.category, r.basic, r.bonus, r.total, vetoed ? VETO_LABEL : r.grade, remark(r)];
}

function settingsLine(a: Assessment): string {
  const s = a.criteria.settings;
  return `排名方式：${rankMethodLabels[s.rankMethod]}　总分保留 ${s.decimals} 位小数（Excel ROUND）　参评 ${a.results.length} 个单位`;
}

function rankingSheet(wb: ExcelJS.Workbook, a: Assessment, info: RunInfo, fmt: string): void {
  const ws = newSheet(wb, SHEETS.ranking, `${info.label}年度文明单位测评总排名`, RANK_LABELS.length);
  subtitle(ws, settingsLine(a), RANK_LABELS.length);
  header(ws, 3, RANK_LABELS, RANK_WIDTHS);
  for (const r of a.results) {
    const row = ws.addRow(rankingRow(r, r.rank));
    body(row, [undefined, undefined, undefined, fmt, fmt, fmt]);
    row.getCell(1).alignment = { horizontal: "center" };
    colourGrade(row.getCell(7), r.vetoes.length ? VETO_LABEL : r.grade);
    if (r.vetoes.length) row.font = { color: { argb: "FF7F7F7F" } };
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: RANK_LABELS.length } };
}

function categorySheet(wb: ExcelJS.Workbook, a: Assessment, info: RunInfo, fmt: string): void {
  const labels = [C.categoryRank, ...RANK_LABELS.slice(1)];
  const ws = newSheet(wb, SHEETS.categoryRanking, `${info.label}年度文明单位测评分类排名`, labels.length);
  subtitle(ws, `按“${a.criteria.settings.groupField}”分组排名；${settingsLine(a)}`, labels.length);
  header(ws, 3, labels, RANK_WIDTHS);
  for (const category of a.categories) {
    const members = a.results.filter((r) => r.unit.category === category);
    const title = ws.addRow([`${category}（${members.length} 个单位）`]);
    ws.mergeCells(title.number, 1, title.number, labels.length);
    title.font = { bold: true };
    title.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    for (const r of members) {
      const row = ws.addRow(rankingRow(r, r.categoryRank));
      body(row, [undefined, undefined, undefined, fmt, fmt, fmt]);
      row.getCell(1).alignment = { horizontal: "center" };
      colourGrade(row.getCell(7), r.vetoes.length ? VETO_LABEL : r.grade);
    }
  }
}

function itemScoresSheet(wb: ExcelJS.Workbook, a: Assessment, info: RunInfo, fmt: string): void {
  const groups = a.criteria.groups.filter((g) => g.items.some((i) => !i.rule.pointless));
  const width = 3 + groups.reduce((n, g) => n + g.items.length + 1, 0) + 3;
  const ws = newSheet(wb, SHEETS.itemScores, `${info.label}年度文明单位测评分项得分`, width, 3);
  subtitle(ws, "每项得分按 Excel ROUND 保留后再合计；第 5 行为各项分值", width);
  const top = 3;
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
    put(top + 2, i + 1, i === 1 ? C.points : "");
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
  for (const r of a.results) {
    const values: ExcelJS.CellValue[] = [r.vetoes.length ? VETO_LABEL : (r.rank ?? null), r.unit.name, r.unit.category];
    for (const c of columns) values.push(c.kind === "item" ? r.items[c.index!].points : (r.groupScores.get(c.group!) ?? 0));
    values.push(r.basic, r.bonus, r.total);
    const row = ws.addRow(values);
    body(row);
    for (let i = 4; i <= values.length; i++) row.getCell(i).numFmt = fmt;
    columns.forEach((c, i) => {
      if (c.kind === "subtotal") row.getCell(4 + i).font = { bold: true };
    });
  }
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 10;
  for (let i = 4; i < col; i++) ws.getColumn(i).width = 9;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: top + 2 }];
}

function statisticsSheet(wb: ExcelJS.Workbook, a: Assessment, info: RunInfo, fmt: string): void {
  const labels = [C.key, C.level1, C.item, C.rule, C.points, C.mean, C.median, C.stdDev, C.max, C.min, C.scoreRate, C.fullCount, C.pooledRate, C.meanRate];
  const ws = newSheet(wb, SHEETS.statistics, `${info.label}年度测评指标统计`, labels.length);
  subtitle(ws, `统计范围：全部 ${a.results.length} 个计分单位（含否决单位）；标准差为样本标准差 STDEV.S`, labels.length);
  header(ws, 3, labels, [8, 14, 28, 10, 7, 9, 9, 12, 9, 9, 9, 10, 14, 12]);
  for (const s of a.statistics) {
    const row = ws.addRow([s.item.key, s.item.level1, s.item.name, s.item.rule.label, s.item.points, s.mean ?? null, s.median ?? null, s.stdDev ?? null, s.max ?? null, s.min ?? null, s.scoreRate ?? null, s.fullCount, s.pooledRate ?? null, s.meanRate ?? null]);
    body(row, [undefined, undefined, undefined, undefined, undefined, fmt, fmt, "0.000", fmt, fmt, "0.0%", "0", "0.00%", "0.00%"]);
  }
}

function issuesSheet(wb: ExcelJS.Workbook, a: Assessment, info: RunInfo): void {
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
    body(row);
    const colour = issue.severity === "error" ? "FFC00000" : issue.severity === "warning" ? "FFC65911" : "FF595959";
    row.getCell(2).font = { bold: true, color: { argb: colour } };
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: labels.length } };
}

function detailsSheet(wb: ExcelJS.Workbook, a: Assessment, info: RunInfo, fmt: string): void {
  const labels = [C.unit, C.category, C.key, C.level1, C.item, C.rule, C.inputs, C.computation, C.rate, C.score, C.points];
  const ws = newSheet(wb, SHEETS.details, `${info.label}年度测评计分明细`, labels.length);
  subtitle(ws, "每个单位每项指标一行：输入数据、计分规则与计算过程", labels.length);
  header(ws, 3, labels, [22, 10, 8, 14, 26, 10, 36, 64, 9, 8, 7]);
  for (const r of a.results) {
    for (const s of r.items) {
      const row = ws.addRow([r.unit.name, r.unit.category, s.item.key, s.item.level1, s.item.name, s.item.rule.label, s.inputs, s.explanation, s.rate ?? null, s.points, s.item.points]);
      body(row, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, "0.00%", fmt, undefined]);
      row.getCell(8).alignment = { wrapText: true, vertical: "middle" };
    }
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: labels.length } };
}

function aboutSheet(wb: ExcelJS.Workbook, a: Assessment, info: RunInfo): void {
  const ws = newSheet(wb, SHEETS.about, "说明", 3);
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
    ["kaoping 版本", info.version],
    ["生成时间", formatTime(info.generatedAt)],
  ];
  for (const r of rows) body(ws.addRow(r));
  ws.views = [{}];
}

function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
