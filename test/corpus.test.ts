/**
 * Every case of test/corpus (built by scripts/make-corpus.ts) through the
 * CLI: `kaoping validate --submissions <file> --no-previous`, or the
 * case's own command and arguments on a copy of its folder. No crash, the
 * exit code and Chinese message the manifest names, every input file's
 * bytes unchanged, and for readable files every unit row accounted for.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, writeFileSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, runCli } from "./cli.js";
import { BUILT_CORPUS_FILES, type CorpusCase } from "../scripts/craftedFiles.js";


const CORPUS = join(ROOT, "test", "corpus");
const cases: CorpusCase[] = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));

beforeAll(() => ensureBuilt());

describe("corpus of broken, legacy and hostile files", () => {
  it("holds the cases the intake must survive", () => {
    expect(cases.map((c) => c.file)).toEqual(
      expect.arrayContaining(["截断.xlsx", "压缩炸弹.xlsx", "百万空行.xlsx", "16384列.xlsx", "缺共享字符串.xlsx", "公式无结果.xlsx", "日期.xlsx", "公式样单位名.xlsx", "网页表格.xls", "GBK编码.csv", "UTF8带BOM.csv",
        // issue 12
        "日期格式的非日期.xlsx", "9e307.xlsx", "码位超界.xlsx", "错误值单位名.xlsx", "零宽字符单位名.xlsx", "表尾样单位名.xlsx", "深度隐藏申报表.xlsx", "只有隐藏申报表.xlsx",
        "控制字符单位名.xlsx", "四万字单位名.xlsx", "加密.xlsx", "加密.xls", "表.ods", "表.xlsb", "命名空间前缀.xlsx", "计数写成万.xlsx",
        "合并炸弹.xlsx", "未闭合共享字符串.xlsx", "小写引用.xlsx", "仅公式行.xlsx",
        // issue 12, cases with a command and a folder of their own
        "公式原型名/测评体系.xlsx", "输出即输入/2026-排名结果.xlsx", "上年同年/2026-申报数据.xlsx", "输出上级是文件/申报数据.xlsx", "合计不符/测评体系.xlsx", "文件名相撞/申报数据.xlsx",
        "未闭合行.xlsx", "CSV超过行数.csv", "CSV字段过多.csv", "长单位名/申报数据.xlsx", "长单位名自评表/名单.xlsx", "收回夹杂/收回/甲局.xlsx", "旧图表/申报数据.xlsx",
        "超长单元格/申报数据.xlsx", "超过XFD列/测评体系.xlsx", "路径不存在/申报数据.xlsx", "路径是文件夹/申报数据.xlsx", "收回即输出/收回/甲局.xlsx"]),
    );
  });

  it.each(cases.map((c) => [c.file, c] as const))("%s", async (_name, c) => {
    const path = c.built ? built(c.file) : join(CORPUS, c.file);
    const run = c.command ? inFolder(c) : { args: ["validate", "--submissions", path, "--no-previous"], cwd: ROOT, inputs: path, message: c.message };
    const before = hashes(run.inputs);
    const r = await runCli(run.args, run.cwd);
    // Inputs are never written, whatever the case does to the reader: every file as it was, none added.
    expect(hashes(run.inputs)).toEqual(before);
    const output = r.stdout + r.stderr;
    expect(output).not.toMatch(/内部错误|at .*\.js:\d+/);
    if (c.file === "旧版.xls" && r.code === 2) {
      // No LibreOffice on this machine: kaoping says how to re-save instead.
      expect(r.stderr).toContain("旧版.xls: 这是旧版 Excel（.xls）或 WPS（.et）文件");
      return;
    }
    expect(r.code, output).toBe(c.exit);
    expect(output).toContain(run.message);
    if (c.exit === 2) expect(r.stderr.trim().split("\n")).toHaveLength(1);
    for (const p of c.present ?? []) expect(existsSync(join(run.cwd, p)), `${p} should exist`).toBe(true);
    for (const p of c.absent ?? []) expect(existsSync(join(run.cwd, p)), `${p} should not exist`).toBe(false);
    if (c.unitRows !== undefined) {
      // validate: 「计分单位 2 个，未参与排名 0 行」; score: 「计分单位 2 个（其中一票否决 0 个），未参与排名 0 行」.
      const m = /计分单位 (\d+) 个(?:（[^）]*）)?，未参与排名 (\d+) 行/.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      expect(Number(m![1]) + Number(m![2])).toBe(c.unitRows);
    }
  });
});

/** A corpus file too large for git, built into a temporary folder (BUILT_CORPUS_FILES). */
function built(file: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "kaoping-corpus-built-")), file);
  writeFileSync(path, BUILT_CORPUS_FILES[file]());
  return path;
}

/**
 * A case with a command: its folder copied to a temporary `{dir}` (so a
 * regression that writes an input cannot touch the repository), an empty
 * temporary `{out}` as the working directory, placeholders replaced.
 */
function inFolder(c: CorpusCase): { args: string[]; cwd: string; inputs: string; message: string } {
  const dir = mkdtempSync(join(tmpdir(), "kaoping-corpus-in-"));
  // The case's folder is the first segment of its file (收回夹杂/收回/甲局.xlsx → 收回夹杂).
  const folder = join(CORPUS, c.file.split("/")[0]);
  cpSync(folder, dir, { recursive: true });
  // The copy is the files of the corpus, byte for byte.
  expect(hashes(dir)).toEqual(hashes(folder));
  const out = mkdtempSync(join(tmpdir(), "kaoping-corpus-out-"));
  // What an earlier run left in the output folder.
  if (c.outFrom) cpSync(join(folder, c.outFrom), out, { recursive: true });
  const fill = (s: string) => s.replaceAll("{dir}", dir).replaceAll("{out}", out);
  return { args: [c.command!, ...(c.args ?? []).map(fill)], cwd: out, inputs: dir, message: fill(c.message) };
}

/** SHA-256 of a file, or of every file in a folder (and its subfolders), by relative path. */
function hashes(path: string): Record<string, string> {
  const sha256 = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
  if (!statSync(path).isDirectory()) return { ".": sha256(path) };
  const all: Record<string, string> = {};
  for (const e of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) all[join(e.parentPath, e.name).slice(path.length + 1)] = sha256(join(e.parentPath, e.name));
  }
  return all;
}

describe("names that look like formulas", () => {
  it("are written back as text, never as formulas", async () => {
    const { mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const ExcelJS = (await import("exceljs")).default;
    const out = await mkdtemp(join(tmpdir(), "kaoping-formula-names-"));
    const r = await runCli(["score", "--submissions", join(CORPUS, "公式样单位名.xlsx"), "--no-previous", "--no-charts", "--out", out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "公式样单位名-排名结果.xlsx"));
    const names: unknown[] = [];
    wb.getWorksheet("总排名")!.eachRow((row, n) => n > 3 && names.push(row.getCell(2).value));
    expect(names).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.invalid","点我")', "+县财政局", "-县统计局", "@县审计局"]));
    for (const v of names) expect(typeof v).toBe("string");
  });
});
