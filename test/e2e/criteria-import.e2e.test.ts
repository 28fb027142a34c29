/**
 * `kaoping criteria import`: an office's own 测评细则, built as a clerk makes
 * it, through the real CLI to kaoping's 测评体系 for review, read back, then
 * validated and (once the reviewer fills the blank) scored.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ensureBuilt, runCli, writeBook } from "../cli.js";

const sha = async (p: string) => createHash("sha256").update(await readFile(p)).digest("hex");
let dir: string;
let input: string;
let output: string;
let inputHash: string;
let run: { code: number; stdout: string; stderr: string };

/** As a county office types it: title and 说明 rows, 一级 merged down with points in the text, 分值 as 「６分」 or only in the name, 小计 rows, 合计, 注. */
async function officeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("细则");
  ws.addRow(["2026年度机关文明创建测评细则"]);
  ws.mergeCells("A1:F1");
  ws.addRow(["说明：本细则满分15分，由考评组按评分标准计分。"]);
  ws.mergeCells("A2:F2");
  ws.addRow(["序号", "测评项目", "测评内容", "分值", "评分标准", "测评方法"]);
  ws.addRow(["1", "一、组织领导（10分）", "违反工作纪律被通报", "６分", "每发现一次扣2分，扣完为止", "查阅资料"]); // row 4
  ws.addRow(["2", "", "学习参勤率（4分）", "", "≥95%得满分，≤60%不得分", "查阅签到"]); // row 5
  ws.addRow(["", "", "小计", "10分", "", ""]); // row 6
  ws.mergeCells("B4:B6");
  ws.addRow(["3", "二、作风建设（5分）", "工作作风扎实", 5, "工作扎实的酌情给分", "实地考察"]); // row 7
  ws.addRow(["", "", "小计", "5", "", ""]); // row 8
  ws.mergeCells("B7:B8");
  ws.addRow(["合计", "", "", "15", "", ""]);
  ws.addRow(["注：本细则由县文明办负责解释"]);
  await wb.xlsx.writeFile(path);
}

async function openBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
const argb = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-import-"));
  input = join(dir, "县文明办测评细则.xlsx");
  await officeWorkbook(input);
  inputHash = await sha(input);
  run = await runCli(["criteria", "import", input, "-o", join(dir, "out")]);
  output = join(dir, "out", "县文明办测评细则-测评体系（待审核）.xlsx");
});

describe("kaoping criteria import on an office's workbook", () => {
  it("writes <out>/<input name>-测评体系（待审核）.xlsx and exits 0, with rows still to confirm", async () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect((await stat(output)).isFile()).toBe(true);
    // 3 items (the 小计 rows are no items), 2 with a proposal.
    expect(run.stdout).toContain("kaoping：从“细则”表读出 3 项指标，其中 2 项有计分方式建议");
  });

  it("prints one line per row to confirm, with the office's cell and the cell to fill", () => {
    const lines = run.stdout.split("\n").map((l) => l.trim());
    // Items are written from row 4 of 测评细则 (title, legend, header above): 工作作风扎实 is row 6, 计分方式 column F.
    expect(lines).toContain("细则!E7: “工作扎实的酌情给分” 未能读出计分方式，请在 测评细则 F6 中填写");
    expect(lines).toContain("细则!C6: “一、组织领导（10分） 小计 10分” 是小计行，未作为指标导入");
    expect(lines).toContain("细则!C8: “二、作风建设（5分） 小计 5” 是小计行，未作为指标导入");
  });

  it("fills 计分方式, 数据项 and parameters, quotes the text in 依据, and highlights them as the legend says", async () => {
    const ws = (await openBook(output)).getWorksheet("测评细则")!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const cell = (r: number, name: string) => ws.getCell(r, col(name));
    expect([4, 5, 6].map((r) => cell(r, "计分方式").value ?? null)).toEqual(["扣分", "比率", null]);
    expect(cell(4, "每次扣分").value).toBe("2");
    expect(cell(4, "扣分上限").value).toBe("扣完为止");
    expect([cell(5, "满分线").value, cell(5, "起评线").value]).toEqual(["95%", "60%"]);
    expect(cell(4, "数据项").value).toBe("违反工作纪律被通报发生次数");
    // Points read from text: 「６分」 → 6, 「学习参勤率（4分）」 → 4 with the name cleaned.
    expect([4, 5, 6].map((r) => [cell(r, "测评内容").value, cell(r, "分值").value])).toEqual([
      ["违反工作纪律被通报", 6],
      ["学习参勤率", 4],
      ["工作作风扎实", 5],
    ]);
    expect(cell(4, "一级指标").value).toBe("组织领导（10分）");
    const basis = String(cell(4, "依据").value);
    expect(basis).toContain("计分方式“扣分”");
    expect(basis).toContain("扣完为止");
    expect(basis).toContain("分值 6 由“６分”读出");
    expect(basis).toContain("由测评内容推出");
    // The legend: A2 is 「建议」 in the proposal fill, B2 「待确认」 in the pending fill.
    expect([ws.getCell("A2").value, ws.getCell("B2").value]).toEqual(["建议", "待确认"]);
    const proposed = argb(ws.getCell("A2"));
    const pending = argb(ws.getCell("B2"));
    expect(proposed).toBeDefined();
    expect(pending).toBeDefined();
    expect(proposed).not.toBe(pending);
    for (const [r, name] of [[4, "计分方式"], [4, "数据项"], [4, "每次扣分"], [4, "依据"], [5, "满分线"], [4, "分值"]] as const) expect(argb(cell(r, name)), `${name}${r}`).toBe(proposed);
    expect(argb(cell(6, "计分方式"))).toBe(pending);
    expect(argb(cell(4, "测评内容"))).toBeUndefined();
    // 一级 merged down as in kaoping's own sheet.
    expect(ws.model.merges).toContain("B4:B5");
  });

  it("lists every row to confirm in 待确认 with its text and cells; 等级 is a default highlighted as proposed", async () => {
    const wb = await openBook(output);
    const rows: unknown[][] = [];
    wb.getWorksheet("待确认")!.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows.map((r) => [r[1], r[3], r[5] ?? null])).toEqual([
      ["细则!C6", "一、组织领导（10分） 小计 10分", null],
      ["细则!E7", "工作扎实的酌情给分", "测评细则!F6"],
      ["细则!C8", "二、作风建设（5分） 小计 5", null],
    ]);
    const grades = wb.getWorksheet("等级")!;
    expect([grades.getCell("A2").value, grades.getCell("B2").value]).toEqual(["优秀", 90]);
    expect(argb(grades.getCell("B2"))).toBe(argb(wb.getWorksheet("测评细则")!.getCell("A2")));
  });

  it("leaves the office's file byte for byte as it was", async () => {
    expect(await sha(input)).toBe(inputHash);
  });

  it("validate on the unreviewed file: the read rows parse, the unread one is a criteria error naming its cell", async () => {
    const submissions = join(dir, "2026-申报数据.xlsx");
    await writeBook(submissions, [["申报数据", [["单位名称", "单位类别"], ["甲局", "机关"]]]]);
    const r = await runCli(["validate", "--criteria", output, "--submissions", submissions]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("[错误]"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("测评细则!F6: 计分方式未填写，该项未计分（评分标准：“工作扎实的酌情给分”）");
  });

  it("once the reviewer fills the blank, validate passes and score gives the hand-computed totals", async () => {
    const wb = await openBook(output);
    const ws = wb.getWorksheet("测评细则")!;
    ws.getCell("F6").value = "直接打分";
    ws.getCell("G6").value = "作风评议得分";
    const reviewed = join(dir, "reviewed.xlsx");
    await wb.xlsx.writeFile(reviewed);
    const submissions = join(dir, "2026-申报数据.xlsx");
    await writeBook(submissions, [
      [
        "申报数据",
        [
          ["单位名称", "单位类别", "违反工作纪律被通报发生次数", "学习参勤率分子", "学习参勤率分母", "作风评议得分"],
          // 甲局: 6 − 1×2 = 4; 19/20 = 95% ≥ 95% → 4; 作风 4 → 12.
          ["甲局", "机关", 1, 19, 20, 4],
          // 乙局: 5×2 = 10 > 6, 扣完为止 → 0; 12/20 = 60% ≤ 60% → 0; 作风 5 → 5.
          ["乙局", "机关", 5, 12, 20, 5],
        ],
      ],
    ]);
    const v = await runCli(["validate", "--criteria", reviewed, "--submissions", submissions]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const s = await runCli(["score", "--criteria", reviewed, "--submissions", submissions, "--no-charts", "-q", "--out", join(dir, "scored")]);
    expect(s.code, s.stdout + s.stderr).toBe(0);
    expect(s.stdout).toContain("1. 甲局（机关）12.00 分");
    expect(s.stdout).toContain("2. 乙局（机关）5.00 分");
  });
});

describe("criteria import refuses what it cannot use, in one line, exit 2", () => {
  it("-o naming the office's own file is refused; the file is not touched", async () => {
    const r = await runCli(["criteria", "import", input, "-o", input]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("不会覆盖输入");
    expect(await sha(input)).toBe(inputHash);
  });

  it("a missing file and a workbook without 评分标准 are file errors", async () => {
    const missing = await runCli(["criteria", "import", join(dir, "没有这个文件.xlsx"), "-o", join(dir, "out2")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("没有这个文件.xlsx");
    const plain = join(dir, "名单.xlsx");
    await writeBook(plain, [["Sheet1", [["测评内容", "分值"], ["领导小组", 2]]]]);
    const noStandard = await runCli(["criteria", "import", plain, "-o", join(dir, "out2")]);
    expect(noStandard.code).toBe(2);
    expect(noStandard.stderr.trim()).toBe("名单.xlsx: 找不到测评细则的表头（需要“测评内容”或“指标名称”、“分值”和“评分标准”（或“测评标准”“评分细则”）三列）");
  });
});
