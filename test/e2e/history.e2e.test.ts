/**
 * End to end (issue 14 §4): `score --history` on a folder of two kaoping
 * result workbooks (made by `score` itself for 2023 and 2024) and one
 * submissions workbook (2025, rescored), read back from 历年对比.
 *
 * Criteria: one item 工作得分 (直接打分, 100 points): a total is the score typed.
 * Default 等级: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60.
 *   2023: 丙镇 (乡镇) 95 · 乙办 91 · 甲局 85 · 庚局 80 · 辛局 75 · 丁局 60   → 名次 1–6
 *   2024: 丙镇 96 · 甲局 92 · 乙办 88 · 庚局 80 · 辛局 75 (丁局 absent)       → 名次 1–5
 *   2025 (submissions; 单位变更 乙办 → 乙局): 甲局 95 · 乙局 94 · 丙镇 93 · 庚局 80 · 辛局 75 · 丁局 70 → 1–6
 *   2026: 丙镇 97 · 乙局 96 · 甲局 91 · 戊局 89 (new) · 庚局 80 · 辛局 75 · 丁局 72 → 1–7
 * 末位 (fewer than min(3, floor(m / 2)) of its category's m ranked units below it):
 *   机关 2023 [60 75 80 85 91] 2 places: 丁 辛 · 2024 [75 80 88 92] 2: 辛 庚 · 2025 [70 75 80 94 95] 2: 丁 辛
 *   · 2026 [72 75 80 89 91 96] 3: 丁 辛 庚; 乡镇 has 丙镇 alone: 0 places, never 末位.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli } from "../cli.js";

let dir: string;
let criteria: string;
let current: string;
let hist: string;

async function write(path: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** A clerk's submissions: a title row, then 序号 / 单位名称 / 单位类别 / 得分 (some typed as text). */
function submissions(year: number, units: [string, string, number | string][], changes?: [string, string][]): Record<string, unknown[][]> {
  return {
    申报数据: [[`${year}年度文明单位申报数据`], ["序号", "单位名称", "单位类别", "得分"], ...units.map(([n, c, s], i) => [i + 1, n, c, s])],
    ...(changes ? { 单位变更: [["旧名称", "新名称"], ...changes] } : {}),
  };
}

const sha256 = async (path: string) => createHash("sha256").update(await readFile(path)).digest("hex");
/** A 历年对比 row as 19 cells (2 + 4 years × 3 + 7), blanks as null. */
const cells = (r: unknown[]) => Array.from({ length: 19 }, (_, i) => r[i] ?? null);

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-history-"));
  criteria = await write(join(dir, "测评体系.xlsx"), {
    测评细则: [
      ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项"],
      ["1", "组织", "工作得分", 100, "直接打分", "得分"],
    ],
  });
  hist = join(dir, "历年");
  await mkdir(hist);
  // 2023 and 2024: scored by kaoping, their result workbooks put in the folder as published.
  const earlier: [number, [string, string, number | string][]][] = [
    [2023, [["丙镇", "乡镇", 95], ["乙办", "机关", 91], ["甲局", "机关", "85"], ["庚局", "机关", 80], ["辛局", "机关", 75], ["丁局", "机关", 60]]],
    // 壬所 (事业单位, 50) takes part in 2024 only: last of 6 that year, nobody's earlier self in 2026.
    [2024, [["丙镇", "乡镇", 96], ["甲局", "机关", 92], ["乙办", "机关", 88], ["庚局", "机关", 80], ["辛局", "机关", "75"], ["壬所", "事业单位", 50]]],
  ];
  for (const [year, units] of earlier) {
    const src = await write(join(dir, `${year}-申报数据.xlsx`), submissions(year, units));
    const run = await runCli(["score", "--criteria", criteria, "--submissions", src, "--year", String(year), "--no-charts", "--quiet", "--out", join(dir, `out${year}`)]);
    expect(run.code).toBe(0);
    await copyFile(join(dir, `out${year}`, `${year}-排名结果.xlsx`), join(hist, `${year}-排名结果.xlsx`));
  }
  await write(
    join(hist, "2025-申报数据.xlsx"),
    submissions(2025, [["甲局", "机关", 95], ["乙局", "机关", 94], ["丙镇", "乡镇", 93], ["庚局", "机关", 80], ["辛局", "机关", 75], ["丁局", "机关", 70]], [["乙办", "乙局"]]),
  );
  await writeFile(join(hist, "说明.txt"), "往年结果");
  current = await write(
    join(dir, "2026-申报数据.xlsx"),
    submissions(2026, [["丙镇", "乡镇", 97], ["乙局", "机关", 96], ["甲局", "机关", 91], ["戊局", "机关", 89], ["庚局", "机关", 80], ["辛局", "机关", 75], ["丁局", "机关", "72"]]),
  );
});

describe("score --history with two result workbooks and one submissions workbook", () => {
  let run: { code: number; stdout: string; stderr: string };
  let rows: unknown[][];
  let out: string;
  beforeAll(async () => {
    out = join(dir, "out");
    run = await runCli(["score", "--criteria", criteria, "--submissions", current, "--history", hist, "--no-charts", "--quiet", "--out", out]);
    rows = await readSheetRows(join(out, "2026-排名结果.xlsx"), "历年对比", 1);
  });

  it("runs, and the summary says the years read and how", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("历年：读取 2023、2024、2025 年（2023、2024 年结果工作簿，沿用公布的总分、名次和等级；2025 年申报数据，按本年测评体系重新计分），见“历年对比”表");
  });

  it("validate reads the same history and says so", async () => {
    const check = await runCli(["validate", "--criteria", criteria, "--submissions", current, "--history", hist]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("历年：读取 2023、2024、2025 年（2023、2024 年结果工作簿，沿用公布的总分、名次和等级；2025 年申报数据，按本年测评体系重新计分）\n");
  });

  it("heads each year over 总分 / 名次 / 等级, oldest first, this year last", () => {
    expect(cells(rows[2]).slice(0, 12)).toEqual([
      "单位名称", "单位类别",
      "2023 年（公布结果）", "2023 年（公布结果）", "2023 年（公布结果）",
      "2024 年（公布结果）", "2024 年（公布结果）", "2024 年（公布结果）",
      "2025 年（重新计分）", "2025 年（重新计分）", "2025 年（重新计分）",
      "2026 年（本年）",
    ]);
    expect(cells(rows[3]).slice(2, 5)).toEqual(["总分", "名次", "等级"]);
    expect(cells(rows[2]).slice(14)).toEqual(["连续优秀年数", "最好名次（年份）", "最差名次（年份）", "最高总分（年份）", "最低总分（年份）"]);
  });

  it("gives each unit's years, derived figures and remarks as computed by hand", () => {
    const byUnit = new Map(rows.slice(4, 11).map((r) => [r[0], cells(r)]));
    // 2026 order: 丙镇, 乙局, 甲局, 戊局, 庚局, 辛局, 丁局.
    expect(rows.slice(4, 11).map((r) => r[0])).toEqual(["丙镇", "乙局", "甲局", "戊局", "庚局", "辛局", "丁局"]);
    // 优秀 all four years → 4; 名次 1, 1, 3, 1; 总分 95, 96, 93, 97; alone in 乡镇: never 末位.
    expect(byUnit.get("丙镇")).toEqual(["丙镇", "乡镇", 95, 1, "优秀", 96, 1, "优秀", 93, 3, "优秀", 97, 1, "优秀", 4, "1（2023、2024、2026）", "3（2025）", "97（2026）", "93（2025）", 4, "是", null].slice(0, 19));
    // 乙办 in 2023 and 2024 (单位变更 in the 2025 submissions); 良好 2024 → 2 years running; 名次 2, 3, 2, 2; never 末位 (2024's 88 has 75 and 80 below, 2 of 2 places).
    expect(byUnit.get("乙局")).toEqual(["乙局", "机关", 91, 2, "优秀", 88, 3, "良好", 94, 2, "优秀", 96, 2, "优秀", 2, "2（2023、2025、2026）", "3（2024）", "96（2026）", "88（2024）"]);
    // 良好 2023, 优秀 2024–2026 → 3; 名次 3, 2, 1, 3.
    expect(byUnit.get("甲局")).toEqual(["甲局", "机关", 85, 3, "良好", 92, 2, "优秀", 95, 1, "优秀", 91, 3, "优秀", 3, "1（2025）", "3（2023、2026）", "95（2025）", "85（2023）"]);
    // New: no earlier years at all (blank, not 0).
    expect(byUnit.get("戊局")).toEqual(["戊局", "机关", null, null, null, null, null, null, null, null, null, 89, 4, "良好", 0, "4（2026）", "4（2026）", "89（2026）", "89（2026）"]);
    // Absent 2024 (blank); 合格 → 0; 名次 6, 6, 7.
    expect(byUnit.get("丁局")).toEqual(["丁局", "机关", 60, 6, "合格", null, null, null, 70, 6, "合格", 72, 7, "合格", 0, "6（2023、2025）", "7（2026）", "72（2026）", "60（2023）"]);
    const tail = (name: string) => Array.from({ length: 3 }, (_, i) => rows.find((r) => r[0] === name)![19 + i] ?? null);
    // 末位次数, 连续两年末位, 备注.
    expect(tail("丙镇")).toEqual([0, null, null]);
    expect(tail("乙局")).toEqual([0, null, "2023 年名为 乙办；2024 年名为 乙办"]);
    expect(tail("甲局")).toEqual([0, null, null]);
    expect(tail("戊局")).toEqual([0, null, "本年新参评"]);
    // 2023, 2025, 2026 → 3; 2025 and 2026 running.
    expect(tail("丁局")).toEqual([3, "是", "2024 年未参评"]);
  });

  it("lists a unit of an earlier year that did not take part this year, after this year's units", () => {
    const row = rows.find((r) => r[0] === "壬所")!;
    // 2023 blank; 2024 50, 6th, 不合格 (below 60); 2025 and 2026 blank; derived columns blank; 备注.
    expect(Array.from({ length: 22 }, (_, i) => row[i] ?? null)).toEqual(["壬所", "事业单位", null, null, null, 50, 6, "不合格", null, null, null, null, null, null, null, null, null, null, null, null, null, "本年未参评（最后参评 2024 年）"]);
    expect(rows.findIndex((r) => r[0] === "壬所")).toBeGreaterThan(rows.findIndex((r) => r[0] === "丁局"));
  });

  it("ends with a note saying which years were published and which rescored", () => {
    const note = String(rows[rows.length - 1][0]);
    expect(note).toMatch(/^说明：2023、2024 年沿用结果工作簿公布的总分、名次和等级；2025 年为申报数据按本年测评体系重新计分。/);
  });

  it("lists each history file in 说明 with its year, how it was read and its SHA-256", async () => {
    const about = await readSheetRows(join(out, "2026-排名结果.xlsx"), "说明", 4);
    const history = about.filter((r) => String(r[0]).startsWith("历年数据"));
    expect(history).toEqual([
      ["历年数据（2023 年）：结果工作簿，沿用公布的总分、名次和等级", join(hist, "2023-排名结果.xlsx"), await sha256(join(hist, "2023-排名结果.xlsx"))],
      ["历年数据（2024 年）：结果工作簿，沿用公布的总分、名次和等级", join(hist, "2024-排名结果.xlsx"), await sha256(join(hist, "2024-排名结果.xlsx"))],
      ["历年数据（2025 年）：申报数据，按本年测评体系重新计分", join(hist, "2025-申报数据.xlsx"), await sha256(join(hist, "2025-申报数据.xlsx"))],
    ]);
  });

  it("names the file of the folder it did not read, with the reason", async () => {
    const issues = await readSheetRows(join(out, "2026-排名结果.xlsx"), "问题清单", 4);
    expect(issues.some((r) => r[1] === "警告" && r[2] === "说明.txt" && /不是工作簿/.test(String(r[7])))).toBe(true);
  });
});

describe("history folders that cannot be used", () => {
  async function folder(name: string, files: string[]): Promise<string> {
    const path = join(dir, name);
    await mkdir(path);
    for (const f of files) await copyFile(join(hist, f.split(">")[0]), join(path, f.split(">")[1] ?? f.split(">")[0]));
    return path;
  }

  it("two files of one year: exit 2, both named (in the folder's name order: 排 U+6392 before 申 U+7533)", async () => {
    const twice = await folder("两份2024", ["2024-排名结果.xlsx", "2025-申报数据.xlsx>2024-申报数据.xlsx"]);
    for (const command of [["score", "--no-charts", "--out", join(dir, "never")], ["validate"]]) {
      const run = await runCli([...command, "--criteria", criteria, "--submissions", current, "--history", twice]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe("--history 中的 2024-排名结果.xlsx 和 2024-申报数据.xlsx 都是 2024 年的，每年只能有一个文件；请移走其中一个");
    }
  });

  it("a year not earlier than this one: exit 2, the file named", async () => {
    const later = await folder("含2027", ["2024-排名结果.xlsx", "2025-申报数据.xlsx>2027-申报数据.xlsx"]);
    const run = await runCli(["score", "--criteria", criteria, "--submissions", current, "--history", later, "--no-charts", "--out", join(dir, "never")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("--history 中的 2027-申报数据.xlsx 是 2027 年的，不早于本次测评的 2026 年；历年数据文件夹只放往年的结果工作簿或申报数据");
  });

  it("an output folder inside the history folder: exit 2", async () => {
    const run = await runCli(["score", "--criteria", criteria, "--submissions", current, "--history", hist, "--no-charts", "--out", join(hist, "结果")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("在 --history 指定的历年数据文件夹");
  });
});
