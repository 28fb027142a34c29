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
    // 负面事项 counted (2024-12-31 is outside the window): 龙湾区人事劳动局 104.25 − 2, 县政协机关 86.73 − 3, 城关第一小学 77.04 − 2:
    // (102.25 + 99.43 + 98.2 + 97.92 + 97.33 + 97.15 + 94.6 + 94.6 + 90 + 83.73 + 75.04) / 11 = 1030.25 / 11 = 93.659 → 93.66 (at 小数位数 2 with its trailing zero, like every score of the 通报)
    const mean = Math.round((eligible.reduce((a, b) => a + b, 0) / eligible.length) * 100) / 100;
    expect(mean).toBe(93.66);
    const summary = `本年度共 ${ranking.length} 个单位参评，其中优秀 ${count("优秀")} 个、良好 ${count("良好")} 个、合格 ${count("合格")} 个、不合格 ${count("不合格")} 个，一票否决 ${count("否决")} 个。参评单位平均分 ${mean} 分（不含一票否决单位）`;
    expect(summary).toBe("本年度共 12 个单位参评，其中优秀 9 个、良好 1 个、合格 1 个、不合格 0 个，一票否决 1 个。参评单位平均分 93.66 分（不含一票否决单位）");
    expect(docText).toContain(summary);
    expect(html).toContain(summary);
  });

  it("compares the mean with last year: 2025's 13 totals average 97.39 (see yoy.e2e.test.ts), so −3.73", () => {
    // 2025: 100 + 99.43 + 98.72 + 98.5 + 98.25 + 97.6 + 97 × 3 + 96.67 + 96.3 + 95.33 + 94.25 = 1266.05; / 13 = 97.388 → 97.39
    // 93.66 − 97.39 = −3.73
    expect(docText).toContain("比上年降低 3.73 分");
  });

  it("lists every unit in the category tables and the vetoed unit with its reason in words, not in a table", () => {
    for (const r of ranking) expect(docText).toContain(String(r["单位名称"]));
    // The shipped criteria's 评定规则 and 复查 put 三、评定结果 before it.
    expect(docText).toContain("四、一票否决单位");
    // Issue 15: the veto item's name is the event, with its 否决结果; never the cell 「（重大责任事故：是）」.
    expect(docText).toContain("本年度 1 个单位一票否决：县水务局因发生重大安全、交通责任事故，取消本年度评选资格，不评定等级、不排名次。");
    expect(docText).not.toContain("重大责任事故：是");
    // 县水务局 (97, 否决) is in no category table: 表2 市直机关 lists the 4 ranked units only.
    expect(docText).toContain("表2　市直机关测评结果（4 个单位）");
  });

  it("is a 公文: the shipped criteria's 通报 sheet gives 发文机关, 发文字号, 主送机关, 称号, 落款, 成文日期 and 抄送", () => {
    const lines = docText.split("\n");
    expect(lines.slice(0, 8).filter(Boolean)).toEqual(["市精神文明建设办公室", "市文明办〔2026〕3号", "关于2026年度文明机关测评结果的通报", "各参评单位："]);
    expect(lines).toContain("特此通报。");
    expect(lines).toContain("附件：未解决的数据问题");
    expect(lines).toContain("2026年12月1日");
    expect(lines).toContain("抄送：市委宣传部，市直机关工委。");
    // The 版记's 印发 line: 印发机关 at the left, a tab, the date at the right.
    expect(lines).toContain("市精神文明建设办公室2026年12月1日印发");
  });

  it("gives the 复查 of the sample titles in 评定结果: 咸宁市林业局 优秀 kept, 县政协机关 (良好, under 限期整改 for its 负面事项) and 城关第一小学 合格 warned, 县水务局 vetoed withdrawn and replaced by 宁夏回族自治区商务厅 (市直机关's best untitled 优秀 after 龙湾区人事劳动局, which is 推荐)", () => {
    expect(docText).toContain("三、评定结果");
    // The shipped 复查's third rule, 负面清单限期整改 → 警告（限期整改）, holds for 县政协机关 (10th) before 城关第一小学 (11th).
    // In sentences (issue 15): who is warned, who withdrawn and why, who replaces whom (市直机关's 2nd, 优秀).
    expect(docText).toContain(
      "对 4 个已命名单位进行复查：保留 1 个，警告 2 个，撤销 1 个，递补 1 个。县政协机关（负面清单“违反中央八项规定精神被查处”（2026年4月18日）：限期整改）、城关第一小学（等级为“合格”）予以警告，限期整改。县水务局（",
    );
    expect(docText).toContain("）撤销“市级文明单位”称号，由市直机关类别第 2 名宁夏回族自治区商务厅（优秀）递补。");
  });

  it("names the largest improvement and decline", () => {
    // 102.25 − 96.05 = +6.20 (at 小数位数 2, trailing zero kept); 83.73 − 97 = −13.27 (both after their 负面清单 deductions)
    expect(docText).toMatch(/进步较大的单位：龙湾区人事劳动局（总分 102.25 分，比上年提高 6.20 分/);
    expect(docText).toMatch(/退步较大的单位：县政协机关（总分 83.73 分，比上年降低 13.27 分/);
  });

  it("lists the 负面事项 counted, the one of 2024-12-31 (a day before the 24-month window) left out", () => {
    expect(docText).toContain(
      "负面清单：龙湾区人事劳动局（在文明城市创建工作中履职不力被通报批评，2025年1月1日，扣 2 分）；县政协机关（违反中央八项规定精神被查处，2026年4月18日，扣 3 分，限期整改）；城关第一小学（门前三包、环境卫生责任未落实被通报，2026年9月8日，扣 2 分）。",
    );
    expect(docText).not.toContain("2024-12-31，扣");
  });

  it("says from the samples' three years who was 优秀 three years running and who was 末位 three years running", () => {
    // 优秀 (≥ 90) in 2024, 2025 and 2026 (history-samples.e2e.test.ts): 城关镇 102/100/99.43, 商务厅 100/98.72/98.2,
    // 咸宁市林业局 98.25/98.25/97.15, 坜塅乡 96.43/99.43/94.6 — in this year's order (2nd, 3rd, 6th, 7th). 末位 (at most the
    // bottom half, 3 places at most): 大垌镇 (大垌乡 in 2024: 87.6 last of 4; 2025 97 with one below of 4; 2026 94.6 tied last of 4)
    // and 县政协机关 (县政协办公室 93.4, 2nd from last of 7 in 2024 — only 劳动局 87.48 below; 97, 3rd from last of 7 in 2025; 83.73 last of 4 in 2026).
    const sentence = "从 2024—2026 年的历年数据看：城关镇、宁夏回族自治区商务厅、咸宁市林业局、坜塅乡连续 3 年评为优秀；大垌镇、县政协机关连续 3 年处于本类别末位（2024—2026 年）。";
    expect(docText).toContain(sentence);
    expect(html).toContain(sentence);
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
    // REPORT_CHARTS: the six of before, and the two history charts (the samples' earlier years are read).
    expect((docXml.match(/<w:drawing>/g) ?? []).length).toBe(8);
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
    // The 通报 tab's 8 figures (REPORT_CHARTS: 6 + the 2 history charts) take their pictures from the dashboard's
    // 图表 tab, which holds each of the run's charts 01–10 once (the 覆盖率 charts are named there, not inlined;
    // 10 is the 名次稳健性 chart of issue 16, not a 通报 figure).
    expect((html.match(/<img alt="图\d+　[^"]*" data-chart="/g) ?? []).length).toBe(8);
    expect((html.match(/src="data:image\/png;base64,/g) ?? []).length).toBe(10);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain('<html lang="zh-CN">');
  });
});
