/**
 * Generates samples/2025-申报数据.xlsx and samples/2026-申报数据.xlsx:
 * 12 units in 3 categories drawn from the domain brief, with the mess real
 * returns have (title rows, a two-row merged header, numbers as text,
 * full-width digits, "85%" text next to 0.85 formatted as %, approximations,
 * blanks and dashes, a formula cell, a stored #DIV/0!, "八十五", a 合计 row,
 * 注 and 填表人 rows, a duplicate row), a tie, a vetoed unit, a unit new in
 * 2026, and a 评委打分 sheet with five inspectors.
 * Run: npm run make:sheets
 */
import ExcelJS from "exceljs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { styleHeaderRow, thin, title } from "./xlsxStyle.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SAMPLES_DIR = join(root, "samples");

type Cell = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };
type Values = Record<string, Cell>;

/** Column groups of the two-row header: [group or "", [field header, ...]]. */
const LAYOUT: [string, string[]][] = [
  ["", ["领导小组已成立", "计划总结档次", "专题研究次数", "工作制度数"]],
  ["理论学习", ["学习参勤人次", "应参学人次", "参考人数", "在编人数"]],
  ["", ["志愿服务次数", "五好文明家庭数", "职工家庭总数", "慰问离退休干部数", "帮扶困难职工数", "宣传信息篇数"]],
  ["信访与纠纷（件）", ["信访受理数", "信访办结数", "纠纷受理数", "纠纷调处数"]],
  ["", ["上报准确率（%）", "纪律通报次数", "目标完成项数", "年度目标项数", "群众投诉件数", "上年群众投诉件数"]],
  ["民主测评（票）", ["满意票数", "基本满意票数", "有效问卷数"]],
  ["", ["窗口评议档次", "政策符合率（%）", "服务承诺已公开"]],
  ["文明科室（个）", ["文明科室数", "科室总数"]],
  ["文明宿舍（间）", ["文明宿舍数", "宿舍总数"]],
  ["", ["安全事故次数", "主题活动次数", "参与活动人数", "职工总数", "人口出生率（‰）"]],
  ["获得表彰（项）", ["国家级荣誉数", "省级荣誉数", "市级荣誉数", "县级荣誉数"]],
  ["一票否决事项", ["班子成员违法违纪", "重大责任事故", "群体上访事件"]],
];
const FIELDS = LAYOUT.flatMap(([, f]) => f);
const key = (header: string) => header.replace(/（.*）$/, "");

/** A unit that meets every line: 100 basic points, no bonus. */
const PERFECT: Values = {
  领导小组已成立: "是", 计划总结档次: "A", 专题研究次数: 6, 工作制度数: 17,
  学习参勤人次: 190, 应参学人次: 200, 参考人数: 72, 在编人数: 79,
  志愿服务次数: 12, 五好文明家庭数: 70, 职工家庭总数: 79, 慰问离退休干部数: 12, 帮扶困难职工数: 10, 宣传信息篇数: 60,
  信访受理数: 12, 信访办结数: 12, 纠纷受理数: 34, 纠纷调处数: 34,
  上报准确率: 98, 纪律通报次数: 0, 目标完成项数: 10, 年度目标项数: 10, 群众投诉件数: 8, 上年群众投诉件数: 10,
  满意票数: 150, 基本满意票数: 40, 有效问卷数: 200,
  窗口评议档次: "A", 政策符合率: 98.5, 服务承诺已公开: "是",
  文明科室数: 5, 科室总数: 5, 文明宿舍数: 17, 宿舍总数: 18,
  安全事故次数: 0, 主题活动次数: 12, 参与活动人数: 70, 职工总数: 79, 人口出生率: 12,
  国家级荣誉数: "", 省级荣誉数: "", 市级荣誉数: "", 县级荣誉数: "",
  班子成员违法违纪: "否", 重大责任事故: "否", 群体上访事件: "否",
};

interface SampleUnit {
  name: string;
  category: string;
  values: Values;
  /** Five inspectors' scores for 档案资料得分, 环境检查得分, 特色活动得分. */
  panel?: Partial<Record<"档案资料得分" | "环境检查得分" | "特色活动得分", number[]>>;
}

const pct = (value: number): Cell => ({ value, numFmt: "0.0%" });

/**
 * 2026's 上年群众投诉件数 is what 2025's file says (8 by default, 10 for
 * 萨勒吾则克乡 and 商务厅, 8 + 8 pooled for the merged 龙湾区人事劳动局), so the
 * two sources agree; each unit's 2026 figure falls by 20% or more (full points).
 */
const COMPLAINTS_2026: Values = { 群众投诉件数: 6, 上年群众投诉件数: 8 };

/** 2026: the hand-computed totals are in test/e2e/score.e2e.test.ts. */
export const UNITS_2026: SampleUnit[] = ([
  { name: "萨勒吾则克乡", category: "乡镇", values: { 群众投诉件数: 8, 上年群众投诉件数: 10, 文明科室数: 4, 文明宿舍数: 13, 上报准确率: "98%", 信访办结数: "12", 宣传信息篇数: "60余篇", 市级荣誉数: 1, 县级荣誉数: 2 }, panel: { 档案资料得分: [5, 4.5, 4, 5, 3] } },
  { name: "城关镇", category: "乡镇", values: { 学习参勤人次: 180, 纪律通报次数: 1, 工作制度数: "１７", 志愿服务次数: "12次以上", 省级荣誉数: 1 } },
  { name: "大垌镇", category: "乡镇", values: { 满意票数: 120, 基本满意票数: 50, 有效问卷数: "近200", 安全事故次数: 2 } },
  { name: "坜塅乡", category: "乡镇", values: { 学习参勤人次: 148, 应参学人次: "200", 人口出生率: "21‰" } },
  { name: "龙湾区人事劳动局", category: "市直机关", values: { 群众投诉件数: 12, 上年群众投诉件数: 16, 宣传信息篇数: 45, 政策符合率: pct(0.985), 国家级荣誉数: 1, 省级荣誉数: 1 } },
  { name: "宁夏回族自治区商务厅", category: "市直机关", values: { 在编人数: 158, 参考人数: 150, 职工总数: "158人", 参与活动人数: 120, 五好文明家庭数: 130, 职工家庭总数: 158, 慰问离退休干部数: 15, 帮扶困难职工数: 16, 群众投诉件数: 9, 上年群众投诉件数: 10 } },
  { name: "县水务局", category: "市直机关", values: { 宣传信息篇数: "—", 重大责任事故: "是" } },
  { name: "咸宁市林业局", category: "市直机关", values: { 文明科室数: 4, 五好文明家庭数: 20, 职工家庭总数: "60", 在编人数: { formula: "70+9", result: 79 } as ExcelJS.CellFormulaValue, 县级荣誉数: 1 } },
  { name: "县政协机关", category: "市直机关", values: { 服务承诺已公开: "否", 纪律通报次数: "无", 上报准确率: "八十五", 满意票数: 80, 基本满意票数: 60 }, panel: { 特色活动得分: [4, 4, 5, 3, 4] } },
  { name: "平谷区教育委员会", category: "教育系统", values: { 主题活动次数: 15, 信访办结数: 11, 目标完成项数: { formula: "A1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue, 市级荣誉数: 2 } },
  { name: "实验中学", category: "教育系统", values: { 上报准确率: 92, 纠纷受理数: 0, 纠纷调处数: 0, 满意票数: " 150 " }, panel: { 特色活动得分: [3, 3, 2, 4, 3], 环境检查得分: [3, 3, 3, 3, 3] } },
  { name: "城关第一小学", category: "教育系统", values: { 上年群众投诉件数: "", 群众投诉件数: 5, 文明科室数: 1, 科室总数: 4, 满意票数: 100, 基本满意票数: 50, 参与活动人数: 30, 职工总数: 60, 工作制度数: 5, 计划总结档次: "C", 学习参勤人次: 130 } },
] satisfies SampleUnit[]).map((u) => ({ ...u, values: { ...COMPLAINTS_2026, ...u.values } }));

/**
 * Head counts of each bureau before the merge: together they are the merged
 * bureau's staff. Every rate stays at or above its full line, so these
 * cells cost no points.
 */
const HALF_STAFF: Values = {
  学习参勤人次: 95, 应参学人次: 100, 参考人数: 36, 在编人数: 40, 五好文明家庭数: 35, 职工家庭总数: 40,
  信访受理数: 6, 信访办结数: 6, 纠纷受理数: 17, 纠纷调处数: 17, 满意票数: 75, 基本满意票数: 20, 有效问卷数: 100,
  文明宿舍数: 9, 宿舍总数: 10, 参与活动人数: 35, 职工总数: 40,
};

/**
 * 2025: the same offices a year earlier, before 龙湾区人事局 and 龙湾区劳动局
 * merged into 龙湾区人事劳动局 and 县政协办公室 was renamed 县政协机关 (both
 * recorded in 2026's 单位变更 sheet); 县档案局 took part in 2025 only and
 * 城关第一小学 joins in 2026. Hand-computed 2025 totals are in
 * test/e2e/yoy.e2e.test.ts.
 */
export const UNITS_2025: SampleUnit[] = [
  { name: "萨勒吾则克乡", category: "乡镇", values: { 文明科室数: 3, 群众投诉件数: 10, 上年群众投诉件数: 12 } },
  { name: "城关镇", category: "乡镇", values: {} },
  { name: "大垌镇", category: "乡镇", values: { 安全事故次数: 1 } },
  { name: "坜塅乡", category: "乡镇", values: { 学习参勤人次: 180 } },
  { name: "龙湾区人事局", category: "市直机关", values: { 文明科室数: 2, 科室总数: 3, 宣传信息篇数: 20, ...HALF_STAFF } },
  { name: "龙湾区劳动局", category: "市直机关", values: { 文明科室数: 1, 科室总数: 2, 宣传信息篇数: 25, ...HALF_STAFF } },
  { name: "宁夏回族自治区商务厅", category: "市直机关", values: { 群众投诉件数: 10, 上年群众投诉件数: 12, 在编人数: 155, 参考人数: 140, 职工总数: 155, 参与活动人数: 110, 五好文明家庭数: 120, 职工家庭总数: 155, 慰问离退休干部数: 15, 帮扶困难职工数: 16 } },
  { name: "县水务局", category: "市直机关", values: { 宣传信息篇数: 30 } },
  { name: "咸宁市林业局", category: "市直机关", values: { 五好文明家庭数: 20, 职工家庭总数: 60 } },
  { name: "县政协办公室", category: "市直机关", values: { 服务承诺已公开: "否" } },
  { name: "平谷区教育委员会", category: "教育系统", values: { 信访办结数: 10 } },
  { name: "实验中学", category: "教育系统", values: { 上报准确率: 92 } },
  { name: "县档案局", category: "市直机关", values: { 满意票数: 120, 基本满意票数: 50 } },
];

/** 2026's record of renamed and merged units. */
const CHANGES_2026: [string, string][] = [
  ["龙湾区人事局", "龙湾区人事劳动局"],
  ["龙湾区劳动局", "龙湾区人事劳动局"],
  ["县政协办公室", "县政协机关"],
];

async function writeSamples(year: number, units: SampleUnit[], extraRows: boolean, changes: [string, string][] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  // Fixed document dates, so the properties do not change with each regeneration.
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const ws = wb.addWorksheet("申报数据");
  const width = 3 + FIELDS.length;
  title(ws, `${year}年度文明机关创建测评申报数据汇总表`, width);
  ws.getCell(2, 1).value = `填报单位：县文明办　　　　统计时段：${year}年1月—${year}年10月`;
  ws.mergeCells(2, 1, 2, width);
  // Two-row header: 序号/单位名称/单位类别 and ungrouped fields merged vertically.
  const top = 3;
  const heads: [string, string][] = [["", "序号"], ["", "单位名称"], ["", "单位类别"]];
  for (const [group, fields] of LAYOUT) for (const f of fields) heads.push([group, f]);
  heads.forEach(([group, field], i) => {
    const col = i + 1;
    if (!group) {
      ws.getCell(top, col).value = field;
      ws.mergeCells(top, col, top + 1, col);
    } else {
      ws.getCell(top, col).value = group;
      ws.getCell(top + 1, col).value = field;
    }
  });
  let col = 4;
  for (const [group, fields] of LAYOUT) {
    if (group && fields.length > 1) ws.mergeCells(top, col, top, col + fields.length - 1);
    col += fields.length;
  }
  styleHeaderRow(ws.getRow(top));
  styleHeaderRow(ws.getRow(top + 1));

  const rows: SampleUnit[] = [...units];
  let r = top + 2;
  rows.forEach((u, i) => {
    const values = { ...PERFECT, ...u.values };
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = u.name;
    ws.getCell(r, 3).value = u.category;
    FIELDS.forEach((header, j) => {
      const v = values[key(header)];
      const cell = ws.getCell(r, 4 + j);
      if (v && typeof v === "object" && "numFmt" in v) {
        cell.value = v.value;
        cell.numFmt = v.numFmt;
      } else cell.value = v === "" ? null : (v as ExcelJS.CellValue);
      cell.border = thin;
    });
    r++;
  });
  if (extraRows) {
    // A clerk pasted 城关镇 twice, retyped with a space.
    ws.getCell(r, 1).value = rows.length + 1;
    ws.getCell(r, 2).value = "城关镇 ";
    ws.getCell(r, 3).value = "乡镇";
    r++;
  }
  const first = top + 2;
  const last = r - 1;
  ws.getCell(r, 2).value = "合计";
  FIELDS.forEach((header, j) => {
    const colLetter = ws.getColumn(4 + j).letter;
    const numeric = rows.map((u) => ({ ...PERFECT, ...u.values })[key(header)]).filter((v): v is number => typeof v === "number");
    if (numeric.length === rows.length) {
      ws.getCell(r, 4 + j).value = { formula: `SUM(${colLetter}${first}:${colLetter}${last})`, result: numeric.reduce((a, b) => a + b, 0) };
    }
  });
  r += 2;
  ws.getCell(r++, 1).value = "注：1. 比率类数据请填写分子和分母；2. 一票否决事项填“是”或“否”。";
  ws.getCell(r++, 1).value = "填表人：李明　　审核人：王芳　　联系电话：0000-1234567";
  ws.getColumn(2).width = 22;
  ws.getColumn(3).width = 10;

  const panel = wb.addWorksheet("评委打分");
  styleHeaderRow(panel.addRow(["单位名称", "评委", "档案资料得分", "环境检查得分", "特色活动得分"]));
  const inspectors = ["评委甲", "评委乙", "评委丙", "评委丁", "评委戊"];
  for (const u of units) {
    inspectors.forEach((who, k) => {
      const score = (f: "档案资料得分" | "环境检查得分" | "特色活动得分") => u.panel?.[f]?.[k] ?? 5;
      panel.addRow([u.name, who, score("档案资料得分"), score("环境检查得分"), score("特色活动得分")]);
    });
  }
  panel.getColumn(1).width = 22;

  if (changes.length) {
    const ch = wb.addWorksheet("单位变更");
    styleHeaderRow(ch.addRow(["旧名称", "新名称", "说明"]));
    for (const [from, to] of changes) ch.addRow([from, to, changes.filter(([, t]) => t === to).length > 1 ? "机构合并" : "更名"]);
    ch.getColumn(1).width = 22;
    ch.getColumn(2).width = 22;
  }

  if (year === 2026) addTitledUnits(wb);

  const path = join(SAMPLES_DIR, `${year}-申报数据.xlsx`);
  await mkdir(SAMPLES_DIR, { recursive: true });
  await wb.xlsx.writeFile(path);
  return path;
}

export async function makeSamples(): Promise<string[]> {
  return [await writeSamples(2025, UNITS_2025, false), await writeSamples(2026, UNITS_2026, true, CHANGES_2026)];
}

/**
 * Issue 14 §3: the units already holding a title, for the 复查 of the
 * shipped criteria — one 良好 (kept), one 合格 (warned), one vetoed
 * (withdrawn, 撤一补一), one 优秀 (kept); 命名年度 typed as a clerk does.
 */
const TITLED_2026: [string, string, number | string][] = [
  ["县政协机关", "市级文明单位", 2023],
  ["城关第一小学", "市级文明单位", "2024年"],
  ["县水务局", "市级文明单位", "2022"],
  ["咸宁市林业局", "市级文明单位", "2024年度"],
];

function addTitledUnits(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("已命名单位");
  title(ws, "已命名市级文明单位名单", 4);
  styleHeaderRow(ws.addRow(["序号", "单位名称", "已命名称号", "命名年度"]));
  TITLED_2026.forEach(([name, held, year], i) => ws.addRow([i + 1, name, held, year]));
  [6, 22, 16, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const p of await makeSamples()) console.log(`已生成 ${p}`);
}
