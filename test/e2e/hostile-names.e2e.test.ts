/**
 * Unit names that make bad file names (issue 12, items 9, 19, 20): the real
 * CLI writes one file per unit, never nests, never exceeds 255 bytes, never
 * uses a Windows device name, says which unit went to which file, and a
 * later run into the same folder leaves no chart of the earlier one.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, readSheetRows, runCli, writeBook } from "../cli.js";

const LONG = "局".repeat(90); // 270 bytes: over the 255-byte limit before any suffix
const HOSTILE = ["甲:乙局", "甲?乙局", "甲*乙局", "水务/局", "CON", "NUL.txt", "LPT9", "COM¹", "AUX.档案", LONG, `${LONG}甲`, "尾点局.", "普通局"];
const CUT = "局".repeat(40); // 120 bytes / 3 bytes per character
/** A name as a terminal line shows it: over 60 characters, the first 44, …, the last 15 (issue 12: a 40,000-character name must not fill the screen). */
const shown = (name: string) => (Array.from(name).length > 60 ? `${Array.from(name).slice(0, 44).join("")}…${Array.from(name).slice(-15).join("")}` : name);
// By hand: ":", "?", "*" and "/" become "_"; device names get a leading "_";
// AUX is a device to Windows whatever follows its dot; both long names cut
// to the same 40 characters; the trailing dot goes.
const RADAR_FILES = ["甲_乙局", "甲_乙局（2）", "甲_乙局（3）", "水务_局", "_CON", "_NUL.txt", "_LPT9", "_COM¹", "_AUX.档案", CUT, `${CUT}（2）`, "尾点局", "普通局"].map((n) => `${n}.png`);
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
let dir: string;
let submissions: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-filenames-"));
  // The sample 申报数据 with its 13 unit rows (5–17) renamed; the 评委打分 and 单位变更 sheets name the old units, so they go.
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, "samples", "2026-申报数据.xlsx"));
  for (const name of ["评委打分", "单位变更"]) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  const ws = wb.getWorksheet("申报数据")!;
  HOSTILE.forEach((name, i) => (ws.getCell(5 + i, 2).value = name));
  submissions = join(dir, "2026-申报数据.xlsx");
  await wb.xlsx.writeFile(submissions);
});

const byteLength = (s: string) => Buffer.byteLength(s, "utf8");

describe("template --units with hostile names", () => {
  it("writes one 自评表 per unit, distinct, flat, short enough and Windows-safe, and lists the mapping", async () => {
    const list = join(dir, "名单.xlsx");
    await writeBook(list, [["名单", [["单位名称", "单位类别"], ...HOSTILE.map((n) => [n, "市直机关"])]]]);
    const out = join(dir, "forms");
    const r = await runCli(["template", "--units", list, "--year", "2026", "--out", out], dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`已生成 ${HOSTILE.length} 份自评表`);
    const entries = await readdir(join(out, "自评表"), { withFileTypes: true });
    expect(entries.every((e) => e.isFile())).toBe(true);
    const names = entries.map((e) => e.name).sort();
    expect(names).toEqual(RADAR_FILES.map((f) => `2026-${f.replace(/\.png$/, "")}-自评表.xlsx`).sort());
    for (const n of names) {
      expect(byteLength(n)).toBeLessThanOrEqual(255);
      expect(WINDOWS_DEVICE.test(n)).toBe(false);
    }
    // 12 of the 13 are not named exactly after their unit (only 普通局 is); in 名单 order the second and third 甲…乙局 get the marks.
    expect(r.stdout).toContain("提示：12 个单位的文件名与单位名称不同");
    expect(r.stdout).toContain(`“甲?乙局” → ${join("forms", "自评表", "2026-甲_乙局（2）-自评表.xlsx")}`);
    expect(r.stdout).toContain(`“甲*乙局” → ${join("forms", "自评表", "2026-甲_乙局（3）-自评表.xlsx")}`);
    expect(r.stdout).toContain(`“AUX.档案” → ${join("forms", "自评表", "2026-_AUX.档案-自评表.xlsx")}`);
    expect(r.stdout).toContain(`“${"局".repeat(44)}…${"局".repeat(14)}甲” → ${join("forms", "自评表", `2026-${CUT}（2）-自评表.xlsx`)}`);
    expect(r.stdout).not.toContain("“普通局”");
  });
});

describe("score --all-units with hostile names", () => {
  it("draws one radar per unit under charts/单位, none nested, and says which unit went to which file", async () => {
    const out = join(dir, "scored");
    const r = await runCli(["score", "--submissions", submissions, "--no-previous", "--all-units", "--quiet", "--out", out], dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`计分单位 ${HOSTILE.length} 个`);
    const entries = await readdir(join(out, "charts", "单位"), { withFileTypes: true });
    expect(entries.every((e) => e.isFile())).toBe(true);
    expect(entries.map((e) => e.name).sort()).toEqual([...RADAR_FILES].sort());
    expect(r.stdout).toContain("提示：12 个单位的文件名与单位名称不同");
    // Radars are in rank order, so which 甲…乙局 gets （2） depends on scores: each name is listed once, with a file of the set.
    for (const name of HOSTILE.filter((n) => n !== "普通局")) {
      const line = r.stdout.split("\n").find((l) => l.startsWith(`  “${shown(name)}” → `));
      expect(line, name).toBeDefined();
      expect(RADAR_FILES.map((f) => join("scored", "charts", "单位", f))).toContain(line!.slice(`  “${shown(name)}” → `.length));
    }
    expect((await readdir(out)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("a second run into the same folder leaves none of the first run's charts, and keeps a file of the user's", async () => {
    const out = join(dir, "again");
    expect((await runCli(["score", "--submissions", submissions, "--no-previous", "--all-units", "--quiet", "--out", out], dir)).code).toBe(0);
    // Before the fix the second run only added files: 13 radars stayed beside the one asked for.
    const again = await runCli(["score", "--submissions", submissions, "--no-previous", "--unit", "普通局", "--quiet", "--out", out], dir);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(await readdir(join(out, "charts", "单位"))).toEqual(["普通局.png"]);

    await writeFile(join(out, "charts", "我的备注.txt"), "用户自己的文件");
    await mkdir(join(out, "charts", "旧图"), { recursive: true });
    const third = await runCli(["score", "--submissions", submissions, "--no-previous", "--unit", "甲:乙局", "--quiet", "--out", out], dir);
    expect(third.code, third.stdout + third.stderr).toBe(0);
    expect(await readdir(join(out, "charts", "单位"))).toEqual(["甲_乙局.png"]);
    expect((await stat(join(out, "charts", "我的备注.txt"))).isFile()).toBe(true);
    expect((await readdir(out)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("two runs into one folder at once", () => {
  it("leave the charts of one run, not a mix of both", async () => {
    const out = join(dir, "together");
    const run = (unit: string) => runCli(["score", "--submissions", submissions, "--no-previous", "--unit", unit, "--quiet", "--out", out], dir);
    const [a, b] = await Promise.all([run("甲:乙局"), run("普通局")]);
    expect(a.code, a.stdout + a.stderr).toBe(0);
    expect(b.code, b.stdout + b.stderr).toBe(0);
    // Whichever finished last: its one radar, never both (before, charts/单位 held both files).
    expect([["甲_乙局.png"], ["普通局.png"]]).toContainEqual(await readdir(join(out, "charts", "单位")));
    expect((await readdir(out)).filter((n) => n.startsWith("."))).toEqual([]);
  });
});

describe("a unit name longer than an Excel cell holds", () => {
  it("is cut to 32,767 characters in the workbook with a warning per sheet, and its radar file to 120 bytes", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(submissions);
    const name = "长".repeat(40_000);
    wb.getWorksheet("申报数据")!.getCell(5, 2).value = name;
    const input = join(dir, "long", "2026-申报数据.xlsx");
    await mkdir(join(dir, "long"), { recursive: true });
    await wb.xlsx.writeFile(input);
    const out = join(dir, "long", "out");
    const r = await runCli(["score", "--submissions", input, "--no-previous", "--all-units", "--quiet", "--out", out], dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // 总排名 names each unit once: one cut cell, in the name column (B) of the unit's row.
    expect(r.stdout).toMatch(/警告：“总排名”表有 1 个单元格超过 Excel 的 32767 字上限，已截断（第一个在 B\d+）/);
    const rows = await readSheetRows(join(out, "2026-排名结果.xlsx"), "总排名", 4);
    const cut = rows.map((row) => row[1]).find((v) => typeof v === "string" && v.startsWith("长长长")) as string;
    expect(cut.length).toBe(32_767);
    expect(await readdir(join(out, "charts", "单位"))).toContain(`${"长".repeat(40)}.png`);
  });
});

describe("template for more 数据项 than Excel has columns", () => {
  it("refuses with exit 2 and says why, writing nothing", async () => {
    // 16,383 数据项 + 单位名称 + 单位类别 = 16,385 columns, one past XFD (16,384).
    const items = Array.from({ length: 16_383 }, (_, i) => [`${i + 1}`, "大项", `项${i + 1}`, 0.01, "达标", `数据${i + 1}`, "1", "≥", ""]);
    const criteria = join(dir, "宽测评体系.xlsx");
    await writeBook(criteria, [["测评细则", [["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "目标值", "方向", "参数"], ...items]]]);
    const out = join(dir, "wide-template");
    const r = await runCli(["template", "--criteria", criteria, "--year", "2026", "--out", out], dir);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain("宽测评体系.xlsx: 测评体系有 16383 个数据项，汇总模板需要 16385 列，超过 Excel 的 16384 列上限（XFD 列），无法生成；请拆分测评体系");
    await expect(stat(out)).rejects.toThrow();
  }, 120_000);
});
