/**
 * End to end: a submissions file whose name has no year. The run's label is
 * the file's base name; no title may call it a 年度, and the run says the
 * year is unknown and suggests --year (as it does for a folder of returns).
 *
 * Criteria (100 points): 1 领导小组已成立 是否 40; 2 文明科室创建率 比率 60 (满分线 80%).
 * 甲单位 是, 4/5 = 80% → 40 + 60 = 100; 乙单位 否, 2/5 = 40% → 0 + 40%/80% × 60 = 30.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli } from "../cli.js";

let dir: string;
let criteria: string;
let submissions: string;

async function write(path: string, name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(path);
  return path;
}


beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-label-"));
  criteria = await write(join(dir, "测评体系.xlsx"), "测评细则", [
    ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"],
    ["1", "组织", "领导小组已成立", 40, "是否", "领导小组已成立"],
    ["2", "创建", "文明科室创建率", 60, "比率", "文明科室数/科室总数", "满分线=80%"],
  ]);
  // A clerk's sheet: a title row without a year, units in brackets.
  submissions = await write(join(dir, "office-submissions.xlsx"), "申报数据", [
    ["文明单位申报数据汇总"],
    ["序号", "单位名称", "单位类别", "领导小组已成立", "文明科室数（个）", "科室总数（个）"],
    [1, "甲单位", "机关", "是", 4, 5],
    [2, "乙单位", "机关", "否", 2, 5],
  ]);
});

describe("a single file with no year anywhere", () => {
  let out: string;
  let book: string;
  beforeAll(async () => {
    out = join(dir, "out");
    const run = await runCli(["score", "--report", "--criteria", criteria, "--submissions", submissions, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    book = join(out, "office-submissions-排名结果.xlsx");
  });

  it("warns that the year is unknown and suggests --year", async () => {
    const issues = (await readSheetRows(book, "问题清单")).slice(3).map((r) => r.slice(1).join(" | "));
    const unknown = issues.filter((l) => l.includes("没有找到本次测评的年度"));
    expect(unknown).toEqual(["警告 |  |  |  |  |  | 没有找到本次测评的年度（自评表的年度、文件名中的年份），输出文件名用“office-submissions”；请用 --year 指定年度"]);
  });

  it("titles the sheets, charts and 通报 with the file's name, never as a 年度", async () => {
    const ranking = await readSheetRows(book, "总排名");
    expect(ranking[0][0]).toBe("office-submissions 文明单位测评总排名");
    // 甲 40 + 60 = 100, 乙 0 + 40/80 × 60 = 30
    expect(ranking.slice(3).map((r) => [r[1], r[5]])).toEqual([["甲单位", 100], ["乙单位", 30]]);
    expect((await readSheetRows(book, "问题清单"))[0][0]).toBe("office-submissions 测评数据问题清单");
    const charts = (await readSheetRows(book, "图表")).map((r) => String(r[0]));
    expect(charts[0]).toBe("office-submissions 测评图表");
    expect(charts).toContain("office-submissions 文明单位测评总分排名（charts/01-总分排名.png）");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const titles = wb.worksheets.map((ws) => String(ws.getCell("A1").value));
    expect(titles.filter((t) => t.includes("office-submissions年度"))).toEqual([]);
    expect(charts.filter((t) => t.includes("office-submissions年度"))).toEqual([]);
    const zip = await JSZip.loadAsync(await readFile(join(out, "office-submissions-测评结果通报（草稿）.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    expect(text).toContain("关于office-submissions 文明单位测评结果的通报");
    expect(text).not.toContain("office-submissions年度");
  });

  it("--year 2026 names the year: 2026年度 titles and no warning", async () => {
    const run = await runCli(["score", "--year", "2026", "--no-charts", "--criteria", criteria, "--submissions", submissions, "--out", join(dir, "year")]);
    expect(run.code).toBe(0);
    const year = join(dir, "year", "2026-排名结果.xlsx");
    expect((await readSheetRows(year, "总排名"))[0][0]).toBe("2026年度文明单位测评总排名");
    expect((await readSheetRows(year, "问题清单")).some((r) => r.some((c) => String(c).includes("没有找到本次测评的年度")))).toBe(false);
  });
});
