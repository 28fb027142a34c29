/**
 * The streaming writer (used for every run) must give the same workbook as
 * the in-memory reference built by exceljs from the same description:
 * values, number formats, looks, merges, panes, filters; 计分明细 splits.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamingReader } from "./readWorkbook.js";
import { resultWorkbook, writeResultWorkbook, type RunInfo } from "./writeResultWorkbook.js";
import { toExceljs } from "./xlsx/exceljsXlsx.js";
import { IssueLog } from "../core/issues.js";
import { parseCriteria } from "../core/criteria/parseCriteria.js";
import { assess } from "../core/score/assess.js";
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "../../test/grids.js";

const ROOT = join(__dirname, "..", "..");

async function sampleAssessment() {
  const issues = new IssueLog();
  const criteria = parseCriteria(await streamingReader.read(join(ROOT, "scoring-sheets/文明机关测评体系.xlsx")), issues);
  return assess(criteria, await streamingReader.read(join(ROOT, "samples/2026-申报数据.xlsx")), issues, {
    previous: await streamingReader.read(join(ROOT, "samples/2025-申报数据.xlsx")),
  });
}

/** What a reader of the workbook sees, sheet by sheet: cells with their looks, merges, panes, filter, print titles. */
async function contents(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (c, col) => {
        // Cells covered by a merge carry the master's look in one writer and none in the other: only the master counts.
        if (c.isMerged && c.master.address !== c.address) return;
        cells.push([r, col, c.value, c.numFmt ?? null, Boolean(c.font?.bold), c.font?.color?.argb ?? null, (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null, Boolean(c.alignment?.wrapText), c.border?.top?.style ?? null, row.height ?? null]);
      }),
    );
    const view = ws.views[0] as ExcelJS.WorksheetViewFrozen | undefined;
    return {
      name: ws.name,
      cells,
      merges: [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort(),
      // exceljs leaves out a width equal to its default of 9.
      widths: ws.columns?.map((c) => c.width ?? 9) ?? [],
      frozen: view?.state === "frozen" ? [view.xSplit ?? 0, view.ySplit ?? 0] : null,
      filter: ws.autoFilter ?? null,
      titles: ws.pageSetup.printTitlesRow ?? null,
      titleColumns: ws.pageSetup.printTitlesColumn ?? null,
      printArea: ws.pageSetup.printArea ?? null,
      page: [ws.pageSetup.paperSize, ws.pageSetup.orientation, Boolean(ws.pageSetup.fitToPage), ws.pageSetup.fitToWidth, ws.pageSetup.fitToPage ? null : ws.pageSetup.scale],
      images: ws.getImages().length,
    };
  });
}

const info: RunInfo = { label: "2026", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2026, 0, 1)) };

describe("result workbook writers", () => {
  it("streamed and in-memory reference workbooks hold the same cells, looks and layout", async () => {
    const a = await sampleAssessment();
    const dir = await mkdtemp(join(tmpdir(), "kaoping-writers-"));
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");
    const withChart: RunInfo = { ...info, charts: [{ title: "总分分布", png, width: 1600, height: 900, path: "charts/1.png" }] };
    await writeResultWorkbook(join(dir, "stream.xlsx"), a, withChart);
    await toExceljs(resultWorkbook(a, withChart)).xlsx.writeFile(join(dir, "memory.xlsx"));
    const memory = await contents(join(dir, "memory.xlsx"));
    const stream = await contents(join(dir, "stream.xlsx"));
    expect(stream.map((s) => s.name)).toEqual(["总排名", "分类排名", "分项得分", "指标统计", "指标诊断", "评定结果", "问题清单", "计分明细", "测评汇总表", "同比分析", "分类汇总", "稳健性", "图表", "说明"]);
    for (let i = 0; i < memory.length; i++) expect(stream[i], memory[i].name).toEqual(memory[i]);
    // Spot checks against the description, so the comparison is not of two empty sheets.
    const ranking = stream[0];
    expect(ranking.frozen).toEqual([0, 3]);
    expect(ranking.titles).toBe("3:3");
    // 21 columns with last year: 8 + 负面清单扣分 (the shipped 负面清单) + 评定结果, 已命名称号, 复查结论 (the shipped
    // 评定规则 and 复查, the samples' titles) + 5 comparison + 备注, then 评定理由 + 复查理由 + 同比要点 for the screen.
    // The title is centred over the 18 printed columns (A–R), not over all 21 (issue 15: it sat off-centre on the page).
    expect(ranking.merges).toContain("A1:R1");
    expect(ranking.printArea).toBe("A1:R15");
    expect(stream[2].titleColumns).toBe("A:B");
    expect(stream.find((s) => s.name === "图表")!.images).toBe(1);
    // 分类排名's category bands are merged across the table, added while its rows are generated. The 12 sample units
    // are 乡镇 4, 市直机关 5 (县水务局 vetoed among them), 教育系统 3: bands at rows 4, 4 + 1 + 4 = 9, 9 + 1 + 5 = 15;
    // 21 columns (A–U), as the title row.
    const categories = stream[1];
    expect(categories.merges).toEqual(expect.arrayContaining(["A4:U4", "A9:U9", "A15:U15"]));
    expect(stream.find((s) => s.name === "计分明细")!.cells.length).toBeGreaterThan(12 * 33 * 11);
  });

  it("splits 计分明细 when it outgrows a sheet, and says so in 说明", async () => {
    const a = await sampleAssessment();
    const dir = await mkdtemp(join(tmpdir(), "kaoping-split-"));
    // 12 units × 33 items = 396 rows; 150 a sheet → 150 + 150 + 96
    const path = join(dir, "split.xlsx");
    await writeResultWorkbook(path, a, { ...info, detailRowsPerSheet: 150 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const details = wb.worksheets.filter((ws) => ws.name.startsWith("计分明细"));
    expect(details.map((ws) => ws.name)).toEqual(["计分明细", "计分明细2", "计分明细3"]);
    expect(details.map((ws) => ws.actualRowCount - 3)).toEqual([150, 150, 96]);
    // The parts continue one another: the first unit's 33 items, then the next unit …
    // Row 4 of the second part is detail 150: unit 150 ÷ 33 = 4 (0-based), item 150 − 4 × 33 = 18.
    expect(details[1].getCell(4, 1).value).toBe(a.results[4].unit.name);
    expect(details[1].getCell(4, 3).value).toBe(a.criteria.items[18].key);
    expect(details[2].getCell(3 + 96, 1).value).toBe(a.results[11].unit.name);
    const about = wb.getWorksheet("说明")!;
    const rows: unknown[][] = [];
    about.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.some((r) => r[0] === "计分明细" && String(r[1]).includes("分在 3 张表"))).toBe(true);
  });
});

describe("说明 on inspection teams", () => {
  const TEAM_ITEMS: CriteriaRow[] = [["1", "创建活动", "特色创建活动", 10, "直接打分", "特色得分"]];
  const units = (...names: string[]) => sheet("申报数据", [["单位名称", "单位类别"], ...names.map((n) => [n, "机关"])]);
  const run = (settings: [string, string][], ...sheets: ReturnType<typeof sheet>[]) => {
    const { criteria } = parseCriteriaRows(TEAM_ITEMS, settings.length ? [sheet("设置", [["设置项", "值"], ...settings])] : []);
    const a = assess(criteria, book("申报.xlsx", ...sheets));
    return { a, points: (unit: string) => a.results.find((r) => r.unit.name === unit)!.items.points(0) };
  };
  const aboutRows = (a: ReturnType<typeof assess>) => {
    const spec = resultWorkbook(a, { label: "2026", inputs: [], version: "test", generatedAt: new Date(0) });
    const about = [...spec.sheets].find((s) => s.name === "说明")!;
    return new Map([...about.rows].filter((r) => r !== null).map((r) => [r!.values[0], r!.values[1]]));
  };
  const team1 = sheet("评委打分-一组", [["单位名称", "评委", "特色得分"], ["甲局", "A", 8]]);
  const team2 = sheet("评委打分-二组", [["单位名称", "评委", "特色得分"], ["乙局", "B", 6]]);
  it("teams without 评分组校正: says the scores were not corrected", () => {
    const { a } = run([], units("甲局", "乙局"), team1, team2);
    expect(aboutRows(a).get("评分组校正")).toBe("否：检查组 一组、二组 的评委分未校正");
  });
  it("no teams and no setting: no row", () => {
    const { a } = run([], units("甲局"), sheet("评委打分", [["单位名称", "评委", "特色得分"], ["甲局", "A", 8]]));
    expect(aboutRows(a).has("评分组校正")).toBe(false);
  });
  it("二次平均法: 一组 mean 8, 二组 mean 6 → mean of means 7, coefficients 7 / 8 = 0.875 and 7 / 6 = 1.1667", () => {
    const { a, points } = run([["评分组校正", "二次平均法"]], units("甲局", "乙局"), team1, team2);
    expect(aboutRows(a).get("校正：特色创建活动")).toBe("各组平均分的平均 7；一组 平均 8（1 个评委分），系数 0.875；二组 平均 6（1 个评委分），系数 1.1667");
    // 8 × 0.875 = 7; 6 × 7/6 = 7
    expect([points("甲局"), points("乙局")]).toEqual([7, 7]);
  });
});

describe("说明 on what the run read", () => {
  const aboutRows = (a: ReturnType<typeof assess>) => {
    const spec = resultWorkbook(a, { label: "2026", inputs: [], version: "test", generatedAt: new Date(0) });
    const about = [...spec.sheets].find((s) => s.name === "说明")!;
    return new Map([...about.rows].filter((r) => r !== null).map((r) => [r!.values[0], r!.values[1]]));
  };
  // 地区生产总值 in 亿元 and 满意率 a 百分率 by the 数据项 sheet; 绿化覆盖率 a rate by its header (%).
  const ITEMS: CriteriaRow[] = [
    ["1", "创建活动", "特色创建活动", 10, "直接打分", "特色得分"],
    ["2", "经济发展", "生产总值目标完成", 10, "完成率", "地区生产总值", "目标值=10000万元"],
    ["3", "群众评议", "满意率达标", 10, "达标", "满意率", "目标值=≥90%"],
    ["4", "环境建设", "绿化覆盖率达标", 10, "达标", "绿化覆盖率", "目标值=≥40%"],
  ];
  const FIELDS = sheet("数据项", [["数据项", "类型", "方向", "计量单位"], ["地区生产总值", "金额", "越高越好", "亿元"], ["满意率", "百分率", "越高越好", ""]]);
  const SETTINGS = sheet("设置", [["设置项", "值"], ["百分比小数位数", 1]]);
  const SUBMISSIONS = sheet("申报数据", [
    ["2026年度申报数据汇总"],
    ["单位名称", "单位类别", "地区生产总值", "满意率", "绿化覆盖率（%）"],
    // 甲: 9000万元 converted to 0.9 亿元; 95 without % read as 95%; 0.45 in the (%) column read as 45%.
    ["甲局", "机关", "9000万元", 95, 0.45],
    // 乙: 1.2 is 亿元 already; 0.92 is already a fraction; 45 in the (%) column is 45% as typed: nothing assumed.
    ["乙局", "机关", 1.2, 0.92, 45],
    // 丙: 12000万元 converted; 「96%」 as typed; 0.5 in the (%) column read as 50%.
    ["丙局", "机关", "12000万元", "96%", 0.5],
  ]);
  // 宽表: 3 inspectors (评委1–3) for 甲 and 乙; 长表 of 二组: 张三 and 李四 for 丙.
  const WIDE = sheet("评委打分", [["单位名称", "数据项", "评委1", "评委2", "评委3"], ["甲局", "特色得分", 8, 9, 7], ["乙局", "特色得分", 6, 7, 8]]);
  const LONG = sheet("评委打分-二组", [["单位名称", "评委", "特色得分"], ["丙局", "张三", 9], ["丙局", "李四", 8]]);

  it("names each panel sheet's layout with its inspectors and units, counts converted cells, gives 百分比小数位数 and 同比 off", () => {
    const { criteria, issues } = parseCriteriaRows(ITEMS, [FIELDS, SETTINGS]);
    expect(issues.items.filter((i) => i.severity === "error")).toEqual([]);
    const rows = aboutRows(assess(criteria, book("申报.xlsx", SUBMISSIONS, WIDE, LONG)));
    expect(rows.get("评委打分表“评委打分”")).toBe("申报.xlsx，按宽表（单位名称 | 数据项 | 评委1 | 评委2 …，每个单位每项一行）读取：评委 3 位，单位 2 个");
    expect(rows.get("评委打分表“评委打分-二组”")).toBe("申报.xlsx，按长表（单位名称 | 评委 | 各直接打分数据项，每位评委一行）读取：评委 2 位，单位 1 个");
    // unitConverted: 甲 and 丙's 万元 (2); plainAssumedScaled: 甲's 95 (1); percentAssumedFraction: 甲's 0.45 and 丙's 0.5 (2).
    expect(rows.get("数值换算")).toBe(
      "按计量单位换算：2 个单元格；未带 % 或 ‰、按数据项含义读作百分数或千分数（如 96 按 96%）：1 个单元格；百分比列中的小数按百分比理解（如 0.96 按 96%）：2 个单元格；见问题清单",
    );
    expect(rows.get("百分比小数位数")).toBe("1（比率、完成率、增幅和百分点按此显示；计分用未舍入的比率）");
    expect(rows.get("同比")).toBe("否：没有上年数据（可用 --previous 指定上年申报数据或上年结果工作簿）");
  });

  it("without panel sheets or assumed readings: no such rows; 百分比小数位数 defaults to 2", () => {
    const { criteria } = parseCriteriaRows(ITEMS);
    const rows = aboutRows(assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "特色得分", "地区生产总值", "满意率", "绿化覆盖率"], ["甲局", "机关", 8, 1.2, "95%", "45%"]]))));
    expect([...rows.keys()].filter((k) => String(k).startsWith("评委打分") || k === "数值换算")).toEqual([]);
    expect(rows.get("百分比小数位数")).toBe("2（比率、完成率、增幅和百分点按此显示；计分用未舍入的比率）");
  });

  it("a 长表 without a 评委 column: as many inspectors as the most rows one unit has (甲 3, 乙 2 → 3)", () => {
    const { criteria } = parseCriteriaRows(ITEMS);
    const units = sheet("申报数据", [["单位名称", "单位类别"], ["甲局", "机关"], ["乙局", "机关"]]);
    const panel = sheet("检查组评分", [["单位名称", "特色得分"], ["甲局", 8], ["甲局", 9], ["甲局", 7], ["乙局", 6], ["乙局", 7]]);
    const rows = aboutRows(assess(criteria, book("申报.xlsx", units, panel)));
    expect(rows.get("评委打分表“检查组评分”")).toBe("申报.xlsx，按长表（单位名称 | 评委 | 各直接打分数据项，每位评委一行）读取：评委 3 位，单位 2 个");
  });

  it("with last year's submissions: 同比 names the file", async () => {
    const rows = aboutRows(await sampleAssessment());
    expect(rows.get("同比")).toBe("是：对比 2025-申报数据.xlsx");
  });
});
