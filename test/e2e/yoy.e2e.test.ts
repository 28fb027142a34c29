/**
 * End to end: `kaoping score` on the default samples compares 2026 with 2025.
 *
 * 2025 by hand (scripts/make-samples.ts, UNITS_2025; each unit departs from the
 * 100-point profile in a few cells):
 *   城关镇 100 (1); 坜塅乡 学习参勤 180/200 = 90% → 3.43 (−0.57) = 99.43 (2);
 *   宁夏回族自治区商务厅 投诉 10 vs 12 = −16.7% of 20% → 2.5 (−0.5), 参与 110/155 = 70.97% → 2.32 (−0.68),
 *     五好 120/155/0.8 × 3 = 2.90 (−0.10) = 98.72 (3);
 *   县水务局 宣传 30/60 × 3 = 1.5 (−1.5) = 98.5 (4); 咸宁市林业局 五好 20/60/0.8 × 3 = 1.25 (−1.75) = 98.25 (5);
 *   县档案局 满意度 85% → 3.6 (−2.4) = 97.6 (6); 大垌镇 事故 1 (−3), 县政协办公室 承诺 否 (−3),
 *     实验中学 准确率 92% (−3) = 97 (7, 7, 7); 平谷区教育委员会 信访 10/12 → 0.67 (−3.33) = 96.67 (10);
 *   萨勒吾则克乡 文明科室 3/5 → 0.8 (−3.2), 投诉 −16.7% → 2.5 (−0.5) = 96.3 (11);
 *   龙湾区人事局 95.33 (12), 龙湾区劳动局 94.25 (13).
 * 6.1.1 (材料审核60%、实地考察40%) is full for every 2025 unit: 主题活动 12 → 2.4, and the five inspectors
 *   give four 4s and one 3.5 or 3 → trimmed mean 4 → 1.6; so the 2025 totals are those of before.
 * 龙湾区人事局 + 龙湾区劳动局 merged: 文明科室 (2 + 1)/(3 + 2) = 60% → 0.8 (−3.2), 宣传 20 + 25 = 45 → 2.25 (−0.75) = 96.05.
 * 2026 totals and places: see score.e2e.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, runCli } from "../cli.js";

let out: string;
let run: { code: number; stdout: string; stderr: string };
let wb: ExcelJS.Workbook;

async function readRows(path: string, sheet: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: unknown[][] = [];
  book.getWorksheet(sheet)!.eachRow((row, n) => (rows[n] = (row.values as unknown[]).slice(1)));
  return rows;
}
/** Rows below the heading row 3 as objects keyed by heading. */
function table(rows: unknown[][]): Record<string, unknown>[] {
  const head = rows[3] as string[];
  return rows.slice(4).filter(Boolean).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

beforeAll(async () => {
  ensureBuilt();
  out = await mkdtemp(join(tmpdir(), "kaoping-yoy-"));
  run = await runCli(["score", "--out", out]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, "2026-排名结果.xlsx"));
});

const sheetRows = (name: string) => {
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row, n) => (rows[n] = (row.values as unknown[]).slice(1)));
  return table(rows);
};

describe("npm start compares the two sample years", () => {
  it("says so in the summary", () => {
    expect(run.code).toBe(0);
    // No --submissions: the first line says the figures are the bundled samples', questionnaires and the earlier years included;
    // --previous stays the year before (2025).
    expect(run.stdout.split("\n")[0]).toBe("未指定 --submissions，使用自带示例数据 samples/2026-申报数据.xlsx 和问卷调查原始数据 samples/2026-问卷调查.xlsx，历年数据 samples/2024-申报数据.xlsx、samples/2025-申报数据.xlsx（如同 --history 指定了这些文件）");
    expect(run.stdout).toContain("同比：对比 2025 年（上年申报数据按本年测评体系重新计分），新参评 1 个、更名 1 个、合并 1 个、上年参评本年未参评 1 个");
  });

  it("总排名 shows last year's total, place and the movement", () => {
    const rows = sheetRows("总排名");
    const pick = (name: string) => {
      const r = rows.find((x) => x["单位名称"] === name)!;
      return [r["上年总分"] ?? null, r["总分增减"] ?? null, r["上年名次"] ?? null, r["名次变化"]];
    };
    // 2026's 104.25 less 2 for its 负面事项 of 2025-01-01 (inside the 24-month window) = 102.25; 102.25 − 96.05 = 6.2
    expect(pick("龙湾区人事劳动局")).toEqual([96.05, 6.2, null, "合并"]);
    expect(pick("城关镇")).toEqual([100, -0.57, 1, "↓1"]);
    expect(pick("宁夏回族自治区商务厅")).toEqual([98.72, -0.52, 3, "持平"]);
    expect(pick("萨勒吾则克乡")).toEqual([96.3, 1.62, 11, "↑7"]); // 97.92 − 96.3
    expect(pick("坜塅乡")).toEqual([99.43, -4.83, 2, "↓5"]);
    // 86.73 less 3 for its 负面事项 (违反中央八项规定精神被查处, 限期整改) = 83.73; 83.73 − 97 = −13.27; still 10th (↓3 from 7th)
    expect(pick("县政协机关")).toEqual([97, -13.27, 7, "↓3"]);
    expect(pick("城关第一小学")).toEqual([null, null, null, "新"]);
    expect(pick("县水务局")).toEqual([98.5, -1.5, 4, "否决"]);
    const merged = rows.find((x) => x["单位名称"] === "龙湾区人事劳动局")!;
    // The 2026 sample's 上年群众投诉件数 (16) is 2025's pooled 8 + 8: the sources agree, no data issue.
    expect(merged["备注"]).toBe("由 龙湾区人事局、龙湾区劳动局 合并");
    // Scores at 小数位数 and rates, 百分点 and 增幅 at 百分比小数位数 (2), trailing zeros kept (issue 15: one precision).
    expect(String(merged["同比要点"])).toMatch(/^总分 102.25 分，比上年提高 6.20 分；/);
    // 实验中学's 纠纷受理数 fell 34 → 0 (−100%), but a denominator (不评价) is never a 同比要点: 纠纷调处数 (34 → 0) is.
    const school = String(rows.find((x) => x["单位名称"] === "实验中学")!["同比要点"]);
    expect(school).toContain("纠纷调处数 0 件，比上年减少 34 件，下降 100.00%");
    expect(school).not.toContain("纠纷受理数");
  });

  it("同比分析: counts by percent, rates by 百分点, lower-is-better judged right", () => {
    const rows = sheetRows("同比分析");
    const row = (unit: string, figure: string) => rows.find((r) => r["单位名称"] === unit && r["指标"] === figure)!;
    // 萨勒吾则克乡 群众投诉件数 10 → 8: −2, −20%, fewer complaints is better
    expect(row("萨勒吾则克乡", "群众投诉件数")).toMatchObject({ 本年: 8, 上年: 10, 增减: -2, 增幅: -0.2, 评价: "改善", 同比表述: "群众投诉件数 8 件，比上年减少 2 件，下降 20.00%" });
    // 文明科室创建率 3/5 = 60% → 4/5 = 80%: +20 百分点, no percent
    const rate = row("萨勒吾则克乡", "文明科室创建率");
    expect(rate["变化（百分点/千分点）"]).toBeCloseTo(20, 9);
    expect(rate["增幅"]).toBeUndefined();
    // merged: 宣传信息篇数 20 + 25 = 45 → 45: 持平
    expect(row("龙湾区人事劳动局", "宣传信息篇数")).toMatchObject({ 本年: 45, 上年: 45, 评价: "持平", 对比情况: "合并", 上年单位: "龙湾区人事局、龙湾区劳动局" });
    // 坜塅乡 人口出生率 12‰ → 21‰: shown in ‰, worse (lower is better)
    expect(row("坜塅乡", "人口出生率")).toMatchObject({ 本年: 21, 上年: 12, 评价: "退步", 同比表述: "人口出生率 21.00‰，比上年提高 9.00 个千分点" });
    expect(rows.find((r) => r["对比情况"] === "未参评")).toMatchObject({ 单位名称: "县档案局", 上年: 97.6 });
  });

  it("分类汇总 pools rates per category", () => {
    const rows = sheetRows("分类汇总");
    const row = (group: string, label: string) => rows.find((r) => r["范围"] === group && r["指标"] === label)!;
    expect(row("全部单位", "参评单位数")).toMatchObject({ 本年: 12, 上年: 13, 增减: -1 });
    // 乡镇 文明科室: 2026 (4 + 5 + 5 + 5) / 20 = 95%; 2025 (3 + 5 + 5 + 5) / 20 = 90% → +5 百分点
    const pooled = row("乡镇", "文明科室创建率（合计：Σ分子/Σ分母）");
    expect(pooled["本年"]).toBeCloseTo(0.95, 12);
    expect(pooled["上年"]).toBeCloseTo(0.9, 12);
    expect(pooled["增减"]).toBeCloseTo(5, 9);
  });

  it("说明 records the previous file and how it was used", async () => {
    const about = sheetRows("说明");
    expect(about.find((r) => r["项目"] === "上年数据")?.["内容"]).toMatch(/2025-申报数据\.xlsx$/);
    expect(String(about.find((r) => r["项目"] === "同比口径")?.["内容"])).toContain("按本年测评体系重新计分，口径一致");
    expect(about.find((r) => r["项目"] === "上年参评本年未参评")?.["内容"]).toBe("县档案局");
  });
});

describe("--previous with last year's result workbook", () => {
  it("uses the published totals and places", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-pub-"));
    const first = await runCli(["score", "--submissions", join(ROOT, "samples", "2025-申报数据.xlsx"), "--out", dir]);
    expect(first.code).toBe(0);
    const second = await runCli(["score", "--submissions", join(ROOT, "samples", "2026-申报数据.xlsx"), "--previous", join(dir, "2025-排名结果.xlsx"), "--out", dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("沿用上年公布的总分和名次");
    const rows = table(await readRows(join(dir, "2026-排名结果.xlsx"), "总排名"));
    const chengguan = rows.find((r) => r["单位名称"] === "城关镇")!;
    expect([chengguan["上年总分"], chengguan["名次变化"]]).toEqual([100, "↓1"]);
  });
});
