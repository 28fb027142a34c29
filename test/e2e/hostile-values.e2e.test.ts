/**
 * Issue 12, hostile and broken values through the real CLI: files built as
 * a crafted or unlucky file would be (exceljs, then the XML edited with
 * JSZip where Excel itself would refuse to write it). Each must end with
 * its exit code and its Chinese message at its cell, never 「内部错误」, and
 * every unit row must be ranked or listed (计分单位 + 未参与排名 + 排除 = rows).
 *
 * Criteria (built here): 1.1 领导小组已成立 是否 5 分; 1.2 文明科室数/科室总数
 * 比率 10 分. So 4/5 科室 → 8 分, 3/5 → 6 分.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli, writeBook } from "../cli.js";
import { CORPUS_HEAD, hiddenSubmissionsBook } from "../../scripts/craftedFiles.js";

const HEAD = CORPUS_HEAD;
let dir: string;
let criteria: string;

const CRITERIA_HEAD = ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"];
const CRITERIA_ROWS = [
  ["1.1", "组织领导", "成立创建领导小组", 5, "是否", "领导小组已成立", ""],
  ["1.2", "科室创建", "文明科室创建率", 10, "比率", "文明科室数/科室总数", ""],
];

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-hostile-"));
  criteria = join(dir, "测评体系.xlsx");
  await writeBook(criteria, [["测评细则", [CRITERIA_HEAD, ...CRITERIA_ROWS]]]);
});

type Edit = (zip: JSZip) => Promise<void>;

/** A 申报数据 workbook as exceljs writes it, then its XML edited as a crafted file would be. */
async function book(rows: ExcelJS.CellValue[][], opts: { head?: string[]; sheet?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void; edit?: Edit } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("申报数据");
  ws.addRow(opts.head ?? HEAD);
  for (const r of rows) ws.addRow(r);
  opts.sheet?.(ws, wb);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  if (!opts.edit) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await opts.edit(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Replace text in one member of the zip (the text must be there: a test of nothing fails here). */
function replaceIn(path: string, from: string | RegExp, to: string): Edit {
  return async (zip) => {
    const xml = await zip.file(path)!.async("string");
    const edited = xml.replace(from, to);
    expect(edited, `${path} has ${String(from)}`).not.toBe(xml);
    zip.file(path, edited);
  };
}

/**
 * One submissions file through `kaoping validate` (exit code, every issue
 * printed with its cell) and `kaoping score` (the summary's row accounting),
 * against `criteriaPath`, as a user runs them.
 */
async function score(name: string, bytes: Buffer, criteriaPath = criteria) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const checked = await runCli(["validate", "--criteria", criteriaPath, "--submissions", path, "--no-previous", "--year", "2026"]);
  const scored = await runCli(["score", "--criteria", criteriaPath, "--submissions", path, "--no-previous", "--year", "2026", "--no-charts", "--out", join(dir, `out-${name}`)]);
  const output = checked.stdout + checked.stderr;
  for (const text of [output, scored.stdout + scored.stderr]) expect(text).not.toMatch(/内部错误|at .*\.js:\d+/);
  return { code: checked.code, output, stdout: scored.stdout, scoreCode: scored.code, out: join(dir, `out-${name}`) };
}

/** 计分单位 N 个 … 未参与排名 M 行，排除合计/说明行 K 行, from the summary. */
function accounted(stdout: string): { ranked: number; rejected: number; excluded: number } {
  const m = /计分单位 (\d+) 个.*未参与排名 (\d+) 行，排除合计\/说明行 (\d+) 行/.exec(stdout);
  expect(m, stdout).not.toBeNull();
  return { ranked: Number(m![1]), rejected: Number(m![2]), excluded: Number(m![3]) };
}

describe("item 5: date-formatted non-dates", () => {
  it("a phone number in a date-formatted column that is not scored is ignored; an impossible t=\"d\" date in a count is named at its cell", async () => {
    const r = await score(
      "日期格式电话.xlsx",
      await book(
        [
          ["甲局", "机关", "是", 4, 5, 13912345678],
          ["乙局", "机关", "是", 9, 5, 13800000000],
        ],
        {
          head: [...HEAD, "联系电话"],
          sheet: (ws) => {
            ws.getColumn(6).numFmt = "yyyy-mm-dd";
            ws.getCell("F2").numFmt = "yyyy-mm-dd";
            ws.getCell("F3").numFmt = "yyyy-mm-dd";
          },
          // 乙局's 文明科室数 (D3) becomes a date cell holding 2026-13-45, which no calendar has.
          edit: replaceIn("xl/worksheets/sheet1.xml", /<c r="D3"([^>]*)><v>9<\/v><\/c>/, '<c r="D3" t="d"><v>2026-13-45</v></c>'),
        },
      ),
    );
    // 乙局 D3 is not a number: an error of the data (exit 1), named at D3 with the text typed.
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain("申报数据!D3");
    expect(r.output).toContain("“2026-13-45” 不是数字");
    // Both rows ranked (乙局 with 文明科室数 missing).
    expect(accounted(r.stdout)).toEqual({ ranked: 2, rejected: 0, excluded: 0 });
  });
});

describe("item 8: a character reference beyond Unicode", () => {
  it("&#x110000; in a name is read as U+FFFD, said as a warning at its cell, and the unit is ranked", async () => {
    const r = await score(
      "码位.xlsx",
      await book([["甲局", "机关", "是", 4, 5], ["乙局", "机关", "是", 3, 5]], { edit: replaceIn("xl/sharedStrings.xml", "<t>乙局</t>", "<t>乙局&#x110000;</t>") }),
    );
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain("乙局\uFFFD");
    expect(r.output).toContain("[警告] 码位.xlsx 申报数据!A3: 单位名称“乙局\uFFFD”中有无法识别的字符");
    expect(accounted(r.stdout)).toEqual({ ranked: 2, rejected: 0, excluded: 0 });
  });
});

describe("item 7: numbers Excel can store but no score can use", () => {
  it("9e307 文明科室数 is scored or reported at its cell, never a crash", async () => {
    const r = await score("9e307.xlsx", await book([["甲局", "机关", "是", 9e307, 5], ["乙局", "机关", "是", 3, 5]]));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/申报数据!D2.*“文明科室数”为 9e\+307，超过 10 的 15 次方/);
    expect(accounted(r.stdout)).toEqual({ ranked: 2, rejected: 0, excluded: 0 });
    // 甲局: 是 5 + 文明科室数 missing 0 = 5; 乙局: 5 + 3/5 × 10 = 11.
    expect(r.stdout).toMatch(/1\. 乙局（机关）11\.00 分/);
    expect(r.stdout).toMatch(/2\. 甲局（机关）5\.00 分/);
  });
});

describe("item 6: function names of Object.prototype in a criteria formula", () => {
  it.each(["constructor(1)", "toString(1)", "__proto__(1)", "hasOwnProperty(1)", "valueOf()"])("「%s」 is an unknown function, named at its criteria cell", async (formula) => {
    const path = join(dir, `公式-${formula.replace(/\W/g, "")}.xlsx`);
    await writeBook(path, [["测评细则", [CRITERIA_HEAD, ...CRITERIA_ROWS, ["1.3", "科室创建", "自定义", 5, "公式", "", formula]]]]);
    const r = await score(`申报-${formula.replace(/\W/g, "")}.xlsx`, await book([["甲局", "机关", "是", 4, 5]]), path);
    // A criteria error: exit 1, named at 测评细则!E4, the 计分方式 cell of the item's row 4.
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain("测评细则!E4");
    expect(r.output).toContain(`不允许的函数“${formula.slice(0, formula.indexOf("("))}”`);
  });

  it("a formula whose result overflows ((10^14)^30 = 10^420) is reported for the unit, never a crash", async () => {
    const path = join(dir, "公式溢出.xlsx");
    await writeBook(path, [["测评细则", [CRITERIA_HEAD, ...CRITERIA_ROWS.slice(0, 1), ["1.2", "科室创建", "自定义", 10, "公式", "", "文明科室数 ^ 科室总数"]]]]);
    const r = await score("公式溢出申报.xlsx", await book([["甲局", "机关", "是", 1e14, 30], ["乙局", "机关", "是", 1, 5]]), path);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain("公式“文明科室数 ^ 科室总数”（测评体系 测评细则!C3）的结果不是有限数字，该项按 0 分计（甲局 / 1.2 自定义）");
    // 甲局 5 + 0; 乙局 5 + min(1^5 = 1, 10 分) = 6.
    expect(r.stdout).toMatch(/1\. 乙局（机关）6\.00 分[\s\S]*2\. 甲局（机关）5\.00 分/);
    expect(accounted(r.stdout)).toEqual({ ranked: 2, rejected: 0, excluded: 0 });
  });
});

describe("item 13: names that are error values or invisible characters", () => {
  it("#N/A and #REF! (typed or stored as errors) and a name of only U+200B U+2060 are rejected at their cells; 甲​局 is a duplicate of 甲局", async () => {
    const r = await score(
      "名称.xlsx",
      await book(
        [
          ["甲局", "机关", "是", 4, 5], // row 2
          ["甲\u200B局", "机关", "是", 3, 5], // row 3: 甲局 again
          ["\uFEFF甲局\u2060", "机关", "是", 3, 5], // row 4: 甲局 a third time
          ["#N/A", "机关", "是", 3, 5], // row 5: typed
          [{ error: "#REF!" } as ExcelJS.CellErrorValue, "机关", "是", 3, 5], // row 6: a stored error value
          ["\u200B\u2060", "机关", "是", 3, 5], // row 7: nothing visible
          ["乙\u200B局", "机关", "是", 3, 5], // row 8: 乙局, ranked under its visible name
        ],
      ),
    );
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain("申报数据!A3: 单位“甲局”重复出现（第 2 行和第 3 行），第 3 行未参与排名");
    expect(r.output).toContain("申报数据!A4: 单位“甲局”重复出现（第 2 行和第 4 行），第 4 行未参与排名");
    expect(r.output).toContain("申报数据!A5: 单位名称是错误值“#N/A”");
    expect(r.output).toContain("申报数据!A6: 单位名称是错误值“#REF!”");
    expect(r.output).toContain("申报数据!A7: 单位名称只有看不见的字符（U+200B U+2060）");
    expect(r.output).toContain("单位名称“乙局”中有看不见的字符");
    // 7 rows: 甲局 and 乙局 ranked, 5 listed as not ranked.
    expect(accounted(r.stdout)).toEqual({ ranked: 2, rejected: 5, excluded: 0 });
    // 甲局 5 + 4/5 × 10 = 13; 乙局 5 + 3/5 × 10 = 11, shown without the invisible character.
    expect(r.stdout).toMatch(/1\. 甲局（机关）13\.00 分[\s\S]*2\. 乙局（机关）11\.00 分/);
    expect(r.stdout).not.toMatch(/\u200B|\u2060|\uFEFF/);
  });
});

describe("item 15: hidden sheets", () => {
  const hiddenBook = hiddenSubmissionsBook;

  it("the visible sheet is read rather than a veryHidden 申报数据, and the choice is said in 问题清单 and 说明", async () => {
    const r = await score("隐藏表.xlsx", await hiddenBook(true));
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain("隐藏表.xlsx 2026年申报: 申报数据读自可见的工作表“2026年申报”；隐藏的工作表 “申报数据”（深度隐藏，只能用 VBA 取消隐藏） 未作为申报数据读取");
    // 甲局 from the visible sheet: 5 + 4/5 × 10 = 13 (the hidden sheet's 1/5 would give 7).
    expect(r.stdout).toMatch(/1\. 甲局（机关）13\.00 分/);
    expect(accounted(r.stdout)).toEqual({ ranked: 2, rejected: 0, excluded: 0 });
    const about = await readSheetRows(join(r.out, "2026-排名结果.xlsx"), "说明");
    expect(about).toContainEqual(["申报数据工作表", "隐藏表.xlsx 的“2026年申报”"]);
  });

  it("a workbook whose only submissions sheet is hidden is read with a warning naming it", async () => {
    const r = await score("只有隐藏表.xlsx", await hiddenBook(false));
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain("[警告] 只有隐藏表.xlsx 申报数据: 申报数据读自工作表“申报数据”，它是隐藏的（深度隐藏，只能用 VBA 取消隐藏）");
    // 甲局 5 + 1/5 × 10 = 7.
    expect(r.stdout).toMatch(/1\. 甲局（机关）7\.00 分/);
    expect(accounted(r.stdout)).toEqual({ ranked: 1, rejected: 0, excluded: 0 });
  });
});

describe("item 14: footer rows by the row's shape, not the first word", () => {
  it("units named 注册…/说明…/负责人…/…合计 are ranked; notes, signatures and 合计 are excluded, one with figures as a warning", async () => {
    const r = await score(
      "表尾.xlsx",
      await book([
        ["甲局", "机关", "是", 4, 5], // row 2: 5 + 4/5 × 10 = 13
        ["注册会计师协会", "社团", "是", 3, 5], // row 3: 5 + 6 = 11
        ["说明书编印中心", "企业", "是", 2, 5], // row 4: 5 + 4 = 9
        ["负责人培训中心", "机关", "否", 1, 5], // row 5: 0 + 2 = 2
        ["统计合计", "机关", "是", 5, 5], // row 6: 5 + 10 = 15 (统计 is no category of the rows above)
        ["合计", null, null, 15, 25], // row 7: 4+3+2+1+5 = 15 of 5×5 = 25
        ["注：数据截至2026年12月"], // row 8
        ["填表人：张三", null, "联系电话：13912345678"], // row 9
        ["备注：另有科室在建", null, null, 2], // row 10: a note with a figure under 文明科室数
      ]),
    );
    expect(r.code, r.output).toBe(0);
    expect(accounted(r.stdout)).toEqual({ ranked: 5, rejected: 0, excluded: 4 });
    expect(r.stdout).toMatch(/1\. 统计合计（机关）15\.00 分[\s\S]*2\. 甲局（机关）13\.00 分[\s\S]*3\. 注册会计师协会（社团）11\.00 分[\s\S]*4\. 说明书编印中心（企业）9\.00 分[\s\S]*5\. 负责人培训中心（机关）2\.00 分/);
    expect(r.output).toContain("[提示] 表尾.xlsx 申报数据!A8: “注：数据截至2026年12月”行（表尾说明或签字）不是单位数据，已排除");
    expect(r.output).toContain("[提示] 表尾.xlsx 申报数据!A9: “填表人：张三”行（表尾说明或签字）不是单位数据，已排除");
    expect(r.output).toContain("[警告] 表尾.xlsx 申报数据!A10: “备注：另有科室在建”行按表尾说明或签字行排除，未参与排名，但该行有 1 个数据项填了数字");
  });
});
