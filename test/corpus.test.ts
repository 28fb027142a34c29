/**
 * Every file of test/corpus (built by scripts/make-corpus.ts) through
 * `kaoping validate`: no crash, the exit code and Chinese message the
 * manifest names, and for readable files every unit row accounted for.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { ROOT, ensureBuilt, runCli } from "./cli.js";

interface CorpusCase {
  file: string;
  what: string;
  exit: 1 | 2;
  message: string;
  unitRows?: number;
}

const CORPUS = join(ROOT, "test", "corpus");
const cases: CorpusCase[] = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

beforeAll(() => ensureBuilt());

describe("corpus of broken, legacy and hostile files", () => {
  it("holds the cases the intake must survive", () => {
    expect(cases.map((c) => c.file)).toEqual(
      expect.arrayContaining(["截断.xlsx", "压缩炸弹.xlsx", "百万空行.xlsx", "16384列.xlsx", "缺共享字符串.xlsx", "公式无结果.xlsx", "日期.xlsx", "公式样单位名.xlsx", "网页表格.xls", "GBK编码.csv", "UTF8带BOM.csv",
        // issue 12
        "日期格式的非日期.xlsx", "9e307.xlsx", "码位超界.xlsx", "错误值单位名.xlsx", "零宽字符单位名.xlsx", "表尾样单位名.xlsx", "深度隐藏申报表.xlsx", "只有隐藏申报表.xlsx",
        "控制字符单位名.xlsx", "四万字单位名.xlsx", "加密.xlsx", "加密.xls", "表.ods", "表.xlsb", "命名空间前缀.xlsx", "计数写成万.xlsx",
        "合并炸弹.xlsx", "未闭合共享字符串.xlsx", "小写引用.xlsx", "仅公式行.xlsx"]),
    );
  });

  it.each(cases.map((c) => [c.file, c] as const))("%s", async (_name, c) => {
    const input = join(CORPUS, c.file);
    const before = sha256(input);
    const r = await runCli(["validate", "--submissions", input, "--no-previous"]);
    // Inputs are never written, whatever the file does to the reader.
    expect(sha256(input)).toBe(before);
    const output = r.stdout + r.stderr;
    expect(output).not.toMatch(/内部错误|at .*\.js:\d+/);
    if (c.file === "旧版.xls" && r.code === 2) {
      // No LibreOffice on this machine: kaoping says how to re-save instead.
      expect(r.stderr).toContain("旧版.xls: 这是旧版 Excel（.xls）或 WPS（.et）文件");
      return;
    }
    expect(r.code, output).toBe(c.exit);
    expect(output).toContain(c.message);
    if (c.exit === 2) expect(r.stderr.trim().split("\n")).toHaveLength(1);
    if (c.unitRows !== undefined) {
      const m = /计分单位 (\d+) 个，未参与排名 (\d+) 行/.exec(r.stdout)!;
      expect(Number(m[1]) + Number(m[2])).toBe(c.unitRows);
    }
  });
});

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
