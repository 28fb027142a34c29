/**
 * Generates samples/2024-申报数据.xlsx, samples/2025-申报数据.xlsx and samples/2026-申报数据.xlsx:
 * 12 units in 3 categories drawn from the domain brief, with the mess real
 * returns have (title rows, a two-row merged header, numbers as text,
 * full-width digits, "85%" text next to 0.85 formatted as %, approximations,
 * blanks and dashes, a formula cell, a stored #DIV/0!, "八十五", a 合计 row,
 * 注 and 填表人 rows, a duplicate row), a tie, a vetoed unit, a unit new in
 * 2026, and a 评委打分 sheet with five inspectors; a rename between 2024 and 2025
 * (大垌乡 → 大垌镇, in 2025's 单位变更) and a merger and a rename between 2025 and
 * 2026 (in 2026's); 2026's 负面事项 and 已命名单位 sheets; and samples/2026-问卷调查.xlsx,
 * the 民主测评 questionnaires as 问卷星 exports them (see QUESTIONNAIRES_2026).
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

/** The 评委打分 sheet's score columns: three 直接打分 items and 6.1.1's 实地考察 part, headed by its 测评内容. */
const PANEL_COLUMNS = ["档案资料得分", "环境检查得分", "特色活动得分", "文明创建主题活动"] as const;
type PanelColumn = (typeof PANEL_COLUMNS)[number];

interface SampleUnit {
  name: string;
  category: string;
  values: Values;
  /** Five inspectors' scores per panel column (default: 5 for the 5-point items, see activityScores for 6.1.1). */
  panel?: Partial<Record<PanelColumn, number[]>>;
}

/**
 * 6.1.1 文明创建主题活动 (4 分, 材料审核60%、实地考察40%): inspectors
 * disagree as real ones do. Unless a unit says otherwise, one of the five
 * (a different one for each unit) marks it down to 3.5 or 3; the trimmed
 * mean drops that score and one 4, leaving 4, 4, 4 → 4: the 实地考察 part is
 * full and the item scores 2.4 + 1.6 = 4 as before.
 */
function activityScores(index: number): number[] {
  const scores = [4, 4, 4, 4, 4];
  scores[index % 5] = index % 2 ? 3 : 3.5;
  return scores;
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
  { name: "萨勒吾则克乡", category: "乡镇", values: { 群众投诉件数: 8, 上年群众投诉件数: 10, 文明科室数: 4, 文明宿舍数: 13, 上报准确率: "98%", 信访办结数: "12", 宣传信息篇数: "60余篇", 市级荣誉数: 1, 县级荣誉数: 2 }, panel: { 档案资料得分: [5, 4.5, 4, 5, 3], 文明创建主题活动: [4, 3.5, 3, 4, 2.5] } },
  { name: "城关镇", category: "乡镇", values: { 学习参勤人次: 180, 纪律通报次数: 1, 工作制度数: "１７", 志愿服务次数: "12次以上", 省级荣誉数: 1 } },
  { name: "大垌镇", category: "乡镇", values: { 满意票数: 120, 基本满意票数: 50, 有效问卷数: "近200", 安全事故次数: 2 } },
  { name: "坜塅乡", category: "乡镇", values: { 学习参勤人次: 148, 应参学人次: "200", 人口出生率: "21‰" } },
  { name: "龙湾区人事劳动局", category: "市直机关", values: { 群众投诉件数: 12, 上年群众投诉件数: 16, 宣传信息篇数: 45, 政策符合率: pct(0.985), 国家级荣誉数: 1, 省级荣誉数: 1 } },
  { name: "宁夏回族自治区商务厅", category: "市直机关", values: { 在编人数: 158, 参考人数: 150, 职工总数: "158人", 参与活动人数: 120, 五好文明家庭数: 130, 职工家庭总数: 158, 慰问离退休干部数: 15, 帮扶困难职工数: 16, 群众投诉件数: 9, 上年群众投诉件数: 10 } },
  { name: "县水务局", category: "市直机关", values: { 宣传信息篇数: "—", 重大责任事故: "是" } },
  { name: "咸宁市林业局", category: "市直机关", values: { 文明科室数: 4, 五好文明家庭数: 20, 职工家庭总数: "60", 在编人数: { formula: "70+9", result: 79 } as ExcelJS.CellFormulaValue, 县级荣誉数: 1 } },
  { name: "县政协机关", category: "市直机关", values: { 服务承诺已公开: "否", 纪律通报次数: "无", 上报准确率: "八十五", 满意票数: 80, 基本满意票数: 60 }, panel: { 特色活动得分: [4, 4, 5, 3, 4], 文明创建主题活动: [3.5, 3, 3.5, 2.5, 4] } },
  { name: "平谷区教育委员会", category: "教育系统", values: { 主题活动次数: 15, 信访办结数: 11, 目标完成项数: { formula: "A1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue, 市级荣誉数: 2 } },
  { name: "实验中学", category: "教育系统", values: { 上报准确率: 92, 纠纷受理数: 0, 纠纷调处数: 0, 满意票数: " 150 " }, panel: { 特色活动得分: [3, 3, 2, 4, 3], 环境检查得分: [3, 3, 3, 3, 3] } },
  { name: "城关第一小学", category: "教育系统", values: { 上年群众投诉件数: "", 群众投诉件数: 5, 文明科室数: 1, 科室总数: 4, 满意票数: 100, 基本满意票数: 50, 参与活动人数: 30, 职工总数: 60, 工作制度数: 5, 计划总结档次: "C", 学习参勤人次: 130 }, panel: { 文明创建主题活动: [3, 2.5, 3.5, 2, 3] } },
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
 * recorded in 2026's 单位变更 sheet); 县档案局 took part in 2024 and 2025 only and
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

/**
 * 2024: a year earlier still (the default run reads it as history). 大垌镇
 * was 大垌乡 until 撤乡设镇 (2025's 单位变更); 龙湾区人事局 and 龙湾区劳动局 and
 * 县政协办公室 as in 2025; 县档案局 took part in 2024 and 2025; 城关第一小学
 * had not joined. Rescored under the shipped criteria (hand calculation in
 * test/e2e/history-samples.e2e.test.ts): 城关镇 102 (省级 +2), 商务厅 100,
 * 县水务局 98.5, 咸宁市林业局 98.25, 坜塅乡 96.43, 龙湾区人事局 95.83, 县档案局 94.6,
 * 县政协办公室 93.4, 实验中学 89.99 (良好, a hair under 90), 平谷区教育委员会 89.07,
 * 萨勒吾则克乡 88.8, 大垌乡 87.6, 龙湾区劳动局 87.48.
 */
export const UNITS_2024: SampleUnit[] = [
  { name: "萨勒吾则克乡", category: "乡镇", values: { 文明科室数: 3, 上报准确率: 94, 服务承诺已公开: "否", 专题研究次数: 3 } },
  { name: "城关镇", category: "乡镇", values: { 省级荣誉数: 1 } },
  { name: "大垌乡", category: "乡镇", values: { 安全事故次数: 2, 满意票数: 120, 基本满意票数: 50, 政策符合率: 96, 纪律通报次数: 2 } },
  { name: "坜塅乡", category: "乡镇", values: { 学习参勤人次: 180, 人口出生率: 22 } },
  { name: "龙湾区人事局", category: "市直机关", values: { ...HALF_STAFF, 文明科室数: 2, 科室总数: 3, 宣传信息篇数: 30 } },
  { name: "龙湾区劳动局", category: "市直机关", values: { ...HALF_STAFF, 文明科室数: 1, 科室总数: 2, 宣传信息篇数: 30, 计划总结档次: "B", 服务承诺已公开: "否", 工作制度数: 6 } },
  { name: "宁夏回族自治区商务厅", category: "市直机关", values: { 在编人数: 150, 参考人数: 140, 职工总数: 150, 参与活动人数: 120, 五好文明家庭数: 120, 职工家庭总数: 150, 慰问离退休干部数: 14, 帮扶困难职工数: 15 } },
  { name: "县水务局", category: "市直机关", values: { 宣传信息篇数: 30 } },
  { name: "咸宁市林业局", category: "市直机关", values: { 五好文明家庭数: 20, 职工家庭总数: 60 } },
  { name: "县政协办公室", category: "市直机关", values: { 服务承诺已公开: "否", 满意票数: 120, 基本满意票数: 40 } },
  { name: "平谷区教育委员会", category: "教育系统", values: { 信访办结数: 10, 目标完成项数: 8, 工作制度数: 7, 专题研究次数: 2, 服务承诺已公开: "否", 市级荣誉数: 1 } },
  { name: "实验中学", category: "教育系统", values: { 上报准确率: 92, 窗口评议档次: "C", 服务承诺已公开: "否", 领导小组已成立: "否" } },
  { name: "县档案局", category: "市直机关", values: { 满意票数: 120, 基本满意票数: 50, 安全事故次数: 1 } },
];

/** 2025's record: 大垌乡 became 大垌镇 (撤乡设镇). */
const CHANGES_2025: [string, string][] = [["大垌乡", "大垌镇"]];

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
  styleHeaderRow(panel.addRow(["单位名称", "评委", ...PANEL_COLUMNS]));
  const inspectors = ["评委甲", "评委乙", "评委丙", "评委丁", "评委戊"];
  units.forEach((u, i) => {
    inspectors.forEach((who, k) => {
      const score = (f: PanelColumn) => u.panel?.[f]?.[k] ?? (f === "文明创建主题活动" ? activityScores(i)[k] : 5);
      panel.addRow([u.name, who, ...PANEL_COLUMNS.map(score)]);
    });
  });
  panel.getColumn(1).width = 22;
  panel.getColumn(6).width = 18;

  if (changes.length) {
    const ch = wb.addWorksheet("单位变更");
    styleHeaderRow(ch.addRow(["旧名称", "新名称", "说明"]));
    for (const [from, to] of changes) ch.addRow([from, to, changes.filter(([, t]) => t === to).length > 1 ? "机构合并" : from.endsWith("乡") && to.endsWith("镇") ? "撤乡设镇" : "更名"]);
    ch.getColumn(1).width = 22;
    ch.getColumn(2).width = 22;
  }

  if (year === 2026) {
    addTitledUnits(wb);
    addNegativeCases(wb);
  }

  const path = join(SAMPLES_DIR, `${year}-申报数据.xlsx`);
  await mkdir(SAMPLES_DIR, { recursive: true });
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * 2026's 民主测评 questionnaires, beyond the counted answers. Each unit's
 * 满意 / 基本满意 / 不满意 answers are what its 申报数据 types (满意票数,
 * 基本满意票数, 有效问卷数 − both), so a run with the questionnaires scores
 * 4.1.1 exactly as one without them. Where the typed cell is not a clean
 * count the questionnaires are the exact source, and the figure is chosen
 * here on purpose: 大垌镇 typed 有效问卷数 「近200」 — its questionnaires
 * count exactly 200 有效回答 (120 + 50 + 30 不满意), so its 85 % and its tie
 * with 坜塅乡 stand, and the 约数 hint goes (the cell is no longer read);
 * 实验中学's 「 150 」 is 150. No sample unit leaves the counts blank (one
 * that did would be scored from its questionnaires alone).
 * Besides: 不了解 answers (valid questionnaires, not 有效回答), blank
 * questionnaires, one export row pasted twice (the same 序号), and 县档案局,
 * a choice left in the questionnaire from 2025 although it is not assessed
 * in 2026. Hand-computed figures: test/e2e/score.e2e.test.ts.
 */
export const QUESTIONNAIRES_2026: Record<string, { unknown: number; blank?: number; duplicate?: number; valid?: number }> = {
  萨勒吾则克乡: { unknown: 4 },
  城关镇: { unknown: 2, blank: 1, duplicate: 1 },
  大垌镇: { unknown: 6, valid: 200 },
  坜塅乡: { unknown: 3 },
  龙湾区人事劳动局: { unknown: 0 },
  宁夏回族自治区商务厅: { unknown: 5, duplicate: 1 },
  县水务局: { unknown: 1 },
  咸宁市林业局: { unknown: 3 },
  县政协机关: { unknown: 7, blank: 1 },
  平谷区教育委员会: { unknown: 2 },
  实验中学: { unknown: 4, blank: 1 },
  城关第一小学: { unknown: 3 },
};
/** Respondents who chose a unit not assessed this year. */
const NOT_ASSESSED_2026 = { name: "县档案局", count: 3 };
const REMARKS = ["希望进一步简化办事流程", "窗口工作人员态度很好", "建议增加周末服务时间", "无", "环境整洁，继续保持", "办事效率有待提高"];

/** A typed count as the questionnaires must reproduce it: a number, or digits with spaces around them; anything else needs a decision above. */
function typedCount(unit: string, field: string, value: Cell | undefined): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
  throw new Error(`${unit} 的 ${field}“${String(value)}”不是干净的数字：请在 QUESTIONNAIRES_2026 中写明问卷的有效回答数`);
}

/** A small fixed-seed generator, so the export is the same on every regeneration. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

async function writeQuestionnaires(year: number, units: SampleUnit[]): Promise<string> {
  const random = seeded(year);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  type Answer = { unit: string; answer: string; duplicate?: boolean };
  const answers: Answer[] = [];
  for (const u of units) {
    const extra = QUESTIONNAIRES_2026[u.name];
    if (!extra) throw new Error(`QUESTIONNAIRES_2026 中没有 ${u.name}`);
    const values = { ...PERFECT, ...u.values };
    const satisfied = typedCount(u.name, "满意票数", values.满意票数);
    const basic = typedCount(u.name, "基本满意票数", values.基本满意票数);
    const valid = extra.valid ?? typedCount(u.name, "有效问卷数", values.有效问卷数);
    const add = (answer: string, n: number) => {
      for (let k = 0; k < n; k++) answers.push({ unit: u.name, answer });
    };
    add("满意", satisfied);
    add("基本满意", basic);
    add("不满意", valid - satisfied - basic);
    add("不了解", extra.unknown);
    add("(跳过)", extra.blank ?? 0);
    for (let k = 0; k < (extra.duplicate ?? 0); k++) answers.push({ unit: u.name, answer: "满意", duplicate: true });
  }
  for (let k = 0; k < NOT_ASSESSED_2026.count; k++) answers.push({ unit: NOT_ASSESSED_2026.name, answer: pick(["满意", "基本满意"]) });
  // Respondents come in any order; a pasted-twice row follows its original.
  const originals = answers.filter((a) => !a.duplicate);
  for (let i = originals.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [originals[i], originals[j]] = [originals[j], originals[i]];
  }

  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const ws = wb.addWorksheet("Sheet1");
  styleHeaderRow(ws.addRow(["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您评价的单位是：", "2、您对该单位文明创建工作的总体评价是：", "3、您对该单位有什么意见和建议？"]));
  let time = Date.UTC(year, 9, 13, 8, 30, 0);
  const duplicates = answers.filter((a) => a.duplicate);
  originals.forEach((a, i) => {
    time += Math.floor(random() * 240 + 15) * 1000;
    const d = new Date(time);
    const when = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, "0")}:${String(d.getUTCSeconds()).padStart(2, "0")}`;
    const blank = a.answer === "(跳过)";
    const remark = !blank && random() < 0.06 ? pick(REMARKS) : "(空)";
    const row = [i + 1, when, `${Math.floor(random() * 200 + 40)}秒`, pick(["微信", "手机提交", "链接"]), "N/A", `10.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}(本地)`, a.unit, a.answer, remark];
    ws.addRow(row);
    // A row pasted twice when the clerk joined two downloads: the same 序号, time and answers.
    const twice = duplicates.findIndex((dup) => dup.unit === a.unit && a.answer === "满意");
    if (twice >= 0) {
      ws.addRow(row);
      duplicates.splice(twice, 1);
    }
  });
  [8, 20, 10, 10, 8, 22, 22, 30, 32].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const path = join(SAMPLES_DIR, `${year}-问卷调查.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function makeSamples(): Promise<string[]> {
  return [
    await writeSamples(2024, UNITS_2024, false),
    await writeSamples(2025, UNITS_2025, false, CHANGES_2025),
    await writeSamples(2026, UNITS_2026, true, CHANGES_2026),
    await writeQuestionnaires(2026, UNITS_2026),
  ];
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

/**
 * Issue 14 §2: 2026's 负面事项 against the shipped 负面清单 (24-month windows
 * ending 2026-12-31, so from 2025-01-01), typed as a 文明办 clerk collects
 * them from the offices that report them: a case on the window's first day
 * (counted, a date cell), one a day before it (2024-12-31, 24 months and one
 * day before the end: not counted), a 严重 case with 限期整改, and a plain one.
 * Hand-computed effects in test/e2e/history-samples.e2e.test.ts.
 */
const NEGATIVE_CASES_2026: [unit: string, entry: string, date: Date | string, note: string, from: string][] = [
  ["龙湾区人事劳动局", "在文明城市创建工作中履职不力被通报批评", new Date(Date.UTC(2025, 0, 1)), "市创建办督查通报（2025年第1期）", "市文明办"],
  ["平谷区教育委员会", "门前三包、环境卫生责任未落实被通报", "2024年12月31日", "校门口占道停车未劝导", "区城管执法局"],
  ["县政协机关", "违反中央八项规定精神被查处", "2026/4/18", "公车私用，被区纪委监委通报", "区纪委监委"],
  ["城关第一小学", "门前三包、环境卫生责任未落实被通报", "2026.9.8", "校园周边垃圾清运不及时", "镇城管办"],
];

function addNegativeCases(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("负面事项");
  title(ws, "2025—2026年度负面清单事项登记表", 6);
  styleHeaderRow(ws.addRow(["序号", "单位名称", "事项", "发生日期", "说明", "来源"]));
  NEGATIVE_CASES_2026.forEach(([unit, entry, date, note, from], i) => {
    const row = ws.addRow([i + 1, unit, entry, date, note, from]);
    if (date instanceof Date) row.getCell(4).numFmt = "yyyy-mm-dd";
  });
  [6, 22, 40, 14, 34, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const p of await makeSamples()) console.log(`已生成 ${p}`);
}
