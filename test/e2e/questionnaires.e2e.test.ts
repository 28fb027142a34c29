/**
 * End to end: raw questionnaires through the real CLI (score --questionnaires
 * <folder>), the folder as an office collects it — a 问卷星 export with a
 * unit column and a 金数据 CSV in GB18030 for one unit (its name in the
 * file name). 设置: 最少有效问卷 3, 雷同答卷剔除 是.
 *
 * 2026民主测评_问卷星.xlsx (序号: unit, Q2 服务态度, Q3 办事效率):
 *   1 甲局 满意 满意 → identical (check on)   2 甲局 基本满意 不满意   3 甲局 不了解 满意
 *   4 甲局 (跳过) (跳过) → blank               5 甲局 满意 基本满意     5 甲局 不满意 不满意 → duplicate
 *   6 丙局 满意 不满意   7 丙局 基本满意 满意   8 丙局 不满意 满意   9 丁局 → unknown unit   10 丙局 不了解 不满意
 * 乙局满意度调查.csv: 满意/非常满意, 一般/不满意, 非常不满意/满意.
 *
 * 民主测评满意度 (10 分, 满分线 90%, 起评线 50%; points = (rate − 0.5) / 0.4 × 10):
 *   甲局 valid 3 (2, 3, 5): Q2 满意 1, 基本满意 1, 不了解 1 → 有效 2 (100%); Q3 1, 1, 不满意 1 → 有效 3;
 *        pooled (2 + 2) / 5 = 80% → 7.5; total 5 + 7.5 = 12.5
 *   乙局 valid 3: Q1 满意 1, 一般→基本满意 1, 非常不满意 1; Q2 满意 2, 不满意 1; (3 + 1) / 6 = 66.67% → 4.1667 → 4.17;
 *        total 4 + 4.17 = 8.17
 *   丙局 valid 4 (6, 7, 8, 10): Q2 满意 1, 基本满意 1, 不满意 1, 不了解 1 → 有效 3; Q3 满意 2, 不满意 2 → 有效 4;
 *        pooled (3 + 1) / 7 = 57.14% → 1.7857 → 1.79; total 3 + 1.79 = 4.79
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, writeBook, shownValues } from "../cli.js";

let dir: string;
let run: { code: number; stdout: string; stderr: string };
let wb: ExcelJS.Workbook;

const EXPORT: [number, string, string, string][] = [
  [1, "甲局", "满意", "满意"],
  [2, "甲局", "基本满意", "不满意"],
  [3, "甲局", "不了解", "满意"],
  [4, "甲局", "(跳过)", "(跳过)"],
  [5, "甲局", "满意", "基本满意"],
  [5, "甲局", "不满意", "不满意"],
  [6, "丙局", "满意", "不满意"],
  [7, "丙局", "基本满意", "满意"],
  [8, "丙局", "不满意", "满意"],
  [9, "丁局", "满意", "满意"],
  [10, "丙局", "不了解", "不满意"],
  // 被评单位 left blank: excluded, and listed as such (not as a unit with an empty name).
  [11, "", "满意", "满意"],
];

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-questionnaires-"));
  await writeBook(join(dir, "测评体系.xlsx"), [
    ["测评细则", [["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"], ["1", "组织领导", "领导班子履职", 5, "直接打分", "领导班子得分"], ["2", "服务质量", "民主测评满意度", 10, "满意度", "满意票数,基本满意票数,有效问卷数", "满分线=90%;起评线=50%"]]],
    ["设置", [["设置项", "值"], ["最少有效问卷", "3"], ["雷同答卷剔除", "是"]]],
  ]);
  await writeBook(join(dir, "2026-申报数据.xlsx"), [["申报数据", [["单位名称", "单位类别", "领导班子得分"], ["甲局", "机关", 5], ["乙局", "机关", 4], ["丙局", "学校", 3]]]]);
  const folder = join(dir, "问卷");
  await mkdir(folder);
  await writeBook(join(folder, "2026民主测评_问卷星.xlsx"), [
    [
      "Sheet1",
      [
        ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您所评价的单位是：", "2、您对该单位服务态度是否满意？", "3、您对该单位办事效率是否满意？", "总分"],
        ...EXPORT.map(([n, unit, q2, q3]) => [n, `2026/3/${n} 10:00:00`, `${90 + n}秒`, "微信", "N/A", `10.0.0.${n}(浙江-温州)`, unit, q2, q3, 0]),
      ],
    ],
  ]);
  const csv = ["序号,提交时间,填写设备,IP,1. 服务态度,2. 办事效率", "1,2026-03-01 09:00,手机,10.0.0.1,满意,非常满意", "2,2026-03-01 09:05,电脑,10.0.0.2,一般,不满意", "3,2026-03-02 10:00,手机,10.0.0.3,非常不满意,满意"].join("\r\n");
  await writeFile(join(folder, "乙局满意度调查.csv"), iconv.encode(csv, "gb18030"));

  run = await runCli(["score", "-c", join(dir, "测评体系.xlsx"), "-s", join(dir, "2026-申报数据.xlsx"), "--questionnaires", folder, "--no-previous", "--no-charts", "--quiet", "--out", join(dir, "out")]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "out", "2026-排名结果.xlsx"));
});

/** Rows below the heading row 3 as objects keyed by heading. */
const table = (name: string) => {
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row, n) => (rows[n] = shownValues(row)));
  const head = rows[3] as string[];
  return rows.slice(4).filter(Boolean).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
};

describe("score --questionnaires", () => {
  it("scores the 满意度 item from the questionnaires", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(table("总排名").map((r) => [r["名次"], r["单位名称"], r["总分"]])).toEqual([
      [1, "甲局", 12.5],
      [2, "乙局", 8.17],
      [3, "丙局", 4.79],
    ]);
    const detail = table("计分明细").find((r) => r["单位名称"] === "甲局" && r["测评内容"] === "民主测评满意度")!;
    expect(detail["得分"]).toBe(7.5);
    expect(String(detail["输入数据"])).toContain("取自问卷 2026民主测评_问卷星.xlsx：有效问卷 3 份（另剔除空白 1、重复 1、雷同 1）");
  });

  it("writes 问卷统计 per unit and question, with exclusions by reason and the unknown unit", () => {
    const rows = table("问卷统计");
    const pick = (r: Record<string, unknown>) => [r["单位名称"], r["题号"], r["满意"], r["基本满意"], r["不满意"], r["不了解"], r["有效回答"], r["满意度"], r["有效问卷"], r["剔除：空白"], r["剔除：重复"], r["剔除：雷同"]];
    expect(rows.filter((r) => r["单位名称"] === "甲局").map(pick)).toEqual([
      ["甲局", 2, 1, 1, 0, 1, 2, 1, 3, 1, 1, 1],
      ["甲局", 3, 1, 1, 1, 0, 3, 2 / 3, 3, 1, 1, 1],
      ["甲局", undefined, 2, 2, 1, 1, 5, 0.8, 3, 1, 1, 1],
    ]);
    const cbing = rows.find((r) => r["单位名称"] === "丙局" && r["问题"] === "全部题目合计")!;
    expect(pick(cbing)).toEqual(["丙局", undefined, 3, 1, 3, 1, 7, 4 / 7, 4, 0, 0, 0]);
    expect(cbing["单位类别"]).toBe("学校");
    const yi = rows.filter((r) => r["单位名称"] === "乙局").map((r) => [r["问题"], r["满意"], r["基本满意"], r["不满意"], r["答案分布"]]);
    expect(yi[0]).toEqual(["服务态度", 1, 1, 1, "满意 1、一般 1、非常不满意 1"]);
    const ding = rows.find((r) => r["单位名称"] === "丁局")!;
    expect(ding["剔除：单位不明"]).toBe(1);
    expect(String(ding["问题"])).toContain("2026民主测评_问卷星.xlsx Sheet1!G11");
    const blank = rows.find((r) => r["单位名称"] === "（未填写被评单位）")!;
    expect(blank["剔除：单位不明"]).toBe(1);
    expect(String(blank["问题"])).toBe("答卷没有填写被评单位（2026民主测评_问卷星.xlsx Sheet1!G13）");
  });

  it("lists the duplicate and the unknown unit with their cells in 问题清单", () => {
    const issues = table("问题清单");
    const dup = issues.find((i) => String(i["说明"]).includes("重复"))!;
    expect([dup["文件"], dup["工作表"], dup["单元格"]]).toEqual(["2026民主测评_问卷星.xlsx", "Sheet1", "G7"]);
    const unknown = issues.find((i) => String(i["说明"]).includes("丁局"))!;
    expect([unknown["级别"], unknown["单元格"]]).toEqual(["警告", "G11"]);
  });

  it("validate takes the same option", async () => {
    const v = await runCli(["validate", "-c", join(dir, "测评体系.xlsx"), "-s", join(dir, "2026-申报数据.xlsx"), "--questionnaires", join(dir, "问卷"), "--no-previous"]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain("问卷中的被评单位“丁局”不在申报数据和名单中，1 份问卷未计入");
  });
});
