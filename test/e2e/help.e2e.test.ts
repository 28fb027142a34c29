/**
 * End to end: the command line as a clerk meets it. Help in Chinese with
 * columns that line up in a terminal (a CJK character is two columns), the
 * submissions file as an argument, a misspelled --radar unit answered with
 * the nearest names, and validate's summary pointing to its own list.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli, writeBook } from "../cli.js";
import { terminalWidth } from "../../src/cli/terminalText.js";

const HELPS = ["--help", "score --help", "validate --help", "report --help", "template --help", "criteria --help", "criteria import --help", "help score"];

/** Item lines of a help text (two spaces, then a term) and the terminal column where each description starts. */
function descriptionColumns(help: string): { line: string; column: number }[] {
  const out: { line: string; column: number }[] = [];
  let inList = false;
  for (const line of help.split("\n")) {
    if (/^(参数|选项|全局选项|命令)：$/.test(line)) inList = true;
    else if (line === "" || /^\S/.test(line)) inList = /^(参数|选项|全局选项|命令)：$/.test(line);
    else if (inList) {
      // An item: 「  -o, --out <dir>   输出目录」; a continuation: only spaces before the text.
      const m = /^( {2}\S.*?\S? {2,})(\S.*)$/.exec(line) ?? /^( +)(\S.*)$/.exec(line);
      if (m) out.push({ line, column: terminalWidth(m[1]) });
    }
  }
  return out;
}

let dir: string;
let criteria: string;
let submissions: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-help-"));
  criteria = join(dir, "测评体系.xlsx");
  await writeBook(criteria, [["测评细则", [["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "参数"], ["1", "组织", "领导小组已成立", 100, "是否", "领导小组已成立"]]]]);
  submissions = join(dir, "2026-申报数据.xlsx");
  // Names chosen so that two are one character from a misspelling and one contains a short name.
  await writeBook(submissions, [["申报数据", [["2026年度申报数据"], ["单位名称", "单位类别", "领导小组已成立"], ["县水务局", "机关", "是"], ["县水利局", "机关", "否"], ["城关镇", "乡镇", "是"], ["县政协机关", "机关", "是"]]]]);
});

describe("help in Chinese", () => {
  it.each(HELPS)("kaoping %s: 用法, 选项 and 示例, no English headings or defaults", async (args) => {
    const r = await runCli(args.split(" "));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法：kaoping/);
    expect(r.stdout).toContain("\n选项：\n");
    expect(r.stdout).toContain("\n示例：\n");
    for (const english of ["Usage", "Options", "Commands", "Arguments", "default:", "[options]", "[command]"]) expect(r.stdout).not.toContain(english);
  });

  it.each(HELPS)("kaoping %s: every description starts in one column, in terminal cells, and no line is wider than 80", async (args) => {
    const r = await runCli(args.split(" "));
    const columns = descriptionColumns(r.stdout);
    // At least -h, --help and --debug are items.
    expect(columns.length).toBeGreaterThanOrEqual(2);
    expect(new Set(columns.map((c) => c.column)), columns.map((c) => `${c.column}: ${c.line}`).join("\n")).toHaveProperty("size", 1);
    for (const line of r.stdout.split("\n")) expect(terminalWidth(line), line).toBeLessThanOrEqual(80);
  });

  it("score's help: the default in Chinese, the file argument, --radar beside --unit", async () => {
    const r = await runCli(["score", "--help"]);
    expect(r.stdout).toMatch(/^ {2}-o, --out <dir> +输出目录（默认：output）$/m);
    expect(r.stdout).toMatch(/^用法：kaoping score \[选项\] \[申报数据\]$/m);
    expect(r.stdout).toMatch(/^ {2}申报数据 +申报数据工作簿/m);
    expect(r.stdout).toMatch(/^ {2}-u, --radar <单位名称> +为指定单位绘制/m);
    expect(r.stdout).toMatch(/^ {2}--unit <单位名称> +同 --radar/m);
    // The repeatable option's empty list is not shown as a default.
    expect(r.stdout).not.toContain("[]");
  });
});

describe("the submissions file as an argument", () => {
  it("`score <file>` reads it as --submissions would", async () => {
    const out = join(dir, "positional");
    const r = await runCli(["score", submissions, "-c", criteria, "--no-previous", "--no-charts", "-q", "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((await stat(join(out, "2026-排名结果.xlsx"))).isFile()).toBe(true);
    // 4 units, 3 with 是 (100 points) and 县水利局 with 否.
    expect(r.stdout).toContain("计分单位 4 个");
  });

  it("the same file twice (argument and --submissions) is fine; two different files: one Chinese line, exit 2", async () => {
    expect((await runCli(["validate", submissions, "-s", submissions, "-c", criteria, "--no-previous"])).code).toBe(0);
    const r = await runCli(["validate", submissions, "-s", join(dir, "其他.xlsx"), "-c", criteria, "--no-previous"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([`申报数据给了两次且不是同一个：${submissions} 和 --submissions ${join(dir, "其他.xlsx")}；只写一个即可`]);
  });

  it("two files as arguments: too many", async () => {
    const r = await runCli(["report", submissions, submissions, "-c", criteria]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("错误：参数过多（用 --help 查看用法）");
  });
});

describe("--radar with a name not scored", () => {
  it("names the nearest units (one character off; containing what was typed), or says there are none", async () => {
    const r = await runCli(["score", submissions, "-c", criteria, "--no-previous", "-q", "-o", join(dir, "radar"), "--radar", "县水物局", "--unit", "城关", "-u", "乙"]);
    expect(r.code).toBe(2);
    // 县水物局: 县水务局 and 县水利局 are 1 edit away, 县政协机关 is 4; 城关 is in 城关镇 only; 乙 is near nothing.
    expect(r.stderr.trim()).toBe("--radar（--unit）指定的单位不在申报数据中：“县水物局”（是否要找：县水务局、县水利局）；“乙”（没有相近的单位名称）；“城关”（是否要找：城关镇）");
  });
});

describe("--radar with a name typed with a stray space", () => {
  it("draws the unit as the data name it (the name it would have suggested)", async () => {
    const out = join(dir, "radar-space");
    const r = await runCli(["score", submissions, "-c", criteria, "--no-previous", "-q", "-o", out, "--radar", "县水务局 "]);
    expect(r.code, r.stderr).toBe(0);
    const drawn = (await readdir(join(out, "charts"), { recursive: true })).map(String);
    expect(drawn.some((f) => f.includes("县水务局") && f.endsWith(".png"))).toBe(true);
  });
});

describe("validate's summary", () => {
  it("points to the list above, not to a 问题清单 sheet it did not write", async () => {
    const r = await runCli(["validate", submissions, "-c", criteria, "--no-previous"]);
    const last = r.stdout.trim().split("\n").at(-1)!;
    expect(last).toMatch(/^检查完成：计分单位 4 个/);
    expect(r.stdout).not.toContain("问题清单");
  });
});
