import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { book, scoreRows, sheet, type CriteriaRow } from "../../../../test/grids.js";
import { IssueLog } from "../../../core/issues.js";
import { parseCriteria } from "../../../core/criteria/parseCriteria.js";
import { assess, type Assessment } from "../../../core/score/assess.js";
import { streamingReader } from "../../readWorkbook.js";
import { writeXlsx } from "../../xlsx/writeXlsx.js";
import type { SheetSpec, XlsxRow } from "../../xlsx/model.js";
import type { RunInfo } from "../frame.js";
import { detailsSheets } from "./details.js";

const ROOT = join(__dirname, "..", "..", "..", "..");

/** Every part of the archive, by name. */
async function parts(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path), { checkCRC32: true });
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) out[name] = await zip.files[name].async("string");
  return out;
}

/** 计分明细 written as it is, and written from each row's values, looks and height alone (the writer's own cell XML). */
async function bothWays(a: Assessment, rowsPerSheet: number) {
  const info: RunInfo = { label: "2026", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2026, 0, 1)), detailRowsPerSheet: rowsPerSheet };
  const dir = await mkdtemp(join(tmpdir(), "kaoping-details-"));
  let ownXml = 0;
  const plain = (spec: SheetSpec): SheetSpec => ({
    ...spec,
    rows: (function* () {
      for (const row of spec.rows) {
        if (row?.xml) ownXml++;
        yield row && ({ values: row.values, style: row.style, height: row.height } satisfies XlsxRow);
      }
    })(),
  });
  const book = (sheets: Iterable<SheetSpec>) => ({ creator: "test", created: new Date(Date.UTC(2026, 0, 1)), sheets });
  await writeXlsx(join(dir, "fast.xlsx"), book(detailsSheets(a, info, "0.00")));
  await writeXlsx(join(dir, "plain.xlsx"), book([...detailsSheets(a, info, "0.00")].map(plain)));
  return { fast: await parts(join(dir, "fast.xlsx")), plain: await parts(join(dir, "plain.xlsx")), ownXml };
}

describe("计分明细 rows' own XML", () => {
  it("is byte for byte what the writer makes from their values (the shipped criteria's methods column, parts across sheets)", async () => {
    const issues = new IssueLog();
    const criteria = parseCriteria(await streamingReader.read(join(ROOT, "scoring-sheets/文明机关测评体系.xlsx")), issues);
    const a = assess(criteria, await streamingReader.read(join(ROOT, "samples/2026-申报数据.xlsx")), issues, { previous: await streamingReader.read(join(ROOT, "samples/2025-申报数据.xlsx")) });
    const { fast, plain, ownXml } = await bothWays(a, 50);
    expect(ownXml).toBe(a.results.length * a.criteria.items.length);
    expect(Object.keys(fast).filter((n) => n.startsWith("xl/worksheets/")).length).toBeGreaterThan(2);
    expect(fast).toEqual(plain);
    // The repeated cells really are shared strings, and the wrapped rows taller.
    expect(fast["xl/worksheets/sheet1.xml"]).toMatch(/<c r="A4" s="\d+" t="s"><v>\d+<\/v><\/c>/);
    expect(fast["xl/worksheets/sheet1.xml"]).toMatch(/ ht="\d+" customHeight="1"/);
  });

  it("is the same for odd texts: escapes, spaces kept, empty categories, unrated items, and a name too long for a cell (left to the writer, which cuts it)", async () => {
    const rows: CriteriaRow[] = [
      ["1.1", "组织<领导>", "学习 & 培训", 10, "直接打分", "B"],
      ["1.2", "组织<领导>", "达标率", 10, "比率", "C,D"],
    ];
    const units = [
      { 单位名称: "甲&乙局", 单位类别: "", B: 8, C: 3, D: 4 },
      { 单位名称: "丙".repeat(33_000), 单位类别: "机关", B: 6, C: 1, D: 2 },
      { 单位名称: "丁局", 单位类别: "机关", B: "八", C: "", D: 0 },
    ];
    const { assessment } = scoreRows(rows, units);
    const { fast, plain, ownXml } = await bothWays(assessment, 4);
    expect(ownXml).toBe(6);
    expect(fast).toEqual(plain);
    expect(fast["xl/sharedStrings.xml"]).toContain("组织&lt;领导&gt;");
    expect(fast["xl/sharedStrings.xml"]).toContain("丙".repeat(100));
  });
});

describe("计分明细 rows' own XML, looks first used late in the row", () => {
  it("numbers a wrapped 测评方法 look after the row's words, as the writer does (the first look to wrap is in the last column)", async () => {
    const header = ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数", "测评方法"];
    const criteria = parseCriteria(
      book("测评体系.xlsx", sheet("测评细则", [header, ["1.1", "组织", "学习", 10, "直接打分", "B", undefined, "材料审核、实地考察、问卷调查、暗访、网上测评"], ["1.2", "组织", "培训", 10, "直接打分", "C", undefined, "材料审核"]])),
      new IssueLog(),
    );
    const a = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "B", "C"], ["甲局", "机关", 8, 9], ["乙局", "机关", 7, 6]])));
    const { fast, plain, ownXml } = await bothWays(a, 1000);
    expect(ownXml).toBe(4);
    expect(fast["xl/worksheets/sheet1.xml"]).toContain("材料审核");
    expect(fast).toEqual(plain);
  });
});
