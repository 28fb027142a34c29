import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exceljsReader, sniffFormat } from "./readWorkbook.js";
import { InputFileError } from "./errors.js";

describe("exceljsReader", () => {
  it("reads values, cached formula results (including 0), errors, rich text, formats and merges", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("申报数据");
    ws.getCell("A1").value = "标题";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = { formula: "1-1", result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = { richText: [{ text: "城关" }, { text: "镇" }] };
    ws.getCell("D2").value = 0.85;
    ws.getCell("D2").numFmt = "0.0%";
    ws.getCell("E2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    const dir = await mkdtemp(join(tmpdir(), "kaoping-read-"));
    const path = join(dir, "t.xlsx");
    await wb.xlsx.writeFile(path);
    const grid = await exceljsReader.read(path);
    const sheet = grid.sheets[0];
    expect(grid.file).toBe("t.xlsx");
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheet.rows[1][0]).toEqual({ v: 0, formula: true });
    expect(sheet.rows[1][1]).toEqual({ v: { error: "#DIV/0!" }, formula: true });
    expect(sheet.rows[1][2]).toEqual({ v: "城关镇" });
    expect(sheet.rows[1][3]).toEqual({ v: 0.85, fmt: "0.0%" });
    expect(sheet.rows[1][4]).toEqual({ v: { error: "#N/A" } });
  });

  it("refuses what is not an .xlsx, by content", async () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe("xlsx");
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe("ole2");
    expect(sniffFormat(new TextEncoder().encode("<html><table><tr><td>1</td></tr></table></html>"))).toBe("html");
    expect(sniffFormat(new TextEncoder().encode("单位名称,总分"))).toBe("text");
    expect(sniffFormat(new Uint8Array([0x00, 0x01, 0x02, 0x03]))).toBe("other");
    const dir = await mkdtemp(join(tmpdir(), "kaoping-read-"));
    const html = join(dir, "导出.xls");
    await writeFile(html, "<html><body><table><tr><td>单位名称</td></tr></table></body></html>");
    await expect(exceljsReader.read(html)).rejects.toThrow(InputFileError);
    await expect(exceljsReader.read(html)).rejects.toThrow("这是网页表格（HTML）改名的文件");
  });

  it("refuses a truncated zip with a clear message", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-read-"));
    const path = join(dir, "坏.xlsx");
    await writeFile(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]));
    await expect(exceljsReader.read(path)).rejects.toThrow(/坏\.xlsx: 无法读取，文件可能已损坏/);
  });
});
