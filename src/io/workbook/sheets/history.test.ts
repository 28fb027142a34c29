/**
 * 历年对比 as both writers write it: the streaming writer and the exceljs
 * reference give the same cells and merges (two header rows, merged year
 * headings, the note row merged across), on the samples with 2025 as history.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamingReader } from "../../readWorkbook.js";
import { resultWorkbook, writeResultWorkbook, type RunInfo } from "../../writeResultWorkbook.js";
import { toExceljs } from "../../xlsx/exceljsXlsx.js";
import { IssueLog } from "../../../core/issues.js";
import { parseCriteria } from "../../../core/criteria/parseCriteria.js";
import { assess } from "../../../core/score/assess.js";

const ROOT = join(__dirname, "..", "..", "..", "..");
const info: RunInfo = { label: "2026", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2026, 0, 1)) };

async function sheetOf(path: string, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  ws.eachRow((r, n) => rows.push([n, ...(r.values as unknown[]).slice(1)]));
  return { rows, merges: [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort(), names: wb.worksheets.map((w) => w.name) };
}

describe("历年对比", () => {
  it("is written the same by both writers, after 分类汇总 and before 说明", async () => {
    const issues = new IssueLog();
    const criteria = parseCriteria(await streamingReader.read(join(ROOT, "scoring-sheets/文明机关测评体系.xlsx")), issues);
    const a = assess(criteria, await streamingReader.read(join(ROOT, "samples/2026-申报数据.xlsx")), issues, {
      year: 2026,
      history: [{ book: await streamingReader.read(join(ROOT, "samples/2025-申报数据.xlsx")), year: 2025 }],
    });
    const dir = await mkdtemp(join(tmpdir(), "kaoping-history-sheet-"));
    await writeResultWorkbook(join(dir, "stream.xlsx"), a, info);
    await toExceljs(resultWorkbook(a, info)).xlsx.writeFile(join(dir, "memory.xlsx"));
    const stream = await sheetOf(join(dir, "stream.xlsx"), "历年对比");
    const memory = await sheetOf(join(dir, "memory.xlsx"), "历年对比");
    expect(stream).toEqual(memory);
    expect(stream.names.slice(-2)).toEqual(["历年对比", "说明"]);
    // 2 + 2 years × 3 + 8 = 16 columns: A–P. Year headings merged over three columns each; the note row across:
    // 4 + 12 units + 1 unit of 2025 only (县档案局, not in the 2026 samples) + 2 = 19.
    expect(stream.merges).toEqual(expect.arrayContaining(["A1:P1", "C3:E3", "F3:H3", "A3:A4", "P3:P4", "A19:P19"]));
    expect(stream.rows.find((r) => r[1] === "县档案局")?.[16]).toBe("本年未参评（最后参评 2025 年）");
    const remark = (unit: string) => stream.rows.find((r) => r[1] === unit)?.[16];
    // The samples' 单位变更: 龙湾区人事局 + 龙湾区劳动局 → 龙湾区人事劳动局; 城关第一小学 is new in 2026.
    expect(remark("龙湾区人事劳动局")).toBe("2025 年由 龙湾区人事局、龙湾区劳动局 分别参评（合并前，不计总分和名次）");
    expect(remark("城关第一小学")).toBe("本年新参评");
    expect(String(stream.rows.at(-1)![1])).toMatch(/^说明：2025 年为申报数据按本年测评体系重新计分。/);
  });
});
