/**
 * End to end: 指标诊断 on the shipped criteria and samples (2026 against
 * 2025), read back with exceljs. The eligible units are the 11 ranked ones
 * (县水务局 is vetoed); the points are the hand-computed ones of
 * score.e2e.test.ts.
 *
 * 5.1.1 文明科室创建率 (4 分): 萨勒吾则克乡 and 咸宁市林业局 2.40 (4 of 5), 城关第一小学 0 (1 of 4),
 *   the other 8 units 4. Mean 36.8 / 11 = 3.34545 → 得分率 36.8 / 44 = 83.64 %; full 8 / 11, zero 1 / 11;
 *   Σ(x − x̄)² = Σx² − (Σx)² / n = (2 · 5.76 + 8 · 16) − 36.8² / 11 = 139.52 − 123.112727 = 16.407273,
 *   STDEV.S √(16.407273 / 10) = 1.28091, 变异系数 1.28091 / 3.34545 = 0.38288. 80 % below the 90 % line: no finding.
 * 1.2.1 机关工作制度健全 (3 分): only 城关第一小学 (5 制度 < 8) scores 0 → 10 of 11 full (90.91 %): 区分度低.
 * 1.1.1 领导小组 (2 分): every unit 是 → all 2 → 无差异.
 *
 * 与上年排序相关 (名次 and 上年名次 of 总排名; 龙湾区人事劳动局 merged, 城关第一小学 new, 县水务局 vetoed: out):
 *   城关镇 2/1, 商务厅 3/3, 萨勒吾则克乡 4/11, 平谷区教育委员会 5/10, 咸宁市林业局 6/5, 大垌镇 7/7, 坜塅乡 7/2,
 *   实验中学 9/7, 县政协机关 (renamed) 10/7 — 9 units. Average ranks: this year (1, 2, 3, 4, 5, 6.5, 6.5, 8, 9),
 *   last year (1, 3, 9, 8, 4, 6, 2, 6, 6); both mean 5; Σdxdy = 15, Σdx² = 59.5, Σdy² = 58 → ρ = 15 / √3451 = 0.2553.
 *   Kendall: 19 concordant, 13 discordant, 1 pair tied this year (大垌镇, 坜塅乡), 3 tied last year (the three 7s):
 *   τb = 6 / √((36 − 1)(36 − 3)) = 6 / √1155 = 0.1765.
 *   乡镇 城关镇 2/1, 萨勒吾则克乡 4/11, 大垌镇 7/7, 坜塅乡 7/2: ranks (1, 2, 3.5, 3.5) and (1, 4, 3, 2):
 *   Σdxdy = 1.5, Σdx² = 4.5, Σdy² = 5 → ρ = 1.5 / √22.5 = √0.1 = 0.3162; τb: C 3, D 2, one tie this year → 1 / √30.
 *   市直机关 商务厅 3/3, 咸宁市林业局 6/5, 县政协机关 10/7: the same order → 1, 1. 教育系统: 2 units, not computed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli } from "../cli.js";

let rows: unknown[][];
let about: unknown[][];
let code: number;

beforeAll(async () => {
  ensureBuilt();
  const out = await mkdtemp(join(tmpdir(), "kaoping-diagnostics-"));
  code = (await runCli(["score", "--no-charts", "--quiet", "--out", out])).code;
  const book = join(out, "2026-排名结果.xlsx");
  // Empty cells as null (exceljs leaves holes).
  rows = (await readSheetRows(book, "指标诊断")).map((r) => Array.from(r, (v) => v ?? null));
  about = await readSheetRows(book, "说明");
});

const itemRow = (key: string) => rows.find((r) => r[0] === key)!;
const blockRows = (title: RegExp) => {
  const start = rows.findIndex((r) => title.test(String(r[0] ?? "")));
  // The block's rows leave column A empty; the next block's title fills it.
  const end = rows.findIndex((r, i) => i > start + 1 && r[0] !== null && r[0] !== undefined);
  return rows.slice(start + 2, end < 0 ? undefined : end);
};

describe("指标诊断 on the samples", () => {
  it("states its population and its columns", () => {
    expect(code).toBe(0);
    expect(rows[0][0]).toBe("2026年度测评指标诊断");
    expect(String(rows[1][0])).toMatch(/^统计范围：参与排名的 11 个单位（不含一票否决单位 1 个/);
    expect(rows[2]).toEqual(["编号", "一级指标", "测评内容", "分值", "平均得分率", "满分单位占比", "零分单位占比", "标准差", "变异系数", "与总分相关", "诊断", "建议"]);
  });

  it("an item that separates the units, by hand", () => {
    const r = itemRow("5.1.1");
    expect(r.slice(0, 4)).toEqual(["5.1.1", "环境建设", "文明科室创建率", 4]);
    expect(r[4]).toBeCloseTo(36.8 / 44, 12);
    expect(r[5]).toBeCloseTo(8 / 11, 12);
    expect(r[6]).toBeCloseTo(1 / 11, 12);
    expect(r[7]).toBeCloseTo(Math.sqrt(16.407273 / 10), 6);
    expect(r[8]).toBeCloseTo(Math.sqrt(16.407273 / 10) / (36.8 / 11), 6);
    expect(typeof r[9]).toBe("number");
    expect(r[10]).toBe("未见异常");
  });

  it("items (almost) every unit takes in full, with advice", () => {
    expect(itemRow("1.2.1").slice(10)).toEqual(["区分度低", "该项 11 个单位中 10 个（90.91%）得满分，区分度低，可考虑提高标准或并入其他指标"]);
    expect(itemRow("1.1.1").slice(9)).toEqual([null, "无差异", "所有单位该项均得 2 分（满分），不区分单位，可考虑提高标准、改为加分或否决条件，或并入其他指标"]);
    // Only the diagnosed items: bonus and veto items are said not to be.
    expect(rows.some((r) => r[0] === "7.1.1")).toBe(false);
    expect(rows.find((r) => String(r[0]).startsWith("加分项目和否决项目不作诊断"))?.[0]).toMatch(/7\.1\.1 获得上级表彰.*8\.1\.1 领导班子成员违法乱纪/);
  });

  it("no item runs against the total where only one unit misses it", () => {
    expect(rows.filter((r) => String(r[10] ?? "").includes("与总分负相关"))).toEqual([]);
  });

  it("α per 一级指标, over the items that separate the units", () => {
    const groups = blockRows(/^一级指标内部一致性/);
    expect(groups.map((g) => g[1])).toEqual(["组织领导", "思想道德建设", "作风与效能建设", "服务质量", "环境建设", "创建活动"]);
    // 组织领导: 1.1.1 and 1.1.3 every unit full, 1.1.2, 1.2.1 and 1.2.2 10 of 11 → none left
    // (The words span C–I: exceljs gives each merged cell the text.)
    expect([groups[0][2], groups[0][9], groups[0][10], groups[0][11]]).toEqual(["5 项（其中 5 项无差异或区分度低，未计入 α）", null, null, "能区分单位的项目不足 2 项，不计算 α"]);
    const reading = { 低: /低于 0\.6/, 可接受: /0\.6～0\.8/, 高: /不低于 0\.8/ };
    for (const g of groups.filter((x) => typeof x[9] === "number")) expect(String(g[11])).toMatch(reading[g[10] as keyof typeof reading]);
  });

  it("no pair of items counts twice", () => {
    expect(rows.some((r) => r[0] === "同一一级指标内没有相关系数绝对值大于 0.9 的指标对")).toBe(true);
  });

  it("rank correlation with 2025, overall and per category, by hand", () => {
    const s = blockRows(/^与上年排序相关/);
    expect(s.map((r) => [r[1], r[2]])).toEqual([["全部单位", "9 个"], ["市直机关", "3 个"], ["乡镇", "4 个"], ["教育系统", "2 个"]]);
    expect(s[0][8]).toBeCloseTo(15 / Math.sqrt(3451), 12);
    expect(s[0][9]).toBeCloseTo(6 / Math.sqrt(1155), 12);
    expect(s[0].slice(10)).toEqual(["排序变化较大", "与上年名次的斯皮尔曼相关系数 0.26，排序变化较大，请结合同比分析查看原因"]);
    expect([s[1][8], s[1][9], s[1][11]]).toEqual([1, 1, "与上年名次的斯皮尔曼相关系数 1.00，排序总体稳定"]);
    expect(s[2][8]).toBeCloseTo(Math.sqrt(0.1), 12);
    expect(s[2][9]).toBeCloseTo(1 / Math.sqrt(30), 12);
    expect(s[3].slice(8)).toEqual([null, null, null, "两年均参与排名的单位不足 3 个，不计算"]);
  });

  it("说明 describes the sheet", () => {
    expect(String(about.find((r) => r[0] === "指标诊断")?.[1])).toMatch(/^“指标诊断”表按参与排名的 11 个单位/);
  });
});
