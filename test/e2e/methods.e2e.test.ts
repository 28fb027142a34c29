/**
 * End to end: an office's criteria with a 测评方法 column (shares on three
 * items), a 测评方法 sheet with each method's points, and returns holding
 * 申报数据, two inspection teams' 汇总表, a 征求意见 sheet and a 暗访 sheet,
 * through the real CLI; the 测评汇总表 read back with exceljs.
 *
 * Hand calculation (as in src/core/methods/methods.test.ts, with 丙局 scored by 二组):
 * 1 创建档案资料 10 分 「材料审核60%、实地考察40%」, 扣分 2 per 缺项:
 *   甲局 8 × 60% = 4.8, 一组 8, 9, 9.5 → 9 × 40% = 3.6 → 8.4
 *   乙局 4 × 60% = 2.4, 二组 7, 7.5, 6 → 7 × 40% = 2.8 → 5.2
 *   丙局 10 × 60% = 6, 二组 9.5, 9.5, 9.5 → 9.5 × 40% = 3.8 → 9.8
 * 2 部门评价 6 分 「材料审核50%、征求意见50%」: 甲 3 + 80% × 6 × 50% = 2.4 → 5.4;
 *   乙 3 + (0 + 1 + 4/6) / 3 × 6 × 50% = 1.67 → 4.67; 丙 0 + 3 → 3
 * 3 窗口服务 5 分 「材料审核40%、暗访60%」: 甲 2 + (5 − 2.5) × 60% = 1.5 → 3.5; 乙 0 + 0 (7 > 5, floored) → 0; 丙 2 + 3 → 5
 * 4 环境卫生 4 分 直接打分 typed, 「检查组实地打分」: 甲 3.5, 乙 4, 丙 2
 * 5 学习记录 3 分 「听取汇报」 (no method): 甲 3, 乙 0, 丙 3
 * 6 荣誉加分 2 分 (加分, 省级 × 2), 「查阅表彰文件」: 甲 1 → 2; others 0.
 * 基本分: 甲 8.4 + 5.4 + 3.5 + 3.5 + 3 = 23.8; 乙 5.2 + 4.67 + 0 + 4 + 0 = 13.87; 丙 9.8 + 3 + 5 + 2 + 3 = 22.8
 * 总分: 甲 25.8 (1), 丙 22.8 (2), 乙 13.87 (3).
 * By method (基本分 only): 材料审核 甲 4.8 + 3 + 2 = 9.8, 丙 6 + 0 + 2 = 8, 乙 2.4 + 3 + 0 = 5.4;
 *   实地考察 甲 3.6 + 3.5 = 7.1, 丙 3.8 + 2 = 5.8, 乙 2.8 + 4 = 6.8; 征求意见 2.4, 3, 1.67; 暗访 1.5, 3, 0; 未注明方法 3, 3, 0.
 * Method points: 材料审核 6 + 3 + 2 = 11 (+ 2 加分: the 测评方法 sheet says 11+2), 实地考察 4 + 4 = 8, 征求意见 3, 暗访 3, 未注明 3.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli } from "../cli.js";

let dir: string;
let run: { code: number; stdout: string; stderr: string };
let result: string;

/** A team's 汇总表: title, 序号/单位名称 merged over two header rows, the item over 评委1…3. */
function panelSheet(book: ExcelJS.Workbook, name: string, rows: [string, number[]][]): void {
  const ws = book.addWorksheet(name);
  ws.addRow(["2026年度文明单位检查组评分汇总表"]);
  ws.mergeCells("A1:E1");
  ws.addRow(["序号", "单位名称", "创建档案资料（10分）", null, null]);
  ws.addRow([null, null, "评委1", "评委2", "评委3"]);
  for (const range of ["A2:A3", "B2:B3", "C2:E2"]) ws.mergeCells(range);
  rows.forEach(([unit, scores], k) => ws.addRow([k + 1, unit, ...scores]));
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-methods-"));
  const criteria = new ExcelJS.Workbook();
  const items = criteria.addWorksheet("测评细则");
  items.addRow(["2026年度文明机关测评细则"]);
  items.mergeCells("A1:I1");
  items.addRow(["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "每次扣分", "参数", "测评方法"]);
  items.addRow(["1", "组织领导", "创建档案资料", 10, "扣分", "资料缺项数", 2, null, "材料审核60%、实地考察40%"]);
  items.addRow(["2", "服务质量", "部门评价", 6, "是否", "制度公开", null, null, "材料审核50%，征求相关部门意见50%"]);
  items.addRow(["3", "服务质量", "窗口服务", 5, "是否", "窗口规范", null, null, "材料审核（40%）+暗访（60%）"]);
  items.addRow(["4", "环境建设", "环境卫生", 4, "直接打分", "环境得分", null, null, "检查组实地打分"]);
  items.addRow(["5", "其他", "学习记录", 3, "是否", "学习记录齐全", null, null, "听取汇报"]);
  items.addRow(["6", "加分项目", "荣誉加分", 2, "加分", "省级荣誉数", null, "各级分值=2", "查阅表彰文件"]);
  const methods = criteria.addWorksheet("测评方法");
  methods.addRow(["测评方法", "分值", "说明"]);
  methods.addRow(["材料审核", "11+2", "基本分 11 分，加分 2 分"]);
  methods.addRow(["实地考察", 8, "检查组打分"]);
  await criteria.xlsx.writeFile(join(dir, "测评体系.xlsx"));

  const subs = new ExcelJS.Workbook();
  const data = subs.addWorksheet("申报数据");
  data.addRow(["单位名称", "单位类别", "资料缺项数", "制度公开", "窗口规范", "环境得分", "学习记录齐全", "省级荣誉数"]);
  data.addRow(["甲局", "机关", 1, "是", "是", 3.5, "是", 1]);
  data.addRow(["乙局", "机关", "3", "是", "否", 4, "否", 0]);
  data.addRow(["丙局", "机关", 0, "否", "是", 2, "是", 0]);
  panelSheet(subs, "评委打分-一组", [["甲局", [8, 9, 9.5]]]);
  panelSheet(subs, "评委打分（二组）", [["乙局", [7, 7.5, 6]], ["丙局", [9.5, 9.5, 9.5]]]);
  const opinions = subs.addWorksheet("征求意见");
  opinions.addRow(["2026年度征求相关部门意见汇总表"]);
  opinions.mergeCells("A1:D1");
  opinions.addRow(["序号", "单位名称", "部门", "意见"]);
  for (const [k, row] of [["甲局", "纪检", "满意"], ["甲局", "信访", "基本满意"], ["乙局", "纪检", "不满意"], ["乙局", "信访", "满意"], ["乙局", "公安", "4"], ["丙局", "纪检", "满意"]].entries()) opinions.addRow([k + 1, ...row]);
  const visits = subs.addWorksheet("暗访扣分");
  visits.addRow(["单位名称", "问题", "扣分（分）"]);
  visits.addRow(["甲局", "窗口无人值守", 1]);
  visits.addRow(["甲局", "未公示办事指南", "1.5"]);
  visits.addRow(["乙局", "服务态度生硬", 4]);
  visits.addRow(["乙局", "无服务台账", 3]);
  await subs.xlsx.writeFile(join(dir, "2026-申报数据.xlsx"));

  run = await runCli(["score", "--criteria", join(dir, "测评体系.xlsx"), "--submissions", join(dir, "2026-申报数据.xlsx"), "--no-previous", "--no-charts", "--quiet", "--out", join(dir, "out")]);
  result = join(dir, "out", "2026-排名结果.xlsx");
});

describe("kaoping score with methods", () => {
  it("scores without data errors", async () => {
    expect(run.code, run.stderr).toBe(0);
    const issues = (await readSheetRows(result, "问题清单", 4)).filter((r) => r[1] === "错误");
    expect(issues).toEqual([]);
  });

  it("测评汇总表: per method in registry order, 基本分, 特色/加分, 总分, in 总排名 order, signed at the bottom", async () => {
    const rows = await readSheetRows(result, "测评汇总表");
    expect(rows[0][0]).toBe("2026年度文明单位测评汇总表");
    expect(rows[2]).toEqual(["名次", "单位名称", "单位类别", "材料审核\n（11分）", "实地考察\n（8分）", "征求意见\n（3分）", "暗访\n（3分）", "未注明方法\n（3分）", "基本分", "特色/加分", "总分", "等级"]);
    expect(rows.slice(3, 6)).toEqual([
      [1, "甲局", "机关", 9.8, 7.1, 2.4, 1.5, 3, 23.8, 2, 25.8, "不合格"],
      [2, "丙局", "机关", 8, 5.8, 3, 3, 3, 22.8, 0, 22.8, "不合格"],
      [3, "乙局", "机关", 5.4, 6.8, 1.67, 0, 0, 13.87, 0, 13.87, "不合格"],
    ]);
    expect(String(rows[6][0])).toContain("测评组长（签字）");
  });

  it("its totals are 总排名's, unit by unit, and its method columns add up to 基本分", async () => {
    const summary = (await readSheetRows(result, "测评汇总表", 4)).filter((r) => typeof r[0] === "number");
    const ranking = (await readSheetRows(result, "总排名", 4)).map((r) => [r[1], r[3], r[4], r[5]]);
    expect(summary.map((r) => [r[1], r[8], r[9], r[10]])).toEqual(ranking);
    for (const r of summary) expect((r.slice(3, 8) as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(r[8] as number, 9);
  });

  it("计分明细 names each figure's method and source, each part with its share", async () => {
    const rows = await readSheetRows(result, "计分明细", 4);
    const first = rows.find((r) => r[0] === "甲局" && r[2] === "1")!;
    expect(first[11]).toBe("材料审核 60%（申报数据）、实地考察 40%（评委打分表）");
    expect(String(first[7])).toContain("【实地考察 40%，评委打分表】一组：评委 3 人打分 8、9、9.5");
    expect(first[9]).toBe(8.4);
    const window = rows.find((r) => r[0] === "乙局" && r[2] === "3")!;
    expect(String(window[7])).toContain("5 − 7，扣完为止 → 0 / 5 分");
    // 「听取汇报」 names no method: the cell is left empty.
    expect(rows.find((r) => r[0] === "甲局" && r[2] === "5")![11]).toBeUndefined();
  });
});
