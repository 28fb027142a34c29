/**
 * End to end (issue 11): last year's figures, the year a run is about, and
 * fields no source has — the real CLI on workbooks a clerk would make.
 *
 * Criteria (100 points): 1 领导小组已成立 是否 20; 2 制度健全 是否 30; 3 森林火灾 扣分 20 (5 per fire);
 * 4 森林火灾同比下降 同比 20 (fewer is better, full at 100%); 5 档案资料 直接打分 10 (no column anywhere).
 * 2026 by hand (header 「森林火灾（上年）」 is last year's, never a unit):
 *   甲单位 是 是 1 fire, 上年 4: 20 + 30 + (20 − 5) + (4 − 1)/4 = 75% × 20 = 15 + 0 = 80 (良好);
 *   乙单位 是 (blank) 0, 上年 2: 20 + 0 + 20 + 100% × 20 = 20 → 60 (合格);
 *   丙单位 是 (blank) 2, 上年 2: 20 + 0 + 10 + 0 → 30 (不合格).
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { copyFile, mkdir, mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli } from "../cli.js";

let dir: string;
let criteria: string;
let current: string;

async function write(path: string, sheets: Record<string, unknown[][]>, merges: Record<string, string[]> = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
    for (const m of merges[name] ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(path);
  return path;
}


/** A returned 自评表 as the template lays it out (name B2, category D2, 年度 B3, 数据项 in D, values in E from row 6). */
async function form(path: string, unit: string, year: string, values: [string, unknown][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.getCell("A1").value = `${year}年度文明单位创建自评表`;
  ws.getCell("A2").value = "单位名称";
  ws.getCell("B2").value = unit;
  ws.getCell("C2").value = "单位类别";
  ws.getCell("D2").value = "乡镇";
  ws.getCell("A3").value = "年度";
  ws.getCell("B3").value = year;
  ws.getRow(5).values = ["编号", "一级指标", "测评内容", "数据项", "填报值", "计量单位", "填报说明"];
  values.forEach(([field, v], i) => {
    ws.getCell(6 + i, 4).value = field;
    ws.getCell(6 + i, 5).value = v as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(path);
}

const FORM_VALUES: [string, unknown][] = [
  ["领导小组已成立", "是"],
  ["制度健全", "是"],
  ["森林火灾", 1],
  ["上年森林火灾", 4],
];

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-previous-"));
  criteria = await write(join(dir, "测评体系.xlsx"), {
    测评细则: [
      ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"],
      ["1", "组织", "领导小组已成立", 20, "是否", "领导小组已成立"],
      ["2", "组织", "制度健全", 30, "是否", "制度健全"],
      ["3", "安全", "森林火灾", 20, "扣分", "森林火灾", "每次扣分=5"],
      ["4", "安全", "森林火灾同比下降", 20, "同比", "森林火灾", "方向=越低越好;满分改善=100%"],
      ["5", "组织", "档案资料", 10, "直接打分", "档案资料得分"],
    ],
  });
  current = await write(join(dir, "2026-申报数据.xlsx"), {
    申报数据: [
      ["2026年度文明单位申报数据"],
      ["序号", "单位名称", "单位类别", "领导小组已成立", "制度健全", "森林火灾（起）", "森林火灾（上年）"],
      [1, "甲单位", "乡镇", "是", "是", 1, 4],
      [2, "乙单位", "乡镇", "是", null, 0, 2],
      [3, "丙单位", "乡镇", "是", null, 2, 2],
    ],
  });
});

describe("a field no source has, a field mostly blank, and 森林火灾（上年）", () => {
  let run: { code: number; stdout: string; stderr: string };
  let issues: string[];
  beforeAll(async () => {
    run = await runCli(["score", "--criteria", criteria, "--submissions", current, "--no-charts", "--out", join(dir, "out")]);
    issues = (await readSheetRows(join(dir, "out", "2026-排名结果.xlsx"), "问题清单", 4)).map((r) => r.slice(1).join(" | "));
  });

  it("writes the workbook and scores 森林火灾（上年） as last year's figure", async () => {
    expect(run.code).toBe(0);
    const ranking = await readSheetRows(join(dir, "out", "2026-排名结果.xlsx"), "总排名", 4);
    expect(ranking.map((r) => [r[1], r[5], r[6]])).toEqual([
      ["甲单位", 80, "良好"],
      ["乙单位", 60, "合格"],
      ["丙单位", 30, "不合格"],
    ]);
  });

  it("the missing 档案资料得分 is an error counting the 3 units it zeroes", () => {
    expect(issues.some((l) => /^错误 \|.*测评体系要求的数据项“档案资料得分”（档案资料）在申报数据、自评表和评委打分中都没有，3 个单位的相关指标都按 0 分计/.test(l))).toBe(true);
  });

  it("制度健全 blank for 2 of 3 units is one warning naming column E", () => {
    const blank = issues.filter((l) => l.includes("有 2 个单位未填"));
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatch(/^警告 \| 2026-申报数据\.xlsx \| 申报数据 \|.*数据项“制度健全”（E 列）有 2 个单位未填（共 3 个单位），请核实是否漏填/);
  });

  it("--strict exits 1 and still writes the workbook", async () => {
    const out = join(dir, "strict");
    const strict = await runCli(["score", "--strict", "--criteria", criteria, "--submissions", current, "--no-charts", "--out", out]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("数据错误（--strict）");
    expect((await stat(join(out, "2026-排名结果.xlsx"))).size).toBeGreaterThan(0);
  });
});

describe("--previous must be another year's file", () => {
  const args = () => ["score", "--criteria", criteria, "--submissions", current, "--no-charts", "--out", join(dir, "same")];

  it("the same path: exit 2, one line", async () => {
    const r = await runCli([...args(), "--previous", current]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("--previous 指定的上年数据 2026-申报数据.xlsx 就是本年的申报数据，请指定上年的申报数据或结果工作簿");
  });

  it("a copy (same SHA-256): exit 2", async () => {
    const copy = join(dir, "上年.xlsx");
    await copyFile(current, copy);
    const r = await runCli([...args(), "--previous", copy]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("--previous 指定的上年数据 上年.xlsx 与本年申报数据 2026-申报数据.xlsx 内容完全相同（SHA-256 一致），请指定上年的数据");
  });

  it("another file of the same year: exit 2", async () => {
    const revised = await write(join(dir, "2026-申报数据（修订）.xlsx"), { 申报数据: [["单位名称", "单位类别", "森林火灾"], ["甲单位", "乡镇", 3]] });
    const r = await runCli([...args(), "--previous", revised]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("--previous 指定的上年数据 2026-申报数据（修订）.xlsx 与本年申报数据同为 2026 年，请指定 2025 年的数据");
  });
});

describe("last year's file without its own year before", () => {
  it("marks the 同比 item not comparable; the 同比 columns compare like with like", async () => {
    // 2025 without 上年森林火灾 (2024): item 4 cannot be scored for 2025. Both years are compared without its 20 points;
    // 2025 grade lines × 80/100: 优秀 72, 良好 64, 合格 48.
    // 甲 20 + 30 + (20 − 4 × 5 = 0) + 0 = 50 → 合格; 乙 and 丙 20 + 30 + (20 − 2 × 5 = 10) = 60 → 合格.
    // (Rescored with item 4 at 0 against 90/80/60, 甲's 50 would have been 不合格.)
    const last = await write(join(dir, "2025-申报数据.xlsx"), {
      申报数据: [
        ["单位名称", "单位类别", "领导小组已成立", "制度健全", "森林火灾"],
        ["甲单位", "乡镇", "是", "是", 4],
        ["乙单位", "乡镇", "是", "是", 2],
        ["丙单位", "乡镇", "是", "是", 2],
      ],
    });
    const out = join(dir, "yoy");
    const r = await runCli(["score", "--criteria", criteria, "--submissions", current, "--previous", last, "--no-charts", "--out", out]);
    expect(r.code).toBe(0);
    const book = join(out, "2026-排名结果.xlsx");
    const ranking = await readSheetRows(book, "总排名", 4);
    const head = (await (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(book);
      return (wb.getWorksheet("总排名")!.getRow(3).values as unknown[]).slice(1);
    })()) as string[];
    const col = (label: string) => head.indexOf(label);
    // The 同比 columns compare like with like (issue 11, round 3: they used to set last year's comparable total,
    // graded on scaled lines, beside this year's full total and grade). This year without item 4:
    // 甲 80 − 15 = 65, 乙 60 − 20 = 40, 丙 30 − 0 = 30 → comparable ranks 1, 2, 3. Last year 乙 60, 丙 60 (1, 1), 甲 50 (3).
    // 总分增减 65 − 50 = +15, 40 − 60 = −20, 30 − 60 = −30; 名次变化 3 → 1 ↑2, 1 → 2 ↓1, 1 → 3 ↓2.
    const on = "（按可比指标）";
    expect(ranking.map((row) => [row[1], row[col("总分")], row[col("等级")], row[col("本年可比总分")], row[col("上年总分" + on)], row[col("总分增减" + on)], row[col("上年名次" + on)], row[col("名次变化" + on)]])).toEqual([
      ["甲单位", 80, "良好", 65, 50, 15, 3, "↑2"],
      ["乙单位", 60, "合格", 40, 60, -20, 1, "↓1"],
      ["丙单位", 30, "不合格", 30, 60, -30, 1, "↓2"],
    ]);
    // Last year's grade on its full items is unknown: no 上年等级 column (a guess on scaled lines read as a drop of grade).
    expect(head).not.toContain("上年等级");
    expect(head).not.toContain("上年总分");
    const subtitle = (await readSheetRows(book, "总排名", 2))[0][0];
    expect(String(subtitle)).toContain("同比各列按可比指标（不含上年不可比的 4，见说明）");
    const about = await readSheetRows(book, "说明", 4);
    const row = about.find((x) => x[0] === "上年不可比指标");
    expect(String(row?.[1])).toMatch(/^4 森林火灾同比下降（20 分）：上年数据中没有其前一年的数据/);
    expect(String(row?.[1])).toContain("上年等级无法按本年等级线评定，未列出");
    expect(String(row?.[1])).toContain("可比指标基本分 80");
    // 分类汇总: 平均分 on comparable items both years, (65 + 40 + 30) / 3 = 45 vs (50 + 60 + 60) / 3 = 56.67; no 上年 grade counts.
    const summary = await readSheetRows(book, "分类汇总", 4);
    const mean = summary.find((x) => x[0] === "全部单位" && x[1] === "平均分（不含否决单位，按可比指标）")!;
    expect(mean[2]).toBe(45);
    expect(Number(mean[3])).toBeCloseTo(56.667, 3);
    const good = summary.find((x) => x[0] === "全部单位" && x[1] === "良好单位数")!;
    expect([good[2], good[3] ?? null]).toEqual([1, null]);
    // 同比分析: the 总分 row says it leaves the item out. 甲 comparable 2026: 80 − 15 = 65 vs 50 → +15.
    const yoy = await readSheetRows(book, "同比分析", 4);
    const total = yoy.find((x) => x[0] === "甲单位" && x[4] === "总分（可比指标）")!;
    expect([total[7], total[8], total[9], total[13]]).toEqual([65, 50, 15, "不含上年不可比的 森林火灾同比下降"]);
  });
});

describe("the year of a folder of returned forms", () => {
  it("comes from the forms' 年度, never from the folder's name", async () => {
    const folder = join(dir, "收回年度文明单位测评结果的通报");
    await mkdir(folder);
    await form(join(folder, "甲单位.xlsx"), "甲单位", "2026", FORM_VALUES);
    await form(join(folder, "乙单位.xlsx"), "乙单位", "2026", FORM_VALUES);
    const out = join(dir, "forms-out");
    const r = await runCli(["score", "--criteria", criteria, "--submissions", folder, "--no-previous", "--no-charts", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("kaoping：2026年度测评完成");
    expect((await stat(join(out, "2026-排名结果.xlsx"))).isFile()).toBe(true);
  });

  it("forms of different years: exit 2 naming the files; --year decides and lists the odd form", async () => {
    const folder = join(dir, "收回");
    await mkdir(folder);
    await form(join(folder, "甲单位.xlsx"), "甲单位", "2026", FORM_VALUES);
    await form(join(folder, "乙单位.xlsx"), "乙单位", "2025", FORM_VALUES);
    const base = ["score", "--criteria", criteria, "--submissions", folder, "--no-previous", "--no-charts", "--out", join(dir, "mixed")];
    const r = await runCli(base);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("收回的自评表年度不一致：2026 年：甲单位.xlsx；2025 年：乙单位.xlsx；请核对，或用 --year 指定本次测评的年度");
    const decided = await runCli([...base, "--year", "2026"]);
    expect(decided.code).toBe(0);
    const issues = (await readSheetRows(join(dir, "mixed", "2026-排名结果.xlsx"), "问题清单", 4)).map((x) => x.slice(1).join(" | "));
    expect(issues.some((l) => /^错误 \| 乙单位\.xlsx \| 自评表 \|.*自评表的年度为 2025 年，本次测评为 2026 年/.test(l))).toBe(true);
  });

  it("--year must be a year", async () => {
    const r = await runCli(["validate", "--criteria", criteria, "--submissions", current, "--year", "明年"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("--year 应为四位年份（如 2026），现为“明年”");
    // 2026年 as a clerk types it is the year 2026 (round 3: it was refused).
    const typed = await runCli(["validate", "--criteria", criteria, "--submissions", current, "--year", "2026年"]);
    expect(typed.stderr).not.toContain("--year 应为四位年份");
    expect(typed.code).not.toBe(2);
  });
});
