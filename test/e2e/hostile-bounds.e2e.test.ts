/**
 * End to end, issue 12 (bounds and lost rows/files): crafted files through
 * the real CLI. A returns folder holds a hand-written .xlsx with a merge bomb
 * (H2:XFD299999 in a 3-row sheet) and a row with lower-case references
 * (r="a3"), an .ods, and a subfolder; a CSV has one row past the row limit.
 *
 * Criteria (100 points): 1 领导小组已成立 是否 40; 2 文明科室创建率 比率 60 (满分线 80%).
 * 甲局 是, 4/5 = 80% → 40 + 60 = 100; 乙局 (lower-case refs) 否, 2/5 = 40% → 0 + 40%/80% × 60 = 30.
 */
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli, writeBook } from "../cli.js";

let dir: string;
let criteria: string;

/** One inline-string or number cell; refs are written as given (lower case included). */
const cell = (ref: string, v: string | number) => (typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`);

async function handWritten(path: string): Promise<void> {
  const header = ["单位名称", "单位类别", "领导小组已成立", "文明科室数", "科室总数"];
  const rows = [
    `<row r="1">${header.map((h, i) => cell(`${"ABCDE"[i]}1`, h)).join("")}</row>`,
    `<row r="2">${[["A2", "甲局"], ["B2", "机关"], ["C2", "是"], ["D2", 4], ["E2", 5]].map(([r, v]) => cell(r as string, v as string | number)).join("")}</row>`,
    `<row r="3">${[["a3", "乙局"], ["b3", "机关"], ["c3", "否"], ["d3", 2], ["e3", 5]].map(([r, v]) => cell(r as string, v as string | number)).join("")}</row>`,
  ].join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("xl/workbook.xml", '<workbook><sheets><sheet name="申报数据" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="H2:XFD299999"/></mergeCells></worksheet>`);
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-hostile-"));
  criteria = join(dir, "测评体系.xlsx");
  await writeBook(criteria, [["测评细则", [
    ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"],
    ["1", "组织", "领导小组已成立", 40, "是否", "领导小组已成立"],
    ["2", "创建", "文明科室创建率", 60, "比率", "文明科室数/科室总数", "满分线=80%"],
  ]]]);
});

describe("a returns folder with a merge bomb, lower-case references, an .ods and a subfolder", () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let out: string;
  beforeAll(async () => {
    const returns = join(dir, "2026-申报");
    await mkdir(join(returns, "补报"), { recursive: true });
    await handWritten(join(returns, "机关.xlsx"));
    await writeFile(join(returns, "丙局.ods"), "PK not really");
    out = join(dir, "out");
    run = await runCli(["score", "--submissions", returns, "--criteria", criteria, "--year", "2026", "--no-previous", "--no-charts", "--out", out]);
  });

  it("scores both units, the lower-case row included", async () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = (await readdir(out)).find((n) => n.endsWith("排名结果.xlsx"))!;
    // 总排名 columns: 名次, 单位名称, 单位类别, 基本分, 加分, 总分.
    const ranked = (await readSheetRows(join(out, result), "总排名", 4)).map((r) => [r[1], r[5]]);
    expect(ranked).toEqual([["甲局", 100], ["乙局", 30]]);
  });

  it("lists the .ods and the subfolder with their reasons", async () => {
    const result = (await readdir(out)).find((n) => n.endsWith("排名结果.xlsx"))!;
    const text = (await readSheetRows(join(out, result), "问题清单")).map((r) => r.join(" ")).join("\n");
    expect(text).toContain("是 OpenDocument 表格（.ods），未读取；请在 WPS、LibreOffice 或 Excel 中“另存为” .xlsx");
    expect(text).toContain("是子文件夹，其中的文件未读取");
    expect(text).toMatch(/丙局\.ods/);
    expect(text).toMatch(/补报/);
  });
});

it("refuses a CSV one row past the row limit, naming the limit", async () => {
  // Header + 300,000 units = 300,001 lines; the limit is 300,000 rows per sheet.
  const csv = join(dir, "2026-申报数据.csv");
  await writeFile(csv, "单位名称,单位类别,领导小组已成立,文明科室数,科室总数\n" + "某局,机关,是,4,5\n".repeat(300_000));
  const run = await runCli(["score", "--submissions", csv, "--criteria", criteria, "--no-previous", "--no-charts", "--out", join(dir, "csv-out")]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("2026-申报数据.csv: 工作表“申报数据”有 300001 行，超过上限 300000 行");
});
