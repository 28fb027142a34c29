import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exceljsReader, sniffFormat } from "./readWorkbook.js";
import { InputFileError } from "./errors.js";
import { ole2 } from "../../scripts/craftedFiles.js";

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


describe("workbooks that are not .xlsx are named, with what to do", () => {
  const dir = mkdtemp(join(tmpdir(), "kaoping-kinds-"));
  const refused = async (name: string, bytes: Buffer) => {
    const path = join(await dir, name);
    await writeFile(path, bytes);
    return exceljsReader.read(path).then(
      () => "read",
      (e: Error) => e.message,
    );
  };

  it("an .xlsx with an open password (OLE2 with an EncryptedPackage stream)", async () => {
    expect(await refused("加密.xlsx", ole2(["EncryptionInfo", "EncryptedPackage"]))).toBe(
      "加密.xlsx: 工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中打开它，删除密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后再导入",
    );
  });

  it("an .xls with an open password (FILEPASS right after the BIFF8 BOF)", async () => {
    // BOF: type 0x0809, 16 bytes (BIFF8 0x0600, globals 0x0005, …); then FILEPASS 0x002F, 54 bytes (RC4).
    const bof = Buffer.concat([Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]), Buffer.alloc(12)]);
    const filepass = Buffer.concat([Buffer.from([0x2f, 0x00, 0x36, 0x00, 0x01, 0x00]), Buffer.alloc(52)]);
    expect(await refused("加密.xls", ole2(["Workbook"], Buffer.concat([bof, filepass])))).toMatch(/^加密\.xls: 工作簿设有打开密码/);
  });

  it("an .ods (its stored mimetype member first) and an .xlsb (xl/workbook.bin)", async () => {
    const { default: JSZip } = await import("jszip");
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    ods.file("content.xml", "<office:document-content/>");
    expect(await refused("表.ods", await ods.generateAsync({ type: "nodebuffer" }))).toBe(
      "表.ods: 这是 OpenDocument 电子表格（.ods），不能直接读取；请在 LibreOffice、WPS 或 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入",
    );
    const xlsb = new JSZip();
    xlsb.file("[Content_Types].xml", "<Types/>");
    xlsb.file("xl/workbook.bin", Buffer.from([0x83, 0x01, 0x00]));
    expect(await refused("表.xlsb", await xlsb.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }))).toBe(
      "表.xlsb: 这是 Excel 二进制工作簿（.xlsb），不能直接读取；请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入",
    );
  });
});
