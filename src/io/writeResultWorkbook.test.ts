/**
 * The streaming writer (used for large runs) and the in-memory writer must
 * produce the same sheets and cell values; 计分明细 splits across sheets.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamingReader } from "./readWorkbook.js";
import { writeResultWorkbook, type RunInfo } from "./writeResultWorkbook.js";
import { IssueLog } from "../core/issues.js";
import { parseCriteria } from "../core/criteria/parseCriteria.js";
import { assess } from "../core/score/assess.js";

const ROOT = join(__dirname, "..", "..");

async function sampleAssessment() {
  const issues = new IssueLog();
  const criteria = parseCriteria(await streamingReader.read(join(ROOT, "scoring-sheets/文明机关测评体系.xlsx")), issues);
  return assess(criteria, await streamingReader.read(join(ROOT, "samples/2026-申报数据.xlsx")), issues, {
    previous: await streamingReader.read(join(ROOT, "samples/2025-申报数据.xlsx")),
  });
}

async function contents(path: string): Promise<[string, unknown[][]][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => (rows[n] = (row.values as unknown[]).slice(1)));
    return [ws.name, rows];
  });
}

const info: RunInfo = { label: "2026", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2026, 0, 1)) };

describe("result workbook writers", () => {
  it.each([
    ["styled", undefined],
    ["plain long sheets", 0],
  ])("streamed and in-memory workbooks hold the same cells (%s)", async (_mode, plainAbove) => {
    const a = await sampleAssessment();
    const dir = await mkdtemp(join(tmpdir(), "kaoping-writers-"));
    await writeResultWorkbook(join(dir, "memory.xlsx"), a, info, { streaming: false, plainAbove });
    await writeResultWorkbook(join(dir, "stream.xlsx"), a, info, { streaming: true, plainAbove });
    const memory = await contents(join(dir, "memory.xlsx"));
    const stream = await contents(join(dir, "stream.xlsx"));
    expect(stream.map(([n]) => n)).toEqual(memory.map(([n]) => n));
    for (let i = 0; i < memory.length; i++) {
      const [name, rows] = memory[i];
      // 说明 alone differs: the streamed one says how it was written.
      const drop = (r: unknown[][]) => (name === "说明" ? r.filter((x) => x && x[0] !== "写出方式") : r);
      expect(drop(stream[i][1]), name).toEqual(drop(rows));
    }
    const about = stream.find(([n]) => n === "说明")![1];
    expect(about.some((r) => r && r[0] === "写出方式")).toBe(true);
  });

  it("splits 计分明细 when it outgrows a sheet, in both writers", async () => {
    const a = await sampleAssessment();
    const dir = await mkdtemp(join(tmpdir(), "kaoping-split-"));
    // 12 units × 33 items = 396 rows; 150 a sheet → 150 + 150 + 96
    for (const streaming of [false, true]) {
      const path = join(dir, `${streaming}.xlsx`);
      await writeResultWorkbook(path, a, info, { streaming, detailRowsPerSheet: 150 });
      const sheets = await contents(path);
      const details = sheets.filter(([n]) => n.startsWith("计分明细"));
      expect(details.map(([n]) => n)).toEqual(["计分明细", "计分明细2", "计分明细3"]);
      expect(details.map(([, rows]) => rows.filter(Boolean).length - 3)).toEqual([150, 150, 96]);
      const about = sheets.find(([n]) => n === "说明")![1];
      expect(about.some((r) => r && r[0] === "计分明细" && String(r[1]).includes("分在 3 张表"))).toBe(true);
    }
  });
});

describe("plain long sheets", () => {
  it("hold the same values as styled ones", async () => {
    const a = await sampleAssessment();
    const dir = await mkdtemp(join(tmpdir(), "kaoping-plain-"));
    await writeResultWorkbook(join(dir, "styled.xlsx"), a, info, { streaming: false });
    await writeResultWorkbook(join(dir, "plain.xlsx"), a, info, { streaming: false, plainAbove: 0 });
    expect(await contents(join(dir, "plain.xlsx"))).toEqual(await contents(join(dir, "styled.xlsx")));
  });
});
