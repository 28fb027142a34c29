/**
 * End to end: values that cannot be true, through the real CLI on .xlsx
 * files written with exceljs the way an office makes them (a title row,
 * units in brackets, a 合计 row, a 填表人 line, a 校验规则 sheet).
 *
 * Hand calculation (criteria: 文明科室创建率 4 分, lines 100 % / 50 %;
 * 上报准确率 ≥ 95 % 3 分; 森林防火 3 分 − 1 per fire):
 * 萨勒吾则克乡: 4/5 = 80 % → (0.8 − 0.5) / 0.5 × 4 = 2.4; 96 % → 3; 0 fires → 3.  8.4
 * 城关镇: 6/5 = 120 % cannot be: an error naming D4 and E4, scored capped at 100 % → 4; 98 % → 3; 1 fire → 2.  9
 * 大垌镇: 3/6 = 50 % → 0; 97 typed into a 0%-formatted cell (9700 %): an error, still ≥ 95 % → 3;
 *   森林火灾 2 ≠ 火警 1 + 一般火灾 0: the 校验规则 error; 2 fires → 1.  4
 * 坜塅乡: 2/4 = 50 % → 0; “95%” → 3; 0 → 3.  6
 * 合计 row: 文明科室数 4 + 6 + 3 + 2 = 15 (written 15); 科室总数 5 + 5 + 6 + 4 = 20, written 21: a warning.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, shownValues } from "../cli.js";

let run: { code: number; stdout: string; stderr: string };
let wb: ExcelJS.Workbook;

async function writeInputs(dir: string): Promise<{ criteria: string; submissions: string }> {
  const c = new ExcelJS.Workbook();
  const items = c.addWorksheet("测评细则");
  items.addRow(["2026年度文明单位测评细则"]);
  items.mergeCells("A1:G1");
  items.addRow(["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"]);
  items.addRow(["1.1", "组织领导", "文明科室创建率", 4, "比率", "文明科室数/科室总数", "满分线=100%;起评线=50%"]);
  items.addRow(["1.2", "服务质量", "上报准确率", 3, "达标", "上报准确率", "目标值=95%"]);
  items.addRow(["2.1", "安全稳定", "森林防火", 3, "扣分", "森林火灾", "每次扣分=1"]);
  const rules = c.addWorksheet("校验规则");
  rules.addRow(["左边", "比较", "右边", "容差", "级别", "说明"]);
  rules.addRow(["森林火灾", "=", "火警 + 一般火灾", null, "错误", "火灾分类合计"]);
  const criteria = join(dir, "测评体系.xlsx");
  await c.xlsx.writeFile(criteria);

  const s = new ExcelJS.Workbook();
  const ws = s.addWorksheet("申报数据");
  ws.addRow(["2026年度文明单位测评申报数据汇总表"]);
  ws.mergeCells("A1:I1");
  ws.addRow(["序号", "单位名称", "单位类别", "文明科室数（个）", "科室总数（个）", "上报准确率", "森林火灾（起）", "火警（起）", "一般火灾（起）"]);
  const units: [number, string, string, number, number, number | string, string | null, number, number, number][] = [
    [1, "萨勒吾则克乡", "乡镇", 4, 5, 0.96, "0%", 0, 0, 0],
    [2, "城关镇", "乡镇", 6, 5, 0.98, "0.0%", 1, 1, 0],
    [3, "大垌镇", "乡镇", 3, 6, 97, "0%", 2, 1, 0],
    [4, "坜塅乡", "乡镇", 2, 4, "95%", null, 0, 0, 0],
  ];
  for (const [n, name, cat, a, b, rate, fmt, fire, alarm, general] of units) {
    const row = ws.addRow([n, name, cat, a, b, rate, fire, alarm, general]);
    if (fmt) row.getCell(6).numFmt = fmt;
  }
  ws.addRow([null, "合计", null, 15, 21, null, 3, 2, 0]);
  ws.addRow(["填表人：张三"]);
  const submissions = join(dir, "2026-申报数据.xlsx");
  await s.xlsx.writeFile(submissions);
  return { criteria, submissions };
}

/** A sheet's rows as arrays of values, and the index of the row holding `label` (its header). */
function table(name: string, label: string): { header: string[]; rows: unknown[][] } {
  const ws = wb.getWorksheet(name)!;
  const all: unknown[][] = [];
  ws.eachRow((row) => all.push(shownValues(row)));
  const at = all.findIndex((r) => r.includes(label));
  return { header: all[at] as string[], rows: all.slice(at + 1) };
}

beforeAll(async () => {
  ensureBuilt();
  const dir = await mkdtemp(join(tmpdir(), "kaoping-checks-"));
  const { criteria, submissions } = await writeInputs(dir);
  const out = join(dir, "out");
  run = await runCli(["score", "--criteria", criteria, "--submissions", submissions, "--no-previous", "--no-charts", "--quiet", "--out", out]);
  const file = (await readdir(out)).find((f) => f.endsWith(".xlsx"))!;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, file));
});

describe("kaoping score lists values that cannot be true", () => {
  it("exits 0 (errors are listed, not fatal without --strict)", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("问题清单 names every cell involved", () => {
    const { header, rows } = table("问题清单", "级别");
    const col = (l: string) => header.indexOf(l);
    const listed = rows.map((r) => [r[col("级别")], r[col("单元格")], r[col("单位名称")] ?? "", r[col("说明")]]);
    expect(listed).toContainEqual(["错误", "D4、E4", "城关镇", "分子“文明科室数”（D4）= 6 大于分母“科室总数”（E4）= 5，数据不可能成立；比率按 100% 计分，请核实"]);
    expect(listed).toContainEqual(["错误", "F5", "大垌镇", "“上报准确率”的单元格设为百分比格式，填入的 97 显示为 9700%，超过 100%；若指 97%，应填 0.97 或“97%”"]);
    expect(listed).toContainEqual(["错误", "G5、H5、I5", "大垌镇", "校验规则“火灾分类合计”不成立：森林火灾 = 2，火警 + 一般火灾 = 1（森林火灾 G5 = 2，火警 H5 = 1，一般火灾 I5 = 0）"]);
    expect(listed).toContainEqual(["警告", "E7", "", "“合计”行的“科室总数”列（E 列）为 21，而其上 4 个单位之和为 20（相差 1），请核对"]);
    // Nothing else is wrong with these cells: exactly those three errors and one total warning.
    expect(listed.filter((r) => r[0] === "错误")).toHaveLength(3);
    expect(listed.filter((r) => String(r[3]).includes("而其上"))).toHaveLength(1);
  });

  it("总排名 scores as capped and says 数据待核实 in 备注 for the units with such errors", () => {
    const { header, rows } = table("总排名", "备注");
    const col = (l: string) => header.indexOf(l);
    const byUnit = new Map(rows.map((r) => [r[col("单位名称")], r]));
    expect([...byUnit.keys()]).toEqual(["城关镇", "萨勒吾则克乡", "坜塅乡", "大垌镇"]);
    expect(["城关镇", "萨勒吾则克乡", "坜塅乡", "大垌镇"].map((u) => byUnit.get(u)![col("总分")])).toEqual([9, 8.4, 6, 4]);
    expect(String(byUnit.get("城关镇")![col("备注")])).toContain("数据待核实");
    expect(String(byUnit.get("大垌镇")![col("备注")])).toContain("数据待核实");
    expect(String(byUnit.get("萨勒吾则克乡")![col("备注")] ?? "")).not.toContain("数据待核实");
    expect(String(byUnit.get("坜塅乡")![col("备注")] ?? "")).not.toContain("数据待核实");
  });
});
