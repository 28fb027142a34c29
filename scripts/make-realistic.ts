/**
 * Builds test/realistic/: workbooks laid out and typed the way an office
 * and its clerks make them, one variant per folder, each with what kaoping
 * must read (manifest.json). test/realistic.test.ts runs every folder
 * through the real CLI and reads 计分明细 and 问题清单 back.
 *
 * One office criteria workbook (测评体系.xlsx: title row, merged 一级指标
 * with points in brackets, 合计 and 注 rows, a 数据项 sheet) and one
 * submissions workbook (title row, 填报单位 line, two-row merged header
 * with units in brackets, 序号, a footer) serve as the base; each variant
 * changes one cell, one header or one parameter. Every figure a variant
 * expects is worked out by hand in the comment beside it, from the base
 * figures of 萨勒吾则克乡 (the domain brief's township) listed below.
 *
 * Run: npm run build && node dist/scripts/make-realistic.js
 */
import ExcelJS from "exceljs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REALISTIC = join(root, "test", "realistic");

export interface RealisticCase {
  /** Folder under test/realistic holding 2026-申报数据.xlsx (and 2025-申报数据.xlsx, 测评体系.xlsx when the case has its own). */
  id: string;
  what: string;
  /** The case has its own criteria workbook in its folder. */
  ownCriteria?: boolean;
  /** The case has last year's submissions (2025-申报数据.xlsx) in its folder; "same" passes this year's file as --previous. */
  previous?: boolean | "same";
  /** Exit code of `kaoping score` (without --strict); 0 unless the run must refuse. */
  exit: 0 | 1 | 2;
  /** For refused runs: a piece of the one-line message. */
  message?: string;
  /** The unit and item (编号) whose 得分 is checked in 计分明细. */
  unit?: string;
  item?: string;
  /** 得分 expected, worked out by hand; null when the issue decides no figure (only the message is checked). */
  points?: number | null;
  /** The cell the variant changed (sheet!cell), what was typed, and whether kaoping must read it differently from how it reads as typed. */
  cell?: string;
  typed?: string;
  /** Read as something other than the typed number: an issue must name the cell. */
  changed?: boolean;
  /** An issue that must be in 问题清单: its level, a piece of its text, optionally its cell (sheet!cell). */
  issue?: { severity: "错误" | "警告" | "提示"; contains: string; cell?: string };
  /** Other items of the unit whose points the variant changes (编号 → 得分 by hand); every other item keeps its base points. */
  alsoChanged?: Record<string, number | null>;
  /** A piece of text no 问题清单 line may contain (a false alarm the variant must not raise). */
  absent?: string;
  /** Unit rows in the submissions: ranked + not ranked must add up. */
  unitRows?: number;
}

/**
 * 萨勒吾则克乡's points per item on the base files, by hand (see UNITS):
 * a variant changes only the item it names (and alsoChanged), never another.
 */
export const BASE_POINTS: Record<string, number> = {
  "1.1": 2.4, "1.2": 1.22, "1.3": 4, "2.1": 3, "2.2": 3, "2.3": 3, "2.4": 4,
  "3.1": 1.5, "3.2": 1.98, "3.3": 2, "4.1": 4.37, "4.2": 4.4, "4.3": 6, "5.1": 3, "6.1": 0,
};

// ---------------------------------------------------------------------------
// The office's criteria.

const CRITERIA_HEADERS = ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "目标值", "满分线", "起评线", "每次扣分", "方向", "参数", "测评方法", "评分标准"];
type CriteriaRow = (string | number)[];

const CRITERIA_ROWS: CriteriaRow[] = [
  ["1.1", "阵地建设（11分）", "文明科室创建率", 4, "比率", "文明科室数/科室总数", "", "100%", "50%", "", "", "", "实地考察", "全部建成得满分，≤50%不得分，其间按比例计分"],
  ["1.2", "阵地建设（11分）", "文明宿舍创建率", 3, "比率", "文明宿舍数/宿舍总数", "", "90%", "60%", "", "", "", "实地考察", "≥90%得满分，≤60%不得分，其间按比例计分"],
  ["1.3", "阵地建设（11分）", "信访办结率", 4, "比率", "信访办结数/信访受理数", "", "100%", "80%", "", "", "", "查阅台账", "全部办结得满分，≤80%不得分"],
  ["2.1", "工作实绩（15分）", "统计上报准确率", 3, "达标", "上报准确率", "95%", "", "", "", "≥", "", "抽查数据", "≥95%得满分，否则不得分"],
  ["2.2", "工作实绩（15分）", "人口出生率", 3, "达标", "人口出生率", "20‰", "", "", "", "≤", "", "查阅台账", "≤20‰得满分，否则不得分"],
  ["2.3", "工作实绩（15分）", "志愿服务活动", 4, "完成率", "志愿服务次数", "12", "", "", "", "", "", "查阅记录", "全年12次，按完成比例计分"],
  ["2.4", "工作实绩（15分）", "招商引资任务", 5, "完成率", "招商引资到位资金/招商引资目标任务", "", "", "", "", "", "", "查阅台账", "按完成比例计分"],
  ["3.1", "作风效能（10分）", "森林火灾同比下降", 3, "同比", "森林火灾", "", "", "", "", "越低越好", "满分改善=20%", "对比上年", "比上年下降20%及以上得满分，未下降不得分"],
  ["3.2", "作风效能（10分）", "群众满意率同比提高", 3, "同比", "群众满意率", "", "", "", "", "越高越好", "满分改善=5%", "对比上年", "比上年提高5个百分点得满分"],
  ["3.3", "作风效能（10分）", "违反工作纪律被通报", 4, "扣分", "纪律通报次数", "", "", "", "2", "", "", "查阅通报", "每被通报一次扣2分，扣完为止"],
  ["4.1", "检查评议（16分）", "创建档案资料", 5, "直接打分", "档案资料得分", "", "", "", "", "", "", "检查组打分", "去掉一个最高分和一个最低分后平均"],
  ["4.2", "检查评议（16分）", "办公环境整洁", 5, "直接打分", "环境检查得分", "", "", "", "", "", "", "检查组打分", "去掉一个最高分和一个最低分后平均"],
  ["4.3", "检查评议（16分）", "民主测评满意度", 6, "满意度", "满意票数,基本满意票数,有效问卷数", "", "95%", "70%", "", "", "", "问卷调查", "≥95%得满分，≤70%不得分"],
  ["5.1", "加分项目（5分）", "获得上级表彰", 5, "加分", "国家级荣誉数,省级荣誉数,市级荣誉数,县级荣誉数", "", "", "", "", "", "各级分值=3/2/1/0.5", "查阅文件", "国家级3分、省级2分、市级1分、县级0.5分，最多加5分"],
  ["6.1", "一票否决", "发生重大安全责任事故", "", "否决", "重大责任事故", "", "", "", "", "", "", "查阅通报", "发生即取消评选资格"],
];

const FIELD_PROFILES: string[][] = [
  ["文明科室数", "数量", "越高越好", "个"], ["科室总数", "数量", "", "个"], ["文明宿舍数", "数量", "越高越好", "间"], ["宿舍总数", "数量", "", "间"],
  ["信访办结数", "数量", "越高越好", "件"], ["信访受理数", "数量", "", "件"], ["上报准确率", "比率", "越高越好", "%"], ["人口出生率", "比率", "越低越好", "‰"],
  ["志愿服务次数", "数量", "越高越好", "次"], ["招商引资到位资金", "金额", "越高越好", "亿元"], ["招商引资目标任务", "金额", "", "亿元"],
  ["森林火灾", "数量", "越低越好", "起"], ["群众满意率", "比率", "越高越好", "%"], ["纪律通报次数", "数量", "越低越好", "次"],
  ["满意票数", "数量", "越高越好", "票"], ["基本满意票数", "数量", "越高越好", "票"], ["有效问卷数", "数量", "", "份"],
];

interface CriteriaEdit {
  rows?: (rows: CriteriaRow[]) => void;
  headers?: (headers: string[]) => void;
  extra?: (wb: ExcelJS.Workbook) => void;
}

async function criteriaBook(edit: CriteriaEdit = {}): Promise<Buffer> {
  const headers = [...CRITERIA_HEADERS];
  const rows = CRITERIA_ROWS.map((r) => [...r]);
  edit.headers?.(headers);
  edit.rows?.(rows);
  const wb = newBook();
  const ws = wb.addWorksheet("测评细则");
  ws.addRow(["2026年度文明单位测评细则"]);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  // 一级指标 merged down its items, as offices lay it out.
  let start = 3;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i][1] !== rows[i - 1][1]) {
      const end = 2 + i;
      if (end > start) ws.mergeCells(start, 2, end, 2);
      start = end + 1;
    }
  }
  ws.addRow(["", "合计", "", "52+5"]);
  ws.addRow(["注：一票否决项不计分；评委打分去掉一个最高分和一个最低分后平均。"]);
  const grades = wb.addWorksheet("等级");
  grades.addRow(["等级", "最低分"]);
  for (const g of [["优秀", 45], ["良好", 40], ["合格", 30], ["不合格", ""]]) grades.addRow(g);
  const fields = wb.addWorksheet("数据项");
  fields.addRow(["数据项", "类型", "方向", "计量单位"]);
  for (const f of FIELD_PROFILES) fields.addRow(f);
  const settings = wb.addWorksheet("设置");
  settings.addRow(["设置项", "值"]);
  settings.addRow(["排名方式", "美式"]);
  settings.addRow(["小数位数", 2]);
  settings.addRow(["评委去极值", "是"]);
  edit.extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------
// The submissions, as a 文明办 collects them.

/** One column of the submissions sheet: the group above (merged over its columns) and the header below. */
interface Column {
  group?: string;
  header: string;
  field: string;
}

const COLUMNS: Column[] = [
  { header: "序号", field: "序号" },
  { header: "单位名称", field: "单位名称" },
  { header: "单位类别", field: "单位类别" },
  { group: "创建阵地", header: "文明科室数（个）", field: "文明科室数" },
  { group: "创建阵地", header: "科室总数（个）", field: "科室总数" },
  { group: "创建阵地", header: "文明宿舍数（间）", field: "文明宿舍数" },
  { group: "创建阵地", header: "宿舍总数（间）", field: "宿舍总数" },
  { group: "信访工作（件）", header: "信访受理数", field: "信访受理数" },
  { group: "信访工作（件）", header: "信访办结数", field: "信访办结数" },
  { header: "上报准确率（%）", field: "上报准确率" },
  { header: "人口出生率（‰）", field: "人口出生率" },
  { header: "志愿服务次数（次）", field: "志愿服务次数" },
  { group: "招商引资（亿元）", header: "到位资金", field: "招商引资到位资金" },
  { group: "招商引资（亿元）", header: "目标任务", field: "招商引资目标任务" },
  { header: "森林火灾（起）", field: "森林火灾" },
  { header: "上年森林火灾（起）", field: "上年森林火灾" },
  { header: "群众满意率", field: "群众满意率" },
  { header: "上年群众满意率", field: "上年群众满意率" },
  { header: "纪律通报次数", field: "纪律通报次数" },
  { group: "民主测评（票）", header: "满意票数", field: "满意票数" },
  { group: "民主测评（票）", header: "基本满意票数", field: "基本满意票数" },
  { group: "民主测评（票）", header: "有效问卷数", field: "有效问卷数" },
  { group: "获得表彰（项）", header: "国家级荣誉数", field: "国家级荣誉数" },
  { group: "获得表彰（项）", header: "省级荣誉数", field: "省级荣誉数" },
  { group: "获得表彰（项）", header: "市级荣誉数", field: "市级荣誉数" },
  { group: "获得表彰（项）", header: "县级荣誉数", field: "县级荣誉数" },
  { header: "重大责任事故", field: "重大责任事故" },
  { group: "干部职工（人）", header: "干部职工", field: "干部职工" },
  { group: "干部职工（人）", header: "汉族", field: "汉族" },
  { group: "干部职工（人）", header: "少数民族", field: "少数民族" },
  { header: "备注", field: "备注" },
];

type Value = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };
type UnitData = Record<string, Value>;

const PERCENT = (value: number): Value => ({ value, numFmt: "0.0%" });

/**
 * The base figures. 萨勒吾则克乡 (first row, row 5) is the unit every
 * variant changes; its base points, by hand:
 *   1.1 4 / 5 = 80%, lines 100% / 50% → (0.8 − 0.5) / 0.5 × 4 = 2.4
 *   1.2 13 / 18 = 72.22%, lines 90% / 60% → (0.7222 − 0.6) / 0.3 × 3 = 1.2222 → 1.22
 *   1.3 12 / 12 = 100% → 4
 *   2.1 96% ≥ 95% → 3          2.2 19.5‰ ≤ 20‰ → 3
 *   2.3 9 / 12 = 75% × 4 = 3    2.4 1.2 / 1.5 亿元 = 80% × 5 = 4
 *   3.1 森林火灾 9 against 10: −10%, full at −20% → 0.5 × 3 = 1.5
 *   3.2 群众满意率 52.3% against 49.0%: +3.3 百分点 of 5 → 0.66 × 3 = 1.98
 *   3.3 1 × 2 deducted from 4 → 2
 *   4.1 panel 4.5, 4.0, 4.8, 3.9, 4.6: drop 4.8 and 3.9 → 13.1 / 3 = 4.3667 → 4.37
 *   4.2 panel 4.2, 4.4, 4.6: drop 4.6 and 4.2 → 4.4
 *   4.3 (150 + 40) / 200 = 95% → 6
 *   5.1 省级 1 × 2 + 县级 2 × 0.5 = 3
 */
const UNITS: UnitData[] = [
  unit("萨勒吾则克乡", "乡镇", [4, 5, 13, 18, 12, 12, PERCENT(0.96), 19.5, 9, 1.2, 1.5, 9, 10, PERCENT(0.523), PERCENT(0.49), 1, 150, 40, 200, 0, 1, 0, 2, "否", 79, 14, 65]),
  unit("龙湾区人事劳动局", "机关", [5, 5, 10, 10, 30, 29, PERCENT(0.99), 8.2, 14, 2.0, 2.0, 0, 1, PERCENT(0.912), PERCENT(0.905), 0, 180, 15, 200, 1, 2, 1, 0, "否", 58, 58, 0]),
  unit("咸宁市林业局", "机关", [4, 6, 8, 12, 20, 18, PERCENT(0.97), 11.0, 12, 0.8, 1.0, 3, 4, PERCENT(0.87), PERCENT(0.85), 0, 160, 30, 200, 0, 1, 2, 1, "否", 120, 119, 1]),
  unit("某县水务局", "机关", [3, 4, 6, 8, 15, 15, PERCENT(0.95), 15.3, 10, 0.5, 0.6, 2, 2, PERCENT(0.8), PERCENT(0.82), 2, 140, 36, 200, 0, 0, 1, 1, "否", 45, 44, 1]),
  unit("宁夏回族自治区商务厅", "机关", [6, 6, 16, 16, 40, 40, PERCENT(0.98), 9.6, 15, 3.1, 3.0, 0, 0, PERCENT(0.95), PERCENT(0.93), 0, 190, 8, 200, 1, 1, 0, 0, "否", 158, 150, 8]),
  unit("平谷区教育委员会", "机关", [9, 11, 20, 24, 25, 24, PERCENT(0.96), 12.4, 11, 1.0, 1.2, 1, 3, PERCENT(0.9), PERCENT(0.88), 1, 170, 22, 200, 0, 2, 1, 3, "否", 560, 540, 20]),
];

function unit(name: string, category: string, figures: Value[]): UnitData {
  const data: UnitData = { 单位名称: name, 单位类别: category };
  COLUMNS.slice(3, 3 + figures.length).forEach((c, i) => (data[c.field] = figures[i]));
  return data;
}

/** Panel scores per unit: 档案资料得分 and 环境检查得分 by five inspectors (blank: not scored). */
const PANEL: Record<string, { 档案资料得分: number[]; 环境检查得分: number[] }> = {
  萨勒吾则克乡: { 档案资料得分: [4.5, 4.0, 4.8, 3.9, 4.6], 环境检查得分: [4.2, 4.4, 4.6] },
  龙湾区人事劳动局: { 档案资料得分: [4.8, 4.9, 5, 4.7, 4.8], 环境检查得分: [4.9, 4.8, 5] },
  咸宁市林业局: { 档案资料得分: [4, 4.2, 4.1, 3.8, 4.4], 环境检查得分: [4, 4.1, 4.3] },
  某县水务局: { 档案资料得分: [3.5, 3.8, 4, 3.6, 3.9], 环境检查得分: [3.9, 4, 4.2] },
  宁夏回族自治区商务厅: { 档案资料得分: [4.9, 4.9, 5, 4.8, 5], 环境检查得分: [4.8, 4.9, 4.9] },
  平谷区教育委员会: { 档案资料得分: [4.4, 4.5, 4.3, 4.6, 4.2], 环境检查得分: [4.5, 4.6, 4.4] },
};

interface SubmissionsEdit {
  /** Replace column headers or groups, add or drop columns. */
  columns?: (columns: Column[]) => void;
  /** Change the base figures (萨勒吾则克乡 is units[0]). */
  units?: (units: UnitData[]) => void;
  /** Rows written after the units (合计 rows), as field → value. */
  after?: UnitData[];
  /** Replace the 评委打分 sheet (undefined keeps the documented wide layout; null leaves it out). */
  panel?: ((wb: ExcelJS.Workbook) => void) | null;
  /** A two-row header for one field: its name merged over 本年 | 上年. */
  yearPair?: string;
  /** Number formats per field for 萨勒吾则克乡's row. */
  extra?: (ws: ExcelJS.Worksheet) => void;
}

const FIRST_DATA_ROW = 5;

/** Where a field's cell for a unit lands, for the manifest (the first unit is row 5). */
function cellOf(columns: Column[], field: string, unitIndex = 0): string {
  const col = columns.findIndex((c) => c.field === field);
  if (col < 0) throw new Error(`no column ${field}`);
  return `申报数据!${columnLetter(col + 1)}${FIRST_DATA_ROW + unitIndex}`;
}

function columnLetter(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

async function submissionsBook(edit: SubmissionsEdit = {}, year = 2026): Promise<{ data: Buffer; columns: Column[] }> {
  const columns = COLUMNS.map((c) => ({ ...c }));
  edit.columns?.(columns);
  const units = UNITS.map((u) => ({ ...u }));
  edit.units?.(units);
  const wb = newBook();
  const ws = wb.addWorksheet("申报数据");
  const width = columns.length;
  ws.addRow([`${year}年度文明单位创建工作申报数据汇总表`]);
  ws.mergeCells(1, 1, 1, width);
  ws.addRow([`填报单位：县文明办　　　　填报日期：${year}年11月20日`]);
  ws.mergeCells(2, 1, 2, width);
  // Two header rows: a group over its columns, or one header merged down both rows.
  ws.addRow(columns.map((c) => c.group ?? c.header));
  ws.addRow(columns.map((c) => (c.group ? c.header : "")));
  for (let i = 0; i < width; ) {
    const group = columns[i].group;
    let j = i;
    while (group && j + 1 < width && columns[j + 1].group === group) j++;
    if (group) {
      if (j > i) ws.mergeCells(3, i + 1, 3, j + 1);
    } else ws.mergeCells(3, i + 1, 4, i + 1);
    i = j + 1;
  }
  const write = (data: UnitData, index: number | "") => {
    const row = ws.addRow(columns.map((c) => (c.field === "序号" ? index : plain(data[c.field]))));
    columns.forEach((c, k) => {
      const v = data[c.field];
      if (v && typeof v === "object" && "numFmt" in v) row.getCell(k + 1).numFmt = v.numFmt;
    });
  };
  units.forEach((u, i) => write(u, i + 1));
  for (const a of edit.after ?? []) write(a, "");
  ws.addRow([]);
  ws.addRow(["填表人：张明　　审核人：李华　　联系电话：0991-1234567"]);
  edit.extra?.(ws);
  if (edit.panel !== null) (edit.panel ?? widePanel)(wb);
  return { data: Buffer.from(await wb.xlsx.writeBuffer()), columns };
}

/** A workbook with fixed document dates, so regenerating the corpus gives the same bytes. */
function newBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  return wb;
}

function plain(v: Value | undefined): ExcelJS.CellValue {
  if (v && typeof v === "object" && "numFmt" in v) return v.value;
  return (v ?? null) as ExcelJS.CellValue;
}

/** The documented wide layout: 单位名称 | 数据项 | 评委1 … 评委5. */
function widePanel(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("评委打分");
  ws.addRow(["单位名称", "数据项", "评委1", "评委2", "评委3", "评委4", "评委5"]);
  for (const [name, p] of Object.entries(PANEL)) {
    ws.addRow([name, "档案资料得分", ...p.档案资料得分]);
    ws.addRow([name, "环境检查得分", ...p.环境检查得分]);
  }
}

/**
 * The 汇总表 an inspection team hands in: a title, then each item's name with
 * its points merged over its inspectors' columns, units in another order.
 */
function summaryPanel(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("检查组评分汇总表");
  ws.addRow(["2026年度文明单位实地检查评分汇总表"]);
  ws.mergeCells(1, 1, 1, 10);
  ws.addRow(["序号", "单位名称", "创建档案资料（5分）", "", "", "", "", "办公环境整洁（5分）", "", ""]);
  ws.addRow(["", "", "评委1", "评委2", "评委3", "评委4", "评委5", "评委1", "评委2", "评委3"]);
  ws.mergeCells(2, 1, 3, 1);
  ws.mergeCells(2, 2, 3, 2);
  ws.mergeCells(2, 3, 2, 7);
  ws.mergeCells(2, 8, 2, 10);
  Object.entries(PANEL)
    .reverse()
    .forEach(([name, p], i) => ws.addRow([i + 1, name, ...p.档案资料得分, ...p.环境检查得分]));
}

// ---------------------------------------------------------------------------
// The variants.

interface Variant extends Omit<RealisticCase, "exit" | "cell"> {
  exit?: 0 | 1 | 2;
  submissions?: SubmissionsEdit;
  criteria?: CriteriaEdit;
  /** Last year's submissions (2025), edited from the base. */
  lastYear?: SubmissionsEdit;
  /** The field whose cell (for 萨勒吾则克乡) the variant changed, for the manifest's cell. */
  field?: string;
}

const set = (field: string, value: Value) => (units: UnitData[]) => (units[0][field] = value);
const rename = (field: string, header: string, group?: string) => (columns: Column[]) => {
  const c = columns.find((x) => x.field === field)!;
  c.header = header;
  c.group = group;
};

const SALEWUZEKE = "萨勒吾则克乡";

const VARIANTS: Variant[] = [
  // Numbers typed as clerks type them.
  { id: "01-文本数字", what: "a count stored as text", field: "文明宿舍数", typed: "13", submissions: { units: set("文明宿舍数", "13") }, item: "1.2", points: 1.22 },
  { id: "02-全角数字", what: "full-width digits", field: "文明宿舍数", typed: "１３", submissions: { units: set("文明宿舍数", "１３") }, item: "1.2", points: 1.22 },
  { id: "03-带量词", what: "a count with its measure word, as in the header", field: "文明宿舍数", typed: "13间", submissions: { units: set("文明宿舍数", "13间") }, item: "1.2", points: 1.22 },
  {
    id: "04-约数", what: "an approximation (约13间) is read as 13 and noted", field: "文明宿舍数", typed: "约13间", changed: true,
    submissions: { units: set("文明宿舍数", "约13间") }, item: "1.2", points: 1.22, issue: { severity: "提示", contains: "约数" },
  },
  {
    id: "05-中文数字", what: "a number in Chinese words is not a number", field: "文明宿舍数", typed: "十三", changed: true,
    submissions: { units: set("文明宿舍数", "十三") }, item: "1.2", points: 0, issue: { severity: "错误", contains: "“十三” 不是数字" },
  },
  {
    // 19 / 18 > 100%: capped at 100% ≥ 90% → 3, and an error: the figures cannot both be true.
    id: "06-分子大于分母", what: "more 文明宿舍 than 宿舍", field: "文明宿舍数", typed: "19", changed: true,
    submissions: { units: set("文明宿舍数", 19) }, item: "1.2", points: 3, issue: { severity: "错误", contains: "大于" },
  },
  { id: "07-百分号文本", what: "a rate typed as text 96%", field: "上报准确率", typed: "96%", submissions: { units: set("上报准确率", "96%") }, item: "2.1", points: 3 },
  { id: "08-百分列整数", what: "96 under a (%) header is 96%", field: "上报准确率", typed: "96", submissions: { units: set("上报准确率", 96) }, item: "2.1", points: 3 },
  {
    id: "09-百分列小数", what: "0.96 under a (%) header is 96%, noted", field: "上报准确率", typed: "0.96", changed: true,
    submissions: { units: set("上报准确率", 0.96) }, item: "2.1", points: 3, issue: { severity: "提示", contains: "96%" },
  },
  {
    // The clerk typed 97 into a cell formatted 0%: Excel stores 97 and shows 9700%.
    id: "10-百分格式97", what: "97 typed into a %-formatted cell (9700%)", field: "上报准确率", typed: "9700%", changed: true,
    // Scored as 100% (a share cannot exceed it) ≥ 95% → 3, and an error naming the cell.
    submissions: { units: set("上报准确率", { value: 97, numFmt: "0%" }) }, item: "2.1", points: 3, issue: { severity: "错误", contains: "100%" },
  },
  {
    // The header carries no unit; the 数据项 sheet declares 上报准确率 a 比率: 96 is 96%.
    id: "11-比率字段无单位", what: "96 in a 比率 field whose header has no unit", field: "上报准确率", typed: "96", changed: true,
    submissions: { columns: rename("上报准确率", "上报准确率"), units: set("上报准确率", 96) }, item: "2.1", points: 3, issue: { severity: "提示", contains: "96%" },
  },
  {
    id: "12-约数百分比", what: "85%以上 is 85%, noted as approximate (below the 95% line)", field: "上报准确率", typed: "85%以上", changed: true,
    submissions: { units: set("上报准确率", "85%以上") }, item: "2.1", points: 0, issue: { severity: "提示", contains: "约数" },
  },
  { id: "13-千分号文本", what: "19.5‰ typed as text", field: "人口出生率", typed: "19.5‰", submissions: { units: set("人口出生率", "19.5‰") }, item: "2.2", points: 3 },
  {
    // No ‰ in the header: the 数据项 sheet says 人口出生率 is in ‰, so 19.5 is 19.5‰ (≤ 20‰ → 3), never 1950%.
    id: "14-千分率字段无单位", what: "19.5 in a ‰ field whose header has no unit", field: "人口出生率", typed: "19.5", changed: true,
    submissions: { columns: rename("人口出生率", "人口出生率"), units: set("人口出生率", 19.5) }, item: "2.2", points: 3, issue: { severity: "提示", contains: "19.5‰" },
  },
  { id: "15-千分率写成百分比", what: "1.95% is 19.5‰", field: "人口出生率", typed: "1.95%", submissions: { units: set("人口出生率", "1.95%") }, item: "2.2", points: 3 },
  { id: "16-金额带单位", what: "1.2亿元 under a group in 亿元", field: "招商引资到位资金", typed: "1.2亿元", submissions: { units: set("招商引资到位资金", "1.2亿元") }, item: "2.4", points: 4 },
  {
    // 12000万元 = 1.2亿元 → 1.2 / 1.5 = 80% × 5 = 4, with a note that it was converted.
    id: "17-金额换算", what: "12000万元 under 亿元 is converted and noted", field: "招商引资到位资金", typed: "12000万元", changed: true,
    submissions: { units: set("招商引资到位资金", "12000万元") }, item: "2.4", points: 4, issue: { severity: "提示", contains: "亿元" },
  },
  {
    id: "18-单位不可换算", what: "1.2万人 under 亿元 cannot be converted", field: "招商引资到位资金", typed: "1.2万人", changed: true,
    submissions: { units: set("招商引资到位资金", "1.2万人") }, item: "2.4", points: 0, issue: { severity: "错误", contains: "万人" },
  },
  {
    // The 到位资金 column in 万元 (12000), the target still in 亿元 (1.5): compared in one unit, 1.2 / 1.5 → 4.
    id: "19-两列单位不同", what: "actual in 万元, target in 亿元", field: "招商引资到位资金", typed: "12000", changed: true,
    submissions: {
      columns: (cols) => {
        rename("招商引资到位资金", "招商引资到位资金（万元）")(cols);
        rename("招商引资目标任务", "招商引资目标任务（亿元）")(cols);
      },
      units: set("招商引资到位资金", 12000),
    },
    item: "2.4", points: 4, issue: { severity: "提示", contains: "亿元" },
  },
  // Last year's figures, however the column is headed: 9 against 10 → 1.5.
  ...["森林火灾（上年）", "去年森林火灾", "上年度森林火灾", "森林火灾上年数", "2025年森林火灾", "森林火灾(去年)"].map(
    (header, i): Variant => ({
      id: `${20 + i}-上年列-${header.replace(/[()（）]/g, "")}`, what: `last year's column headed ${header}`, item: "3.1", points: 1.5,
      submissions: { columns: rename("上年森林火灾", header) },
    }),
  ),
  {
    id: "26-本年上年两行表头", what: "森林火灾 merged over 本年 | 上年", item: "3.1", points: 1.5,
    submissions: {
      columns: (cols) => {
        rename("森林火灾", "本年", "森林火灾（起）")(cols);
        rename("上年森林火灾", "上年", "森林火灾（起）")(cols);
      },
    },
  },
  {
    // Plain 0.523 and 0.49 in a declared 比率 field: +3.3 百分点 of 5 → 1.98 (not +6.73% of 5% → 3).
    id: "27-比率同比小数", what: "a rate field typed as plain fractions, compared in 百分点", field: "群众满意率", typed: "0.523",
    submissions: { units: (u) => Object.assign(u[0], { 群众满意率: 0.523, 上年群众满意率: 0.49 }) }, item: "3.2", points: 1.98,
  },
  {
    // 52.3 and 49 in a 比率 field without % are 52.3% and 49% (noted): +3.3 百分点 → 1.98.
    id: "28-比率同比整数", what: "a rate field typed as 52.3 and 49", field: "群众满意率", typed: "52.3", changed: true,
    submissions: { units: (u) => Object.assign(u[0], { 群众满意率: 52.3, 上年群众满意率: 49 }) }, item: "3.2", points: 1.98, issue: { severity: "提示", contains: "52.3%" },
  },
  { id: "29-无", what: "无 in a count means none: 4 points kept", field: "纪律通报次数", typed: "无", submissions: { units: set("纪律通报次数", "无") }, item: "3.3", points: 4 },
  {
    id: "30-负数", what: "a negative count is read as 0 and listed", field: "纪律通报次数", typed: "-1", changed: true,
    submissions: { units: set("纪律通报次数", -1) }, item: "3.3", points: 4, issue: { severity: "警告", contains: "负数" },
  },
  { id: "31-次数带量词", what: "1次", field: "纪律通报次数", typed: "1次", submissions: { units: set("纪律通报次数", "1次") }, item: "3.3", points: 2 },
  { id: "32-票数带量词", what: "150票", field: "满意票数", typed: "150票", submissions: { units: set("满意票数", "150票") }, item: "4.3", points: 6 },
  {
    id: "33-日期格式", what: "a count cell formatted as a date", field: "纪律通报次数", typed: "2026-01-01", changed: true,
    submissions: { units: set("纪律通报次数", new Date(Date.UTC(2026, 0, 1))) }, item: "3.3", points: 0, issue: { severity: "错误", contains: "日期" },
  },
  {
    // The 合计 row says 40 文明科室; the units' column adds to 4 + 5 + 4 + 3 + 6 + 9 = 31.
    id: "34-合计不符", what: "a 合计 row that disagrees with its column", item: "1.1", points: 2.4, issue: { severity: "警告", contains: "合计" },
    submissions: { after: [{ 单位名称: "合计", 文明科室数: 40, 科室总数: 37 }] },
  },
  {
    // 无 fires this year against 10 last year: 0 → −100%, full at −20% → 3 (not a missing value scored 0).
    id: "49-无火灾", what: "无 in a count compared year on year is 0", field: "森林火灾", typed: "无", item: "3.1", points: 3,
    absent: "未填写", submissions: { units: set("森林火灾", "无") },
  },
  {
    // 12000万元 is 1.2 亿元; the 合计 in 亿元 is 1.2 + 2.0 + 0.8 + 0.5 + 3.1 + 1.0 = 8.6: it agrees, no warning.
    id: "50-合计含换算", what: "a 合计 in 亿元 agrees once a 万元 cell is converted", field: "招商引资到位资金", typed: "12000万元", changed: true,
    item: "2.4", points: 4, issue: { severity: "提示", contains: "亿元" }, absent: "合计",
    submissions: { units: set("招商引资到位资金", "12000万元"), after: [{ 单位名称: "合计", 招商引资到位资金: 8.6 }] },
  },
  {
    // 「12000万」 (a bare 万, no 元) under 亿元 is 1.2 亿元, noted → 1.2 / 1.5 = 80% × 5 = 4 (not 12000 亿元, capped → 5).
    id: "51-裸万字", what: "12000万 without 元 under 亿元 is converted, noted", field: "招商引资到位资金", typed: "12000万", changed: true,
    item: "2.4", points: 4, issue: { severity: "提示", contains: "亿元" }, submissions: { units: set("招商引资到位资金", "12000万") },
  },
  {
    // 群众满意率（%） 52.3 beside 群众满意率（上年） 49: last year's column means what the field means, 49%; +3.3 百分点 → 1.98 (not 4900%).
    id: "52-上年列无百分号", what: "a rate's 上年 column without % in its header reads like the field", field: "上年群众满意率", typed: "49", changed: true,
    item: "3.2", points: 1.98, issue: { severity: "提示", contains: "49%" },
    submissions: {
      columns: (cols) => {
        rename("群众满意率", "群众满意率（%）")(cols);
        rename("上年群众满意率", "群众满意率（上年）")(cols);
      },
      units: (u) => Object.assign(u[0], { 群众满意率: 52.3, 上年群众满意率: 49 }),
    },
  },
  {
    // −2‰ cannot be a birth rate: an error naming the cell, scored as missing → 0 (never 达标 because −2 ≤ 20).
    id: "53-负出生率", what: "a negative 出生率 is an error, not 达标", field: "人口出生率", typed: "-2", changed: true,
    item: "2.2", points: 0, issue: { severity: "错误", contains: "负数" }, submissions: { units: set("人口出生率", -2) },
  },
  // Panels as inspection teams hand them in.
  { id: "35-汇总表评分", what: "the 汇总表 layout: item names with points merged over 评委1…", item: "4.1", points: 4.37, submissions: { panel: summaryPanel } },
  {
    id: "36-看不懂的评分表", what: "a score sheet in no known layout: one error", item: "4.1", points: 0, alsoChanged: { "4.2": 0 }, issue: { severity: "错误", contains: "无法识别其布局" },
    submissions: {
      panel: (wb) => {
        const ws = wb.addWorksheet("评委打分");
        ws.addRow(["打分记录"]);
        ws.addRow(["检查时间", "打分人", "分数", "意见"]);
        ws.addRow(["2026-11-02", "王刚", 4.5, "良好"]);
      },
    },
  },
  {
    id: "37-缺列", what: "a 数据项 with no column anywhere is an error naming the item and the units it zeroes", item: "1.1", points: 0,
    issue: { severity: "错误", contains: "科室总数" },
    submissions: { columns: (cols) => cols.splice(cols.findIndex((c) => c.field === "科室总数"), 1) },
  },
  {
    id: "38-半数空白", what: "a column blank for more than half of the units is named once", item: "1.2", points: 1.22, issue: { severity: "警告", contains: "有 4 个单位未填（共 6 个单位）" },
    submissions: { units: (u) => u.slice(2).forEach((x) => (x.宿舍总数 = null)) },
  },
  // The office's parameter spellings.
  {
    id: "39-各级分值文字", what: "各级分值 written in words", ownCriteria: true, item: "5.1", points: 3,
    criteria: { rows: (rows) => (rows[13][11] = "各级分值=国家级3分、省级2分、市级1分、县级0.5分") },
  },
  {
    // 9 / 12 × 4 = 3, by a formula under a 计算公式 header.
    id: "40-计算公式列", what: "a formula under 计算公式", ownCriteria: true, item: "2.3", points: 3,
    criteria: {
      headers: (h) => h.push("计算公式"),
      rows: (rows) => {
        for (const r of rows) r.push("");
        Object.assign(rows[5], { 4: "公式", 6: "" });
        rows[5][14] = "min(志愿服务次数 / 12, 1) * 分值";
      },
    },
  },
  {
    // 目标值 「比上年下降20%得满分」 with 方向 blank: lower is better, full at −20% → 9 against 10 → 1.5.
    id: "41-同比目标值文字", what: "a 同比 item's full improvement written under 目标值", ownCriteria: true, item: "3.1", points: 1.5,
    criteria: { rows: (rows) => Object.assign(rows[7], { 6: "比上年下降20%得满分", 10: "", 11: "" }) },
  },
  {
    // 目标值 「≤20‰」 with 方向 blank: 19.5‰ ≤ 20‰ → 3 (read as ≥ it would be 0).
    id: "42-目标值含比较", what: "a target with its comparison inside", ownCriteria: true, item: "2.2", points: 3,
    criteria: { rows: (rows) => Object.assign(rows[4], { 6: "≤20‰", 10: "" }) },
  },
  {
    id: "43-方向冲突", what: "不高于20‰ under 目标值 with 方向 ≥ is a criteria error", ownCriteria: true, exit: 1, message: "方向",
    criteria: { rows: (rows) => Object.assign(rows[4], { 6: "不高于20‰", 10: "≥" }) },
  },
  { id: "44-方向越少越好", what: "方向 越少越好", ownCriteria: true, item: "3.1", points: 1.5, criteria: { rows: (rows) => (rows[7][10] = "越少越好") } },
  {
    // 干部职工 79 = 汉族 15 + 少数民族 65 = 80 fails the declared rule.
    id: "45-校验规则", what: "a 校验规则 sheet: 干部职工 = 汉族 + 少数民族", ownCriteria: true, field: "汉族", typed: "15", item: "1.1", points: 2.4,
    issue: { severity: "错误", contains: "干部职工" },
    criteria: {
      extra: (wb) => {
        const ws = wb.addWorksheet("校验规则");
        ws.addRow(["左边", "比较", "右边", "级别", "说明"]);
        ws.addRow(["干部职工", "=", "汉族 + 少数民族", "错误", "干部职工人数应等于汉族与少数民族人数之和"]);
      },
    },
    submissions: { units: set("汉族", 15) },
  },
  // Last year's file.
  { id: "46-上年与本年同文件", what: "--previous naming this year's own file", previous: "same", exit: 2, message: "上年" },
  {
    // The 上年 column says 10, last year's file says 11 for 森林火灾: warned with both cells; the column as typed (10) is used → 1.5.
    id: "47-上年数据不一致", what: "a 上年 column and last year's file disagree", previous: true, item: "3.1", points: 1.5, issue: { severity: "警告", contains: "上年" },
    lastYear: { units: set("森林火灾", 11) },
  },
  {
    // 志愿服务次数 90 against 9 last year: ×10, a hint only; the score is 90 / 12 capped at 100% → 4.
    id: "48-十倍于上年", what: "a figure ten times last year's is flagged 请核实", previous: true, field: "志愿服务次数", typed: "90", item: "2.3", points: 4,
    issue: { severity: "提示", contains: "请核实" }, submissions: { units: set("志愿服务次数", 90) },
  },
];

export async function makeRealistic(): Promise<RealisticCase[]> {
  await rm(REALISTIC, { recursive: true, force: true });
  await mkdir(REALISTIC, { recursive: true });
  await writeFile(join(REALISTIC, "测评体系.xlsx"), await criteriaBook());
  const cases: RealisticCase[] = [];
  for (const v of VARIANTS) {
    const dir = join(REALISTIC, v.id);
    await mkdir(dir, { recursive: true });
    const { data, columns } = await submissionsBook(v.submissions);
    await writeFile(join(dir, "2026-申报数据.xlsx"), data);
    if (v.ownCriteria) await writeFile(join(dir, "测评体系.xlsx"), await criteriaBook(v.criteria));
    if (v.previous === true) await writeFile(join(dir, "2025-申报数据.xlsx"), (await submissionsBook(v.lastYear ?? {}, 2025)).data);
    const { submissions: _s, criteria: _c, lastYear: _l, field, ...rest } = v;
    const c: RealisticCase = { ...rest, exit: v.exit ?? 0 };
    if (c.exit === 0) {
      c.unit ??= SALEWUZEKE;
      c.unitRows = UNITS.length;
    }
    if (field) {
      c.cell = cellOf(columns, field);
      if (c.issue && !c.issue.cell && c.changed) c.issue.cell = c.cell;
    }
    cases.push(c);
  }
  await writeFile(join(REALISTIC, "manifest.json"), JSON.stringify(cases, null, 2) + "\n");
  return cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cases = await makeRealistic();
  console.log(`已生成 ${cases.length} 个用例于 ${REALISTIC}`);
}
