/**
 * End to end: `npm start` (no --submissions) reads samples/2024 and samples/2025
 * as history, as if `--history` named a folder holding them; the 负面事项 of
 * samples/2026 against the shipped 负面清单.
 *
 * 2024 by hand (scripts/make-samples.ts UNITS_2024, rescored under the shipped criteria; each unit departs
 * from the 100-point profile in a few cells, the panel and questionnaire columns are full):
 *   城关镇 100 + 省级 2 = 102 (1); 宁夏回族自治区商务厅 参考 140/150 = 93% ≥ 90%, 参与 120/150 = 80%, 五好 120/150/0.8 = 1,
 *     慰问 14 + 15 ≥ 20: 100 (2); 县水务局 宣传 30/60 × 3 = 1.5 (−1.5) = 98.5 (3);
 *   咸宁市林业局 五好 20/60/0.8 × 3 = 1.25 (−1.75) = 98.25 (4); 坜塅乡 学习参勤 180/200 = 90% → 0.3/0.35 × 4 = 3.43 (−0.57),
 *     出生率 22‰ > 20‰ (−3) = 96.43 (5); 龙湾区人事局 文明科室 2/3 → (0.6667 − 0.5)/0.5 × 4 = 1.33 (−2.67), 宣传 30 (−1.5) = 95.83 (6);
 *   县档案局 满意度 170/200 = 85% → 3.6 (−2.4), 事故 1 (−3) = 94.6 (7); 县政协办公室 承诺 否 (−3), 满意度 160/200 = 80%
 *     → 0.1/0.25 × 6 = 2.4 (−3.6) = 93.4 (8); 实验中学 准确率 92% (−3), 窗口 C 0.99 (−2.01), 承诺 否 (−3), 领导小组 否 (−2)
 *     = 89.99 (9, 良好: a hair under 90); 平谷区教育委员会 信访 10/12 → 0.67 (−3.33), 目标 8/10 → 2.4 (−0.6), 制度 7 < 8 (−3),
 *     专题 2 < 4 (−2), 承诺 否 (−3), 市级 +1 = 89.07 (10); 萨勒吾则克乡 文明科室 3/5 → 0.8 (−3.2), 准确率 94% (−3), 承诺 否 (−3),
 *     专题 3 (−2) = 88.8 (11); 大垌乡 事故 2 × 3 capped 3 (−3), 满意度 85% (−2.4), 政策 96% < 97% (−3), 纪律 2 × 2 (−4) = 87.6 (12);
 *   龙湾区劳动局 文明科室 1/2 = 50% → 0 (−4), 宣传 30 (−1.5), 计划 B 1.98 (−1.02), 承诺 否 (−3), 制度 6 (−3) = 87.48 (13, 良好).
 * 2025 (yoy.e2e.test.ts) and 2026 (score.e2e.test.ts: after the 负面事项 below).
 *
 * 负面事项 (24-month windows ending 2026-12-31 → from 2025-01-01): 龙湾区人事劳动局 2025-01-01 counted, −2; 平谷区教育委员会
 * 2024-12-31 not counted (a day before the window); 县政协机关 2026-04-18 counted, −3, 限期整改; 城关第一小学 2026-09-08 counted, −2.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, shownValues } from "../cli.js";
import { loadAssessment } from "../../src/cli/commands/loadAssessment.js";
import { buildCharts } from "../../src/core/charts/buildCharts.js";

let out: string;
let run: { code: number; stdout: string; stderr: string };
let wb: ExcelJS.Workbook;

const rowsOf = (name: string) => {
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row, n) => (rows[n] = shownValues(row)));
  return rows;
};

beforeAll(async () => {
  ensureBuilt();
  out = await mkdtemp(join(tmpdir(), "kaoping-history-samples-"));
  run = await runCli(["score", "--out", out]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, "2026-排名结果.xlsx"));
});

describe("npm start reads the earlier sample years as history", () => {
  it("says so, and compares with 2025 as before", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("历年：读取 2024、2025 年（2024、2025 年申报数据，按本年测评体系重新计分），见“历年对比”表");
    expect(run.stdout).toContain("同比：对比 2025 年");
  });

  it("历年对比 holds 2024, 2025 and 2026, each unit followed through renames and the merger", () => {
    const rows = rowsOf("历年对比");
    const years = (rows[3] as string[]).filter((h) => /^\d{4} 年/.test(h));
    expect([...new Set(years)]).toEqual(["2024 年（重新计分）", "2025 年（重新计分）", "2026 年（本年）"]);
    const head = rows[4] as string[];
    const unit = (name: string) => rows.find((r) => r && r[0] === name)!;
    // columns: 单位名称, 单位类别, then 总分, 名次, 等级 for each year
    expect(unit("城关镇").slice(2, 11)).toEqual([102, 1, "优秀", 100, 1, "优秀", 99.43, 2, "优秀"]);
    expect(unit("实验中学").slice(2, 5)).toEqual([89.99, 9, "良好"]);
    // 大垌镇 was 大垌乡 in 2024 (2025's 单位变更): 87.6, 12th; 末位 2024, 2025 and 2026 → 3 times
    const town = unit("大垌镇");
    expect(town.slice(2, 5)).toEqual([87.6, 12, "良好"]);
    expect(town[head.indexOf("备注")]).toBe("2024 年名为 大垌乡");
    expect(town[head.findIndex((h) => String(h).startsWith("末位次数"))]).toBe(3);
    // 连续优秀年数: 城关镇 3 (2024–2026); 萨勒吾则克乡 2 (良好 88.8 in 2024); 县政协机关 0 (良好 this year)
    const runs = head.indexOf("连续优秀年数");
    expect([unit("城关镇")[runs], unit("萨勒吾则克乡")[runs], unit("县政协机关")[runs]]).toEqual([3, 2, 0]);
    // 县档案局 took part in 2024 (94.6, 7th) and 2025 (97.6, 6th), not in 2026: it last took part in 2025.
    const archive = unit("县档案局");
    expect(archive.slice(2, 8)).toEqual([94.6, 7, "优秀", 97.6, 6, "优秀"]);
    expect(archive[head.indexOf("备注")]).toBe("本年未参评（最后参评 2025 年）");
  });

  it("draws the two history charts and shows them in 图表", async () => {
    const files = await readdir(join(out, "charts"));
    expect(files).toEqual(expect.arrayContaining(["08-历年趋势-类别平均分.png", "09-历年趋势-前列单位名次.png"]));
    const titles = rowsOf("图表").flat().map(String);
    expect(titles.some((t) => t.includes("各类别历年平均分"))).toBe(true);
    expect(titles.some((t) => t.includes("前 6 名单位的历年名次"))).toBe(true);
  });

  it("the charts' figures: 乡镇 means by year, the first six's places", async () => {
    const { assessment } = await loadAssessment({});
    const charts = buildCharts(assessment, { label: "2026" });
    const trend = charts.find((c) => c.id === "historyTrend")!;
    const towns = trend.panels![0];
    expect(towns.title).toBe("乡镇（本年 4 个单位）");
    // 2024: (102 + 96.43 + 88.8 + 87.6) / 4 = 374.83 / 4 = 93.7075 → 93.71; 2025: (100 + 99.43 + 97 + 96.3) / 4 = 392.73 / 4
    // = 98.1825 → 98.18; 2026: (99.43 + 97.92 + 94.6 + 94.6) / 4 = 96.6375 → 96.64
    expect(towns.datasets[0].data).toEqual([93.71, 98.18, 96.64]);
    expect(towns.datasets[0].band).toEqual({ low: [87.6, 96.3, 94.6], high: [102, 100, 99.43] });
    const paths = charts.find((c) => c.id === "rankPaths")!;
    expect(paths.panels!.map((p) => [p.title, p.datasets[0].data])).toEqual([
      // merged this year: no single place before 2026
      ["1. 龙湾区人事劳动局", [null, null, 1]],
      ["2. 城关镇", [1, 1, 2]],
      ["3. 宁夏回族自治区商务厅", [2, 3, 3]],
      ["4. 萨勒吾则克乡", [11, 11, 4]],
      ["5. 平谷区教育委员会", [10, 10, 5]],
      ["6. 咸宁市林业局", [4, 5, 6]],
    ]);
    expect(paths.panels![0].subtitle).toBe("市直机关 · 2024、2025 年合并前");
    // 13 units ranked in 2024 and 2025: the shared axis runs to 13
    expect(paths.panels![0].valueAxis).toMatchObject({ min: 0.5, max: 13.5, reverse: true, ticks: [1, 3, 5, 7, 9, 11, 13] });
  });

  it("评定结果 lists the 负面事项: the window's first day counted, the day before it not, 限期整改 said", () => {
    const rows = rowsOf("评定结果");
    const start = rows.findIndex((r) => r && r[1] === "负面事项");
    expect(rows.slice(start + 1, start + 5).map((r) => r.slice(1, 8))).toEqual([
      ["龙湾区人事劳动局", "在文明城市创建工作中履职不力被通报批评", "2025-01-01", "计入", 2, undefined, undefined],
      ["平谷区教育委员会", "门前三包、环境卫生责任未落实被通报", "2024-12-31", "不计入", 0, undefined, undefined],
      ["县政协机关", "违反中央八项规定精神被查处", "2026-04-18", "计入", 3, undefined, "限期整改"],
      ["城关第一小学", "门前三包、环境卫生责任未落实被通报", "2026-09-08", "计入", 2, undefined, undefined],
    ]);
    expect(rows[start + 2][8]).toBe("早于 24 个月的计算期（2025-01-01 起），不计入");
    // 县政协机关 (titled): 限期整改 → 复查 警告（限期整改） by the shipped 复查's 负面清单限期整改 rule
    const cppcc = rows.find((r) => r && r[1] === "县政协机关")!;
    expect(cppcc.slice(3, 8)).toEqual([83.73, 3, "良好", "良好", "限期整改"]);
    expect(cppcc[10]).toBe("警告（限期整改）");
    expect(run.stdout).toContain("复查：保留 1 个，警告 2 个，撤销 1 个，递补 1 个");
    expect(run.stdout).toContain("负面事项 4 件（计入 3 件）");
  });
});
