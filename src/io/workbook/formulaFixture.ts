/**
 * The samples' result workbook as the formula fixture and its test build
 * it: the shipped criteria with a chosen tie convention, last year for 同比,
 * --formulas. Used by scripts/make-formula-fixture.ts (then recalculated by
 * LibreOffice) and by the test that compares LibreOffice's values with these.
 */
import { join } from "node:path";
import { streamingReader } from "../readWorkbook.js";
import { writeResultWorkbook } from "../writeResultWorkbook.js";
import { IssueLog } from "../../core/issues.js";
import { parseCriteria } from "../../core/criteria/parseCriteria.js";
import { assess } from "../../core/score/assess.js";
import type { RankMethod } from "../../core/model.js";

export async function sampleFormulaWorkbook(root: string, rankMethod: RankMethod, path: string): Promise<void> {
  const issues = new IssueLog();
  const criteria = parseCriteria(await streamingReader.read(join(root, "scoring-sheets/文明机关测评体系.xlsx")), issues);
  criteria.settings.rankMethod = rankMethod;
  const a = assess(criteria, await streamingReader.read(join(root, "samples/2026-申报数据.xlsx")), issues, {
    previous: await streamingReader.read(join(root, "samples/2025-申报数据.xlsx")),
  });
  await writeResultWorkbook(path, a, { label: "2026", inputs: [], version: "fixture", generatedAt: new Date(Date.UTC(2026, 0, 1)), formulas: true });
}
