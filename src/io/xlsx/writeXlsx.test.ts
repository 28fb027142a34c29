import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeXlsx } from "./writeXlsx.js";
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
