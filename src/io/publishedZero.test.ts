/**
 * Issue 15: a kaoping result workbook read back as last year's (--previous,
 * --history) when some of its formula cells cache 0. The 总分 of a unit that
 * scores nothing is written `<f>ROUND(D6+E6,2)</f><v>0</v>` (with 扣分
 * `ROUND(MAX(0,…),2)`), and so is every formula 加分 of 0; exceljs' cell.value leaves such a 0 out ({ formula } alone), which
 * would make the unit look unscored and drop it from last year without a word.
 *
 * Criteria by hand: 1 制度健全 是否 60, 2 档案齐全 是否 40.
 *   甲单位 是 是 → 60 + 40 = 100, 名次 1;
 *   乙单位 是 否 → 60, 名次 2;
 *   丙单位 否 否 → 0, 名次 3 (基本分 0, 加分 0, 总分 0: all cached 0).
 */
import { describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { exceljsReader, streamingReader } from "./readWorkbook.js";
import { writeResultWorkbook, type RunInfo } from "./writeResultWorkbook.js";
import { isResultWorkbook, readPublished } from "../core/compare/readPublished.js";
import { scoreRows, type CriteriaRow } from "../../test/grids.js";
import { shownValues } from "../../test/cli.js";
import ExcelJS from "exceljs";

const CRITERIA: CriteriaRow[] = [
  ["1", "组织领导", "制度健全", 60, "是否", "制度健全"],
  ["2", "组织领导", "档案齐全", 40, "是否", "档案齐全"],
];

async function resultWithZero(): Promise<string> {
  const { assessment } = scoreRows(CRITERIA, [
    { 单位名称: "甲单位", 单位类别: "机关", 制度健全: "是", 档案齐全: "是" },
    { 单位名称: "乙单位", 单位类别: "机关", 制度健全: "是", 档案齐全: "否" },
    { 单位名称: "丙单位", 单位类别: "机关", 制度健全: "否", 档案齐全: "否" },
  ]);
  const info: RunInfo = { label: "2025", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2025, 11, 31)), formulas: false };
  const path = join(await mkdtemp(join(tmpdir(), "kaoping-zero-")), "2025-排名结果.xlsx");
  await writeResultWorkbook(path, assessment, info);
  return path;
}

describe("a published result workbook whose formula cells cache 0", () => {
  it("is written with the formula and its cached 0 (the case under test really occurs)", async () => {
    const path = await resultWithZero();
    const zip = await JSZip.loadAsync(await readFile(path));
    const ranking = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // 丙单位 is the third unit: row 6 under the title, subtitle and header (分项得分 row 8 under its three header rows);
    // 基本分 in D, 加分 in E (a value: no 加分 items), 总分 in F (no 扣分 column without deductions).
    const row6 = ranking.slice(ranking.indexOf('<row r="6"'), ranking.indexOf("</row>", ranking.indexOf('<row r="6"')));
    expect(row6).toContain("丙单位");
    expect(row6).toContain("<f>ROUND(SUM('分项得分'!D8:E8),2)</f><v>0</v>");
    expect(row6).toContain("<f>ROUND(D6+E6,2)</f><v>0</v>");
  });

  it.each([
    ["kaoping's streaming reader", streamingReader],
    ["the exceljs reader", exceljsReader],
  ])("reads the unit that scored 0 as 总分 0, 名次 3 with %s", async (_, reader) => {
    const book = await reader.read(await resultWithZero());
    expect(isResultWorkbook(book)).toBe(true);
    const { years } = readPublished(book);
    const last = [...years.values()].map((y) => [y.name, y.total, y.rank]);
    expect(last).toEqual([
      ["甲单位", 100, 1],
      ["乙单位", 60, 2],
      ["丙单位", 0, 3],
    ]);
  });

  it("shows the cached 0s to the tests' own reader (shownValues), not as { formula } or a blank", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await resultWithZero());
    // 名次 3, 基本分 0 (formula), 加分 0 (value), 总分 0 (formula), 等级 不合格 (below 60), 百分位 0 (lowest of three)
    expect(shownValues(wb.getWorksheet("总排名")!.getRow(6)).slice(0, 8)).toEqual([3, "丙单位", "机关", 0, 0, 0, "不合格", 0]);
  });
});
