/**
 * End to end: a 自评表 as kaoping writes it, filled in by clerks with
 * exceljs as Excel would save it (values typed, the sign-off block filled,
 * a protected 分值 and a 测评内容 retyped after unprotecting, one form sent
 * back blank), read back by `validate --submissions <folder>`.
 *
 * The criteria are chosen so each input kind appears once, and the form's
 * rows follow by hand from the layout (title, 单位名称 row, 年度 row, a gap,
 * the header on row 5, one row per 数据项 from row 6, a 情况说明 row under
 * each 否决, a gap, then 填报单位确认 and its three rows):
 *   6  1.1 领导小组已成立 (10)   7 1.2 文明科室数 (30)   8 1.2 科室总数 (分值 once per item: blank)
 *   9  2.1 志愿服务经费 (30, 万元)   10 2.2 志愿服务时长 (30, 小时)
 *   11 3.1 重大责任事故 (否决: no 分值)   12 情况说明   13 3.2 班子成员违法违纪   14 情况说明
 *   16 填报单位确认   17 填表人 C17 / 联系电话 F17   18 负责人 C18 / 填报日期 F18   19 单位（盖章） C19
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, writeBook } from "../cli.js";

let dir: string;
let criteria: string;
let list: string;
let forms: string;
let returns: string;
let validate: { code: number; stdout: string; stderr: string };

const form = (unit: string) => join(forms, "自评表", `2026-${unit}-自评表.xlsx`);

async function openForm(path: string): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { wb, ws: wb.getWorksheet("自评表")! };
}

/** A clerk's edit: open the form sent out, type into it, save it into the returns folder. */
async function fill(unit: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const { wb, ws } = await openForm(form(unit));
  edit(ws);
  await wb.xlsx.writeFile(join(returns, `2026-${unit}-自评表.xlsx`));
}

/** The figures both filled forms carry, by the rows above. */
function typeFigures(ws: ExcelJS.Worksheet): void {
  ws.getCell("F6").value = "是";
  ws.getCell("F7").value = 4;
  ws.getCell("F8").value = 5;
  ws.getCell("F9").value = 12.5;
  ws.getCell("F10").value = 480;
  ws.getCell("F11").value = "否";
  ws.getCell("F13").value = "否";
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-forms-"));
  criteria = join(dir, "测评体系.xlsx");
  await writeBook(criteria, [
    [
      "测评细则",
      [
        ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"],
        ["1.1", "组织领导", "成立精神文明建设领导小组", 10, "是否", "领导小组已成立"],
        ["1.2", "组织领导", "文明科室创建率", 30, "比率", "文明科室数/科室总数"],
        ["2.1", "创建活动", "志愿服务经费投入", 30, "完成率", "志愿服务经费", "目标值=10"],
        ["2.2", "创建活动", "志愿服务时长", 30, "完成率", "志愿服务时长", "目标值=500"],
        ["3.1", "一票否决", "发生重大安全责任事故", 0, "否决", "重大责任事故"],
        ["3.2", "一票否决", "领导班子成员违纪违法", 0, "否决", "班子成员违法违纪"],
      ],
    ],
    ["数据项", [["数据项", "类型", "计量单位"], ["志愿服务经费", "金额", "万元"], ["志愿服务时长", "数量", "小时"]]],
  ]);
  list = join(dir, "名单.xlsx");
  // 丙局 has no category in the 名单: its form lets the unit type one.
  await writeBook(list, [["名单", [["单位名称", "单位类别"], ["甲局", "市直机关"], ["乙局", "市直机关"], ["丙局", ""]]]]);
  forms = join(dir, "下发");
  const made = await runCli(["template", "-c", criteria, "--units", list, "--year", "2026", "-o", forms]);
  expect(made.code).toBe(0);

  returns = join(dir, "收回");
  await mkdir(returns);
  await fill("甲局", (ws) => {
    typeFigures(ws);
    // The sign-off block: unprotected cells, read as nothing and warned about never.
    ws.getCell("C17").value = "张三";
    ws.getCell("F17").value = "0951-5012345";
    ws.getCell("C18").value = "李四";
    ws.getCell("F18").value = new Date(Date.UTC(2026, 2, 10));
    ws.getCell("C19").value = "（已盖章）";
    // Unprotected with the published password and retyped: a 分值 and a 测评内容.
    ws.getCell("D6").value = 20;
    ws.getCell("C9").value = "志愿服务经费投入（含物资折价）";
  });
  await fill("乙局", (ws) => {
    typeFigures(ws);
    // A veto with its 情况说明, and one without.
    ws.getCell("F13").value = "是";
    ws.getCell("F14").value = "2026年3月副局长违纪被立案审查";
    ws.getCell("F11").value = "是";
  });
  // 丙局 sends back the form as it came.
  await copyFile(form("丙局"), join(returns, "2026-丙局-自评表.xlsx"));
  validate = await runCli(["validate", "--submissions", returns, "--units", list, "-c", criteria, "--no-previous"]);
});

describe("the 自评表 as sent out", () => {
  it("has a 分值 column (once per item, none for 否决), a 情况说明 row under each 否决, and the sign-off block", async () => {
    const { ws } = await openForm(form("甲局"));
    expect(ws.getRow(5).values).toEqual([undefined, "编号", "一级指标", "测评内容", "分值", "数据项", "填报值", "计量单位", "填报说明"]);
    expect([6, 7, 8, 9, 10, 11, 13].map((r) => ws.getCell(r, 4).value)).toEqual([10, 30, null, 30, 30, null, null]);
    expect([11, 12, 13, 14].map((r) => ws.getCell(r, 5).value)).toEqual(["重大责任事故", "情况说明", "班子成员违法违纪", "情况说明"]);
    expect(["A16", "A17", "D17", "A18", "D18", "A19"].map((a) => ws.getCell(a).value)).toEqual(["填报单位确认", "填表人", "联系电话", "负责人", "填报日期", "单位（盖章）"]);
    for (const a of ["C17", "F17", "C18", "F18", "C19", "F12", "F14"]) expect(ws.getCell(a).protection?.locked, a).toBe(false);
    for (const a of ["A17", "D6", "C9", "E12"]) expect(ws.getCell(a).protection?.locked, a).not.toBe(false);
    expect(ws.getCell("F18").dataValidation).toMatchObject({ type: "date" });
  });

  it("validates counts as whole numbers, amounts and hours as decimals", async () => {
    const { ws } = await openForm(form("甲局"));
    // 文明科室数 and 科室总数 count 科室 (a 比率's numerator and denominator): whole, ≥ 0.
    for (const a of ["F7", "F8"]) expect(ws.getCell(a).dataValidation, a).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    // 志愿服务经费 is a 金额 in 万元, 志愿服务时长 is in 小时 (not a counting word): decimals.
    for (const a of ["F9", "F10"]) expect(ws.getCell(a).dataValidation, a).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual" });
    expect(ws.getCell("F11").dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
  });

  it("locks 单位类别 when the 名单 gives it, and leaves it to the unit when it does not", async () => {
    expect((await openForm(form("甲局"))).ws.getCell("D2").value).toBe("市直机关");
    expect((await openForm(form("甲局"))).ws.getCell("D2").protection?.locked).not.toBe(false);
    expect((await openForm(form("丙局"))).ws.getCell("D2").protection?.locked).toBe(false);
  });
});

describe("the forms read back", () => {
  const lines = () => validate.stdout.split("\n");

  it("a retyped 分值 and 测评内容 are warnings with their cells and the template's text", () => {
    expect(lines()).toContain("[警告] 2026-甲局-自评表.xlsx 自评表!D6: 受保护的单元格被改动：模板上为“10”，现为“20”；分值和指标以测评体系为准，请核对是否交错了表（甲局）");
    expect(lines()).toContain("[警告] 2026-甲局-自评表.xlsx 自评表!C9: 受保护的单元格被改动：模板上为“志愿服务经费投入”，现为“志愿服务经费投入（含物资折价）”；分值和指标以测评体系为准，请核对是否交错了表（甲局）");
    // Only those two: the sign-off block and the typed figures are the clerk's to fill.
    expect(lines().filter((l) => l.includes("受保护"))).toHaveLength(2);
  });

  it("a 否决 answered 是 without its 情况说明 is said at the 说明 cell", () => {
    expect(lines()).toContain("[警告] 2026-乙局-自评表.xlsx 自评表!F12: “重大责任事故”填了“是”，但没有写明情况，请在此格填写情况说明（乙局 / 重大责任事故）");
    // 班子成员违法违纪 has its 说明: nothing said.
    expect(lines().filter((l) => l.includes("情况说明"))).toHaveLength(1);
  });

  it("a blank form is one message, naming the unit, and not also 没有交回", () => {
    expect(lines().filter((l) => l.includes("丙局"))).toEqual(["[错误] 2026-丙局-自评表.xlsx 自评表: 自评表没有填写任何数据，该单位未参与排名（丙局）"]);
    expect(validate.code).toBe(1);
    // 甲局 and 乙局 scored; 丙局's file not ranked. 1 error (丙局), 3 warnings (D6, C9, F12).
    expect(lines().filter(Boolean).at(-1)).toBe("检查完成：计分单位 2 个，未参与排名 1 行。数据问题：错误 1 条，警告 3 条，提示 0 条（逐条列在上方）");
  });

  it("the 情况说明 travels with the veto into 计分明细", async () => {
    const out = join(dir, "结果");
    const r = await runCli(["score", returns, "--units", list, "-c", criteria, "--no-previous", "--no-charts", "-q", "-o", out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "2026-排名结果.xlsx"));
    const texts: string[] = [];
    wb.getWorksheet("计分明细")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => t.includes("班子成员违法违纪：是，一票否决（取消本年度评选资格）；情况说明：2026年3月副局长违纪被立案审查"))).toBe(true);
  });
});

describe("a row inserted in a returned form", () => {
  it("is one warning where the rows start to move; the rows below are read and checked where they are now", async () => {
    const folder = join(dir, "收回-插行");
    await mkdir(folder);
    const { wb, ws } = await openForm(form("甲局"));
    typeFigures(ws);
    // The clerk unprotects the sheet and inserts a remark row above 志愿服务经费 (row 9): every row below moves down one.
    ws.spliceRows(9, 0, [null, null, "备注：经费含物资折价"]);
    await wb.xlsx.writeFile(join(folder, "2026-甲局-自评表.xlsx"));
    const r = await runCli(["validate", "--submissions", folder, "-c", criteria, "--no-previous"]);
    const said = r.stdout.split("\n").filter((l) => /受保护|比模板/.test(l));
    expect(said).toEqual(["[警告] 2026-甲局-自评表.xlsx 自评表!E10: 自评表第 10 行起的各行比模板下移 1 行（上方插入了行）：各行已按“数据项”名称读取，受保护单元格按移动后的位置核对（甲局）"]);
    // The figures are read by their 数据项, where they now are (志愿服务经费 12.5 on row 10).
    const out = join(dir, "结果-插行");
    expect((await runCli(["score", folder, "-c", criteria, "--no-previous", "--no-charts", "-q", "-o", out])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, "2026-排名结果.xlsx"));
    const texts: string[] = [];
    book.getWorksheet("计分明细")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => t.startsWith("志愿服务经费 12.5"))).toBe(true);
  });

  it("a changed 计量单位 says the figure is still read in the template's unit", async () => {
    const folder = join(dir, "收回-单位");
    await mkdir(folder);
    const { wb, ws } = await openForm(form("甲局"));
    typeFigures(ws);
    // 志愿服务经费 (万元) typed as 50000 元.
    ws.getCell("G9").value = "元";
    ws.getCell("F9").value = 50000;
    await wb.xlsx.writeFile(join(folder, "2026-甲局-自评表.xlsx"));
    const r = await runCli(["validate", "--submissions", folder, "-c", criteria, "--no-previous"]);
    expect(r.stdout.split("\n").filter((l) => l.includes("受保护"))).toEqual([
      "[警告] 2026-甲局-自评表.xlsx 自评表!G9: 受保护的“计量单位”被改动：模板上为“万元”，现为“元”；填报值仍按“万元”读取，请核对数值是否已按“万元”填写（甲局）",
    ]);
  });
});
