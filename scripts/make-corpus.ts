/**
 * Builds test/corpus/: broken, legacy and hostile files that real offices
 * receive, each with what `kaoping validate` must answer (manifest.json).
 * test/corpus.test.ts runs every one through the CLI.
 * Run: npm run build && node dist/scripts/make-corpus.js
 * (the legacy .xls is made with LibreOffice when it is installed; the
 * committed copy is used otherwise)
 *
 * Issue 12: every item has a case here. Cases that are one submissions
 * file through `validate --submissions <file> --no-previous` sit in
 * test/corpus itself (items 1, 2, 3, 4, 5, 7, 8, 10, 11, 13, 14, 15, 18,
 * 21, 23, 25). Cases that need criteria, an output folder, a returns folder
 * or a second input sit in a folder each, with `command` and `args` in the
 * manifest (see CorpusCase): 6 (公式原型名), 9 (长单位名, 长单位名自评表),
 * 12 (收回夹杂), 16 (输出即输入), 17 (输出上级是文件), 19 (文件名相撞),
 * 20 (旧图表: an earlier run's charts in the output folder), 21 (超长单元格,
 * 超过XFD列), 22 (路径不存在, 路径是文件夹), 24 (上年同年, 收回即输出) and
 * the 合计 check of 25 (合计不符).
 * What a committed file cannot hold is tested where it is:
 * - 17, 22 a full disk, an unwritable folder (EACCES), EEXIST: test/e2e/hostile-io.e2e.test.ts,
 *   src/io/fsErrors.test.ts; the hash of the bytes read: src/io/fileHash.test.ts
 * - 18 control characters in the .docx and .html: src/io/report/writeReport.test.ts
 *   (here only that validate reads such names without a crash)
 * - 20 two runs into one folder at once, temp files after SIGINT: test/e2e/hostile-names.e2e.test.ts,
 *   src/io/atomicWrite.test.ts
 * - 6, 19, 24 more variants (other Object.prototype names, nesting and Windows-reserved names,
 *   --previous of a later year or a copy): test/e2e/hostile-values, hostile-names, previous, overwrite
 * - 25 分组字段 naming a missing column: src/core/submissions/submissions.test.ts;
 *   formula warnings at the criteria cell: src/core/criteria/criteria.test.ts
 */
import ExcelJS from "exceljs";
import { CORPUS_HEAD, hiddenSubmissionsBook, ole2, type CorpusCase } from "./craftedFiles.js";
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

export type { CorpusCase };

const HEAD = CORPUS_HEAD;

/** The folder of a case with a command: the first segment of its `file` (收回夹杂/收回/甲局.xlsx → 收回夹杂). */
export function caseFolder(c: CorpusCase): string {
  return c.file.split("/")[0];
}

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
  // ---- issue 12: values, names and formats that crashed the intake or lost rows ----
  /** `small`, then one member of the zip edited as a crafted file would be (the text must be there). */
  const edited = async (bytes: Buffer, path: string, from: string | RegExp, to: string): Promise<Buffer> => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file(path)!.async("string");
    const changed = xml.replace(from, to);
    if (changed === xml) throw new Error(`${path} has no ${String(from)}`);
    zip.file(path, changed);
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  };

  // Item 5: 联系电话 13912345678 in a date-formatted column nothing scores (ignored), and
  // 乙局's 文明科室数 a t="d" cell of 2026-13-45, which no calendar has (named at D3).
  await save(
    { file: "日期格式的非日期.xlsx", what: "a phone number in a date-formatted column; a t=\"d\" cell of 2026-13-45", exit: 1, message: "申报数据!D3: “2026-13-45” 不是数字", unitRows: 2 },
    await edited(
      await small([["甲局", "机关", "是", 4, 5, 13912345678], ["乙局", "机关", "是", 9, 5, 13800000000]], (ws) => {
        ws.getCell("F1").value = "联系电话";
        for (const ref of ["F2", "F3"]) ws.getCell(ref).numFmt = "yyyy-mm-dd";
      }),
      "xl/worksheets/sheet1.xml",
      /<c r="D3"([^>]*)><v>9<\/v><\/c>/,
      '<c r="D3" t="d"><v>2026-13-45</v></c>',
    ),
  );
  // Item 7: 9e307 is a number Excel stores; no count of 科室 is that large (2 rows, both ranked).
  await save(
    { file: "9e307.xlsx", what: "9e307 in a count", exit: 1, message: "申报数据!D2: “文明科室数”为 9e+307，超过 10 的 15 次方，不可能成立", unitRows: 2 },
    await small([["甲局", "机关", "是", 9e307, 5], ["乙局", "机关", "是", 3, 5]]),
  );
  // Item 8: a character reference past U+10FFFF in a shared string.
  await save(
    { file: "码位超界.xlsx", what: "&#x110000; in a unit name", exit: 1, message: "申报数据!A3: 单位名称“乙局\uFFFD”中有无法识别的字符", unitRows: 2 },
    await edited(await small([["甲局", "机关", "是", 4, 5], ["乙局", "机关", "是", 3, 5]]), "xl/sharedStrings.xml", "<t>乙局</t>", "<t>乙局&#x110000;</t>"),
  );
  // Item 13: names that are error values, typed or stored (rows 3 and 4 not ranked).
  await save(
    { file: "错误值单位名.xlsx", what: "#N/A typed and #REF! stored as unit names", exit: 1, message: "申报数据!A3: 单位名称是错误值“#N/A”", unitRows: 3 },
    await small([["甲局", "机关", "是", 4, 5], ["#N/A", "机关", "是", 3, 5], [{ error: "#REF!" } as ExcelJS.CellErrorValue, "机关", "是", 3, 5]]),
  );
  // Item 13: zero-width characters: 甲​局 and \uFEFF甲局\u2060 are 甲局 again; a name of nothing visible.
  await save(
    { file: "零宽字符单位名.xlsx", what: "names made of or containing U+200B, U+2060, U+FEFF", exit: 1, message: "申报数据!A3: 单位“甲局”重复出现（第 2 行和第 3 行），第 3 行未参与排名", unitRows: 5 },
    await small([
      ["甲局", "机关", "是", 4, 5],
      ["甲\u200B局", "机关", "是", 3, 5],
      ["\uFEFF甲局\u2060", "机关", "是", 3, 5],
      ["\u200B\u2060", "机关", "是", 3, 5],
      ["乙\u200B局", "机关", "是", 3, 5],
    ]),
  );
  // Item 14: real units named 注册…/说明…/负责人…/…合计 are units (5 rows); the 合计, the note
  // and the signature are footers; a note with a figure is excluded with a warning at its cell.
  await save(
    { file: "表尾样单位名.xlsx", what: "units named like footers (注册会计师协会, 统计合计) above real footer rows", exit: 1, message: "申报数据!A10: “备注：另有科室在建”行按表尾说明或签字行排除", unitRows: 5 },
    await small([
      ["甲局", "机关", "是", 4, 5],
      ["注册会计师协会", "社团", "是", 3, 5],
      ["说明书编印中心", "企业", "是", 2, 5],
      ["负责人培训中心", "机关", "否", 1, 5],
      ["统计合计", "机关", "是", 5, 5],
      ["合计", null, null, 15, 25],
      ["注：数据截至2026年12月"],
      ["填表人：张三", null, "联系电话：13912345678"],
      ["备注：另有科室在建", null, null, 2],
    ]),
  );
  // Item 15: a stale veryHidden 申报数据 (甲局 1 of 5) beside the visible 2026年申报 (2 units).
  const hidden = hiddenSubmissionsBook;
  await save(
    { file: "深度隐藏申报表.xlsx", what: "a veryHidden 申报数据 beside a visible sheet", exit: 1, message: "2026年申报: 申报数据读自可见的工作表“2026年申报”；隐藏的工作表 “申报数据”（深度隐藏，只能用 VBA 取消隐藏） 未作为申报数据读取", unitRows: 2 },
    await hidden(true),
  );
  await save(
    { file: "只有隐藏申报表.xlsx", what: "the only submissions sheet is veryHidden", exit: 1, message: "申报数据: 申报数据读自工作表“申报数据”，它是隐藏的（深度隐藏，只能用 VBA 取消隐藏）", unitRows: 1 },
    await hidden(false),
  );
  // Item 18: a Word soft line break (U+000B) pasted into a name, and an _x0001_ escape.
  await save(
    { file: "控制字符单位名.xlsx", what: "U+000B and _x0001_ in unit names", exit: 1, message: "检查完成：计分单位 2 个，未参与排名 0 行", unitRows: 2 },
    await edited(await small([["甲\u000B局", "机关", "是", 4, 5], ["乙局", "机关", "是", 3, 5]]), "xl/sharedStrings.xml", "<t>乙局</t>", "<t>乙_x0001_局</t>"),
  );
  // Item 21: a name longer than the 32,767 characters an Excel cell holds.
  await save(
    { file: "四万字单位名.xlsx", what: "a 40,000-character unit name", exit: 1, message: "检查完成：计分单位 2 个，未参与排名 0 行", unitRows: 2 },
    await small([["长".repeat(40_000), "机关", "是", 4, 5], ["乙局", "机关", "是", 3, 5]]),
  );
  // Item 23: workbooks that are not .xlsx, named with what to do.
  await save(
    { file: "加密.xlsx", what: "an .xlsx with an open password (OLE2 EncryptedPackage)", exit: 2, message: "加密.xlsx: 工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中打开它，删除密码" },
    ole2(["EncryptionInfo", "EncryptedPackage"], undefined, 4096),
  );
  // BIFF8 BOF (type 0x0809, 16 bytes), then FILEPASS (0x002F, 54 bytes, RC4).
  const bof = Buffer.concat([Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]), Buffer.alloc(12)]);
  const filepass = Buffer.concat([Buffer.from([0x2f, 0x00, 0x36, 0x00, 0x01, 0x00]), Buffer.alloc(52)]);
  await save(
    { file: "加密.xls", what: "an .xls with an open password (FILEPASS after the BOF)", exit: 2, message: "加密.xls: 工作簿设有打开密码（已加密），无法读取" },
    ole2(["Workbook"], Buffer.concat([bof, filepass]), 4096),
  );
  const ods = new JSZip();
  ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  ods.file("content.xml", "<office:document-content/>");
  await save(
    { file: "表.ods", what: "an OpenDocument spreadsheet", exit: 2, message: "表.ods: 这是 OpenDocument 电子表格（.ods），不能直接读取；请在 LibreOffice、WPS 或 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入" },
    await ods.generateAsync({ type: "nodebuffer" }),
  );
  const xlsb = new JSZip();
  xlsb.file("[Content_Types].xml", "<Types/>");
  xlsb.file("xl/workbook.bin", Buffer.from([0x83, 0x01, 0x00]));
  await save(
    { file: "表.xlsb", what: "an Excel binary workbook", exit: 2, message: "表.xlsb: 这是 Excel 二进制工作簿（.xlsb），不能直接读取；请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入" },
    await xlsb.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
  );
  // Item 23: valid XML LibreOffice reads: an x: prefix and single-quoted attributes, inline strings.
  // 乙局 has “三” in D3, so the message proves the row was read.
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const prefixed = new JSZip();
  prefixed.file("[Content_Types].xml", `<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'><Default Extension='xml' ContentType='application/xml'/></Types>`);
  prefixed.file("xl/workbook.xml", `<?xml version='1.0'?><x:workbook xmlns:x='${main}' xmlns:r='${rel}'><x:sheets><x:sheet name='申报数据' sheetId='1' r:id='rId1'/></x:sheets></x:workbook>`);
  prefixed.file("xl/_rels/workbook.xml.rels", `<?xml version='1.0'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'><Relationship Id='rId1' Type='${rel}/worksheet' Target='worksheets/sheet1.xml'/></Relationships>`);
  const cell = (ref: string, v: string | number) =>
    typeof v === "number" ? `<x:c r='${ref}'><x:v>${v}</x:v></x:c>` : `<x:c r='${ref}' t='inlineStr'><x:is><x:t>${v}</x:t></x:is></x:c>`;
  const prefixedRows = [HEAD, ["甲局", "机关", "是", 4, 5], ["乙局", "机关", "是", "三", 5]]
    .map((r, i) => `<x:row r='${i + 1}'>${r.map((v, j) => cell(`${"ABCDE"[j]}${i + 1}`, v)).join("")}</x:row>`)
    .join("");
  prefixed.file("xl/worksheets/sheet1.xml", `<?xml version='1.0'?><x:worksheet xmlns:x='${main}'><x:sheetData>${prefixedRows}</x:sheetData></x:worksheet>`);
  await save(
    { file: "命名空间前缀.xlsx", what: "x:-prefixed XML with single-quoted attributes, as LibreOffice reads", exit: 1, message: "申报数据!D3: “三” 不是数字", unitRows: 2 },
    await prefixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
  );
  // Item 25: 「3.5万」 in a count is not read as 35,000 个.
  await save(
    { file: "计数写成万.xlsx", what: "「3.5万」 where a count of 科室 belongs", exit: 1, message: "申报数据!D2: “3.5万” 按 35000 个 计", unitRows: 1 },
    await small([["甲局", "机关", "是", "3.5万", 6]]),
  );

  // Issue 12, resource bounds (items 1, 2, 10, 11): the XML edited by hand, as an attacker or a broken exporter writes it.
  const handEdited = async (rows: ExcelJS.CellValue[][], edit: (sheetXml: string) => string, shared?: (xml: string) => string): Promise<Buffer> => {
    const zip = await JSZip.loadAsync(await small(rows));
    zip.file("xl/worksheets/sheet1.xml", edit(await zip.file("xl/worksheets/sheet1.xml")!.async("string")));
    if (shared) zip.file("xl/sharedStrings.xml", shared(await zip.file("xl/sharedStrings.xml")!.async("string")));
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  };
  await save(
    // One merge over 16,377 × 299,998 cells in a 3-row sheet: clipped to the used cells, the run goes on.
    { file: "合并炸弹.xlsx", what: "a merged range of 4.9 billion cells in a 3-row sheet", exit: 1, message: "申报数据!D3: “三” 不是数字", unitRows: 2 },
    await handEdited([["甲局", "机关", "是", 4, 5], ["乙局", "机关", "是", "三", 5]], (xml) =>
      xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "").replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="H2:XFD299999"/></mergeCells>'),
    ),
  );
  await save(
    { file: "未闭合共享字符串.xlsx", what: "320,000 unclosed <si> in sharedStrings.xml", exit: 2, message: "无法读取，文件可能已损坏（共享字符串表（xl/sharedStrings.xml）的第 1 项没有结束标记）" },
    await handEdited([["甲局", "机关", "是", 4, 5]], (xml) => xml, () => `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si>".repeat(320_000)}</sst>`),
  );
  await save(
    // r="a3" as LibreOffice reads it: 乙局's row is read (its 三 is named), not lost.
    { file: "小写引用.xlsx", what: "lower-case cell references (r=\"a3\")", exit: 1, message: "申报数据!D3: “三” 不是数字", unitRows: 2 },
    await handEdited([["甲局", "机关", "是", 4, 5], ["乙局", "机关", "是", "三", 5]], (xml) => xml.replace(/ r="([A-Z]+)(\d+)"/g, (_m, c: string, r: string) => ` r="${c.toLowerCase()}${r}"`)),
  );
  await save(
    // Row 3 holds only formulas without saved results: listed, not skipped silently.
    { file: "仅公式行.xlsx", what: "a unit row whose cells are all formulas without cached results", exit: 1, message: "第 3 行的单元格都是公式，但文件没有保存计算结果", unitRows: 2 },
    await small([["甲局", "机关", "是", 4, 5], [{ formula: "\"乙\"&\"局\"" } as ExcelJS.CellFormulaValue, { formula: "\"机关\"" } as ExcelJS.CellFormulaValue, { formula: "\"是\"" } as ExcelJS.CellFormulaValue, { formula: "2+2" } as ExcelJS.CellFormulaValue, { formula: "2+3" } as ExcelJS.CellFormulaValue]]),
  );
  // ---- issue 12: cases of more than one submissions file, each in its own folder ----
  /** Writes the files of a case into test/corpus/<folder of c.file>/, replacing what an earlier run left there. */
  const saveFolder = async (c: CorpusCase, files: Record<string, Buffer | string>) => {
    const folder = join(CORPUS, caseFolder(c));
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    for (const [name, data] of Object.entries(files)) await writeFile(join(folder, name), data);
    cases.push(c);
  };
  /** A workbook of plain rows per sheet, as a clerk's file (copied from writeBook in test/cli.ts). */
  const book = async (sheets: [string, ExcelJS.CellValue[][]][]): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of sheets) {
      const ws = wb.addWorksheet(name);
      for (const r of rows) ws.addRow(r);
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  // The criteria of test/e2e/hostile-values.e2e.test.ts: 1.1 是否 5 分, 1.2 比率 10 分.
  const CRITERIA_HEAD = ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"];
  const CRITERIA_ROWS = [
    ["1.1", "组织领导", "成立创建领导小组", 5, "是否", "领导小组已成立", ""],
    ["1.2", "科室创建", "文明科室创建率", 10, "比率", "文明科室数/科室总数", ""],
  ];
  const criteria = await book([["测评细则", [CRITERIA_HEAD, ...CRITERIA_ROWS]]]);
  const both = ["--criteria", "{dir}/测评体系.xlsx", "--submissions", "{dir}/申报数据.xlsx"];

  // Item 6: a function name of Object.prototype in a 公式 item (row 4, 计分方式 in column E).
  await saveFolder(
    { file: "公式原型名/测评体系.xlsx", what: "constructor(1) as a criteria formula", command: "validate", args: [...both, "--no-previous", "--year", "2026"], exit: 1, message: "测评体系.xlsx 测评细则!E4: 公式“constructor(1)”有误：不允许的函数“constructor”" },
    {
      "测评体系.xlsx": await book([["测评细则", [CRITERIA_HEAD, ...CRITERIA_ROWS, ["1.3", "科室创建", "自定义", 5, "公式", "", "constructor(1)"]]]]),
      "申报数据.xlsx": good,
    },
  );
  // Item 16: a submissions file named like the result, with --out its own folder (a temporary copy, so a regression cannot write into the repository).
  await saveFolder(
    {
      file: "输出即输入/2026-排名结果.xlsx",
      what: "--out the folder of a submissions file named 2026-排名结果.xlsx",
      command: "score",
      args: ["--criteria", "{dir}/测评体系.xlsx", "--submissions", "{dir}/2026-排名结果.xlsx", "--no-previous", "--no-charts", "--out", "{dir}"],
      exit: 2,
      message: "输出文件 2026-排名结果.xlsx 就是输入文件 2026-排名结果.xlsx，不会覆盖输入；请用 --out 指定另一个文件夹",
    },
    { "测评体系.xlsx": criteria, "2026-排名结果.xlsx": good },
  );
  // Item 24: last year's file is another file of this year.
  await saveFolder(
    {
      file: "上年同年/2026-申报数据.xlsx",
      what: "--previous of the same year",
      command: "validate",
      args: ["--criteria", "{dir}/测评体系.xlsx", "--submissions", "{dir}/2026-申报数据.xlsx", "--previous", "{dir}/2026-申报数据（修订）.xlsx"],
      exit: 2,
      message: "--previous 指定的上年数据 2026-申报数据（修订）.xlsx 与本年申报数据同为 2026 年，请指定 2025 年的数据",
    },
    { "测评体系.xlsx": criteria, "2026-申报数据.xlsx": good, "2026-申报数据（修订）.xlsx": await small([["甲局", "机关", "是", 3, 5]]) },
  );
  // Item 17: --out under a regular file.
  await saveFolder(
    {
      file: "输出上级是文件/申报数据.xlsx",
      what: "--out whose parent is a regular file",
      command: "score",
      args: [...both, "--no-previous", "--no-charts", "-q", "--out", "{dir}/不是文件夹/out"],
      exit: 2,
      message: "{dir}/不是文件夹/out 的上级路径中有一段是文件而不是文件夹，请检查路径",
    },
    { "测评体系.xlsx": criteria, "申报数据.xlsx": good, 不是文件夹: "a regular file\n" },
  );
  // Item 25: a 合计 row of 20 under items of 5 + 10 = 15 basic, no bonus; 合计 is row 4, 分值 column D.
  await saveFolder(
    {
      file: "合计不符/测评体系.xlsx",
      what: "a criteria 合计 row that disagrees with the items",
      command: "validate",
      args: [...both, "--no-previous", "--year", "2026"],
      // A warning, not an error: validate exits 0 (README: 1 only when it finds errors).
      exit: 0,
      message: "测评体系.xlsx 测评细则!D4: 合计行写的是“20”，而各项分值之和为基本分 15 分、加分 0 分，请核对是否漏了或多了指标",
      unitRows: 1,
    },
    { "测评体系.xlsx": await book([["测评细则", [CRITERIA_HEAD, ...CRITERIA_ROWS, ["", "合计", "", 20, "", "", ""]]]]), "申报数据.xlsx": good },
  );
  // Item 19: 甲:乙局 and 甲?乙局 are one file name once ":" and "?" become "_"; radars go in rank order:
  // 甲:乙局 5 + 10 × 4/5 = 13 first, 甲?乙局 5 + 10 × 2/5 = 9 second, so the second gets （2）.
  await saveFolder(
    {
      file: "文件名相撞/申报数据.xlsx",
      what: "score --all-units with units 甲:乙局 and 甲?乙局",
      command: "score",
      args: [...both, "--no-previous", "--year", "2026", "--all-units", "--quiet", "--out", "{out}"],
      exit: 0,
      message: "对应如下：\n  “甲:乙局” → charts/单位/甲_乙局.png\n  “甲?乙局” → charts/单位/甲_乙局（2）.png\n",
      unitRows: 2,
    },
    { "测评体系.xlsx": criteria, "申报数据.xlsx": await small([["甲:乙局", "机关", "是", 4, 5], ["甲?乙局", "机关", "是", 2, 5]]) },
  );

  // Item 2: an unclosed <row> followed by 200 MB of whitespace (a 200 KB file): read once, called damaged, no hang.
  await save(
    { file: "未闭合行.xlsx", what: "an unclosed <row> followed by 200 MB of whitespace", exit: 2, message: "未闭合行.xlsx: 无法读取，文件可能已损坏（工作表“申报数据”的 <row> 超过 32 MB）" },
    await handEdited([["甲局", "机关", "是", 4, 5]], (xml) => xml.replace(/<\/sheetData>[\s\S]*$/, "") .replace(/<row r="2"[\s\S]*$/, '<row r="2">' + " ".repeat(200 * 1024 * 1024))),
  );
  // Items 3 and 4: the xlsx bounds apply to CSV. Header + 300,000 units = 300,001 lines, one past 300,000 rows;
  // a header of 10,000,001 fields (10,000,000 commas), one past 10,000,000 cells.
  // Both are built by the test itself (BUILT_CORPUS_FILES in craftedFiles.ts): 6.6 MB and 10 MB that git need not hold.
  cases.push(
    { file: "CSV超过行数.csv", what: "a CSV of 300,001 lines (row limit 300,000)", exit: 2, message: "CSV超过行数.csv: 工作表“申报数据”有 300001 行，超过上限 300000 行", built: true },
    { file: "CSV字段过多.csv", what: "a CSV header of 10,000,001 fields (cell limit 10,000,000)", exit: 2, message: "CSV字段过多.csv: 工作表“申报数据”超过单元格上限：每张表最多 10000000 个单元格", built: true },
  );

  // Item 9: a unit name of 80 CJK characters (240 bytes in UTF-8) as a radar file name and as a 自评表 name.
  const longName = "县" + "精神文明建设指导委员会办公室".repeat(5) + "九个字的附属事业单位";
  await saveFolder(
    {
      file: "长单位名/申报数据.xlsx",
      what: "score --all-units with an 80-character unit name",
      command: "score",
      args: [...both, "--no-previous", "--year", "2026", "--all-units", "--quiet", "--out", "{out}"],
      exit: 0,
      // Cut to 120 bytes = 40 CJK characters of 3 bytes.
      message: `“${longName.slice(0, 44)}…${longName.slice(-15)}” → charts/单位/${longName.slice(0, 40)}.png`,
      present: [`charts/单位/${longName.slice(0, 40)}.png`, "2026-排名结果.xlsx"],
      unitRows: 2,
    },
    { "测评体系.xlsx": criteria, "申报数据.xlsx": await small([[longName, "机关", "是", 4, 5], ["乙局", "机关", "是", 2, 5]]) },
  );
  await saveFolder(
    {
      file: "长单位名自评表/名单.xlsx",
      what: "template --units with an 80-character unit name",
      command: "template",
      args: ["--criteria", "{dir}/测评体系.xlsx", "--units", "{dir}/名单.xlsx", "--year", "2026", "--out", "{out}"],
      exit: 0,
      message: `“${longName.slice(0, 44)}…${longName.slice(-15)}” → `,
      // The name part cut to 120 bytes = 40 CJK characters, as for the radar.
      present: [`自评表/2026-${longName.slice(0, 40)}-自评表.xlsx`, "2026-汇总模板.xlsx"],
    },
    { "测评体系.xlsx": criteria, "名单.xlsx": await book([["名单", [["单位名称", "单位类别"], [longName, "机关"], ["乙局", "机关"]]]]) },
  );

  // Item 12: a returns folder with what kaoping does not read beside a return it does: each listed with its reason.
  await saveFolder(
    {
      file: "收回夹杂/收回/甲局.xlsx",
      what: "a returns folder with an .ods, an .xlsb, a text file and a subfolder",
      command: "validate",
      args: ["--criteria", "{dir}/测评体系.xlsx", "--submissions", "{dir}/收回", "--no-previous", "--year", "2026"],
      exit: 0,
      message: "是 OpenDocument 表格（.ods），未读取",
      // 甲局.xlsx holds one unit; 补报/戊局.xlsx is in a subfolder and not read (listed).
      unitRows: 1,
    },
    { "测评体系.xlsx": criteria },
  );
  await mkdir(join(CORPUS, "收回夹杂", "收回", "补报"), { recursive: true });
  await writeFile(join(CORPUS, "收回夹杂", "收回", "甲局.xlsx"), good);
  await writeFile(join(CORPUS, "收回夹杂", "收回", "丙局.ods"), "PK not really");
  await writeFile(join(CORPUS, "收回夹杂", "收回", "丁局.xlsb"), "PK not really");
  await writeFile(join(CORPUS, "收回夹杂", "收回", "说明.txt"), "请各单位于月底前报送\n");
  await writeFile(join(CORPUS, "收回夹杂", "收回", "补报", "戊局.xlsx"), good);

  // Item 20: what an earlier run left in the output folder: its charts go, a file of the user's stays.
  await saveFolder(
    {
      file: "旧图表/申报数据.xlsx",
      what: "score into a folder holding an earlier run's charts and a file of the user's",
      command: "score",
      args: [...both, "--no-previous", "--year", "2026", "--quiet", "--out", "{out}"],
      outFrom: "上次输出",
      exit: 0,
      message: "计分单位 1 个",
      present: ["charts/我的示意图.png", "charts/.kaoping-charts.json"],
      absent: ["charts/99-上次的图.png"],
      unitRows: 1,
    },
    { "测评体系.xlsx": criteria, "申报数据.xlsx": good },
  );
  await mkdir(join(CORPUS, "旧图表", "上次输出", "charts"), { recursive: true });
  await writeFile(join(CORPUS, "旧图表", "上次输出", "charts", ".kaoping-charts.json"), JSON.stringify({ files: ["99-上次的图.png"] }, null, 1));
  await writeFile(join(CORPUS, "旧图表", "上次输出", "charts", "99-上次的图.png"), "stale");
  await writeFile(join(CORPUS, "旧图表", "上次输出", "charts", "我的示意图.png"), "mine");

  // Item 21: a 40,000-character unit name written back: cut to Excel's 32,767 with a warning.
  await saveFolder(
    {
      file: "超长单元格/申报数据.xlsx",
      what: "score with a 40,000-character unit name",
      command: "score",
      args: [...both, "--no-previous", "--year", "2026", "--no-charts", "--quiet", "--out", "{out}"],
      exit: 0,
      message: "警告：“总排名”表有 1 个单元格超过 Excel 的 32767 字上限，已截断",
      unitRows: 2,
    },
    { "测评体系.xlsx": criteria, "申报数据.xlsx": await small([["长".repeat(40_000), "机关", "是", 4, 5], ["乙局", "机关", "是", 2, 5]]) },
  );
  // Item 21: 16,383 数据项 + 单位名称 + 单位类别 = 16,385 columns, one past XFD.
  await saveFolder(
    {
      file: "超过XFD列/测评体系.xlsx",
      what: "template for 16,383 数据项 (16,385 columns)",
      command: "template",
      args: ["--criteria", "{dir}/测评体系.xlsx", "--year", "2026", "--out", "{out}/下发"],
      exit: 2,
      message: "测评体系.xlsx: 测评体系有 16383 个数据项，汇总模板需要 16385 列，超过 Excel 的 16384 列上限（XFD 列），无法生成；请拆分测评体系",
      absent: ["下发"],
    },
    {
      "测评体系.xlsx": await book([["测评细则", [["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "目标值", "方向", "参数"],
        ...Array.from({ length: 16_383 }, (_, i) => [`${i + 1}`, "大项", `项${i + 1}`, 0.01, "达标", `数据${i + 1}`, "1", "≥", ""])]]]),
    },
  );

  // Item 22: file-system errors as one Chinese line with the path.
  await saveFolder(
    {
      file: "路径不存在/申报数据.xlsx",
      what: "--criteria naming a file that does not exist (ENOENT)",
      command: "validate",
      args: ["--criteria", "{dir}/没有这个文件.xlsx", "--submissions", "{dir}/申报数据.xlsx", "--no-previous"],
      exit: 2,
      message: "找不到文件：{dir}/没有这个文件.xlsx",
    },
    { "申报数据.xlsx": good },
  );
  await saveFolder(
    {
      file: "路径是文件夹/申报数据.xlsx",
      what: "--criteria naming a folder (EISDIR)",
      command: "validate",
      args: ["--criteria", "{dir}/测评体系.xlsx", "--submissions", "{dir}/申报数据.xlsx", "--no-previous"],
      exit: 2,
      message: "{dir}/测评体系.xlsx 是文件夹，不是文件，请指定文件",
    },
    { "申报数据.xlsx": good },
  );
  await mkdir(join(CORPUS, "路径是文件夹", "测评体系.xlsx"), { recursive: true });
  await writeFile(join(CORPUS, "路径是文件夹", "测评体系.xlsx", "说明.txt"), "a folder named like a workbook\n");

  // Item 24: a returns folder that is also the output folder.
  await saveFolder(
    {
      file: "收回即输出/收回/甲局.xlsx",
      what: "--out the returns folder itself",
      command: "score",
      args: ["--criteria", "{dir}/测评体系.xlsx", "--submissions", "{dir}/收回", "--no-previous", "--year", "2026", "--no-charts", "--quiet", "--out", "{dir}/收回"],
      exit: 2,
      message: "输出文件夹 {dir}/收回 在收回的自评表文件夹 {dir}/收回 之中，结果会写进申报数据所在的文件夹；请用 --out 指定另一个文件夹",
    },
    { "测评体系.xlsx": criteria },
  );
  await mkdir(join(CORPUS, "收回即输出", "收回"), { recursive: true });
  await writeFile(join(CORPUS, "收回即输出", "收回", "甲局.xlsx"), good);

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
