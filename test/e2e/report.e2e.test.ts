/**
 * End to end: `kaoping score --report` writes the 通报 as .docx and
 * report.html; their figures are read back and checked against the
 * result workbook written in the same run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, shownValues } from "../cli.js";

let out: string;
let docText: string;
let docXml: string;
let html: string;
let ranking: Record<string, unknown>[];

beforeAll(async () => {
  ensureBuilt();
  out = await mkdtemp(join(tmpdir(), "kaoping-report-"));
  const run = await runCli(["score", "--report", "--out", out]);
  expect(run.code).toBe(0);
  const zip = await JSZip.loadAsync(await readFile(join(out, "2026-测评结果通报（草稿）.docx")));
  docXml = await zip.file("word/document.xml")!.async("string");
  // Paragraph texts joined, runs concatenated.
  docText = [...docXml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")).join("\n");
  html = await readFile(join(out, "report.html"), "utf8");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, "2026-排名结果.xlsx"));
  const rows: unknown[][] = [];
  wb.getWorksheet("总排名")!.eachRow((row, n) => (rows[n] = shownValues(row)));
  const head = rows[3] as string[];
  ranking = rows.slice(4).filter(Boolean).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
});

describe("the 通报", () => {
  it("states the workbook's counts and mean in its summary", () => {
    const count = (g: string) => ranking.filter((r) => r["等级"] === g).length;
    const eligible = ranking.filter((r) => r["等级"] !== "否决").map((r) => r["总分"] as number);
    // (104.25 + 99.43 + 98.2 + 97.92 + 97.33 + 97.15 + 94.6 + 94.6 + 90 + 86.73 + 77.04) / 11 = 1037.25 / 11 = 94.2955 → 94.3
    const mean = Math.round((eligible.reduce((a, b) => a + b, 0) / eligible.length) * 100) / 100;
    expect(mean).toBe(94.3);
    const summary = `本年度共 ${ranking.length} 个单位参评，其中优秀 ${count("优秀")} 个、良好 ${count("良好")} 个、合格 ${count("合格")} 个、不合格 ${count("不合格")} 个，一票否决 ${count("否决")} 个。参评单位平均分 ${mean} 分（不含一票否决单位）`;
    expect(summary).toBe("本年度共 12 个单位参评，其中优秀 9 个、良好 1 个、合格 1 个、不合格 0 个，一票否决 1 个。参评单位平均分 94.3 分（不含一票否决单位）");
    expect(docText).toContain(summary);
    expect(html).toContain(summary);
  });

  it("compares the mean with last year: 2025's 13 totals average 97.39 (see yoy.e2e.test.ts), so −3.09", () => {
    // 2025: 100 + 99.43 + 98.72 + 98.5 + 98.25 + 97.6 + 97 × 3 + 96.67 + 96.3 + 95.33 + 94.25 = 1266.05; / 13 = 97.388 → 97.39
    // 94.3 − 97.39 = −3.09
    expect(docText).toContain("比上年降低 3.09 分");
  });

  it("lists every unit in the category tables and the vetoed unit with its reason", () => {
    for (const r of ranking) expect(docText).toContain(String(r["单位名称"]));
    // The shipped criteria's 评定规则 and 复查 put 三、评定结果 before it.
    expect(docText).toContain("四、一票否决单位");
    expect(docText).toContain("发生重大安全、交通责任事故（重大责任事故：是）");
    expect(docText).toContain("取消本年度评选资格");
  });

  it("gives the 复查 of the sample titles in 评定结果: 县政协机关 良好 and 咸宁市林业局 优秀 kept, 城关第一小学 合格 warned, 县水务局 vetoed withdrawn and replaced by 宁夏回族自治区商务厅 (市直机关's best untitled 优秀 after 龙湾区人事劳动局, which is 推荐)", () => {
    expect(docText).toContain("三、评定结果");
    expect(docText).toContain("对 4 个已命名单位进行复查：保留 2 个，警告 1 个，撤销 1 个，递补 1 个。警告（限期整改）：城关第一小学（等级为合格：等级为“合格” → 警告（限期整改））。撤销：县水务局（");
    expect(docText).toContain("递补：宁夏回族自治区商务厅（撤一补一：递补 县水务局 被撤销的“市级文明单位”（“市直机关”类别第 2 名，优秀））。");
  });

  it("names the largest improvement and decline", () => {
    expect(docText).toMatch(/进步较大的单位：龙湾区人事劳动局（总分 104.25 分，比上年提高 8.2 分/);
    expect(docText).toMatch(/退步较大的单位：县政协机关（总分 86.73 分，比上年降低 10.27 分/);
  });

  it("states the sample questionnaires in one sentence", () => {
    // samples/2026-问卷调查.xlsx (see score.e2e.test.ts): 2448 read; excluded 县档案局 3 + blank 3 + duplicates 2 = 8;
    // valid 2448 − 8 = 2440 (2400 counted answers + 40 不了解). 满意 150 × 9 + 120 + 80 + 100 = 1650,
    // 基本满意 40 × 9 + 50 + 60 + 50 = 520; 有效回答 12 × 200 = 2400; (1650 + 520) / 2400 = 90.4167% → 90.42%
    const sentence = "民主测评共读取问卷 2448 份，有效问卷 2440 份，剔除 8 份（单位不明 3 份、空白 3 份、重复 2 份）；全部参评单位合计满意度 90.42%（满意 1650、基本满意 520，有效回答 2400，不含不了解）。";
    expect(docText).toContain(sentence);
    expect(html).toContain(sentence);
  });

  it("embeds the charts, lays out A4 with page numbers and official-document fonts", async () => {
    expect((docXml.match(/<w:drawing>/g) ?? []).length).toBe(6);
    expect(docXml).toContain('w:w="11907"'); // 210 mm in twips
    expect(docXml).toContain('w:h="16840"'); // 297 mm
    expect(docXml).toContain("方正小标宋简体");
    expect(docXml).toContain("仿宋");
    const zip = await JSZip.loadAsync(await readFile(join(out, "2026-测评结果通报（草稿）.docx")));
    const footers = Object.keys(zip.files).filter((f) => /word\/footer\d*\.xml/.test(f));
    const footerXml = await Promise.all(footers.map((f) => zip.file(f)!.async("string")));
    expect(footerXml.join("")).toContain("PAGE");
  });

  it("lists unresolved errors and warnings in the appendix, with their cells", () => {
    expect(docText).toContain("附件：未解决的数据问题");
    expect(docText).toContain("2026-申报数据.xlsx 申报数据!V13");
    expect(docText).toContain("“八十五” 不是数字");
  });

  it("report.html is self-contained: charts inline, nothing fetched", () => {
    expect((html.match(/src="data:image\/png;base64,/g) ?? []).length).toBe(6);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain('<html lang="zh-CN">');
  });
});
