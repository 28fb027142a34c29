/**
 * The result workbook as a printer reads it, from the XML the streaming
 * writer writes (unzipped with jszip): A4 and fit-to-width on every sheet,
 * 分项得分 in bands of whole 一级指标 repeating 名次/单位名称, the print
 * areas and titles of the rankings, number formats and row heights. The
 * pages themselves are counted with LibreOffice in docs/printing.md.
 */
import { describe, expect, it, beforeAll } from "vitest";
import JSZip from "jszip";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamingReader } from "../readWorkbook.js";
import { writeResultWorkbook, type RunInfo } from "../writeResultWorkbook.js";
import { IssueLog } from "../../core/issues.js";
import { parseCriteria } from "../../core/criteria/parseCriteria.js";
import { assess } from "../../core/score/assess.js";
import { bandBreaks, bandLayout, columnPoints } from "./pageFit.js";

const ROOT = join(__dirname, "..", "..", "..");
const info: RunInfo = { label: "2026", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2026, 0, 1)) };

interface SheetXml {
  name: string;
  xml: string;
}

let sheets: SheetXml[] = [];
let workbook = "";
let styles = "";

beforeAll(async () => {
  const issues = new IssueLog();
  const criteria = parseCriteria(await streamingReader.read(join(ROOT, "scoring-sheets/文明机关测评体系.xlsx")), issues);
  const a = assess(criteria, await streamingReader.read(join(ROOT, "samples/2026-申报数据.xlsx")), issues, {
    previous: await streamingReader.read(join(ROOT, "samples/2025-申报数据.xlsx")),
  });
  const dir = await mkdtemp(join(tmpdir(), "kaoping-print-"));
  const path = join(dir, "result.xlsx");
  await writeResultWorkbook(path, a, info);
  const zip = await JSZip.loadAsync(await readFile(path));
  workbook = await zip.file("xl/workbook.xml")!.async("string");
  styles = await zip.file("xl/styles.xml")!.async("string");
  const names = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  sheets = await Promise.all(names.map(async (name, i) => ({ name, xml: await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string") })));
});

const sheetXml = (name: string) => sheets.find((s) => s.name === name)!.xml;
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const pageSetup = (xml: string) => /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? "";
const definedName = (name: string, sheet: number) => new RegExp(`<definedName name="${name}" localSheetId="${sheet}">([^<]*)</definedName>`).exec(workbook)?.[1];
/** A row's cells by 0-based column: the writer gives a cell's address only after a gap, as the format allows. */
function cells(rowXml: string): { col: number; style: number; text?: string }[] {
  const out: { col: number; style: number; text?: string }[] = [];
  let next = 0;
  for (const m of rowXml.matchAll(/<c( r="([A-Z]+)\d+")?( s="(\d+)")?[^>]*?(?:\/>|>(.*?)<\/c>)/g)) {
    const col = m[2] ? [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : next;
    next = col + 1;
    out.push({ col, style: Number(m[4] ?? 0), text: /<t[^>]*>([^<]*)<\/t>/.exec(m[5] ?? "")?.[1] });
  }
  return out;
}
/** Row number → height in points (undefined: the default height, one line). */
const rowHeights = (xml: string) => new Map([...xml.matchAll(/<row r="(\d+)"([^>]*)>/g)].map((m) => [Number(m[1]), attr(m[2], "ht") === undefined ? undefined : Number(attr(m[2], "ht"))]));

describe("print setup of the result workbook", () => {
  it("every sheet prints on A4 and fits its width; 分项得分 at a fixed scale, since fitting drops manual breaks", () => {
    // 11 sheets, and 稳健性 and 指标诊断 (issue 16: written in every run).
    expect(sheets.length).toBe(13);
    for (const { name, xml } of sheets) {
      const setup = pageSetup(xml);
      expect(attr(setup, "paperSize"), name).toBe("9");
      expect(attr(setup, "fitToWidth"), name).toBeDefined();
      expect(attr(setup, "fitToHeight"), name).toBe("0");
      if (name === "分项得分") continue;
      expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(attr(setup, "fitToWidth"), name).toBe("1");
      expect(attr(setup, "scale"), name).toBeUndefined();
    }
    // 分类汇总's five columns (14 + 44 + 12 + 12 + 14 characters) fit a portrait page; the rest are landscape.
    expect(attr(pageSetup(sheetXml("分类汇总")), "orientation")).toBe("portrait");
    expect(attr(pageSetup(sheetXml("总排名")), "orientation")).toBe("landscape");
  });

  it("分项得分 repeats 名次 and 单位名称 and the three header rows on every page", () => {
    const index = sheets.findIndex((s) => s.name === "分项得分");
    expect(definedName("_xlnm.Print_Titles", index)).toBe("'分项得分'!$A:$B,'分项得分'!$3:$5");
  });

  it("分项得分 centres 名次 as 总排名 does, a number and 否决 alike", () => {
    const xfs = [.../<cellXfs [^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1].matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs)].map((m) => m[0]);
    const horizontal = (sheet: string, ref: string) => {
      const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(sheetXml(sheet))![0];
      return /horizontal="([a-z]+)"/.exec(xfs[Number(attr(cell, "s"))])?.[1];
    };
    // 分项得分: units from row 6 (three header rows and 分值 under title and subtitle); the samples' vetoed unit is last, row 17
    expect(horizontal("分项得分", "A6")).toBe("center");
    expect(horizontal("分项得分", "A17")).toBe("center");
    expect(horizontal("总排名", "A4")).toBe("center");
  });

  it("分项得分 breaks between whole 一级指标, at the scale that needs the fewest bands", () => {
    // Columns: A 名次 7, B 单位名称 24, C 类别 10, then each 一级指标's items and 小计 at 8 characters:
    // 组织领导 D–I (5 + 1), 思想道德建设 J–P (6 + 1), 作风与效能建设 Q–W (6 + 1), 服务质量 X–AB (4 + 1),
    // 环境建设 AC–AG, 创建活动 AH–AL (4 + 1 each), 加分项目 AM–AN (1 + 1), then 基本分, 加分, 总分 AO–AQ.
    // At 7 pt a character: A–B 217 pt, A–C 287, a column 56, so 组织领导 336, 思想道德 392, 作风 392,
    // 服务 280, 环境 280, 创建 280, 加分 112, totals 168. An A4 landscape page holds 842 − 57.6 = 784.4 pt,
    // 97 % of it kept: 760.9 pt at 100 %, 760.9 / 0.7 = 1087.0 pt at 70 %.
    // At 70 %: page 1 A–C + 组织 + 思想 = 287 + 336 + 392 = 1015 (作风 would make 1407): break after P (16);
    // page 2 A–B + 作风 + 服务 = 217 + 392 + 280 = 889 (环境 would make 1169): break after AB (28);
    // page 3 A–B + 环境 + 创建 + 加分 + totals = 217 + 280 + 280 + 112 + 168 = 1057 ≤ 1087: 3 bands.
    // At 75 % (1014.5 pt) page 1's 1015 no longer fits: 4 bands or more at every larger scale.
    const xml = sheetXml("分项得分");
    expect(xml).toContain('<pageSetUpPr fitToPage="0"/>');
    expect(attr(pageSetup(xml), "scale")).toBe("70");
    const breaks = [...xml.matchAll(/<brk id="(\d+)" max="1048575" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual([16, 28]);
    expect(xml).toContain('<colBreaks count="2" manualBreakCount="2">');
    // The title is centred over the first page's columns, A–P.
    expect(xml).toContain('<mergeCell ref="A1:P1"/>');
  });

  it("总排名 and 分类排名 print up to 备注, the title centred over those columns", () => {
    // 18 printed columns (A–R): 名次 … 负面清单扣分 (the shipped 负面清单) … 上年等级, 备注; 评定理由, 复查理由 and
    // 同比要点 (S–U) stay on screen.
    // Rows: title, subtitle, header, 12 units = 15; 分类排名 adds 3 category bands = 18.
    expect(definedName("_xlnm.Print_Area", 0)).toBe("'总排名'!$A$1:$R$15");
    expect(definedName("_xlnm.Print_Area", 1)).toBe("'分类排名'!$A$1:$R$18");
    expect(sheetXml("总排名")).toContain('<mergeCell ref="A1:R1"/>');
    expect(sheetXml("分类排名")).toContain('<mergeCell ref="A1:R1"/>');
    expect(sheetXml("总排名")).toContain("打印至“备注”列；评定理由、复查理由、同比要点在其右侧");
  });

  it("总排名 rows are as tall as their printed text: 同比要点 neither wraps nor sets a height", () => {
    const xml = sheetXml("总排名");
    const heights = rowHeights(xml);
    // Row 5 is 城关镇 (2nd): 备注 「数据问题 4 条，见问题清单」 is 24 units in a 30-wide column, one line; its
    // 同比要点 runs past 35 characters (over 70 units, two lines or more in its 70-wide column) yet the row keeps
    // the default height.
    const row5 = /<row r="5"[^>]*>.*?<\/row>/.exec(xml)![0];
    expect(row5).toContain("城关镇");
    // Column U, the 21st.
    expect(cells(row5).find((c) => c.col === 20)!.text!.length).toBeGreaterThan(35);
    expect(heights.get(5)).toBeUndefined();
    // The tallest is 县水务局's 备注 (its veto and outcome in words, about 100 units in 29 a line: 4 lines).
    const body = [...heights].filter(([r]) => r > 3).map(([, h]) => h ?? 15);
    expect(Math.max(...body)).toBe(60);
    // No cell past 备注 (column R) wraps: every wrapping look is used in A–R only.
    const cellXfs = /<cellXfs [^>]*>(.*)<\/cellXfs>/.exec(styles)![1];
    const wrapping = new Set([...cellXfs.matchAll(/<xf [^>]*>(?:<alignment[^>]*\/>)?<\/xf>|<xf [^>]*\/>/g)].map((m, i) => (m[0].includes('wrapText="1"') ? i : -1)).filter((i) => i >= 0));
    expect(wrapping.size).toBeGreaterThan(0);
    let checked = 0;
    for (const m of xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
      if (Number(m[1]) <= 3) continue;
      for (const c of cells(m[2])) {
        const wraps = wrapping.has(c.style);
        if (c.col >= 18) expect(wraps, `row ${m[1]} column ${c.col + 1}`).toBe(false), checked++;
      }
    }
    // 12 units × 3 screen-only columns (S–U), each written with its bordered look.
    expect(checked).toBe(36);
    // And the printed 备注 (R) does wrap where it is long: 县水务局, row 15.
    const row15 = /<row r="15"[^>]*>(.*?)<\/row>/.exec(xml)![1];
    expect(wrapping.has(cells(row15).find((c) => c.col === 17)!.style)).toBe(true);
  });

  it("no number format shows a dangling dot or a second precision", () => {
    const codes = [...styles.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"'));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      // `0.##` shows 6 as 「6.」 in Excel and WPS.
      expect(code).not.toContain("#");
      // 小数位数 and 百分比小数位数 are both 2 in the shipped criteria: no 0.0%, 0.000 or a bare 0 beside 0.00.
      expect(code).not.toMatch(/0\.0%|0\.000/);
      if (code.includes("0.00")) expect(code.split(";").every((part) => part.includes("0.00")), code).toBe(true);
    }
  });

  it("指标统计 and 分类汇总 say they leave the vetoed unit out", () => {
    // 12 units, 县水务局 vetoed: 11 in the statistics.
    expect(sheetXml("指标统计")).toContain("统计范围：参与排名的 11 个单位（不含一票否决单位 1 个，与图表和通报一致）");
    expect(sheetXml("分类汇总")).toContain("平均分和比率不含一票否决单位");
  });
});

describe("page bands", () => {
  it("columnPoints takes the wider of Excel's and LibreOffice's column", () => {
    // Excel: 5.25 × 2 + 3.75 = 14.25 > 7 × 2 = 14; LibreOffice: 7 × 10 = 70 > 56.25
    expect(columnPoints(2)).toBe(14.25);
    expect(columnPoints(10)).toBe(70);
  });

  it("breaks only between groups, repeating the title columns", () => {
    // Five 10-character columns (70 pt), title column A; room 220 × 0.97 = 213.4 pt at 100 %.
    // Page 1: A + B–C = 210; D–E would make 350: break after C (3). Page 2: A + D–E = 210.
    expect(bandBreaks([10, 10, 10, 10, 10], 1, [[2, 3], [4, 5]], 220, 100)).toEqual([3]);
    // A group wider than a page with the title column (70 + 140 > 203.7 at 210 pt): no layout at that scale.
    expect(bandBreaks([10, 10, 10, 10, 10], 1, [[2, 3], [4, 5]], 210, 100)).toBeUndefined();
  });

  it("shrinks to the largest scale that saves a band, not further", () => {
    // Room 300 × 0.97 = 291 pt at 100 %: A–E (350 pt) needs 2 bands until 291 / s ≥ 350, s ≤ 83.1 %: 80 %.
    expect(bandLayout([10, 10, 10, 10, 10], 1, [[2, 3], [4, 5]], 300)).toEqual({ scale: 80, breaks: [] });
    // Nothing fits even at 70 % (A + a 700 pt group > 291 / 0.7 = 415.7 pt): the smallest scale, no manual breaks.
    expect(bandLayout([10, 100, 10], 1, [[2, 2], [3, 3]], 300)).toEqual({ scale: 70, breaks: [] });
  });
});
