/**
 * Names that must not reach the terminal as they are (issue 12): control
 * characters (ESC, BEL, a vertical tab, written as Excel's `_xHHHH_`
 * escapes) and a 40,000-character name, in `validate` and `score` lines.
 * The terminal shows controls as \uXXXX marks and names over 60
 * characters as their first 44, 「…」 and their last 15; the result
 * workbook keeps the names.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, readSheetRows, runCli } from "../cli.js";

const LONG = "长".repeat(40_000);
// Written into the cells with Excel's escapes: the reader decodes _x001B_ to ESC, _x0007_ to BEL, _x000B_ to a vertical tab.
const WRITTEN = (i: number) => (i % 2 === 0 ? `单位${i}_x001B_[2J_x0007_局` : `${LONG}${i}`);
/** Any control a terminal obeys: C0 except tab and line feed, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
let dir: string;
let submissions: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-terminal-names-"));
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, "samples", "2026-申报数据.xlsx"));
  for (const name of ["评委打分", "单位变更"]) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  const ws = wb.getWorksheet("申报数据")!;
  for (let i = 0; i < 13; i++) {
    ws.getCell(5 + i, 2).value = WRITTEN(i);
    // 专题研究次数 in words: one notANumber issue per unit, naming the unit.
    ws.getCell(5 + i, 6).value = "八十五";
  }
  submissions = join(dir, "2026-申报数据.xlsx");
  await wb.xlsx.writeFile(submissions);
});

function expectTerminalSafe(text: string): void {
  expect(CONTROL.test(text)).toBe(false);
  // The longest line the names may make: a 60-character name twice (unit and quoted) plus the message; never 40,000.
  expect(Math.max(...text.split("\n").map((l) => l.length))).toBeLessThan(400);
}

describe("names with controls and 40,000-character names in terminal lines", () => {
  it("validate: each issue line shows the controls as marks and cuts the long name with 「…」", async () => {
    const r = await runCli(["validate", "--submissions", submissions, "--no-previous"], dir);
    // Exit 1: the 八十五 cells are data errors.
    expect(r.code, r.stderr).toBe(1);
    expectTerminalSafe(r.stdout + r.stderr);
    const lines = r.stdout.split("\n");
    // By hand: unit 0 is 单位0 ESC [2J BEL 局 → 单位0\u001B[2J\u0007局.
    expect(lines.some((l) => l.includes("（单位0\\u001B[2J\\u0007局 / "))).toBe(true);
    // Unit 1 is 40,000 × 长 then 1: the first 44 characters, …, the last 15 (14 × 长 and 1).
    expect(lines.some((l) => l.includes(`（${"长".repeat(44)}…${"长".repeat(14)}1 / `))).toBe(true);
  });

  it("score: the summary's top five shows the same marks and cuts; the workbook keeps the names", async () => {
    const out = join(dir, "out");
    const r = await runCli(["score", "--submissions", submissions, "--no-previous", "--no-charts", "-q", "--out", out], dir);
    expect(r.code, r.stderr).toBe(0);
    expectTerminalSafe(r.stdout + r.stderr);
    const top = r.stdout.split("\n").filter((l) => /^ {4}\d+\. /.test(l));
    expect(top).toHaveLength(5);
    for (const l of top) expect(l.includes("\\u001B[2J\\u0007局（") || /长{44}…长{14}\d+（/.test(l)).toBe(true);
    const ranked = (await readSheetRows(join(out, "2026-排名结果.xlsx"), "总排名", 4)).map((row) => String(row[1]));
    // The workbook keeps the whole name up to Excel's 32,767 characters, and the ESC (its writer strips only what XML cannot hold).
    expect(ranked.some((n) => n.length === 32_767 && n.startsWith("长长长"))).toBe(true);
  });
});
