/**
 * Issue 16 §2 end to end: the 稳健性 sheet of a small clerk-made case whose
 * outcome can be reasoned by hand, and of the samples, read back.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, readSheetRows, runCli, writeBook } from "../cli.js";

let dir: string;
let run: Awaited<ReturnType<typeof runCli>>;
let samples: Awaited<ReturnType<typeof runCli>>;
beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-robust-"));
  await writeBook(join(dir, "测评体系.xlsx"), [
    ["测评细则", [["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项"], ["1", "组织领导", "组织", 50, "直接打分", "组织得分"], ["2", "作风建设", "作风", 50, "直接打分", "作风得分"]]],
    ["设置", [["设置项", "值"], ["稳健性抽样次数", "400"], ["权重扰动幅度", "20%"], ["稳健性随机种子", "5"], ["稳健性前N名", "2"]]],
  ]);
  // By hand, with x = f1 − 1 = (u1 − u2)/(2 + u1 + u2) and f2 − 1 = −x (50/50 renormalised), |u| ≤ 20 %:
  // 乙局 40.5 + 50 = 90.5 → 90.5 − 9.5x; 甲局 50 + 40.4 = 90.4 → 90.4 + 9.6x; 丁镇 44.95 + 44.95 = 89.9 always; 丙镇 20 + 20 = 40 always.
  // 甲局 drops below 90 when x < −0.042 (u1 − u2 < −0.083: about 31 % of the draws) and below 丁镇 when x < −0.052
  // (about 27 %): 甲局 is 1st, 2nd or 3rd, crosses the 优秀 line, and overlaps 丁镇 (nominally 良好, 2nd or 3rd).
  // 丙镇 is 4th in every draw.
  await writeBook(join(dir, "2026-申报数据.xlsx"), [
    ["申报数据", [["2026年度申报数据"], ["单位名称", "单位类别", "组织得分", "作风得分"], ["甲局", "机关", 50, "40.4"], ["乙局", "机关", 40.5, 50], ["丙镇", "乡镇", 20, 20], ["丁镇", "乡镇", "44.95", 44.95]]],
  ]);
  run = await runCli(["score", "--criteria", join(dir, "测评体系.xlsx"), "--submissions", join(dir, "2026-申报数据.xlsx"), "--no-previous", "--no-charts", "--out", join(dir, "out")]);
  samples = await runCli(["score", "--submissions", join(ROOT, "samples", "2026-申报数据.xlsx"), "--no-previous", "--no-charts", "--out", join(dir, "samples")]);
});

describe("稳健性 sheet", () => {
  it("states draws, δ, seed and population, one row per ranked unit in rank order", async () => {
    expect(run.code, run.stderr).toBe(0);
    const book = join(dir, "out", "2026-排名结果.xlsx");
    const head = await readSheetRows(book, "稳健性", 2);
    expect(String(head[0][0])).toContain("±20%");
    expect(String(head[0][0])).toContain("模拟 400 次（随机种子 5）");
    expect(String(head[0][0])).toContain("参与排名的 4 个单位");
    expect(head[1].slice(0, 9)).toEqual(["名次", "单位名称", "单位类别", "总分", "中位名次", "名次区间（5%–95%）", "进入前 2 名概率", "评为优秀概率", "结论"]);
    const rows = await readSheetRows(book, "稳健性", 4);
    expect(rows.slice(0, 4).map((r) => [r[0], r[1], r[3]])).toEqual([[1, "乙局", 90.5], [2, "甲局", 90.4], [3, "丁镇", 89.9], [4, "丙镇", 40]]);
    const byName = new Map(rows.slice(0, 4).map((r) => [r[1] as string, r]));
    // 丙镇 never moves: interval 4, never in the top 2, never 优秀, 稳健.
    expect(byName.get("丙镇")!.slice(4, 9)).toEqual([4, "4", 0, 0, "稳健"]);
    // 丁镇 stays at 89.9 (良好 in every draw): its grade is settled although its rank moves.
    expect(byName.get("丁镇")![7]).toBe(0);
    expect(byName.get("丁镇")![8]).toBe("稳健");
    expect(byName.get("甲局")![8]).toBe("结果不稳健：“优秀”等级线（90 分），与丁镇难以区分");
    // 乙局 = 100 − 0.19·P′1 falls below 90 when (1+u1)/(1+u2) > 1.111: P = 4∫(1.25 − 1.111b)db over [0.75, 1.125] ≈ 0.31,
    // as 甲局 rises above it; so both cross the 优秀 line, and the run summary names both, in rank order.
    expect(byName.get("乙局")![8]).toMatch(/^结果不稳健：“优秀”等级线（90 分）/);
    expect(run.stdout).toContain("稳健性：模拟 400 次，2 个单位的结果不稳健（乙局、甲局），详见“稳健性”");
    // True by construction: the median lies in the interval, within 1 … 4.
    for (const r of rows.slice(0, 4)) {
      const [low, high] = String(r[5]).split("–").map(Number);
      const hi = high ?? low;
      expect(low).toBeGreaterThanOrEqual(1);
      expect(hi).toBeLessThanOrEqual(4);
      expect(r[4] as number).toBeGreaterThanOrEqual(low);
      expect(r[4] as number).toBeLessThanOrEqual(hi);
    }
    // The 一级指标 block: both groups, each share a fraction.
    // (The blank row between the blocks is not read back; then the block heading.)
    expect(rows[4][1]).toBe("一级指标");
    const groups = rows.slice(5);
    expect(groups.map((r) => r[1])).toEqual(["组织领导", "作风建设"]);
    for (const r of groups) {
      expect(r[6] as number).toBeGreaterThanOrEqual(0);
      expect(r[6] as number).toBeLessThanOrEqual(1);
    }
    const about = await readSheetRows(book, "说明", 4);
    expect(String(about.find((r) => r[0] === "名次稳健性")?.[1])).toContain("模拟 400 次（随机种子 5，同一种子结果相同）");
  });

  it("on the samples: every ranked unit of 总排名 has a row, with its published rank and total", async () => {
    expect(samples.code, samples.stderr).toBe(0);
    const book = join(dir, "samples", "2026-排名结果.xlsx");
    const ranking = (await readSheetRows(book, "总排名", 4)).filter((r) => typeof r[0] === "number");
    const robust = (await readSheetRows(book, "稳健性", 4)).filter((r) => typeof r[0] === "number");
    expect(robust.map((r) => r[1])).toEqual(ranking.map((r) => r[1]));
    expect(robust.map((r) => r[0])).toEqual(ranking.map((r) => r[0]));
    for (const r of robust) expect(["稳健", "结果不稳健"].some((w) => String(r[r.length - 1]).startsWith(w))).toBe(true);
  });
});
