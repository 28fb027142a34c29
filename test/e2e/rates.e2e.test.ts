/**
 * End to end: a rate field is one rate for every unit and for its 上年
 * column, through the real CLI. One 同比 item, 群众满意率同比提高 (3 分,
 * 满分改善 5% = 5 个百分点), no 数据项 sheet; submissions typed as clerks do.
 *
 * (a) 「群众满意率（%）」 beside 「群众满意率（上年）」 (no % there):
 *   阿乡 52.3 vs 49 → 52.3% − 49% = +3.3 百分点 → 3.3 / 5 × 3 = 1.98
 *   白局 91.2 vs 90.5 → +0.7 百分点 → 0.7 / 5 × 3 = 0.42
 * (b) 「群众满意率」 / 「上年群众满意率」 (no % in either header), 程局 types 「87%」 / 「85%」:
 *   阿乡 52.3 vs 49 → +3.3 百分点 → 1.98 (never 330 百分点 → 3)
 *   程局 87% vs 85% → +2 百分点 → 2 / 5 × 3 = 1.2
 *   丁局 80 vs 82 → −2 百分点 → 0
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli, writeBook } from "../cli.js";

interface Result {
  code: number;
  stderr: string;
  /** 计分明细: unit → [计算过程, 得分] of item 2.1. */
  detail: Map<string, [string, number]>;
  /** 问题清单 lines: 级别 | 单元格 | 单位 | 说明. */
  issues: string[];
}

let dir: string;

async function score(name: string, head: string[], rows: unknown[][]): Promise<Result> {
  const path = join(dir, `${name}.xlsx`);
  await writeBook(path, [["申报数据", [["2026年度群众满意率申报表"], ["单位名称", "单位类别", ...head], ...rows]]]);
  const out = join(dir, `out-${name}`);
  const run = await runCli(["score", "--criteria", join(dir, "测评体系.xlsx"), "--submissions", path, "--no-charts", "--year", "2026", "--out", out]);
  const book = join(out, "2026-排名结果.xlsx");
  const detailRows = await readSheetRows(book, "计分明细");
  const head3 = detailRows[2].map(String);
  const col = (h: string) => head3.indexOf(h);
  const detail = new Map<string, [string, number]>();
  for (const r of detailRows.slice(3)) if (r[col("编号")] === "2.1") detail.set(String(r[col("单位名称")]), [String(r[col("计算过程")]), Number(r[col("得分")])]);
  const issueRows = await readSheetRows(book, "问题清单");
  const at = issueRows.findIndex((r) => r.includes("说明"));
  const ih = issueRows[at].map(String);
  const issues = issueRows.slice(at + 1).map((r) => ["级别", "单元格", "单位名称", "说明"].map((h) => String(r[ih.indexOf(h)] ?? "")).join(" | "));
  return { code: run.code, stderr: run.stderr, detail, issues };
}

let a: Result;
let b: Result;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-rates-"));
  await writeBook(join(dir, "测评体系.xlsx"), [
    [
      "测评细则",
      [
        ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"],
        ["1.1", "阵地建设", "文明科室创建率", 4, "比率", "文明科室数/科室总数", ""],
        ["2.1", "作风效能", "群众满意率同比提高", 3, "同比", "群众满意率", "满分改善=5%"],
      ],
    ],
  ]);
  a = await score("a", ["文明科室数", "科室总数", "群众满意率（%）", "群众满意率（上年）"], [
    ["阿乡", "乡镇", 4, 5, 52.3, 49],
    ["白局", "机关", 5, 5, 91.2, 90.5],
  ]);
  b = await score("b", ["文明科室数", "科室总数", "群众满意率", "上年群众满意率"], [
    ["阿乡", "乡镇", 4, 5, 52.3, 49],
    ["程局", "机关", 4, 6, "87%", "85%"],
    ["丁局", "机关", 3, 4, 80, 82],
  ]);
}, 240_000);

describe("(a) the 上年 column of a (%) field means what the field means", () => {
  it("runs", () => {
    expect(a.stderr).toBe("");
    expect(a.code).toBe(0);
  });
  it("52.3% vs 49% → +3.3 百分点 → 1.98; 91.2% vs 90.5% → 0.42", () => {
    expect(a.detail.get("阿乡")).toEqual(["本年 52.3%，上年 49%，变化 3.3 个百分点，满分需提高 5 个百分点 → 1.98 / 3 分", 1.98]);
    expect(a.detail.get("白局")?.[1]).toBe(0.42);
  });
  it("the 上年 cells are said to be read as %, and no ×10 hint blames this year's cell", () => {
    // columns: 单位名称 A, 单位类别 B, 文明科室数 C, 科室总数 D, 群众满意率 E, 上年 F; units from row 3 (a title row first)
    expect(a.issues).toContain("提示 | F3 | 阿乡 | “49” 未带单位，按 49% 理解");
    expect(a.issues.filter((l) => l.includes("请核实（是否少写了一位）"))).toEqual([]);
  });
});

describe("(b) one unit's 「87%」: every unit's plain numbers are percent", () => {
  it("runs", () => {
    expect(b.stderr).toBe("");
    expect(b.code).toBe(0);
  });
  it("阿乡 1.98, 程局 1.2, 丁局 0", () => {
    expect(b.detail.get("阿乡")).toEqual(["本年 52.3%，上年 49%，变化 3.3 个百分点，满分需提高 5 个百分点 → 1.98 / 3 分", 1.98]);
    expect(b.detail.get("程局")?.[1]).toBe(1.2);
    expect(b.detail.get("丁局")).toEqual(["本年 80%，上年 82%，变化 -2 个百分点，满分需提高 5 个百分点 → 0 / 3 分", 0]);
  });
  it("each plain cell read as % is noted", () => {
    expect(b.issues).toContain("提示 | E3 | 阿乡 | “52.3” 未带单位，按 52.3% 理解");
    expect(b.issues).toContain("提示 | F5 | 丁局 | “82” 未带单位，按 82% 理解");
  });
});
