/**
 * Inputs are never overwritten, and last year must be a year before: the
 * real CLI on copies of the samples in a temporary folder.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureBuilt, readSheetRows, runCli } from "../cli.js";

const SAMPLE_2026 = join(ROOT, "samples", "2026-申报数据.xlsx");
const SAMPLE_2025 = join(ROOT, "samples", "2025-申报数据.xlsx");
const sha = async (p: string) => createHash("sha256").update(await readFile(p)).digest("hex");
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-overwrite-"));
});

describe("inputs are never overwritten", () => {
  it("a submissions file named like the result (2026-排名结果.xlsx) with --out beside it is refused before anything is written", async () => {
    const folder = join(dir, "same");
    await mkdir(folder);
    const input = join(folder, "2026-排名结果.xlsx");
    await copyFile(SAMPLE_2026, input);
    const before = await sha(input);
    const r = await runCli(["score", "--submissions", input, "--no-previous", "--no-charts", "--out", folder]);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe("输出文件 2026-排名结果.xlsx 就是输入文件 2026-排名结果.xlsx，不会覆盖输入；请用 --out 指定另一个文件夹");
    expect(await sha(input)).toBe(before);
  });

  it("a kaoping result workbook given as --submissions is refused, and named for --previous", async () => {
    const out = join(dir, "first");
    expect((await runCli(["score", "--submissions", SAMPLE_2026, "--no-previous", "--no-charts", "--out", out])).code).toBe(0);
    const result = join(out, "2026-排名结果.xlsx");
    const before = await sha(result);
    const r = await runCli(["score", "--submissions", result, "--no-previous", "--no-charts", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2026-排名结果.xlsx 是 kaoping 的结果工作簿（有“总排名”表），不是申报数据；要与它做同比，请用 --previous 指定它");
    expect(await sha(result)).toBe(before);
  });
});

describe("a returns folder that is also the output folder", () => {
  // Issue 12 item 24 allows "refuse or skip": writing into the returns folder adds files to an input, so it is refused;
  // a result workbook a clerk dropped among the returns is still skipped and said.
  it("is refused before anything is written: one line, exit 2", async () => {
    const folder = join(dir, "returns");
    await mkdir(folder);
    await copyFile(SAMPLE_2026, join(folder, "2026-申报数据.xlsx"));
    const r = await runCli(["score", "--submissions", folder, "--no-previous", "--no-charts", "--out", join(folder, "结果")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`输出文件夹 ${join(folder, "结果")} 在收回的自评表文件夹 ${folder} 之中，结果会写进申报数据所在的文件夹；请用 --out 指定另一个文件夹`);
    expect(await readdir(folder)).toEqual(["2026-申报数据.xlsx"]);
  });

  it("a kaoping result among the returns is not read back as returns: skipped and said, units counted once", async () => {
    const folder = join(dir, "returns-with-result");
    const out = join(dir, "returns-out");
    await mkdir(folder);
    await copyFile(SAMPLE_2026, join(folder, "2026-申报数据.xlsx"));
    const first = await runCli(["score", "--submissions", folder, "--no-previous", "--no-charts", "--out", out]);
    expect(first.code, first.stderr).toBe(0);
    await copyFile(join(out, "2026-排名结果.xlsx"), join(folder, "2026-排名结果.xlsx"));
    const second = await runCli(["score", "--submissions", folder, "--no-previous", "--no-charts", "--out", out]);
    expect(second.code, second.stderr).toBe(0);
    // The sample has 12 ranked units and 1 rejected row, the same on both runs (the result workbook adds none).
    for (const r of [first, second]) expect(r.stdout).toMatch(/计分单位 12 个（其中一票否决 1 个），未参与排名 1 行/);
    const issues = (await readSheetRows(join(out, "2026-排名结果.xlsx"), "问题清单", 4)).map((x) => `${x[1]} ${x[7]}`);
    expect(issues).toContain("警告 2026-排名结果.xlsx 是 kaoping 的结果工作簿（有“总排名”表），不是申报数据，已跳过；要与它做同比，请用 --previous 指定它");
  });
});

describe("last year's file is of an earlier year", () => {
  it("a later year (2027 for 2026) is refused", async () => {
    const later = join(dir, "2027-申报数据.xlsx");
    await copyFile(SAMPLE_2025, later);
    const r = await runCli(["validate", "--submissions", SAMPLE_2026, "--previous", later]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--previous 指定的上年数据 2027-申报数据.xlsx 是 2027 年的，晚于本次测评的 2026 年，请指定 2025 年的数据");
  });

  it("two years back (2024 for 2026) is compared, with a warning in 问题清单", async () => {
    const older = join(dir, "2024-申报数据.xlsx");
    await copyFile(SAMPLE_2025, older);
    const out = join(dir, "older");
    const r = await runCli(["score", "--submissions", SAMPLE_2026, "--previous", older, "--no-charts", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const issues = (await readSheetRows(join(out, "2026-排名结果.xlsx"), "问题清单", 4)).map((x) => `${x[1]} ${x[7]}`);
    expect(issues).toContain("警告 --previous 指定的上年数据 2024-申报数据.xlsx 是 2024 年的，不是 2025 年；同比按 2024 年计算，请核实");
  });
});
