/**
 * End to end: the real CLI on the shipped criteria and samples/2026, the
 * output workbook read back with exceljs.
 *
 * Hand calculation. A unit that meets every line scores 100 basic points;
 * each sample unit departs from that in a few cells (scripts/make-samples.ts),
 * and the lost points are worked out here from the criteria sheet:
 *
 * 6.1.1 文明创建主题活动 (4 分) is scored 材料审核60%、实地考察40%: 材料审核 主题活动次数 / 12 × 4
 * (12 or more → 4 → ROUND(0.6 × 4, 2) = 2.4), 实地考察 the five inspectors' trimmed mean (评委打分
 * column 文明创建主题活动) → ROUND(0.4 × mean, 2). Every unit not named below has four 4s and one 3.5
 * or 3: drop that and one 4 → 4 → 1.6, item 4 as before. Named: 萨勒吾则克乡, 县政协机关, 城关第一小学.
 * 满意度 (4.1.1) comes from samples/2026-问卷调查.xlsx (the default run reads it); its counts are the
 * typed ones (大垌镇's 「近200」 is exactly 200 there), so no 4.1.1 figure moves.
 *
 * 萨勒吾则克乡 (乡镇): 文明科室 4/5 = 80%, lines 100%/50%, 4 分 → (0.8−0.5)/0.5×4 = 2.40 (−1.60);
 *   文明宿舍 13/18 = 72.22%, lines 90%/60%, 3 分 → 0.1222/0.3×3 = 1.2222 → 1.22 (−1.78);
 *   档案资料 panel 5, 4.5, 4, 5, 3 → drop 5 and 3 → 4.5 of 5 (−0.50);
 *   6.1.1 panel 4, 3.5, 3, 4, 2.5 → drop 4 and 2.5 → (3 + 3.5 + 4) / 3 = 3.5 → 0.4 × 3.5 = 1.4; 2.4 + 1.4 = 3.8 (−0.20);
 *   honours 市级 1 + 县级 2 = 1 + 2×0.5 = 2 bonus.  100 − 4.08 = 95.92 + 2 = 97.92
 * 城关镇 (乡镇): 学习参勤 180/200 = 90%, lines 95%/60%, 4 分 → 0.30/0.35×4 = 3.4286 → 3.43 (−0.57);
 *   纪律通报 1 × 2 (−2); 省级 1 = 2 bonus.  97.43 + 2 = 99.43
 * 大垌镇 (乡镇): 满意度 (120+50)/200 = 85%, lines 95%/70%, 6 分 → 0.15/0.25×6 = 3.6 (−2.4);
 *   安全事故 2 × 3 = 6, capped at 3 (−3).  94.60
 * 坜塅乡 (乡镇): 学习参勤 148/200 = 74% → 0.14/0.35×4 = 1.6 (−2.4); 出生率 21‰ > 20‰ (−3).  94.60 (ties 大垌镇)
 * 龙湾区人事劳动局 (市直机关): 宣传信息 45/60 × 3 = 2.25 (−0.75); 国家级 1 + 省级 1 = 3 + 2 = 5 bonus (cap 5).  99.25 + 5 = 104.25
 * 宁夏回族自治区商务厅 (市直机关): 参与率 120/158 = 75.95%, lines 80%/40%, 3 分 → 0.3595/0.4×3 = 2.6962 → 2.70 (−0.30);
 *   投诉 9 vs 10 = −10% of a 20% target → 1.5 (−1.5).  98.20
 * 县水务局 (市直机关): 宣传信息 "—" missing → 0 (−3) → 97.00, but 重大责任事故 = 是: vetoed, listed last.
 * 咸宁市林业局 (市直机关): 文明科室 4/5 → 2.40 (−1.60); 五好家庭 min(20/60/0.8, 1)×3 = 1.25 (−1.75); 县级 1 = 0.5 bonus.  96.65 + 0.5 = 97.15
 * 县政协机关 (市直机关): 服务承诺 否 (−3); 上报准确率 "八十五" not a number → 0 (−3);
 *   满意度 (80+60)/200 = 70% → 0 (−6); 特色活动 4, 4, 5, 3, 4 → 4 (−1); 纪律通报 "无" = none;
 *   6.1.1 panel 3.5, 3, 3.5, 2.5, 4 → drop 4 and 2.5 → (3 + 3.5 + 3.5) / 3 = 3.333 → 3.33 → ROUND(0.4 × 3.33 = 1.332, 2) = 1.33;
 *   2.4 + 1.33 = 3.73 (−0.27).  100 − 13.27 = 86.73
 * 平谷区教育委员会 (教育系统): 信访 11/12 = 91.67%, lines 100%/80%, 4 分 → 0.1167/0.2×4 = 2.3333 → 2.33 (−1.67);
 *   目标完成项数 #DIV/0! → 0 (−3); 市级 2 = 2 bonus.  95.33 + 2 = 97.33
 * 实验中学 (教育系统): 上报准确率 92% < 95% (−3); 纠纷 0/0 → 0 (−3); 特色 3, 3, 2, 4, 3 → 3 (−2); 环境 3 (−2).  90.00
 * 城关第一小学 (教育系统, new): 投诉 no previous figure → 0 (−3); 文明科室 1/4 = 25% → 0 (−4);
 *   满意度 150/200 = 75% → 0.05/0.25×6 = 1.2 (−4.8); 参与率 30/60 = 50% → 0.1/0.4×3 = 0.75 (−2.25);
 *   工作制度 5 < 8 (−3); 计划总结 C → 0.99 (−2.01); 学习参勤 130/200 = 65% → 0.05/0.35×4 = 0.5714 → 0.57 (−3.43);
 *   6.1.1 panel 3, 2.5, 3.5, 2, 3 → drop 3.5 and 2 → (3 + 2.5 + 3) / 3 = 2.833 → 2.83 → ROUND(0.4 × 2.83 = 1.132, 2) = 1.13;
 *   2.4 + 1.13 = 3.53 (−0.47).  100 − 22.96 = 77.04
 *
 * 负面事项 (the 2026 sample's sheet, the shipped 负面清单: 24-month windows ending 2026-12-31, so from 2025-01-01),
 * deducted from the total (总分 = 基本分 + 加分 − 负面清单扣分):
 *   龙湾区人事劳动局 2025-01-01 (the window's first day: in) 在文明城市创建工作中履职不力被通报批评 2 → 104.25 − 2 = 102.25;
 *   平谷区教育委员会 2024-12-31 (24 months and one day before the end: out) → not counted, 97.33 stands;
 *   县政协机关 2026-04-18 违反中央八项规定精神被查处 3, 限期整改 → 86.73 − 3 = 83.73 (still 良好 ≥ 80);
 *   城关第一小学 2026-09-08 门前三包、环境卫生责任未落实被通报 2 → 77.04 − 2 = 75.04 (still 合格 ≥ 60).
 *
 * RANK.EQ over the eligible totals: 102.25 (1), 99.43 (2), 98.2 (3), 97.92 (4), 97.33 (5), 97.15 (6),
 * 94.6 and 94.6 (7, 7), 90 (9), 83.73 (10), 75.04 (11): the places and grades of before.
 *
 * 测评汇总表 columns (基本分 by method, 6.1.1 split 60/40; an item without shares counts under its first method):
 * 实地考察 = 1.2.2 (检查组…) 5 + 4.2.2 3 + 5.1.1 4 + 5.1.2 3 + 5.2.1 5 + 6.1.2 5 + 40% of 6.1.1 1.6 = 26.6;
 * 问卷调查 4.1.1 6; 暗访 4.1.2 3; 材料审核 100 − 26.6 − 6 − 3 = 64.4.
 * 萨勒吾则克乡: 实地考察 4.5 + 3 + 2.4 + 1.22 + 5 + 5 + 1.4 = 22.52; 材料审核 64.4 (all full); 6; 3 → 95.92.
 *
 * 问卷统计 (samples/2026-问卷调查.xlsx, scripts/make-samples.ts QUESTIONNAIRES_2026): 12 × 200 counted answers
 * + 40 不了解 (4 + 2 + 6 + 3 + 0 + 5 + 1 + 3 + 7 + 2 + 4 + 3) + 3 blank + 2 duplicates + 3 县档案局 = 2448 rows;
 * 萨勒吾则克乡: 满意 150, 基本满意 40, 不满意 10, 不了解 4 → 有效回答 200, 满意度 190 / 200 = 95%, 有效问卷 204.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, runCli, shownValues } from "../cli.js";
import { loadAssessment } from "../../src/cli/commands/loadAssessment.js";
import { buildCharts } from "../../src/core/charts/buildCharts.js";

const SAMPLE = join(ROOT, "samples", "2026-申报数据.xlsx");
const sha256 = async (p: string) => createHash("sha256").update(await readFile(p)).digest("hex");

let out: string;
let wb: ExcelJS.Workbook;
let run: { code: number; stdout: string; stderr: string };
let sampleHashBefore: string;

const rowsOf = (name: string) => {
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => (rows[n] = shownValues(row)));
  return rows;
};
/** Index of a column by its heading in row 3 (row 4 for 分项得分's item names). */
const colOf = (sheet: string, label: string, headerRow = 3) => (rowsOf(sheet)[headerRow] as string[]).indexOf(label);

beforeAll(async () => {
  ensureBuilt();
  sampleHashBefore = await sha256(SAMPLE);
  out = await mkdtemp(join(tmpdir(), "kaoping-e2e-"));
  run = await runCli(["score", "--out", out]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, "2026-排名结果.xlsx"));
});

describe("kaoping score on the samples", () => {
  it("exits 0 and prints a Chinese summary", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("计分单位 12 个（其中一票否决 1 个），未参与排名 1 行");
    // 9 + 1 + 1 + 0 graded + 1 vetoed = the 12 units scored
    expect(run.stdout).toContain("等级：优秀 9 个，良好 1 个，合格 1 个，不合格 0 个（一票否决 1 个不评等级）");
    expect(run.stdout).toContain("1. 龙湾区人事劳动局（市直机关）102.25 分 优秀");
    // 98.2 at 小数位数 2, as 总排名 shows it (issue 15: one precision)
    expect(run.stdout).toContain("3. 宁夏回族自治区商务厅（市直机关）98.20 分 优秀");
    expect(run.stdout).toContain("已写出：");
    expect(run.stdout.split("\n")[0]).toBe(
      "未指定 --submissions，使用自带示例数据 samples/2026-申报数据.xlsx 和问卷调查原始数据 samples/2026-问卷调查.xlsx，历年数据 samples/2024-申报数据.xlsx、samples/2025-申报数据.xlsx（如同 --history 指定了这些文件）",
    );
  });

  it("writes every sheet, and nothing but the result (no temp file left)", async () => {
    // 历年对比: the default run reads the earlier sample years as history.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["总排名", "分类排名", "分项得分", "指标统计", "指标诊断", "评定结果", "问题清单", "计分明细", "测评汇总表", "同比分析", "分类汇总", "问卷统计", "稳健性", "历年对比", "图表", "说明"]);
    expect((await readdir(out)).sort()).toEqual(["2026-排名结果.xlsx", "charts"]);
    const charts = await readdir(join(out, "charts"), { recursive: true });
    expect(charts.filter((f) => f.endsWith(".png") && !f.includes(".tmp")).length).toBe(wb.getWorksheet("图表")!.getImages().length);
    expect(charts).toContain("01-总分排名.png");
    expect(charts).toEqual(expect.arrayContaining(["08-历年趋势-类别平均分.png", "09-历年趋势-前列单位名次.png"]));
    expect(charts.some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("总排名 matches the hand calculation, ties and veto included", () => {
    const rows = rowsOf("总排名").slice(4, 16);
    const [place, unit, total, grade, pct] = ["名次", "单位名称", "总分", "等级", "百分位"].map((l) => colOf("总排名", l));
    expect(rows.map((r) => [r[place], r[unit], r[total], r[grade]])).toEqual([
      [1, "龙湾区人事劳动局", 102.25, "优秀"],
      [2, "城关镇", 99.43, "优秀"],
      [3, "宁夏回族自治区商务厅", 98.2, "优秀"],
      [4, "萨勒吾则克乡", 97.92, "优秀"],
      [5, "平谷区教育委员会", 97.33, "优秀"],
      [6, "咸宁市林业局", 97.15, "优秀"],
      [7, "大垌镇", 94.6, "优秀"],
      [7, "坜塅乡", 94.6, "优秀"],
      [9, "实验中学", 90, "优秀"],
      [10, "县政协机关", 83.73, "良好"],
      [11, "城关第一小学", 75.04, "合格"],
      ["否决", "县水务局", 97, "否决"],
    ]);
    // 基本分 and 加分 of 萨勒吾则克乡: 95.92 + 2
    expect(rows[3].slice(3, 5)).toEqual([95.92, 2]);
    // PERCENTRANK.INC over the 11 eligible totals: first place 10/10 = 1; 大垌镇 has 3 totals below it (90, 83.73, 75.04) of n − 1 = 10 → 0.3
    expect(rows[0][pct]).toBe(1);
    expect(rows[6][pct]).toBe(0.3);
    expect(String(rows[11][colOf("总排名", "备注")])).toContain("一票否决：县水务局因发生重大安全、交通责任事故，取消本年度评选资格，不评定等级、不排名次");
  });

  it("分类排名 ranks within each category", () => {
    // Unit rows are those with a numeric 基本分; category title rows are merged text.
    const rows = rowsOf("分类排名").slice(4).filter((r) => r && typeof r[3] === "number");
    // Categories in order of first appearance; within each, publication order (vetoed last).
    expect(rows.map((r) => [r[1], r[0]])).toEqual([
      ["城关镇", 1], ["萨勒吾则克乡", 2], ["大垌镇", 3], ["坜塅乡", 3],
      ["龙湾区人事劳动局", 1], ["宁夏回族自治区商务厅", 2], ["咸宁市林业局", 3], ["县政协机关", 4], ["县水务局", "否决"],
      ["平谷区教育委员会", 1], ["实验中学", 2], ["城关第一小学", 3],
    ]);
  });

  it("分项得分: 分值 row, subtotals per 一级指标, totals equal 总排名", () => {
    const rows = rowsOf("分项得分");
    expect(rows[5][1]).toBe("分值");
    const head = rows[4] as string[];
    const row = rows.find((r) => r && r[1] === "萨勒吾则克乡")!;
    const col = (label: string) => head.findIndex((h) => typeof h === "string" && h.startsWith(label));
    expect(row[col("5.1.1")]).toBe(2.4);
    expect(row[col("5.1.2")]).toBe(1.22);
    // 环境建设 subtotal: 2.4 + 1.22 + 5 + 3 = 11.62
    const envSubtotal = col("5.2.2") + 1;
    expect(head[envSubtotal]).toBe("小计");
    expect(row[envSubtotal]).toBe(11.62);
    expect(row.slice(-3)).toEqual([95.92, 2, 97.92]);
    // 6.1.1 by its two parts: 2.4 + 1.4
    expect(row[col("6.1.1")]).toBe(3.8);
  });

  it("问题清单 names file, sheet and cell for every bad cell, and every rejected row", () => {
    const rows = rowsOf("问题清单").slice(4).filter(Boolean);
    const find = (cell: string) => rows.find((r) => r[4] === cell);
    expect(find("V13")).toEqual([expect.any(Number), "错误", "2026-申报数据.xlsx", "申报数据", "V13", "县政协机关", "3.1.3 统计上报准确率", "“八十五” 不是数字，按缺失处理"]);
    expect(find("B17")?.[7]).toBe("单位“城关镇”重复出现（第 6 行和第 17 行），第 17 行未参与排名");
    expect(find("X14")?.[7]).toBe("单元格是错误值 #DIV/0!，按缺失处理");
    expect(find("Q5")?.[7]).toBe("“60余篇” 是约数，按 60 计算");
    expect(find("B18")?.[7]).toBe("“合计”行（合计/小计）不是单位数据，已排除");
  });

  it("every input unit row is either ranked or listed in 问题清单", async () => {
    // Read the input independently: unit rows sit in column B from row 5 down to the 合计 row.
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(SAMPLE);
    const ws = input.getWorksheet("申报数据")!;
    const inputRows: { row: number; name: string }[] = [];
    for (let r = 5; r <= ws.rowCount; r++) {
      const name = String(ws.getCell(r, 2).value ?? "").trim();
      if (name === "合计") break;
      if (name) inputRows.push({ row: r, name });
    }
    expect(inputRows).toHaveLength(13);
    const ranked = new Map(rowsOf("总排名").slice(4).filter(Boolean).map((r) => [r[1], r]));
    const listed = new Set(rowsOf("问题清单").slice(4).filter((r) => r && r[1] === "错误").map((r) => r[4]));
    const unaccounted = inputRows.filter((u, i) => {
      const firstOccurrence = inputRows.findIndex((v) => v.name === u.name) === i;
      return !(firstOccurrence && ranked.has(u.name)) && !listed.has(`B${u.row}`);
    });
    expect(unaccounted).toEqual([]);
  });

  it("计分明细 explains each unit × item in words", () => {
    const rows = rowsOf("计分明细").slice(4).filter(Boolean);
    expect(rows).toHaveLength(12 * 33);
    const dorm = rows.find((r) => r[0] === "萨勒吾则克乡" && r[2] === "5.1.2")!;
    expect(dorm[7]).toBe("文明宿舍数 13 / 宿舍总数 18 = 72.22%，满分线 90%，起评线 60% → 1.22 / 3 分");
    expect(dorm[8]).toBeCloseTo(13 / 18, 12);
    expect(dorm[9]).toBe(1.22);
  });

  it("指标统计: 5.1.1 文明科室创建率 over the 11 ranked units (县水务局, vetoed, left out as in the 通报 and the charts)", () => {
    const row = rowsOf("指标统计").find((r) => r && r[0] === "5.1.1")!;
    const at = (label: string) => row[colOf("指标统计", label)];
    // points of the 12 units: 2.4 (萨勒吾则克乡), 2.4 (咸宁市林业局), 0 (城关第一小学), 4 × 9 others, one of them
    // 县水务局 (5 / 5 科室, vetoed): 11 units, sum 40.8 − 4 = 36.8, mean 36.8 / 11
    expect(at("平均分")).toBeCloseTo(36.8 / 11, 12);
    // sorted 0, 2.4, 2.4, 4 × 8: the 6th of 11 is 4
    expect(at("中位数")).toBe(4);
    // Q1 at position 10 × 0.25 = 2.5 → 2.4 + 0.5 × (4 − 2.4) = 3.2
    expect(at("下四分位（QUARTILE.INC）")).toBeCloseTo(3.2, 12);
    expect(at("满分单位数")).toBe(8);
    // pooled rate: (4 + 4 + 1 + 5 × 8) / (5 × 10 + 4) = 49 / 54
    expect(at("合计比率（Σ分子/Σ分母）")).toBeCloseTo(49 / 54, 12);
  });

  it("说明 records input hashes and settings; the input is untouched", async () => {
    const rows = rowsOf("说明").filter(Boolean);
    const submissions = rows.find((r) => r[0] === "申报数据")!;
    expect(submissions[2]).toBe(sampleHashBefore);
    expect(await sha256(SAMPLE)).toBe(sampleHashBefore);
    expect(rows.find((r) => r[0] === "排名方式")?.[1]).toBe("美式排名（RANK.EQ，1,1,3）");
    // the default run read the sample questionnaires too, and says which
    expect(String(rows.find((r) => r[0] === "问卷")?.[1])).toMatch(/2026-问卷调查\.xlsx$/);
  });

  it("计分明细 shows 6.1.1 part by part: 材料审核 from 申报数据, 实地考察 from the panel", () => {
    const rows = rowsOf("计分明细").slice(4).filter(Boolean);
    const item = rows.find((r) => r[0] === "萨勒吾则克乡" && r[2] === "6.1.1")!;
    expect(String(item[7])).toContain("评委 5 人打分 4、3.5、3、4、2.5，去掉一个最高分和一个最低分后平均 = 3.5");
    expect(String(item[7])).toContain("按占比合计 4 × 60% + 3.5 × 40% = 2.4 + 1.4 → 3.8 / 4 分");
    expect(item[9]).toBe(3.8);
  });

  it("测评汇总表: per-method columns add up to 基本分, and its 总分 is 总排名's for every unit", () => {
    const rows = rowsOf("测评汇总表");
    const head = rows[3] as string[];
    // 负面清单扣分 before 总分 (the shipped criteria have a 负面清单), so each row adds up: 基本分 + 加分 − 扣分 = 总分.
    expect(head).toEqual(["名次", "单位名称", "单位类别", "材料审核\n（64.4分）", "实地考察\n（26.6分）", "问卷调查\n（6分）", "暗访\n（3分）", "基本分", "特色/加分", "负面清单扣分", "总分", "等级"]);
    const units = rows.slice(4).filter((r) => r && typeof r[10] === "number");
    const saleh = units.find((r) => r[1] === "萨勒吾则克乡")!;
    expect(saleh.slice(3, 11)).toEqual([64.4, 22.52, 6, 3, 95.92, 2, 0, 97.92]);
    // 龙湾区人事劳动局: 99.25 + 5 − 2 = 102.25
    expect(units.find((r) => r[1] === "龙湾区人事劳动局")!.slice(7, 11)).toEqual([99.25, 5, 2, 102.25]);
    const [unit, total] = ["单位名称", "总分"].map((l) => colOf("总排名", l));
    const ranked = new Map(rowsOf("总排名").slice(4, 16).map((r) => [r[unit], r[total]]));
    expect(units).toHaveLength(12);
    for (const r of units) {
      expect(r[10], String(r[1])).toBe(ranked.get(r[1]));
      // method columns → 基本分, to the cent
      expect(Math.round(((r[3] as number) + (r[4] as number) + (r[5] as number) + (r[6] as number)) * 100) / 100, String(r[1])).toBe(r[7]);
    }
  });

  it("问卷统计 counts the sample questionnaires: valid, 不了解, and the excluded by reason", () => {
    const rows = rowsOf("问卷统计");
    expect(String(rows[2][0])).toContain("2026-问卷调查.xlsx：共 2448 份问卷");
    const head = rows[3] as string[];
    const at = (r: unknown[], label: string) => r[head.indexOf(label)];
    const all = (name: string) => rows.find((r) => r && r[0] === name && r[3] === "全部题目合计")!;
    const saleh = all("萨勒吾则克乡");
    expect(["满意", "基本满意", "不满意", "不了解", "有效回答", "满意度", "有效问卷"].map((l) => at(saleh, l))).toEqual([150, 40, 10, 4, 200, 0.95, 204]);
    // 大垌镇: 120 + 50 + 30 不满意 = 200 有效回答 (typed 「近200」), 6 不了解 → 206 valid questionnaires
    expect(["满意", "基本满意", "有效回答", "满意度", "有效问卷"].map((l) => at(all("大垌镇"), l))).toEqual([120, 50, 200, 0.85, 206]);
    // 城关镇: one blank, one row pasted twice
    expect(["剔除：空白", "剔除：重复"].map((l) => at(all("城关镇"), l))).toEqual([1, 1]);
    const unknown = rows.find((r) => r && r[0] === "县档案局")!;
    expect(at(unknown, "剔除：单位不明")).toBe(3);
  });
});

describe("charts show the workbook's figures", () => {
  it("the ranking chart's bars are 总排名's totals in the same order", async () => {
    const { assessment } = await loadAssessment({});
    const [ranking, means, , , distribution] = buildCharts(assessment, { label: "2026" });
    const rows = rowsOf("总排名").slice(4, 16);
    const [unit, total] = ["单位名称", "总分"].map((l) => colOf("总排名", l));
    expect(ranking.labels.map((l) => l.replace(/^\d+\. /, "").replace("（否决）", ""))).toEqual(rows.map((r) => r[unit]));
    expect(ranking.datasets[0].data).toEqual(rows.map((r) => r[total]));
    // 乡镇 mean: (99.43 + 97.92 + 94.6 + 94.6) / 4 = 386.55 / 4 = 96.6375 → 96.64; range 94.6–99.43
    expect(means.datasets[0].data[0]).toBe(96.64);
    expect(means.ranges![0]).toEqual({ min: 94.6, max: 99.43 });
    // 5-point bins of the 11 eligible totals: 75–80: 75.04; 80–85: 83.73; 90–95: 90, 94.6, 94.6;
    // 95–100: 97.15, 97.33, 97.92, 98.2, 99.43; 100–105: 102.25
    expect(distribution.labels).toEqual(["75–80", "80–85", "85–90", "90–95", "95–100", "100–105"]);
    expect(distribution.datasets[0].data).toEqual([1, 1, 0, 3, 5, 1]);
  });
});
