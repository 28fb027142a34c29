/** Expected failures: one Chinese line, the right exit code, no stack trace. */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli } from "../cli.js";

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-cli-"));
});

describe("usage and file errors exit 2 with one Chinese line", () => {
  it("a missing file", async () => {
    const r = await runCli(["score", "--submissions", join(dir, "没有这个文件.xlsx"), "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`找不到文件：${join(dir, "没有这个文件.xlsx")}`);
  });
  it("a text file renamed to .xlsx", async () => {
    const p = join(dir, "假的.xlsx");
    await writeFile(p, "单位名称,总分\n甲,90\n");
    const r = await runCli(["validate", "--submissions", p]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("假的.xlsx: 不是 .xlsx 文件（内容是文本；如果是 CSV，请把扩展名改为 .csv，或在 Excel 中另存为 .xlsx）");
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
  it("an old .xls (OLE2) file that cannot be converted", async () => {
    // With LibreOffice on the machine kaoping tries to convert (and this
    // header-only file fails); without it, it says how to re-save. Both are one line.
    const p = join(dir, "旧表.xls");
    await writeFile(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await runCli(["validate", "--submissions", p]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^旧表\.xls: /);
    expect(r.stderr).toMatch(/旧版 Excel（\.xls）.*另存为|找不到表头/);
  });
  it("a workbook without a 单位名称 column", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("申报数据").addRow(["名字", "分数"]);
    const p = join(dir, "无表头.xlsx");
    await wb.xlsx.writeFile(p);
    const r = await runCli(["validate", "--submissions", p]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("无表头.xlsx: “申报数据”表中找不到表头（需要“单位名称”列）");
  });
  it("an unknown option", async () => {
    const r = await runCli(["score", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("错误：未知选项 --bogus");
  });
  it("--debug adds the stack trace", async () => {
    const r = await runCli(["validate", "--debug", "--submissions", join(dir, "无.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/at .*\.js:\d+/);
  });
});

describe("help and validate", () => {
  it("help is in Chinese", async () => {
    const r = await runCli(["score", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("测评体系工作簿");
    expect(r.stdout).toContain("输出目录");
  });
  it("validate lists the sample's problems with addresses and exits 1 on errors", async () => {
    const r = await runCli(["validate"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[错误] 2026-申报数据.xlsx 申报数据!V13: “八十五” 不是数字，按缺失处理（县政协机关 / 3.1.3 统计上报准确率）");
    // The sample's 注 and 填表人 lines start in column A (left of 单位名称 in B): named there, cut with an ellipsis.
    expect(r.stdout).toContain("[提示] 2026-申报数据.xlsx 申报数据!A20: “注：1. 比率类数据请填写分子和分母；2…”行（表尾说明或签字）不是单位数据，已排除");
    expect(r.stdout).toMatch(/检查完成：计分单位 12 个，未参与排名 1 行。数据问题：错误 2 条/);
  });
  it("a criteria sheet with errors stops scoring with exit 1 and lists them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("测评细则");
    ws.addRow(["编号", "测评内容", "分值", "计分方式", "数据项"]);
    ws.addRow(["1", "领导小组", 2, "是否", "已成立"]);
    ws.addRow(["2", "纪律", 4, "扣分", "通报次数"]);
    const p = join(dir, "坏体系.xlsx");
    await wb.xlsx.writeFile(p);
    const r = await runCli(["score", "--criteria", p, "--out", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("测评体系有 1 处错误");
    expect(r.stderr).toContain("测评细则!D3: 计分方式“扣分”缺少参数“每次扣分”");
  });
  it("--strict turns data errors into exit 1, but still writes the workbook", async () => {
    const r = await runCli(["score", "--strict", "--out", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("已写出");
  });
});

describe("output piped into a reader that stops early (kaoping --help | head -1)", () => {
  it("ends with exit 0 and no stack trace when the pipe closes", async () => {
    const { spawn } = await import("node:child_process");
    const { CLI } = await import("../cli.js");
    const child = spawn(process.execPath, [CLI, "score", "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Like head -1: read the first chunk, then close the read end.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\(node:/);
    expect(code).toBe(0);
  });
});
