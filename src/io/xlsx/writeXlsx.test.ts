import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cutCellText, writeXlsx } from "./writeXlsx.js";
import { style, type SheetSpec } from "./model.js";
import { streamingReader } from "../readWorkbook.js";

const hostile = ["=cmd|' /C calc'!A0", 'a<b & c>"d"', "bell\u0007 and form\u000cfeed", "  leading and trailing  ", "坜塅乡", "+1", "@SUM(A1)"];

function sheets(): SheetSpec[] {
  const bold = style({ bold: true, fill: "FFDDEBF7", numFmt: "0.00" });
  return [
    {
      name: "O'Brien 表",
      widths: [12, 30],
      frozen: { rows: 1, cols: 1 },
      rows: (function* () {
        yield { values: ["名称", "值"], style: bold, height: 30 };
        for (const h of hostile) yield { values: [h, h.length] };
        yield null;
        yield { values: [1e-7, true, Number.NaN, null, "", 0.1 + 0.2] };
      })(),
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      autoFilter: { row: 1, left: 1, right: 2 },
      page: { orientation: "landscape", fitToWidth: 1, titleRows: { first: 1, last: 1 }, footer: "第 &P 页" },
    },
    { name: "空", widths: [], rows: [], merges: [] },
  ];
}

describe("writeXlsx", () => {
  it("writes a valid archive (every CRC checks) that exceljs and our reader read back cell for cell", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-xlsx-"));
    const path = join(dir, "t.xlsx");
    await writeXlsx(path, { creator: "kaoping test", created: new Date(Date.UTC(2026, 0, 1)), sheets: sheets() });

    await JSZip.loadAsync(await readFile(path), { checkCRC32: true });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["O'Brien 表", "空"]);
    const ws = wb.worksheets[0];
    // Text stays text (no formula from "=…"), & < > " survive, control characters XML cannot carry are dropped, spaces kept.
    expect(hostile.map((_, i) => ws.getCell(i + 2, 1).value)).toEqual(["=cmd|' /C calc'!A0", 'a<b & c>"d"', "bell and formfeed", "  leading and trailing  ", "坜塅乡", "+1", "@SUM(A1)"]);
    expect(ws.getCell(2, 1).type).toBe(ExcelJS.ValueType.String);
    expect(hostile.map((_, i) => ws.getCell(i + 2, 2).value)).toEqual(hostile.map((h) => h.length));
    const last = ws.getRow(hostile.length + 3);
    expect([1, 2, 3, 4, 5, 6].map((c) => last.getCell(c).value)).toEqual([1e-7, true, null, null, null, 0.30000000000000004]);
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
    expect(ws.getCell(1, 1).numFmt).toBe("0.00");
    expect((ws.getCell(1, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFDDEBF7");
    expect(ws.getRow(1).height).toBe(30);
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(["A1:B1"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe("1:1");
    expect(ws.columns.slice(0, 2).map((c) => c.width)).toEqual([12, 30]);

    const grid = await streamingReader.read(path);
    expect(grid.sheets[0].rows[1]![0]).toEqual({ v: "=cmd|' /C calc'!A0" });
    expect(grid.sheets[0].rows[4]![0]).toEqual({ v: "  leading and trailing  " });
    // Cells after the first carry no address unless a gap precedes them: both readers must place them right.
    const tail = grid.sheets[0].rows[hostile.length + 2]!;
    expect([tail[0]?.v, tail[5]?.v, tail.length]).toEqual([1e-7, 0.30000000000000004, 6]);
    expect(grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("leaves no file behind when producing a sheet fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-xlsx-fail-"));
    const failing: SheetSpec = {
      name: "坏",
      widths: [],
      merges: [],
      rows: (function* () {
        yield { values: [1] };
        throw new Error("boom");
      })(),
    };
    await expect(writeXlsx(join(dir, "t.xlsx"), { creator: "t", created: new Date(0), sheets: [failing] })).rejects.toThrow("boom");
    const { readdir } = await import("node:fs/promises");
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("Excel's limits (16,384 columns, 32,767 characters a cell)", () => {
  it("writes no cell past XFD, clips merges, widths and the filter there, and says how many columns the sheet had", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-xlsx-wide-"));
    const path = join(dir, "wide.xlsx");
    // 17,003 columns: 3 leading ones and 17,000 items, as 分项得分 for 17,000 criteria items.
    const columns = 17_003;
    const spec: SheetSpec = {
      name: "分项得分",
      widths: Array.from({ length: columns }, () => 9),
      merges: [{ top: 1, left: 1, bottom: 1, right: columns }],
      autoFilter: { row: 2, left: 1, right: columns },
      rows: [{ values: ["标题"] }, { values: Array.from({ length: columns }, (_, c) => c + 1) }],
    };
    const cuts = await writeXlsx(path, { creator: "t", created: new Date(0), sheets: [spec] });
    expect(cuts).toEqual([{ sheet: "分项得分", columns: 17_003, cutCells: 0 }]);
    const xml = await (await JSZip.loadAsync(await readFile(path))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('<mergeCell ref="A1:XFD1"/>');
    expect(xml).toContain('<autoFilter ref="A2:XFD2"/>');
    expect(xml).not.toContain('max="16385"');
    const ws = (await new ExcelJS.Workbook().xlsx.readFile(path)).worksheets[0];
    // Column 16,384 (XFD) holds 16384; nothing after it.
    expect(ws.getRow(2).cellCount).toBe(16_384);
    expect(ws.getCell("XFD2").value).toBe(16_384);
  });

  it("cuts a text over 32,767 characters to exactly 32,767 with a mark, and names the first such cell", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-xlsx-long-"));
    const path = join(dir, "long.xlsx");
    const long = "说".repeat(40_000);
    const spec: SheetSpec = { name: "计分明细", widths: [], merges: [], rows: [{ values: ["短", long] }, { values: [long] }] };
    const cuts = await writeXlsx(path, { creator: "t", created: new Date(0), sheets: [spec] });
    expect(cuts).toEqual([{ sheet: "计分明细", cutCells: 2, firstCutCell: "B1" }]);
    const ws = (await new ExcelJS.Workbook().xlsx.readFile(path)).worksheets[0];
    const text = ws.getCell("B1").value as string;
    expect(text.length).toBe(32_767);
    expect(text.endsWith("以下已截断）")).toBe(true);
    expect(text.startsWith("说说说")).toBe(true);
    expect(ws.getCell("A1").value).toBe("短");
  });
});

describe("cutCellText", () => {
  it("never leaves half a surrogate pair at the cut", () => {
    // The mark is 33 UTF-16 units, so 32,767 − 33 = 32,734 would be kept; after "a" each 𠀀 is 2 units,
    // so the 32,734th unit is the first half of a pair whose second half would be cut off: one unit less is kept (32,733 + 33 = 32,766).
    const cut = cutCellText("a" + "𠀀".repeat(20_000));
    expect(cut.length).toBe(32_766);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
  });
});
