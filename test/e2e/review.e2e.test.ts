/**
 * Issue 14 §3 end to end: 复查 of titled units through the real CLI, with
 * the titles in the 名单 (--units, a title row, 命名年度 typed as text and
 * as a number) and --history holding two earlier result workbooks made by
 * `score` itself; 评定结果, 总排名 and 说明 read back with exceljs.
 *
 * Criteria: one item 工作得分 (直接打分, 100 points): a total is the score typed.
 * 等级 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below.
 * 复查: 等级低于合格 → 撤销 (撤一补一, 递补须优秀); 等级为合格 → 警告; 类别末位1名 → 警告;
 *       连续两年末位 → 撤销 (撤一补一). 评定规则: 连续三年优秀 → 推荐省级.
 * 末位 of m ranked units of a category: the last min(3, floor(m / 2)) (never more than the bottom half).
 *   2024 机关 [78 D, 80 C, 82 E, 85 B, 94 A], 5 → 2 places: D, C; 乡镇 [70 H, 88 F], 2 → 1: H.
 *   2025 机关 [70 C, 72 E, 75 D, 91 X, 93 B, 95 A], 6 → 3: C, E, D; 乡镇 [60 Y, 80 G, 85 H, 92 F], 4 → 2: Y, G.
 *   2026 机关 A 95 优秀 · B 92 优秀 · C 85 良好 · D 70 合格 · E 50 不合格 → 2 places: E, D;
 *        乡镇 F 91 优秀 · G 88 良好 · H 65 合格 → 1 place: H.
 * Titled (名单): C, D, E, F, H. 连续两年末位 (ending 2026): D (2024–2026), E (2025–2026); C (not 2026), H (not 2025) no.
 * 连续三年优秀: A局 (2024, 2025, 2026); B局 良好 in 2024.
 * So: C 保留 (良好); F 保留; H 警告 (合格, last of 乡镇); D 撤销 (合格 警告, 连续末位 撤销); E 撤销.
 *   撤一补一 in rank order, best untitled 优秀 of the category not already 推荐: A局 is 推荐省级 → D局 (4th) gets B局;
 *   E局 (5th): none left.
 *   Counts: 保留 2, 警告 1, 撤销 2, 递补 1.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli, writeBook } from "../cli.js";

let dir: string;
let criteria: string;
let units: string;
let current: string;
let hist: string;

const submissions = (year: number, rows: [string, string, number | string][]): [string, unknown[][]][] => [
  ["申报数据", [[`${year}年度文明单位申报数据`], ["序号", "单位名称", "单位类别", "得分"], ...rows.map(([n, c, s], i) => [i + 1, n, c, s])]],
];

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-review-"));
  criteria = join(dir, "测评体系.xlsx");
  await writeBook(criteria, [
    ["测评细则", [["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项"], ["1", "组织", "工作得分", 100, "直接打分", "得分"]]],
    ["等级", [["等级", "最低分"], ["优秀", 90], ["良好", 80], ["合格", 60], ["不合格", ""]]],
    ["评定规则", [["2026年评定规则"], ["规则", "范围", "名额", "结果"], ["连续三年优秀", "全部", "", "推荐省级"]]],
    ["复查", [["已命名文明单位复查规则"], ["条件", "复查结论", "撤一补一", "递补等级要求"], ["等级低于合格", "撤销", "是", "优秀"], ["等级为合格", "警告（限期整改）"], ["类别末位1名", "警告"], ["连续两年末位", "撤销", "是"]]],
  ]);
  hist = join(dir, "历年");
  await mkdir(hist);
  const earlier: [number, [string, string, number | string][]][] = [
    [2024, [["A局", "机关", 94], ["F镇", "乡镇", 88], ["B局", "机关", 85], ["E局", "机关", "82"], ["C局", "机关", 80], ["D局", "机关", 78], ["H镇", "乡镇", 70]]],
    [2025, [["A局", "机关", 95], ["B局", "机关", 93], ["F镇", "乡镇", 92], ["X局", "机关", 91], ["H镇", "乡镇", 85], ["G镇", "乡镇", 80], ["D局", "机关", 75], ["E局", "机关", 72], ["C局", "机关", 70], ["Y镇", "乡镇", 60]]],
  ];
  for (const [year, rows] of earlier) {
    const src = join(dir, `${year}-申报数据.xlsx`);
    await writeBook(src, submissions(year, rows));
    const run = await runCli(["score", "--criteria", criteria, "--submissions", src, "--year", String(year), "--no-charts", "--quiet", "--out", join(dir, `out${year}`)]);
    expect(run.code, run.stderr).toBe(0);
    await copyFile(join(dir, `out${year}`, `${year}-排名结果.xlsx`), join(hist, `${year}-排名结果.xlsx`));
  }
  current = join(dir, "2026-申报数据.xlsx");
  await writeBook(current, submissions(2026, [["A局", "机关", 95], ["B局", "机关", 92], ["C局", "机关", 85], ["D局", "机关", 70], ["E局", "机关", 50], ["F镇", "乡镇", 91], ["G镇", "乡镇", 88], ["H镇", "乡镇", "65"]]));
  units = join(dir, "名单.xlsx");
  await writeBook(units, [
    ["名单", [["2026年参评单位名单"], ["序号", "单位名称", "单位类别", "已命名称号", "命名年度"], [1, "A局", "机关"], [2, "B局", "机关"], [3, "C局", "机关", "市级文明单位", "2024年"], [4, "D局", "机关", "市级文明单位", 2023], [5, "E局", "机关", "市级文明单位", "2022"], [6, "F镇", "乡镇", "市级文明单位", "2021年度"], [7, "G镇", "乡镇"], [8, "H镇", "乡镇", "市级文明单位", ""]]],
  ]);
});

/** A sheet's rows as objects keyed by the header row (the 3rd row of a result sheet). */
async function table(path: string, name: string): Promise<Map<string, Record<string, unknown>>> {
  const rows = await readSheetRows(path, name, 3);
  const head = rows[0] as string[];
  return new Map(rows.slice(1).filter((r) => typeof r[1] === "string").map((r) => [r[1] as string, Object.fromEntries(head.map((h, i) => [h, r[i] ?? null]))]));
}

describe("score --units with 已命名称号 and --history", () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let out: string;
  beforeAll(async () => {
    out = join(dir, "out");
    run = await runCli(["score", "--criteria", criteria, "--submissions", current, "--units", units, "--history", hist, "--no-charts", "--report", "--out", out]);
  });

  it("runs, and the summary gives the 复查 counts", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("复查：保留 2 个，警告 1 个，撤销 2 个，递补 1 个（详见“评定结果”）");
    expect(run.stdout).toContain("评定：全部单位“推荐省级” 1 个");
  });

  it("评定结果: one 复查结论 per titled unit with every reason, 递补 for B局, none for the other untitled units", async () => {
    const t = await table(join(out, "2026-排名结果.xlsx"), "评定结果");
    const review = (n: string) => [t.get(n)!["已命名称号"], t.get(n)!["复查结论"], t.get(n)!["复查理由"]];
    expect(review("C局")).toEqual(["市级文明单位（2024 年命名）", "保留", "未触及复查条件，保留"]);
    expect(review("D局")).toEqual([
      "市级文明单位（2023 年命名）",
      "撤销",
      "等级为合格：等级为“合格” → 警告（限期整改）；连续两年末位：2024—2026 年连续 3 年居类别末位 3 名之内 → 撤销；撤一补一，由B局递补",
    ]);
    expect(review("E局")[2]).toBe(
      "等级低于合格：等级“不合格”低于“合格” → 撤销；类别末位1名：本年居“机关”类别末位 1 名之内（类别第 5 名，共 5 个） → 警告（限期整改）；连续两年末位：2025—2026 年连续 2 年居类别末位 3 名之内 → 撤销；撤一补一：“机关”类别中没有可递补的单位（须未命名称号、未被否决、等级达到“优秀”）",
    );
    expect(review("F镇")).toEqual(["市级文明单位（2021 年命名）", "保留", "未触及复查条件，保留"]);
    expect(review("H镇").slice(0, 2)).toEqual(["市级文明单位", "警告（限期整改）"]);
    expect(review("B局")).toEqual([null, "递补", "撤一补一：递补D局被撤销的“市级文明单位”（“机关”类别第 2 名，优秀）"]);
    expect([review("A局"), review("G镇")]).toEqual([[null, null, null], [null, null, null]]);
    expect(t.get("A局")!["评定结果"]).toBe("推荐省级");
    expect(t.get("A局")!["评定理由"]).toBe("2024—2026 年连续 3 年为“优秀”，推荐省级");
  });

  it("总排名 carries 已命名称号, 复查结论 and 复查理由; 说明 lists the 复查 rules", async () => {
    const t = await table(join(out, "2026-排名结果.xlsx"), "总排名");
    expect(["D局", "F镇", "B局"].map((n) => t.get(n)!["复查结论"])).toEqual(["撤销", "保留", "递补"]);
    expect(t.get("F镇")!["复查理由"]).toBe("未触及复查条件，保留");
    const about = (await readSheetRows(join(out, "2026-排名结果.xlsx"), "说明")).map((r) => r.join(" ")).join("\n");
    expect(about).toContain("复查规则 等级低于合格 → 撤销，撤一补一（递补须未命名称号、未被否决、等级达到“优秀”，按类别名次依次递补）");
    expect(about).toContain("复查结论 已命名单位 5 个：保留 2 个，警告 1 个，撤销 2 个，递补 1 个");
    expect(about).toContain("评定规则“连续三年优秀” 全部单位：符合条件的全部入选（符合条件 1 个），“推荐省级” 1 个");
  });

  it("the 通报 has one 复查 paragraph: counts, then the withdrawn and the 递补 with their reasons", async () => {
    const html = await readFile(join(out, "report.html"), "utf8");
    // The 通报 speaks in sentences (issue 15): the causes of each rule that held, no rule names or arrows.
    expect(html).toContain("对 5 个已命名单位进行复查：保留 2 个，警告 1 个，撤销 2 个，递补 1 个。H镇（");
    expect(html).toContain("）予以警告，限期整改。D局（等级为“合格”；2024—2026 年连续 3 年居类别末位 3 名之内）撤销“市级文明单位”称号，由机关类别第 2 名B局（优秀）递补；E局（等级“不合格”低于“合格”；本年居“机关”类别末位 1 名之内（类别第 5 名，共 5 个）；2025—2026 年连续 2 年居类别末位 3 名之内）撤销“");
    expect(html).toContain("”称号，机关类别无符合条件的单位递补。");
    expect(html).not.toContain("→ 撤销");
  });
});

describe("the same without --history", () => {
  it("连续两年末位 and 连续三年优秀 are reported as not applied: a warning, the summary, 复查理由 and 说明", async () => {
    const out = join(dir, "out-nohistory");
    const run = await runCli(["score", "--criteria", criteria, "--submissions", current, "--units", units, "--no-previous", "--no-charts", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    // Without history: C局 良好 → 保留; D局 合格 → 警告; E局 → 撤销 → A局 (no 推荐省级 now); F镇 保留; H镇 合格 and last → 警告.
    expect(run.stdout).toContain("复查：保留 2 个，警告 2 个，撤销 1 个，递补 1 个；1 条规则需要历年数据未执行（详见“评定结果”）");
    expect(run.stdout).toContain("“连续三年优秀”未执行（需要历年数据）");
    const t = await table(join(out, "2026-排名结果.xlsx"), "评定结果");
    expect(t.get("C局")!["复查理由"]).toBe("未触及复查条件，保留；“连续两年末位”未判断（没有历年数据）");
    expect(t.get("A局")!["复查结论"]).toBe("递补");
    const problems = (await readSheetRows(join(out, "2026-排名结果.xlsx"), "问题清单")).map((r) => r.join(" ")).join("\n");
    expect(problems).toContain("复查规则“连续两年末位”（撤销）需要历年数据，本次没有 --history");
    const about = (await readSheetRows(join(out, "2026-排名结果.xlsx"), "说明")).map((r) => r.join(" ")).join("\n");
    expect(about).toContain("连续两年末位 → 撤销，撤一补一（递补须未命名称号、未被否决、等级达到“优秀”，按类别名次依次递补）；未执行：需要历年数据，本次没有 --history");
  });
});
