/**
 * The result workbook's formulas recalculated by HyperFormula (test/recalculate.ts):
 * every formula cell must come back to the value kaoping cached beside it,
 * for the samples under each tie convention, with and without --formulas.
 */
import { describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamingReader } from "../readWorkbook.js";
import { writeResultWorkbook, type RunInfo } from "../writeResultWorkbook.js";
import { IssueLog } from "../../core/issues.js";
import { parseCriteria } from "../../core/criteria/parseCriteria.js";
import { assess } from "../../core/score/assess.js";
import type { RankMethod } from "../../core/model.js";
import { differences, excelRound, hyperFormulaRound, recalculate } from "../../../test/recalculate.js";

const ROOT = join(__dirname, "..", "..", "..");

async function sampleWorkbook(rankMethod: RankMethod, formulas: boolean): Promise<string> {
  const issues = new IssueLog();
  const criteria = parseCriteria(await streamingReader.read(join(ROOT, "scoring-sheets/文明机关测评体系.xlsx")), issues);
  criteria.settings.rankMethod = rankMethod;
  const a = assess(criteria, await streamingReader.read(join(ROOT, "samples/2026-申报数据.xlsx")), issues, {
    previous: await streamingReader.read(join(ROOT, "samples/2025-申报数据.xlsx")),
  });
  const info: RunInfo = { label: "2026", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2026, 0, 1)), formulas };
  const path = join(await mkdtemp(join(tmpdir(), "kaoping-formulas-")), `${rankMethod}.xlsx`);
  await writeResultWorkbook(path, a, info);
  return path;
}

const count = (checks: { sheet: string; formula: string }[], sheet: string, re: RegExp) => checks.filter((c) => c.sheet === sheet && re.test(c.formula)).length;

describe("the result workbook's formulas, recalculated by HyperFormula", () => {
  it("美式 with --formulas: every formula cell equals kaoping's value", async () => {
    const checks = await recalculate(await sampleWorkbook("competition", true));
    expect(differences(checks)).toEqual([]);
    // 12 units: 11 eligible ranked with RANK.EQ, 1 vetoed (一票否决, a value); each unit's 基本分/加分/总分 on both ranking sheets.
    expect(count(checks, "总排名", /^_xlfn\.RANK\.EQ\(/)).toBe(11);
    expect(count(checks, "总排名", /^ROUND\(SUM\('分项得分'!/)).toBe(12);
    expect(count(checks, "分类排名", /^COUNTIFS\(/)).toBe(11);
    // 等级 by LOOKUP for the 11 graded units, except those a gate lowered (none in the samples' criteria).
    expect(count(checks, "总排名", /^LOOKUP\(/)).toBe(11);
    // Item scores over 数据: the samples' rule types all appear.
    expect(count(checks, "分项得分", /'数据'!/)).toBeGreaterThan(300);
  });

  it("中国式 and 平均: the dense SUMPRODUCT form and RANK.AVG recalculate to kaoping's places", async () => {
    const dense = await recalculate(await sampleWorkbook("dense", false));
    expect(differences(dense)).toEqual([]);
    expect(count(dense, "总排名", /^SUMPRODUCT\(/)).toBe(11);
    expect(count(dense, "分类排名", /^SUMPRODUCT\(/)).toBe(11);
    const average = await recalculate(await sampleWorkbook("average", false));
    expect(differences(average)).toEqual([]);
    expect(count(average, "总排名", /^_xlfn\.RANK\.AVG\(/)).toBe(11);
    // No 数据 sheet without --formulas: item scores are values.
    expect(count(average, "分项得分", /'数据'!/)).toBe(0);
  });

  it("HyperFormula's own ROUND is not Excel's at binary ties (so test/recalculate.ts supplies Excel's)", () => {
    // Excel and LibreOffice round the decimal as written, half away from zero: ROUND(1.005,2) = 1.01, ROUND(0.285,2) = 0.29, ROUND(-2.5,0) = -3.
    expect([excelRound(1.005, 2), excelRound(0.285, 2), excelRound(-2.5, 0)]).toEqual([1.01, 0.29, -3]);
    // HyperFormula 3.5 rounds the binary double (1.00499999…): 1 and 0.28.
    expect([hyperFormulaRound(1.005, 2), hyperFormulaRound(0.285, 2)]).toEqual([1, 0.28]);
  });
});
