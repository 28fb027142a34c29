/**
 * The streaming reader must see exactly what exceljs' object model sees:
 * the same grid for every workbook we have, and the same result workbook.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exceljsReader, streamingReader } from "./readWorkbook.js";
import type { WorkbookGrid } from "../core/table/grid.js";
import { IssueLog } from "../core/issues.js";
import { parseCriteria } from "../core/criteria/parseCriteria.js";
import { assess } from "../core/score/assess.js";
import { resultWorkbook } from "./writeResultWorkbook.js";
import { toExceljs } from "./xlsx/exceljsXlsx.js";

const ROOT = join(__dirname, "..", "..");
const FILES = [
  "samples/2026-申报数据.xlsx",
  "samples/2025-申报数据.xlsx",
  "scoring-sheets/文明机关测评体系.xlsx",
  "test/fixtures/stats-oracle.xlsx",
  "test/corpus/16384列.xlsx",
  "test/corpus/公式无结果.xlsx",
  "test/corpus/日期.xlsx",
  "test/corpus/公式样单位名.xlsx",
];

/** Plain, comparable form of a grid: holes as null, merges sorted. */
function plain(g: WorkbookGrid): unknown {
  return g.sheets.map((s) => {
    // A row with no cells is the same as no row, and trailing holes are no cells.
    const rows = Array.from(s.rows, (r) => (r?.some(Boolean) ? Array.from(r.slice(0, r.findLastIndex(Boolean) + 1), (c) => c ?? null) : null));
    return { name: s.name, merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left), rows: rows.slice(0, rows.findLastIndex(Boolean) + 1) };
  });
}

async function tricky(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("申报 数据&<表>");
  ws.addRow(["单位名称", "文明科室数", "比率", "说明"]);
  ws.addRow([{ richText: [{ text: "城关" }, { text: "镇", font: { bold: true } }] }, 4, 0.85, "a & b < c"]);
  ws.getCell("C2").numFmt = "0.0%";
  ws.addRow(["  前后空格  ", { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellValue, true, "第一行\n第二行"]);
  ws.addRow(["日期", new Date(Date.UTC(2026, 0, 15)), { formula: "0*1", result: 0 } as ExcelJS.CellFormulaValue, "𠀀扩展区"]);
  ws.mergeCells("A6:B7");
  ws.getCell("A6").value = "合并";
  const path = join(await mkdtemp(join(tmpdir(), "kaoping-stream-")), "tricky.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

describe("streaming reader", () => {
  it.each(FILES)("reads %s exactly as exceljs does", async (f) => {
    const path = join(ROOT, f);
    expect(plain(await streamingReader.read(path))).toEqual(plain(await exceljsReader.read(path)));
  });

  it("keeps rich text, entities, errors, booleans, % formats, dates, a cached 0 and merges", async () => {
    const path = await tricky();
    const grid = await streamingReader.read(path);
    expect(plain(grid)).toEqual(plain(await exceljsReader.read(path)));
    expect(grid.sheets[0].name).toBe("申报 数据&<表>");
    expect(grid.sheets[0].rows[1]![0]).toEqual({ v: "城关镇" });
    expect(grid.sheets[0].rows[1]![2]).toEqual({ v: 0.85, fmt: "0.0%" });
    expect(grid.sheets[0].rows[3]![2]).toEqual({ v: 0, formula: true });
  });

  it("scores the samples to the same result workbook", async () => {
    const read = async (reader: typeof streamingReader) => {
      const issues = new IssueLog();
      const criteria = parseCriteria(await reader.read(join(ROOT, "scoring-sheets/文明机关测评体系.xlsx")), issues);
      const a = assess(criteria, await reader.read(join(ROOT, "samples/2026-申报数据.xlsx")), issues, {
        previous: await reader.read(join(ROOT, "samples/2025-申报数据.xlsx")),
      });
      const wb = toExceljs(resultWorkbook(a, { label: "2026", inputs: [], version: "test", generatedAt: new Date(0) }));
      return wb.worksheets.map((ws) => {
        const rows: unknown[] = [];
        ws.eachRow((row) => rows.push(row.values));
        return [ws.name, rows];
      });
    };
    expect(await read(streamingReader)).toEqual(await read(exceljsReader));
  });
});

describe("issue 12: values no calendar or code point holds", () => {
  it("a serial is a date from 0 to 9999-12-31 (2958465); a phone number 13912345678 or a negative number is not", async () => {
    const { isExcelSerial } = await import("./streamingReader.js");
    expect([0, 46082, 2958465, 2958466, 13912345678, -1, Number.NaN].map(isExcelSerial)).toEqual([true, true, true, false, false, false, false]);
  });
  it("&#x110000; (past U+10FFFF) is U+FFFD; &#x5C40; is 局", async () => {
    const { decodeXml } = await import("./streamingReader.js");
    expect(decodeXml("乙&#x5C40;&#x110000;&#1114112;&amp;")).toBe("乙局\uFFFD\uFFFD&");
  });
  it("both readers keep a sheet's hidden or veryHidden state", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("可见").addRow(["a"]);
    const hidden = wb.addWorksheet("隐藏");
    hidden.addRow(["b"]);
    hidden.state = "hidden";
    const deep = wb.addWorksheet("深度隐藏");
    deep.addRow(["c"]);
    deep.state = "veryHidden";
    const path = join(await mkdtemp(join(tmpdir(), "kaoping-state-")), "状态.xlsx");
    await wb.xlsx.writeFile(path);
    for (const reader of [streamingReader, exceljsReader]) {
      expect((await reader.read(path)).sheets.map((s) => [s.name, s.state])).toEqual([["可见", undefined], ["隐藏", "hidden"], ["深度隐藏", "veryHidden"]]);
    }
  });
});

describe("valid XML that LibreOffice reads", () => {
  /** An .xlsx whose parts use an `x:` prefix for the spreadsheet namespace and single-quoted attributes. */
  async function prefixedBook(rows: number, prefix = "x"): Promise<string> {
    const x = prefix ? `${prefix}:` : "";
    const { default: JSZip } = await import("jszip");
    const { writeFile } = await import("node:fs/promises");
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const zip = new JSZip();
    zip.file("[Content_Types].xml", `<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'><Default Extension='xml' ContentType='application/xml'/></Types>`);
    zip.file("xl/workbook.xml", `<?xml version='1.0'?><${x}workbook xmlns${prefix ? ":" + prefix : ""}='${main}' xmlns:r='${rel}'><${x}sheets><${x}sheet name='申报数据' sheetId='1' r:id='rId1'/></${x}sheets></${x}workbook>`);
    zip.file("xl/_rels/workbook.xml.rels", `<?xml version='1.0'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'><Relationship Id='rId1' Type='${rel}/worksheet' Target='worksheets/sheet1.xml'/></Relationships>`);
    zip.file("xl/sharedStrings.xml", `<?xml version='1.0'?><${x}sst xmlns${prefix ? ":" + prefix : ""}='${main}'><${x}si><${x}t>单位名称</${x}t></${x}si><${x}si><${x}t>城关镇</${x}t></${x}si></${x}sst>`);
    const body: string[] = [`<${x}row r='1'><${x}c r='A1' t='s'><${x}v>0</${x}v></${x}c><${x}c r='B1' t='inlineStr'><${x}is><${x}t>职工人数</${x}t></${x}is></${x}c></${x}row>`];
    for (let r = 2; r <= rows + 1; r++) body.push(`<${x}row r='${r}'><${x}c r='A${r}' t='s'><${x}v>1</${x}v></${x}c><${x}c r='B${r}'><${x}v>${r}</${x}v></${x}c></${x}row>`);
    zip.file("xl/worksheets/sheet1.xml", `<?xml version='1.0'?><${x}worksheet xmlns${prefix ? ":" + prefix : ""}='${main}'><${x}sheetData>${body.join("")}</${x}sheetData><${x}mergeCells count='1'><${x}mergeCell ref='A2:A3'/></${x}mergeCells></${x}worksheet>`);
    const path = join(await mkdtemp(join(tmpdir(), "kaoping-prefix-")), "前缀.xlsx");
    await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return path;
  }

  it("reads an x:-prefixed sheet with single-quoted attributes: names, numbers, shared and inline strings, merges", async () => {
    const grid = await streamingReader.read(await prefixedBook(2));
    const sheet = grid.sheets[0];
    expect(sheet.name).toBe("申报数据");
    expect(sheet.rows.map((r) => r?.map((c) => c?.v))).toEqual([
      ["单位名称", "职工人数"],
      ["城关镇", 2],
      ["城关镇", 3],
    ]);
    // A2:A3 lies inside the used range (merges outside it are clipped away, issue 12 #1).
    expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
  });

  it("keeps every row when prefixed tags are split between inflated pieces (20,000 rows, about 1.5 MB of XML)", async () => {
    const grid = await streamingReader.read(await prefixedBook(20_000));
    const rows = grid.sheets[0].rows;
    // Header plus rows 2..20001; row r holds r in B.
    expect(rows.length).toBe(20_001);
    expect(rows.every((r) => r?.length === 2)).toBe(true);
    const holes = Array.from(rows, (r, i) => (r ? -1 : i)).filter((i) => i >= 0);
    expect(holes).toEqual([]);
    expect(rows.slice(1).reduce((sum, r) => sum + (r![1]!.v as number), 0)).toBe(((2 + 20_001) * 20_000) / 2);
  });

  it("keeps every row of a plain sheet too: a piece that ended just after \"<row\" used to drop that row", async () => {
    const rows = (await streamingReader.read(await prefixedBook(20_000, ""))).sheets[0].rows;
    expect(Array.from(rows, (r, i) => (r ? -1 : i)).filter((i) => i >= 0)).toEqual([]);
    expect(rows.length).toBe(20_001);
  });
});
