/**
 * End to end: one meaning for each field, through the real CLI. A criteria
 * workbook whose 数据项 sheet puts 地区生产总值 in 亿元, 满意率 as a 百分率 and
 * 人口出生率 as a 千分率, with 百分比小数位数 = 1; submissions typed the way
 * clerks type them (「1.2亿元」, 「9000万元」, 0.523 and 「52.3%」, 19.5 for 19.5‰).
 *
 * By hand, 2026:
 *   甲镇 1.1 1.2 亿元 / (10000 万元 = 1 亿元) = 120% → 10 of 10; 1.2 满意率 0.523 vs 0.49 = +3.3 百分点 of 5 → 3.3;
 *        1.3 19.5‰ ≤ 20‰ → 5; 1.4 13 / 18 = 72.22% → 5 × 0.7222 = 3.61.
 *   乙镇 1.1 9000 万元 = 0.9 亿元 → 90% → 9; 1.2 52.3% vs 49% → 3.3; 1.3 「19.5」 → 19.5‰ → 5; 1.4 10 / 20 → 2.5.
 * 同比 against 2025: 甲镇 地区生产总值 8000 万元 = 0.8 亿元 → 1.2: +0.4 亿元, +50%; 宿舍总数 20 → 18 (a denominator: no verdict);
 *   人口出生率 21‰ → 19.5‰: −1.5 千分点, 改善 (lower is better).
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, shownValue, writeBook } from "../cli.js";

let out: string;
let run: { code: number; stdout: string; stderr: string };
let wb: ExcelJS.Workbook;

const HEAD = ["序号", "单位名称", "单位类别", "地区生产总值（亿元）", "满意率", "上年满意率", "人口出生率", "文明宿舍数", "宿舍总数"];

beforeAll(async () => {
  ensureBuilt();
  const dir = await mkdtemp(join(tmpdir(), "kaoping-fields-"));
  out = join(dir, "out");
  await writeBook(join(dir, "测评体系.xlsx"), [
    [
      "测评细则",
      [
        ["2026年度测评细则"],
        ["编号", "一级指标", "测评内容", "分值（分）", "计分方式", "数据项", "目标值", "方向", "参数"],
        ["1.1", "经济发展", "生产总值目标完成", 10, "完成率", "地区生产总值", "10000万元", "", ""],
        ["1.2", "群众评议", "满意率同比提高", 5, "同比", "满意率", "", "", "满分改善=5%"],
        ["1.3", "人口计生", "人口出生率", 5, "达标", "人口出生率", "20‰", "≤", ""],
        ["1.4", "环境建设", "文明宿舍创建率", 5, "比率", "文明宿舍数/宿舍总数", "", "", ""],
      ],
    ],
    ["数据项", [["数据项", "类型", "方向", "计量单位"], ["地区生产总值", "金额", "越高越好", "亿元"], ["满意率", "百分率", "越高越好", ""], ["人口出生率", "千分率", "越低越好", ""], ["宿舍总数", "数量", "", "间"]]],
    ["设置", [["设置项", "值"], ["百分比小数位数", 1]]],
  ]);
  await writeBook(join(dir, "2026-申报.xlsx"), [
    ["申报数据", [["2026年度申报数据"], HEAD, [1, "甲镇", "乡镇", "1.2亿元", 0.523, 0.49, 19.5, 13, 18], [2, "乙镇", "乡镇", "9000万元", "52.3%", "49%", "19.5", 10, 20]]],
  ]);
  await writeBook(join(dir, "2025-申报.xlsx"), [
    ["申报数据", [["2025年度申报数据"], HEAD, [1, "甲镇", "乡镇", "8000万元", 0.49, 0.45, 21, 12, 20], [2, "乙镇", "乡镇", 0.8, 0.49, 0.5, 18, 10, 20]]],
  ]);
  run = await runCli(["score", "--criteria", join(dir, "测评体系.xlsx"), "--submissions", join(dir, "2026-申报.xlsx"), "--previous", join(dir, "2025-申报.xlsx"), "--out", out]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, "2026-排名结果.xlsx"));
});

/** Rows below the heading row 3 as objects keyed by heading, with each cell's number format. */
function table(name: string): { values: Record<string, unknown>; fmt: Record<string, string> }[] {
  const ws = wb.getWorksheet(name)!;
  const head = (ws.getRow(3).values as unknown[]).slice(1) as string[];
  const rows: { values: Record<string, unknown>; fmt: Record<string, string> }[] = [];
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    const values: Record<string, unknown> = {};
    const fmt: Record<string, string> = {};
    head.forEach((h, i) => {
      values[h] = shownValue(row.getCell(i + 1)) ?? undefined;
      fmt[h] = row.getCell(i + 1).numFmt;
    });
    rows.push({ values, fmt });
  });
  return rows;
}

describe("a field means one thing, in 计分明细 and 同比分析", () => {
  it("runs", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("计分明细: units converted, rates read as declared, ‰ shown in ‰", () => {
    const rows = table("计分明细");
    const row = (unit: string, key: string) => rows.find((r) => r.values["单位名称"] === unit && r.values["编号"] === key)!;
    expect(row("甲镇", "1.1").values).toMatchObject({ 得分: 10 });
    expect(String(row("甲镇", "1.1").values["计算过程"])).toContain("地区生产总值 1.2 亿元 / 目标 1 亿元（填写的 10000 万元 换算为 1 亿元） = 120%");
    expect(row("甲镇", "1.1").values["比率/完成率"]).toBeCloseTo(1.2, 12);
    expect(row("甲镇", "1.1").fmt["比率/完成率"]).toBe("0.0%");
    expect(row("乙镇", "1.1").values).toMatchObject({ 得分: 9 });
    expect(row("甲镇", "1.2").values).toMatchObject({ 得分: 3.3 });
    expect(String(row("甲镇", "1.2").values["计算过程"])).toContain("变化 3.3 个百分点");
    expect(row("乙镇", "1.2").values).toMatchObject({ 得分: 3.3 });
    // 19.5‰ written as 19.5 under 0.0"‰" (Excel has no per-mille code), never 1.95%
    expect(row("甲镇", "1.3").values).toMatchObject({ 得分: 5, "比率/完成率": 19.5 });
    expect(row("甲镇", "1.3").fmt["比率/完成率"]).toBe('0.0"‰"');
    expect(row("甲镇", "1.4").values).toMatchObject({ 得分: 3.61 });
  });

  it("问题清单 says how each number was read", () => {
    const messages = table("问题清单").map((r) => `${r.values["单位名称"]} ${r.values["说明"]}`);
    expect(messages).toContain("乙镇 “9000万元” 按 0.9 亿元 计");
    expect(messages).toContain("甲镇 “19.5” 未带单位，按 19.5‰ 理解");
  });

  it("同比分析: amounts in 亿元, rates in 百分点, ‰ in 千分点, a denominator without a verdict", () => {
    const rows0 = table("同比分析");
    const rows = rows0.map((r) => r.values);
    const row = (unit: string, figure: string) => rows.find((r) => r["单位名称"] === unit && r["指标"] === figure)!;
    // 0.8 亿元 → 1.2 亿元: +0.4, +50%
    expect(row("甲镇", "地区生产总值")).toMatchObject({ 本年: 1.2, 上年: 0.8, 评价: "改善", 同比表述: "地区生产总值 1.2 亿元，比上年增加 0.4 亿元，增长 50.0%" });
    expect(row("甲镇", "地区生产总值")["增幅"]).toBeCloseTo(0.5, 12);
    // 0.49 → 0.523: +3.3 百分点 (never +6.7%)
    // stored as 3.3 exactly (the doubles give 3.300000000000003), the cell saying its unit
    expect(row("甲镇", "满意率")["变化（百分点/千分点）"]).toBe(3.3);
    expect(row("甲镇", "满意率")).toMatchObject({ 同比表述: "满意率 52.3%，比上年提高 3.3 个百分点" });
    expect(row("甲镇", "人口出生率")).toMatchObject({ 本年: 19.5, 上年: 21, 评价: "改善", 同比表述: "人口出生率 19.5‰，比上年降低 1.5 个千分点" });
    // 21‰ → 19.5‰: −1.5 千分点, in the same column, the cell saying 千分点 (at 百分比小数位数 1)
    const birth = rows0.find((r) => r.values["单位名称"] === "甲镇" && r.values["指标"] === "人口出生率")!;
    expect(birth.values["变化（百分点/千分点）"]).toBe(-1.5);
    // A zero change at the same precision too (0.0个千分点, not a bare 0: issue 15, one precision per kind of figure).
    expect(birth.fmt["变化（百分点/千分点）"]).toBe('+0.0"个千分点";-0.0"个千分点";0.0"个千分点"');
    expect(rows0.find((r) => r.values["单位名称"] === "甲镇" && r.values["指标"] === "满意率")!.fmt["变化（百分点/千分点）"]).toBe('+0.0"个百分点";-0.0"个百分点";0.0"个百分点"');
    // 20 → 18 宿舍: −2, −10%, shown without 退步
    expect(row("甲镇", "宿舍总数")).toMatchObject({ 本年: 18, 上年: 20, 增减: -2, 方向: "不评价", 备注: "不评价" });
    expect(row("甲镇", "宿舍总数")["评价"]).toBeUndefined();
  });
});
