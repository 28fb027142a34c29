/**
 * Every folder of test/realistic (built by scripts/make-realistic.ts): the
 * office's own layouts and the clerks' ways of typing, each scored by the
 * real CLI. For each case: the exit code; the 得分 of the changed item in
 * 计分明细 (worked out by hand in the script); every other item of the unit
 * at its base points (nothing else moved); the issue the case names, at its
 * cell; a cell read differently from how it was typed is named in 问题清单;
 * every unit row ranked or listed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT, ensureBuilt, runCli } from "./cli.js";
import type { RealisticCase } from "../scripts/make-realistic.js";
import { BASE_POINTS } from "../scripts/make-realistic.js";

const DIR = join(ROOT, "test", "realistic");
const cases: RealisticCase[] = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8"));

beforeAll(() => ensureBuilt());

interface IssueRow {
  severity: string;
  /** sheet!cell for each cell the issue names (a check may name several: F5、G5). */
  where: string[];
  message: string;
}

async function readBack(file: string): Promise<{ points: Map<string, Map<string, number | null>>; issues: IssueRow[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const points = new Map<string, Map<string, number | null>>();
  // 计分明细: 单位 A, 编号 C, 得分 J; data from row 4.
  wb.getWorksheet("计分明细")!.eachRow((row, n) => {
    if (n < 4) return;
    const unit = String(row.getCell(1).value ?? "");
    const value = row.getCell(10).value;
    if (!points.has(unit)) points.set(unit, new Map());
    points.get(unit)!.set(String(row.getCell(3).value ?? ""), typeof value === "number" ? value : null);
  });
  // 问题清单: 级别 B, 工作表 D, 单元格 E, 说明 H.
  const issues: IssueRow[] = [];
  wb.getWorksheet("问题清单")!.eachRow((row, n) => {
    if (n < 4) return;
    const text = (c: number) => String(row.getCell(c).value ?? "");
    const cells = text(5) ? text(5).split("、") : [];
    issues.push({ severity: text(2), where: cells.map((cell) => `${text(4)}!${cell}`), message: text(8) });
  });
  return { points, issues };
}

describe("realistic office workbooks", () => {
  it("hold at least the variants the issue names", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.concurrent.each(cases.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const folder = join(DIR, c.id);
    const submissions = join(folder, "2026-申报数据.xlsx");
    const out = await mkdtemp(join(tmpdir(), "kaoping-realistic-"));
    try {
      const args = ["score", "--criteria", join(c.ownCriteria ? folder : DIR, "测评体系.xlsx"), "--submissions", submissions, "--no-charts", "--quiet", "--out", out];
      if (c.previous === "same") args.push("--previous", submissions);
      else if (c.previous) args.push("--previous", join(folder, "2025-申报数据.xlsx"));
      else args.push("--no-previous");
      const r = await runCli(args);
      const output = r.stdout + r.stderr;
      expect(output).not.toMatch(/内部错误|at .*\.js:\d+/);
      expect(r.code, output).toBe(c.exit);
      if (c.exit !== 0) {
        expect(output).toContain(c.message!);
        return;
      }
      const m = /计分单位 (\d+) 个(?:（[^）]*）)?，未参与排名 (\d+) 行/.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      expect(Number(m![1]) + Number(m![2])).toBe(c.unitRows);

      const { points, issues } = await readBack(join(out, "2026-排名结果.xlsx"));
      const unit = points.get(c.unit!);
      expect(unit, `${c.unit} in 计分明细`).toBeDefined();
      const expected: Record<string, number | null> = { ...BASE_POINTS, ...(c.alsoChanged ?? {}) };
      if (c.item) expected[c.item] = c.points ?? null;
      for (const [key, want] of Object.entries(expected)) {
        if (want === null) continue;
        expect(unit!.get(key), `${c.unit} ${key}`).toBe(want);
      }
      const shown = issues.map((i) => `${i.severity} ${i.where.join("、")} ${i.message}`).join("\n");
      if (c.issue) {
        const hit = issues.find((i) => i.severity === c.issue!.severity && i.message.includes(c.issue!.contains) && (!c.issue!.cell || i.where.includes(c.issue!.cell)));
        expect(hit, `${c.issue.severity} “${c.issue.contains}” at ${c.issue.cell ?? "any cell"} in:\n${shown}`).toBeDefined();
      }
      if (c.absent) expect(issues.filter((i) => i.message.includes(c.absent!) && !i.message.includes("不是单位数据")), shown).toEqual([]);
      // Nothing silent: a cell read as other than typed is named in 问题清单.
      if (c.changed) expect(issues.some((i) => i.where.includes(c.cell!)), `an issue at ${c.cell} in:\n${shown}`).toBe(true);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
