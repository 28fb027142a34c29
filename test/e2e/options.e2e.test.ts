/**
 * End to end: the README's option table and the real CLI agree. Each row
 * names its commands (命令 column); every command's --help must list the
 * option, and every option a command's --help lists must be in the table
 * for that command. Then `report -q -u` is run, which once failed with
 * 「未知选项 -q」.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, runCli } from "../cli.js";

const COMMANDS = ["score", "validate", "report", "template"] as const;

/** README rows: the option's flags (-c, --criteria) and the commands its 命令 cell names. */
async function readmeOptions(): Promise<{ flags: string[]; commands: string[] }[]> {
  const text = await readFile(join(ROOT, "README.md"), "utf8");
  const table = text.slice(text.indexOf("| 选项 | 命令 |"));
  const rows = table.split("\n").slice(2).filter((l) => l.startsWith("| `"));
  return rows.map((l) => {
    const [option, commands] = l.split("|").slice(1, 3).map((c) => c.trim());
    return { flags: flagsOf(option.replace(/`/g, "")), commands: commands.split("、") };
  });
}

/** "-c, --criteria <xlsx>" → ["-c", "--criteria"]. */
function flagsOf(option: string): string[] {
  return option.split(/[ ,]+/).filter((w) => /^--?[a-z]/.test(w));
}

/**
 * The options a command's --help lists (its own and the global ones), without -h/--help and -V/--version.
 * An option's line starts with its flags two spaces in; a wrapped description that happens to begin
 * with 「--submissions」 is indented by the whole term column and is not an option line.
 */
async function helpOptions(command: string): Promise<Set<string>> {
  const help = await runCli([command, "--help"]);
  expect(help.code).toBe(0);
  const flags = help.stdout
    .split("\n")
    .filter((l) => /^ {2}-/.test(l))
    .flatMap((l) => flagsOf(l.trim().split(/\s{2,}/)[0]));
  return new Set(flags.filter((f) => !["-h", "--help", "-V", "--version"].includes(f)));
}

beforeAll(() => ensureBuilt());

describe("the README's option table", () => {
  it("has the 18 rows of -c … --debug, each naming known commands", async () => {
    const rows = await readmeOptions();
    // -c -s --units -p --no-previous --history (issue 14) -o --strict --report --no-charts --formulas -u --radar and --unit (issue 15) --all-units -q --year --questionnaires (issue 13) --debug
    expect(rows.map((r) => r.flags.at(-1))).toEqual(["--criteria", "--submissions", "--units", "--previous", "--no-previous", "--history", "--out", "--strict", "--report", "--no-charts", "--formulas", "--radar", "--unit", "--all-units", "--quiet", "--year", "--questionnaires", "--debug"]);
    for (const r of rows) for (const c of r.commands) expect(COMMANDS).toContain(c);
  });

  it.each(COMMANDS)("matches `kaoping %s --help` in both directions", async (command) => {
    const rows = await readmeOptions();
    const claimed = new Set(rows.filter((r) => r.commands.includes(command)).flatMap((r) => r.flags));
    expect([...(await helpOptions(command))].sort()).toEqual([...claimed].sort());
  });

  it("-q in report: by hand, report's row set is -c -s --units -p --no-previous --history -o -u/--radar --unit --all-units -q --year --questionnaires --debug", async () => {
    const report = await helpOptions("report");
    expect([...report].sort()).toEqual(["-c", "--criteria", "-s", "--submissions", "--units", "-p", "--previous", "--no-previous", "--history", "-o", "--out", "-u", "--radar", "--unit", "--all-units", "-q", "--quiet", "--year", "--questionnaires", "--debug"].sort());
  });
});

describe("kaoping report -q -u", () => {
  it("runs quietly, writes the 通报 and the unit's radar chart", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-options-"));
    const write = async (file: string, name: string, rows: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(name);
      rows.forEach((r) => ws.addRow(r));
      await wb.xlsx.writeFile(join(dir, file));
      return join(dir, file);
    };
    const criteria = await write("测评体系.xlsx", "测评细则", [
      ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"],
      ["1", "组织", "领导小组已成立", 100, "是否", "领导小组已成立"],
    ]);
    const submissions = await write("2026-申报数据.xlsx", "申报数据", [
      ["2026年度申报数据"],
      ["单位名称", "单位类别", "领导小组已成立"],
      ["甲单位", "机关", "是"],
      ["乙单位", "机关", "否"],
    ]);
    const out = join(dir, "out");
    const r = await runCli(["report", "-q", "-u", "甲单位", "--criteria", criteria, "--submissions", submissions, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((await stat(join(out, "2026-测评结果通报（草稿）.docx"))).isFile()).toBe(true);
    expect((await stat(join(out, "charts", "单位", "甲单位.png"))).isFile()).toBe(true);
  });
});
