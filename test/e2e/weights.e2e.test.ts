/**
 * `kaoping weights` end to end: an office's criteria, one expert's judgement
 * matrices and this year's returns, built as clerks make them, through the
 * real CLI; the copy is read back with exceljs, checked cell by cell against
 * hand-computed figures, and validated as criteria again.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ensureBuilt, runCli } from "../cli.js";

const sha = async (p: string) => createHash("sha256").update(await readFile(p)).digest("hex");
let dir: string;
let criteria: string;
let judgements: string;
let submissions: string;
let output: string;
let hashes: string[];
let run: { code: number; stdout: string; stderr: string };

/** A title row, 一级 merged down with its points in the text, no 二级, a 合计 row. */
async function criteriaWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("测评细则");
  ws.addRow(["2026年度机关文明创建测评体系"]);
  ws.mergeCells("A1:F1");
  ws.addRow(["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项"]);
  ws.addRow(["1.1", "组织领导（10分）", "领导小组", 4, "直接打分", "领导小组得分"]); // row 3
  ws.addRow(["1.2", "", "工作制度", 6, "直接打分", "工作制度得分"]); // row 4
  ws.mergeCells("B3:B4");
  ws.addRow(["2.1", "作风建设（10分）", "工作作风", 10, "直接打分", "工作作风得分"]); // row 5
  ws.addRow(["合计", "", "", 20, "", ""]);
  await wb.xlsx.writeFile(path);
}

/** One expert: a merged title, a title per matrix, 1/3 typed as text, the lower triangle blank. */
async function judgementsWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("判断矩阵");
  ws.addRow(["指标权重判断矩阵（专家：李四）"]);
  ws.mergeCells("A1:C1");
  ws.addRow(["一级指标"]);
  ws.addRow(["", "组织领导", "作风建设"]);
  ws.addRow(["组织领导", 1, "1/3"]);
  ws.addRow(["作风建设", null, 1]);
  ws.addRow([]);
  ws.addRow(["组织领导（10分）"]);
  ws.addRow(["", "领导小组", "工作制度"]);
  ws.addRow(["领导小组", 1, 1]);
  ws.addRow(["工作制度", null, 1]);
  await wb.xlsx.writeFile(path);
}

/** Four units' returns, points typed by the inspection panel. */
async function submissionsWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("申报数据");
  ws.addRow(["单位名称", "单位类别", "领导小组得分", "工作制度得分", "工作作风得分"]);
  ws.addRow(["甲局", "机关", 4, 6, 10]);
  ws.addRow(["乙局", "机关", 4, 3, 5]);
  ws.addRow(["丙局", "机关", 4, 0, 10]);
  ws.addRow(["丁局", "机关", 4, 6, 5]);
  await wb.xlsx.writeFile(path);
}

async function openBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-weights-"));
  criteria = join(dir, "县测评体系.xlsx");
  judgements = join(dir, "判断矩阵.xlsx");
  submissions = join(dir, "2026-申报数据.xlsx");
  await criteriaWorkbook(criteria);
  await judgementsWorkbook(judgements);
  await submissionsWorkbook(submissions);
  hashes = await Promise.all([criteria, judgements, submissions].map(sha));
  run = await runCli(["weights", criteria, "--judgements", judgements, "--submissions", submissions, "-o", join(dir, "out")]);
  output = join(dir, "out", "县测评体系-权重建议.xlsx");
});

// By hand. AHP: 一级 [[1, 1/3], [3, 1]] → (0.25, 0.75); 组织领导 [[1, 1], [1, 1]] → (0.5, 0.5);
// items 领导小组 0.125, 工作制度 0.125, 工作作风 0.75.
// 熵权 on the rates: 领导小组 (1, 1, 1, 1) constant → 0.
// 工作制度 (1, 0.5, 0, 1): sum 2.5, p = (0.4, 0.2, 0, 0.4), H = 0.8 × 0.916291 + 0.2 × 1.609438 = 1.054920,
//   e = 1.054920 / ln 4 (1.386294) = 0.760963, d = 0.239037.
// 工作作风 (1, 0.5, 1, 0.5): sum 3, p = (1/3, 1/6, 1/3, 1/6), H = 2/3 × 1.098612 + 1/3 × 1.791759 = 1.329661,
//   e = 0.959148, d = 0.040852. w = (0, 0.854041, 0.145959).
// Linear, α = 0.5: (0.0625, 0.489521, 0.447979). 2000 hundredths: 组织领导 0.552021 × 2000 = 1104.04 → 1104,
// 作风建设 895.96 → 895, the 1 left to .96 → 896 (8.96). 组织领导's 1104: 0.0625/0.552021 × 1104 = 124.995 and
// 979.005 → 124 + 979, the 1 left to .995 → 125 (1.25) and 979 (9.79).
describe("kaoping weights on an office's files", () => {
  it("exits 0, prints each matrix's λmax, CI, CR with its verdict, and the output path", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("一级指标（判断矩阵）：λmax = 2.0000，CI = 0.0000，CR = 0.0000，二阶及以下，总是一致");
    expect(run.stdout).toContain("各单位在“领导小组”上的得分率都是 100%");
    expect(run.stdout).toContain("县测评体系-权重建议.xlsx");
    // Says how the proposal was made, and what it did not change (the 评分标准 words, the panel's full marks).
    expect(run.stdout).toMatch(/建议调整 \d+ 项的分值（基本分合计仍为 20 分；层次分析法与熵权法线性组合，层次分析法占 α = 0\.5）/);
    expect(run.stdout).toContain("评分标准文字（如“得 2 分”“每次扣 1 分”）、计分参数和评委打分表的满分没有随之修改");
  });

  it("writes the proposed 分值 into the copy, highlighted, with the original in a note", async () => {
    const ws = (await openBook(output)).getWorksheet("测评细则")!;
    expect(ws.getCell("D3").value).toBe(1.25);
    expect(ws.getCell("D4").value).toBe(9.79);
    expect(ws.getCell("D5").value).toBe(8.96);
    expect(ws.getCell("B3").value).toBe("组织领导（11.04分）");
    expect(ws.getCell("B5").value).toBe("作风建设（8.96分）");
    // The 合计 is the same total: not touched.
    expect(ws.getCell("D6").value).toBe(20);
    expect((ws.getCell("D3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
    expect(JSON.stringify(ws.getCell("D3").note)).toContain("原分值：4");
    expect(ws.getCell("D6").note).toBeUndefined();
  });

  it("adds a 权重 sheet with each method side by side and the consistency block, on A4", async () => {
    const ws = (await openBook(output)).getWorksheet("权重")!;
    expect(ws.pageSetup.paperSize).toBe(9);
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === "一级指标" && r[2] === "测评内容");
    expect(rows[header]).toEqual(["一级指标", "二级指标", "测评内容", "现行分值", "现行权重", "层次分析法权重", "熵权法权重", "CRITIC 权重", "综合权重", "建议分值", "变化"]);
    const item = (name: string) => rows.find((r) => r[2] === name)!;
    expect(item("领导小组")[5]).toBeCloseTo(0.125, 6);
    expect(item("领导小组")[6]).toBe(0);
    expect(item("工作制度")[6]).toBeCloseTo(0.854041, 5);
    expect(item("工作作风")[8]).toBeCloseTo(0.447979, 5);
    expect(item("工作作风").slice(9)).toEqual([8.96, -1.04]);
    expect(rows.find((r) => r[0] === "合计")!.slice(3, 4)).toEqual([20]);
    expect(rows.some((r) => r[0] === "一致性检验")).toBe(true);
    // 一级 sums: 组织领导 AHP 0.125 + 0.125 = 0.25, 熵权 0 + 0.854041; proposed 11.04 (from 10: +1.04).
    const group = rows.find((r) => r[0] === "组织领导" && r[1] === 10)!;
    expect(group[3]).toBeCloseTo(0.25, 6);
    expect(group[4]).toBeCloseTo(0.854041, 5);
    expect(group.slice(7)).toEqual([11.04, 1.04]);
    expect(rows.find((r) => r[0] === "组织领导" && r[1] === "判断矩阵")).toBeDefined();
  });

  it("leaves every input as it was, and the copy is criteria kaoping scores with", async () => {
    expect(await Promise.all([criteria, judgements, submissions].map(sha))).toEqual(hashes);
    const check = await runCli(["validate", "-c", output, submissions]);
    expect(check.stdout).not.toContain("分值之和");
    expect(check.code).toBe(0);
  });

  it("refuses to write over an input (exit 2, nothing written)", async () => {
    const clash = join(dir, "clash");
    const sameName = join(clash, "县测评体系-权重建议.xlsx");
    await runCli(["weights", criteria, "-j", judgements, "-o", clash]).then((r) => expect(r.code).toBe(0));
    const before = await sha(sameName);
    const refused = await runCli(["weights", criteria, "-j", sameName, "-o", clash]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("县测评体系-权重建议.xlsx");
    expect(await sha(sameName)).toBe(before);
  });

  it("says so at the item when a proposal drops it to 0 (multiplicative: 领导小组's 熵权 is 0, so is its product)", async () => {
    const r = await runCli(["weights", criteria, "-j", judgements, "-s", submissions, "--combine", "multiplicative", "-o", join(dir, "multiplicative")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain("测评细则!C3: “领导小组”的建议分值为 0（现行 4 分）");
    expect(r.stdout + r.stderr).not.toContain("“工作制度”的建议分值为 0");
  });

  it("refuses a bad --alpha in Chinese", async () => {
    const r = await runCli(["weights", criteria, "-j", judgements, "--alpha", "1.5", "-o", join(dir, "alpha")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--alpha 应是 0 到 1 之间的数");
    await expect(stat(join(dir, "alpha"))).rejects.toThrow();
  });
});

describe("kaoping weights on the samples", () => {
  it("reads both experts, shows the inconsistent 二级 matrix with the pair to revise, and writes the copy", async () => {
    const out = await mkdtemp(join(tmpdir(), "kaoping-weights-samples-"));
    const r = await runCli(["weights", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("使用示例数据");
    expect(r.stdout).toContain("一级指标（2 位专家综合（几何平均））");
    expect(r.stdout).toMatch(/思想道德建设 \/ 道德实践（专家1）：λmax = [\d.]+，CI = [\d.]+，CR = 0\.1190，一致性检验未通过，建议把/);
    const wb = await openBook(join(out, "文明机关测评体系-权重建议.xlsx"));
    expect(wb.getWorksheet("权重")).toBeDefined();
  });
});
