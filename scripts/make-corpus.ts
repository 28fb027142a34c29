/**
 * Builds test/corpus/: broken, legacy and hostile files that real offices
 * receive, each with what `kaoping validate` must answer (manifest.json).
 * test/corpus.test.ts runs every one through the CLI.
 * Run: npm run build && node dist/scripts/make-corpus.js
 * (the legacy .xls is made with LibreOffice when it is installed; the
 * committed copy is used otherwise)
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import iconv from "iconv-lite";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CORPUS = join(root, "test", "corpus");

export interface CorpusCase {
  file: string;
  what: string;
  /** Exit code of `kaoping validate`. */
  exit: 1 | 2;
  /** A piece of the Chinese message that must appear (stdout or stderr). */
  message: string;
  /** For readable files: unit rows in the file (ranked + not ranked must add up). */
  unitRows?: number;
}

const HEAD = ["单位名称", "单位类别", "领导小组已成立", "文明科室数", "科室总数"];

async function small(rows: ExcelJS.CellValue[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("申报数据");
  ws.addRow(HEAD);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function makeCorpus(): Promise<CorpusCase[]> {
  await mkdir(CORPUS, { recursive: true });
  const cases: CorpusCase[] = [];
  const save = async (c: CorpusCase, data: Buffer | string) => {
    await writeFile(join(CORPUS, c.file), data);
    cases.push(c);
  };
  const good = await small([["甲局", "机关", "是", 4, 5]]);

  await save({ file: "截断.xlsx", what: "a zip cut off in the middle", exit: 2, message: "截断.xlsx: 无法读取，文件可能已损坏" }, good.subarray(0, Math.floor(good.length * 0.6)));

  // A zip bomb: a sheet that inflates to 300 MB of spaces from a few hundred KB.
  const bomb = await JSZip.loadAsync(good);
  const xml = (await bomb.file("xl/worksheets/sheet1.xml")!.async("string")).replace("<sheetData>", `<sheetData>${" ".repeat(300 * 1024 * 1024)}`);
  bomb.file("xl/worksheets/sheet1.xml", xml);
  await save(
    { file: "压缩炸弹.xlsx", what: "300 MB of XML in a small zip", exit: 2, message: "压缩炸弹.xlsx: 解压后超过 256 MB" },
    await bomb.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }),
  );

  await save(
    { file: "百万空行.xlsx", what: "one cell at row 1,048,576", exit: 2, message: "百万空行.xlsx: 工作表“申报数据”有 1048576 行，超过上限" },
    await small([["甲局", "机关", "是", 4, 5]], (ws) => (ws.getCell("A1048576").value = "底")),
  );
  await save(
    { file: "16384列.xlsx", what: "a cell in column XFD, the last of 16,384", exit: 1, message: "申报数据!D3: “三” 不是数字", unitRows: 2 },
    await small([["甲局", "机关", "是", 4, 5], ["乙局", "机关", "是", "三", 5]], (ws) => (ws.getCell("XFD1").value = "最后一列")),
  );

  const noShared = await JSZip.loadAsync(good);
  noShared.remove("xl/sharedStrings.xml");
  await save(
    { file: "缺共享字符串.xlsx", what: "sharedStrings.xml removed", exit: 2, message: "缺少 xl/sharedStrings.xml" },
    await noShared.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
  );

  await save(
    { file: "公式无结果.xlsx", what: "formulas saved without cached results", exit: 1, message: "申报数据!D2: 单元格是没有保存计算结果的公式", unitRows: 2 },
    await small([["甲局", "机关", "是", { formula: "2+2" } as ExcelJS.CellFormulaValue, 5], ["乙局", "机关", "否", 3, "五"]]),
  );
  await save(
    { file: "日期.xlsx", what: "a date typed where a number is expected", exit: 1, message: "申报数据!D2: “2026-03-01” 是日期，不是数字", unitRows: 1 },
    await small([["甲局", "机关", "是", new Date(Date.UTC(2026, 2, 1)), 5]]),
  );
  await save(
    { file: "公式样单位名.xlsx", what: "unit names starting with = + - @", exit: 1, message: "申报数据!D5: “@4” 不是数字", unitRows: 4 },
    await small([
      ['=HYPERLINK("http://example.invalid","点我")', "机关", "是", 4, 5],
      ["+县财政局", "机关", "是", 4, 5],
      ["-县统计局", "机关", "是", 4, 5],
      ["@县审计局", "机关", "是", "@4", 5],
    ]),
  );
  await save(
    { file: "网页表格.xls", what: "an HTML table saved as .xls", exit: 2, message: "网页表格.xls: 这是网页表格（HTML）改名的文件" },
    "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>单位名称</td><td>文明科室数</td></tr><tr><td>甲局</td><td>4</td></tr></table></body></html>",
  );
  await save({ file: "文本改名.xlsx", what: "CSV text renamed to .xlsx", exit: 2, message: "文本改名.xlsx: 不是 .xlsx 文件（内容是文本" }, "单位名称,文明科室数\n甲局,4\n");
  const csv = `${HEAD.join(",")}\n甲局,机关,是,4,5\n坜塅乡,乡镇,是,八,5\n"大垌镇,（合并后）",乡镇,否,3,5\n`;
  await save({ file: "GBK编码.csv", what: "CSV in GB18030 as Chinese Excel writes it", exit: 1, message: "申报数据!D3: “八” 不是数字", unitRows: 3 }, iconv.encode(csv, "gb18030"));
  await save({ file: "UTF8带BOM.csv", what: "CSV in UTF-8 with BOM", exit: 1, message: "申报数据!D3: “八” 不是数字", unitRows: 3 }, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, "utf8")]));
  await save(
    { file: "空表.xlsx", what: "a workbook with an empty sheet", exit: 2, message: "空表.xlsx: “申报数据”表中找不到表头" },
    await (async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("申报数据");
      return Buffer.from(await wb.xlsx.writeBuffer());
    })(),
  );

  await save(
    { file: "数字中有空格.xlsx", what: "digits apart (「5 6」) are not joined into 56", exit: 1, message: "申报数据!D2: “5 6” 不是数字，按缺失处理", unitRows: 1 },
    await small([["甲局", "机关", "是", "5 6", 60]]),
  );
  await save(
    { file: "计数写成百分数.xlsx", what: "「50%」 where a count belongs is not 0.5 个", exit: 1, message: "申报数据!D2: “50%” 是百分数，不是“文明科室数”的个数，按缺失处理", unitRows: 1 },
    await small([["甲局", "机关", "是", "50%", 6]]),
  );
  // A real BIFF8 .xls, as old WPS and Excel 2003 save: made with LibreOffice when present.
  const legacy: CorpusCase = { file: "旧版.xls", what: "legacy Excel 97-2003 (OLE2)", exit: 1, message: "旧版.xls", unitRows: 2 };
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  if (soffice) {
    const tmp = await mkdtemp(join(tmpdir(), "kaoping-corpus-"));
    await writeFile(join(tmp, "旧版.xlsx"), await small([["甲局", "机关", "是", 4, 5], ["乙局", "机关", "是", "四", 5]]));
    execFileSync(soffice, ["--headless", "--convert-to", "xls", "--outdir", tmp, join(tmp, "旧版.xlsx")], { stdio: "ignore", timeout: 120_000 });
    await copyFile(join(tmp, "旧版.xls"), join(CORPUS, legacy.file));
    await rm(tmp, { recursive: true, force: true });
  }
  if (existsSync(join(CORPUS, legacy.file))) cases.push(legacy);

  await writeFile(join(CORPUS, "manifest.json"), JSON.stringify(cases, null, 2) + "\n");
  return cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cases = await makeCorpus();
  console.log(`已生成 ${cases.length} 个文件于 ${CORPUS}`);
  void readFile;
}
