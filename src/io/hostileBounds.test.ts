/**
 * Issue 12, resource bounds: crafted files a few KB long that, unbounded,
 * exhaust memory or run for minutes. Each is built here with JSZip, as an
 * attacker would write the XML by hand; each test asserts the outcome (the
 * grid read, or the message naming the bound) and leaves a hang to vitest's timeout.
 */
import { afterEach, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxStreaming } from "./streamingReader.js";
import { exceljsReader, readSubmissionsPath, streamingReader } from "./readWorkbook.js";
import { ZIP_LIMITS, rangeCells } from "./inspectZip.js";
import { clipMerges, fillMergedCells } from "../core/table/grid.js";
import { parseCsvBounded } from "../core/table/parseCsv.js";

/** The smallest .xlsx Excel's readers accept: one sheet 申报数据, optional shared strings. */
async function xlsx(sheetData: string, opts: { after?: string; shared?: string; workbook?: string; rels?: string; styles?: string } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("xl/workbook.xml", opts.workbook ?? '<workbook><sheets><sheet name="申报数据" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file("xl/_rels/workbook.xml.rels", opts.rels ?? '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${sheetData}</sheetData>${opts.after ?? ""}</worksheet>`);
  if (opts.shared !== undefined) zip.file("xl/sharedStrings.xml", opts.shared);
  if (opts.styles !== undefined) zip.file("xl/styles.xml", opts.styles);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A row of inline-string cells, e.g. row(1, ["A", "甲"], ["B", "1"]). */
function row(r: number, ...cells: [string, string][]): string {
  return `<row r="${r}">${cells.map(([c, v]) => `<c r="${c}${r}" t="inlineStr"><is><t>${v}</t></is></c>`).join("")}</row>`;
}

const saved = { ...ZIP_LIMITS };
afterEach(() => Object.assign(ZIP_LIMITS, saved));

describe("merge bomb (item 1)", () => {
  // 3 rows × 8 columns (A–H) used; H2:XFD299999 would be 16,377 × 299,998 ≈ 4.9 billion cells.
  const used = [1, 2, 3].map((r) => row(r, ..."ABCDEFGH".split("").map((c): [string, string] => [c, `${c}${r}`]))).join("");

  it("clips a merged range to the used rows and columns", async () => {
    const book = await readXlsxStreaming(await xlsx(used, { after: '<mergeCells count="1"><mergeCell ref="H2:XFD299999"/></mergeCells>' }), "炸弹.xlsx");
    // Rows 2–3 (zero-based 1–2) of column H (zero-based 7): the only used cells the range covers.
    expect(book.sheets[0].merges).toEqual([{ top: 1, left: 7, bottom: 2, right: 7 }]);
    const filled = fillMergedCells(book.sheets[0]);
    expect(filled.rows.length).toBe(3);
    expect(filled.rows[2][7]).toEqual({ v: "H2" });
  });

  it("counts the merged area against the cell limit and says so", async () => {
    ZIP_LIMITS.cellsPerSheet = 20;
    // Each row counts up to its last cell (the row array holds the holes): row 1 = 1 (A), row 10 = 10 (A–J);
    // the sheet declares 10 rows × 10 columns, so A1:J10 stays whole: 100 more → 1 + 10 + 100 = 111 > 20.
    const sparse = row(1, ["A", "甲"]) + row(10, ["J", "乙"]);
    const read = readXlsxStreaming(await xlsx(sparse, { after: '<mergeCells><mergeCell ref="A1:J10"/></mergeCells>' }), "稀疏.xlsx");
    await expect(read).rejects.toThrow("稀疏.xlsx: 工作表“申报数据”超过单元格上限：每张表最多 20 个单元格（含合并单元格覆盖的格子），读到 111 个时停止");
  });

  it("the exceljs reference reader refuses the bomb before exceljs fills its cells (it aborted out of memory at 1 GB)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-merge-bomb-"));
    const path = join(dir, "炸弹.xlsx");
    await writeFile(path, await xlsx(used, { after: '<mergeCells count="1"><mergeCell ref="H2:XFD299999"/></mergeCells>' }));
    // By hand: 24 filled cells + 16,377 columns (H…XFD = 8…16,384) × 299,998 rows (2…299,999) = 4,913,067,246 + 24.
    await expect(exceljsReader.read(path)).rejects.toThrow("炸弹.xlsx: 工作表“sheet1.xml”超过单元格上限：每张表最多 10000000 个单元格（含合并单元格覆盖的格子），读到 4913067270 个时停止");
  });

  it("the exceljs reference reader still reads a merged title row, and counts a namespaced merge against the limit", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-merge-title-"));
    const path = join(dir, "标题.xlsx");
    // A1:H1 = 8 cells; 24 filled + 8 = 32 ≤ the limit of 40 set here.
    ZIP_LIMITS.cellsPerSheet = 40;
    await writeFile(path, await xlsx(used, { after: '<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>' }));
    const book = await exceljsReader.read(path);
    expect(book.sheets[0].rows[2][7]).toEqual({ v: "H3" });
    // A1:H1 and x:mergeCell A2:B2 = 8 + 2 → 24 + 10 = 34 > 33.
    ZIP_LIMITS.cellsPerSheet = 33;
    await writeFile(path, await xlsx(used, { after: '<mergeCells><mergeCell ref="A1:H1"/><x:mergeCell ref="A2:B2"/></mergeCells>' }));
    await expect(exceljsReader.read(path)).rejects.toThrow("读到 34 个时停止");
  });

  it("the merge count scans a run of 100,000 unclosed <mergeCell heads once, then exceljs calls the file damaged", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-merge-heads-"));
    const path = join(dir, "头.xlsx");
    await writeFile(path, await xlsx(used, { after: `<mergeCells>${"<mergeCell ".repeat(100_000)}/><mergeCell ref="A1:H1"/></mergeCells>` }));
    await expect(exceljsReader.read(path)).rejects.toThrow("头.xlsx: 无法读取，文件可能已损坏");
  }, 10_000);

  it("rangeCells counts an A1 range's cells, $ signs and lower case allowed", () => {
    // H…XFD is 8…16,384 = 16,377 columns; 2…299,999 is 299,998 rows.
    expect(rangeCells("H2:XFD299999")).toBe(16_377 * 299_998);
    expect(rangeCells("$a$1:$c$2")).toBe(6);
    expect(rangeCells("B7")).toBe(1);
    expect(rangeCells("not a range")).toBe(0);
  });

  it("clipMerges keeps a range inside the sheet's size and drops one outside it", () => {
    // 1 row × 1 column: A1:XFD1000001 shrinks to A1 (1 cell); C3:D4 lies outside and is dropped.
    const merges = [{ top: 0, left: 0, bottom: 1_000_000, right: 16_383 }, { top: 2, left: 2, bottom: 3, right: 3 }];
    expect(clipMerges({ rows: 1, cols: 1 }, merges)).toEqual({ merges: [{ top: 0, left: 0, bottom: 0, right: 0 }], cells: 1 });
  });

  it("counts rows and columns the file declares, empty cells included", async () => {
    // Row 3 holds only an empty styled cell at C3: the sheet is 3 rows × 3 columns, so A2:Z9 becomes A2:C3.
    const xml = row(1, ["A", "甲"]) + row(2, ["A", "乙"]) + '<row r="3"><c r="C3" s="0"/></row>';
    const book = await readXlsxStreaming(await xlsx(xml, { after: '<mergeCells><mergeCell ref="A2:Z9"/></mergeCells>' }), "空格.xlsx");
    expect(book.sheets[0].merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 2 }]);
  });
});

describe("quadratic parsing (item 2)", () => {
  it("refuses 320,000 unclosed <si> without rescanning the rest for each", async () => {
    const shared = `<sst>${"<si>".repeat(320_000)}</sst>`;
    const read = readXlsxStreaming(await xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { shared }), "共享.xlsx");
    await expect(read).rejects.toThrow("共享.xlsx: 无法读取，文件可能已损坏（共享字符串表（xl/sharedStrings.xml）的第 1 项没有结束标记）");
  }, 10_000);

  it("reads a shared string of 300,000 unclosed <t> as empty text, once", async () => {
    const shared = `<sst><si>${"<t>".repeat(300_000)}</si><si><t>乙局</t></si></sst>`;
    const book = await readXlsxStreaming(await xlsx('<row r="1"><c r="A1" t="s"><v>1</v></c></row>', { shared }), "t.xlsx");
    expect(book.sheets[0].rows[0][0]).toEqual({ v: "乙局" });
  }, 10_000);

  it("refuses an unclosed <row> followed by 20 MB of whitespace, reading it once", async () => {
    const read = readXlsxStreaming(await xlsx(row(1, ["A", "甲"]) + '<row r="2">' + " ".repeat(20 * 1024 * 1024)), "空白.xlsx");
    await expect(read).rejects.toThrow("空白.xlsx: 无法读取，文件可能已损坏（工作表“申报数据”的 <row> 没有结束标记）");
  }, 20_000);

  it("caps a pending row's size", async () => {
    ZIP_LIMITS.elementChars = 1024 * 1024;
    const read = readXlsxStreaming(await xlsx('<row r="1">' + " ".repeat(2 * 1024 * 1024) + "</row>"), "长行.xlsx");
    await expect(read).rejects.toThrow("长行.xlsx: 无法读取，文件可能已损坏（工作表“申报数据”的 <row> 超过 1 MB）");
  });

  it("finds merges after a run of unclosed <mergeCell heads", async () => {
    const after = `<mergeCells>${"<mergeCell ".repeat(100_000)}/><mergeCell ref="A1:B1"/></mergeCells>`;
    const book = await readXlsxStreaming(await xlsx(row(1, ["A", "甲"], ["B", "乙"]), { after }), "m.xlsx");
    expect(book.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  }, 10_000);
});

describe("quadratic parsing of workbook.xml, the rels and styles (item 2)", () => {
  // Each part ends in 80,000 unclosed heads with no ">" after them: the regular expressions these replace
  // retried from every head to the end of the part (40,000 "<Relationship " took 8 s, 80,000 four times that).
  const HEADS = 80_000;
  // B1 = serial 46082 = 2026-03-01 (46023 is 2026-01-01; + 31 + 28 days), styled by xf 0.
  const dated = '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" s="0"><v>46082</v></c></row>';

  it("workbook.xml: the sheet before 80,000 unclosed <sheet heads is read", async () => {
    const workbook = `<workbook><sheets><sheet name="申报数据" sheetId="1" r:id="rId1"/></sheets>${"<sheet ".repeat(HEADS)}`;
    const book = await readXlsxStreaming(await xlsx(row(1, ["A", "甲"]), { workbook }), "w.xlsx");
    expect(book.sheets.map((x) => x.name)).toEqual(["申报数据"]);
  }, 30_000); // a hang, as the issue defines it (30 s), not a speed target

  it("rels: the relationship before 80,000 unclosed <Relationship heads is found", async () => {
    const rels = `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>${"<Relationship ".repeat(HEADS)}`;
    const book = await readXlsxStreaming(await xlsx(row(1, ["A", "甲"]), { rels }), "r.xlsx");
    expect(book.sheets[0].rows[0][0]).toEqual({ v: "甲" });
  }, 30_000); // a hang, as the issue defines it (30 s), not a speed target

  it("styles: a custom date format before 80,000 unclosed <numFmt heads still dates the cell", async () => {
    const styles = `<styleSheet><cellXfs count="1"><xf numFmtId="164"/></cellXfs><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>${"<numFmt ".repeat(HEADS)}`;
    const book = await readXlsxStreaming(await xlsx(dated, { styles }), "n.xlsx");
    expect(book.sheets[0].rows[0][1]).toMatchObject({ v: new Date(Date.UTC(2026, 2, 1)), fmt: "yyyy-mm-dd" });
  }, 30_000); // a hang, as the issue defines it (30 s), not a speed target

  it("styles: 80,000 unclosed <cellXfs heads give no formats, and the number stays a number", async () => {
    const styles = `<styleSheet>${"<cellXfs>".repeat(HEADS)}`;
    const book = await readXlsxStreaming(await xlsx(dated, { styles }), "c.xlsx");
    expect(book.sheets[0].rows[0][1]).toEqual({ v: 46082 });
  }, 30_000); // a hang, as the issue defines it (30 s), not a speed target

  it("styles: the xf before 80,000 unclosed <xf heads inside cellXfs keeps its built-in date format 14", async () => {
    const styles = `<styleSheet><cellXfs count="1"><xf numFmtId="14"/>${"<xf ".repeat(HEADS)}</cellXfs></styleSheet>`;
    const book = await readXlsxStreaming(await xlsx(dated, { styles }), "x.xlsx");
    expect(book.sheets[0].rows[0][1]).toMatchObject({ v: new Date(Date.UTC(2026, 2, 1)), fmt: "mm-dd-yy" });
  }, 30_000); // a hang, as the issue defines it (30 s), not a speed target
});

describe("CSV bounds (item 3)", () => {
  it("stops at the row limit", async () => {
    ZIP_LIMITS.rowsPerSheet = 5;
    const dir = await mkdtemp(join(tmpdir(), "kaoping-csv-"));
    // Header + 6 units = 7 lines; the 6th line is past 5 rows.
    await writeFile(join(dir, "长.csv"), ["单位名称,总分", ...[1, 2, 3, 4, 5, 6].map((i) => `单位${i},${i}`)].join("\n"));
    await expect(streamingReader.read(join(dir, "长.csv"))).rejects.toThrow("长.csv: 工作表“申报数据”有 6 行，超过上限 5 行");
  });

  it("stops at the cell limit inside a header line", async () => {
    ZIP_LIMITS.cellsPerSheet = 100;
    const dir = await mkdtemp(join(tmpdir(), "kaoping-csv-"));
    // 1,000 commas = 1,001 fields in one line; the 101st field is past 100.
    await writeFile(join(dir, "宽.csv"), "单位名称" + ",".repeat(1000));
    await expect(streamingReader.read(join(dir, "宽.csv"))).rejects.toThrow("宽.csv: 工作表“申报数据”超过单元格上限：每张表最多 100 个单元格（含合并单元格覆盖的格子），读到 101 个时停止");
  });

  it("parseCsvBounded counts empty fields", () => {
    // "a,,\nb" is 3 + 1 = 4 fields; a bound of 3 is passed at the 4th.
    expect(parseCsvBounded("a,,\nb", "s", { rows: 10, cells: 3 })).toEqual({ exceeded: "cells", count: 4 });
    expect("sheet" in parseCsvBounded("a,,\nb", "s", { rows: 10, cells: 4 })).toBe(true);
  });
});

describe("lower-case cell references (item 10)", () => {
  it("reads r=\"a3\" as A3, as LibreOffice does", async () => {
    const xml = '<row r="1"><c r="a1" t="inlineStr"><is><t>单位名称</t></is></c><c r="b1" t="inlineStr"><is><t>总分</t></is></c></row>'
      + '<row r="2"><c r="a2" t="inlineStr"><is><t>甲局</t></is></c><c r="b2"><v>90</v></c></row>';
    const book = await readXlsxStreaming(await xlsx(xml, { after: '<mergeCells><mergeCell ref="a1:b1"/></mergeCells>' }), "小写.xlsx");
    expect(book.sheets[0].rows[1]).toEqual([{ v: "甲局" }, { v: 90 }]);
    expect(book.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe("returns folder lists what it does not read (item 12)", () => {
  it("names every other entry with its reason", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-folder-"));
    await writeFile(join(dir, "甲局.csv"), "单位名称,总分\n甲局,90");
    for (const name of ["乙局.ods", "丙局.xlsb", "说明.docx", "~$甲局.xlsx", ".DS_Store"]) await writeFile(join(dir, name), "x");
    await mkdir(join(dir, "补报"));
    const read = await readSubmissionsPath(dir);
    expect(read.paths).toEqual([join(dir, "甲局.csv")]);
    expect(new Map(read.skipped.map((s) => [s.file, s.reason]))).toEqual(new Map([
      [".DS_Store", "fileSkippedHidden"],
      ["~$甲局.xlsx", "fileSkippedLock"],
      ["丙局.xlsb", "fileSkippedXlsb"],
      ["乙局.ods", "fileSkippedOds"],
      ["补报", "fileSkippedFolder"],
      ["说明.docx", "fileSkippedOther"],
    ]));
  });
});
