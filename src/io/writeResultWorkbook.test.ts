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
    expect(stream.map((s) => s.name)).toEqual(["总排名", "分类排名", "分项得分", "指标统计", "问题清单", "计分明细", "同比分析", "分类汇总", "图表", "说明"]);
    for (let i = 0; i < memory.length; i++) expect(stream[i], memory[i].name).toEqual(memory[i]);
    // Spot checks against the description, so the comparison is not of two empty sheets.
    const ranking = stream[0];
    expect(ranking.frozen).toEqual([0, 3]);
    expect(ranking.titles).toBe("3:3");
    // 15 columns with last year: 8 + 5 comparison + 备注 + 同比要点.
    expect(ranking.merges).toContain("A1:O1");
    expect(stream[8].images).toBe(1);
    expect(stream[5].cells.length).toBeGreaterThan(12 * 33 * 11);
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
