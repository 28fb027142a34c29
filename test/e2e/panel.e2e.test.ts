/**
 * End to end: panel sheets as an assessment office makes them, through the
 * real CLI. Two inspection teams, each on its own 汇总表 sheet (title row,
 * 序号/单位名称 merged over two header rows, each item with its points
 * merged over 评委1…评委3, a 平均分 column at the right, units in another
 * order than 申报数据), 设置 评分组校正 = 二次平均法, and a 检查记录 sheet
 * that holds no scores.
 *
 * Hand calculation (three inspectors: the trimmed mean is the middle score,
 * and the coefficient multiplies every raw score, so the middle one too).
 * 领导班子履职 (4 分):
 *   一组 甲局 4, 3.6, 3.8 (middle 3.8); 乙局 3, 3.2, 3.4 (3.2) → (11.4 + 9.6) / 6 = 3.5
 *   二组 丙局 3, 2.8, 2.6 (2.8); 丁局 2.2, 2.2, 2.2 (2.2) → (8.4 + 6.6) / 6 = 2.5
 *   mean of means 3; 一组 k = 3 / 3.5 = 0.857143, 二组 k = 3 / 2.5 = 1.2
 *   甲局 3.8 × 0.857143 = 3.257143 → 3.26; 乙局 3.2 × 0.857143 = 2.742857 → 2.74; 丙局 2.8 × 1.2 = 3.36; 丁局 2.2 × 1.2 = 2.64
 * 档案资料 (5 分):
 *   一组 甲局 4.5, 5, 4 (4.5); 乙局 4, 4, 4 (4) → 25.5 / 6 = 4.25
 *   二组 丙局 5, 6, 4 (5; 6 is out of range, listed, and enters as typed); 丁局 3, 3, 3 (3) → 24 / 6 = 4
 *   mean of means 4.125; 一组 k = 4.125 / 4.25 = 0.970588, 二组 k = 4.125 / 4 = 1.03125
 *   甲局 4.5 × 0.970588 = 4.367647 → 4.37; 乙局 4 × 0.970588 = 3.882353 → 3.88;
 *   丙局 5 × 1.03125 = 5.15625 → 5.16, above 5 → capped at 5; 丁局 3 × 1.03125 = 3.09375 → 3.09
 * 服务承诺已公开 (1 分): 是 for all.
 * Totals: 丙局 3.36 + 5 + 1 = 9.36 (1); 甲局 3.26 + 4.37 + 1 = 8.63 (2); 乙局 2.74 + 3.88 + 1 = 7.62 (3);
 *   丁局 2.64 + 3.09 + 1 = 6.73 (4); 戊局, scored by neither team: 0 + 0 + 1 = 1 (5).
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, shownValues } from "../cli.js";

let dir: string;
let run: { code: number; stdout: string; stderr: string };
let wb: ExcelJS.Workbook;

/** A team's 汇总表, as an office lays it out. */
function summarySheet(book: ExcelJS.Workbook, name: string, rows: [string, number[], number[]][]): void {
  const ws = book.addWorksheet(name);
  ws.addRow(["2026年度文明单位检查组评分汇总表"]);
  ws.mergeCells("A1:I1");
  ws.addRow(["序号", "单位名称", "领导班子履职（4分）", null, null, "档案资料（5分）", null, null, "平均分"]);
  ws.addRow([null, null, "评委1", "评委2", "评委3", "评委1", "评委2", "评委3"]);
  for (const range of ["A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:I3"]) ws.mergeCells(range);
  rows.forEach(([unit, lead, files], k) => {
    const all = [...lead, ...files];
    ws.addRow([k + 1, unit, ...all, all.reduce((a, b) => a + b, 0) / all.length]);
  });
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-panel-"));
  const criteria = new ExcelJS.Workbook();
  const items = criteria.addWorksheet("测评细则");
  items.addRow(["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项"]);
  items.addRow(["1", "组织领导", "领导班子履职", 4, "直接打分", "领导班子得分"]);
  items.addRow(["2", "组织领导", "档案资料", 5, "直接打分", "档案资料得分"]);
  items.addRow(["3", "环境建设", "服务承诺公开", 1, "是否", "服务承诺已公开"]);
  const settings = criteria.addWorksheet("设置");
  settings.addRow(["设置项", "值"]);
  settings.addRow(["评分组校正", "二次平均法"]);
  await criteria.xlsx.writeFile(join(dir, "测评体系.xlsx"));

  const subs = new ExcelJS.Workbook();
  const data = subs.addWorksheet("申报数据");
  data.addRow(["单位名称", "单位类别", "服务承诺已公开"]);
  for (const u of ["甲局", "乙局", "丙局", "丁局", "戊局"]) data.addRow([u, "机关", "是"]);
  summarySheet(subs, "评委打分-一组", [["乙局", [3, 3.2, 3.4], [4, 4, 4]], ["甲局", [4, 3.6, 3.8], [4.5, 5, 4]]]);
  summarySheet(subs, "评委打分（二组）", [["丁局", [2.2, 2.2, 2.2], [3, 3, 3]], ["丙局", [3, 2.8, 2.6], [5, 6, 4]]]);
  const notes = subs.addWorksheet("检查记录");
  notes.addRow(["单位名称", "检查时间", "检查人", "情况"]);
  notes.addRow(["甲局", "2026-11-02", "张三", "资料齐全"]);
  await subs.xlsx.writeFile(join(dir, "2026-申报数据.xlsx"));

  run = await runCli(["score", "--criteria", join(dir, "测评体系.xlsx"), "--submissions", join(dir, "2026-申报数据.xlsx"), "--no-previous", "--no-charts", "--quiet", "--out", join(dir, "out")]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "out", "2026-排名结果.xlsx"));
});

const rowsOf = (name: string) => {
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row, n) => (rows[n] = shownValues(row)));
  return rows;
};
/** Rows below the heading row 3 as objects keyed by heading. */
const table = (name: string) => {
  const rows = rowsOf(name);
  const head = rows[3] as string[];
  return rows.slice(4).filter(Boolean).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
};

describe("two teams' 汇总表 sheets with 二次平均法", () => {
  it("exits 0 and ranks on the corrected scores", () => {
    expect(run.code).toBe(0);
    expect(table("总排名").map((r) => [r["名次"], r["单位名称"], r["总分"]])).toEqual([
      [1, "丙局", 9.36],
      [2, "甲局", 8.63],
      [3, "乙局", 7.62],
      [4, "丁局", 6.73],
      [5, "戊局", 1],
    ]);
  });

  it("计分明细 names the team, its coefficient and the corrected scores", () => {
    const detail = table("计分明细");
    const row = (unit: string, item: string) => detail.find((r) => r["单位名称"] === unit && r["测评内容"] === item)!;
    // 甲局 领导班子: 4 × 0.857143 = 3.43, 3.6 × 0.857143 = 3.09, 3.8 × 0.857143 = 3.26
    expect(row("甲局", "领导班子履职")["计算过程"]).toBe(
      "一组：评委 3 人打分 4、3.6、3.8，二次平均法校正系数 3 ÷ 3.5 = 0.8571，校正后 3.43、3.09、3.26，去掉一个最高分和一个最低分后平均 = 3.26 → 3.26 / 4 分",
    );
    // 丙局 档案资料: 5 × 1.03125 = 5.16, 6 × 1.03125 = 6.19, 4 × 1.03125 = 4.13; middle 5.16, capped at 5
    expect(row("丙局", "档案资料")["计算过程"]).toContain("二组：评委 3 人打分 5、6、4（其中 6 超出 0～5 分，按原值计入），二次平均法校正系数 4.125 ÷ 4 = 1.0313，校正后 5.16、6.19、4.13");
    expect(row("丙局", "档案资料")["得分"]).toBe(5);
    expect(row("戊局", "档案资料")["得分"]).toBe(0);
  });

  it("说明 states the correction and each team's mean and coefficient", () => {
    const about = new Map(rowsOf("说明").filter(Boolean).map((r) => [r[0], r[1]]));
    expect(String(about.get("评分组校正"))).toMatch(/^二次平均法：/);
    expect(about.get("校正：领导班子履职")).toBe("各组平均分的平均 3；一组 平均 3.5（6 个评委分），系数 0.8571；二组 平均 2.5（6 个评委分），系数 1.2");
    expect(about.get("校正：档案资料")).toBe("各组平均分的平均 4.125；一组 平均 4.25（6 个评委分），系数 0.9706；二组 平均 4（6 个评委分），系数 1.0313");
  });

  it("问题清单: the out-of-range score with its cell, 戊局 once per item, one 提示 for 检查记录", () => {
    const issues = table("问题清单");
    const outOfRange = issues.filter((i) => String(i["说明"]).startsWith("评委2的分数 6 超出"));
    // 丙局 is the second unit row (row 5) of 评委打分（二组）; 档案资料's 评委2 is column G.
    expect(outOfRange.map((i) => [i["工作表"], i["单元格"], i["单位名称"]])).toEqual([["评委打分（二组）", "G5", "丙局"]]);
    const wu = issues.filter((i) => i["单位名称"] === "戊局");
    expect(wu.map((i) => i["说明"])).toEqual([
      "评委打分表中没有单位“戊局”的“领导班子履职”分数（其他 4 个单位有），该项按 0 分计",
      "评委打分表中没有单位“戊局”的“档案资料”分数（其他 4 个单位有），该项按 0 分计",
    ]);
    const notes = issues.filter((i) => i["工作表"] === "检查记录");
    // 检查记录 is named only with 检查 and headed by no score (单位名称 | 检查时间 | 检查人 | 情况): not a panel
    // sheet, one 提示 (round 3: it used to be a false 错误 that made --strict fail).
    expect(notes).toHaveLength(1);
    expect(notes[0]["级别"]).toBe("提示");
    expect(String(notes[0]["说明"])).toMatch(/^“检查记录”表名含“检查”，但表头中没有评委列/);
    expect(issues.some((i) => String(i["说明"]).includes("不是直接打分的数据项"))).toBe(false);
  });
});
