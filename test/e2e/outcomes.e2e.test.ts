/**
 * Issue 14 §1–2 end to end: a criteria workbook with gates in 等级, a
 * 评定规则 sheet and a 负面清单, submissions with a 负面事项 sheet typed as a
 * clerk would (a title row, dates as text and as date cells), through the
 * real CLI; 总排名, 评定结果 and 说明 read back.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, readSheetRows, runCli, writeBook } from "../cli.js";

let dir: string;
let run: Awaited<ReturnType<typeof runCli>>;
beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-outcomes-"));
  await writeBook(join(dir, "测评体系.xlsx"), [
    ["测评细则", [["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "测评方法"], ["1", "组织领导", "组织", 60, "直接打分", "组织得分", "查阅资料"], ["2", "作风建设", "作风", 40, "直接打分", "作风得分", "实地考察"]]],
    ["等级", [["等级", "最低分", "基本分不低于", "一级指标得分率"], ["优秀", 90, "", "作风建设≥80%"], ["良好", 80], ["合格", 60], ["不合格", ""]]],
    ["评定规则", [["2026年评定规则"], ["规则", "范围", "名额", "等级要求", "并列处理"], ["推荐名额", "各类别", "1", "优秀", "按“作风建设”得分"]]],
    ["负面清单", [["事项", "类别", "每次扣分", "扣分上限", "时间范围", "严重后果"], ["违规公款吃喝", "严重", 5, "", "24个月", "取消申报资格"], ["群众投诉", "一般", 1, 2, "12个月", ""]]],
  ]);
  // Hand totals: 甲局 58 + 36 = 94 − 2 (three 投诉, cap 2) = 92; 乙局 57 + 37 = 94; 丙局 60 + 30 = 90, 作风 30/40 = 75% → 良好;
  // 丁镇 55 + 37 = 92; 戊镇 56 + 36 = 92; 己镇 59 + 39 = 98 but 违规公款吃喝 → 取消申报资格.
  await writeBook(join(dir, "2026-申报数据.xlsx"), [
    ["申报数据", [["单位名称", "单位类别", "组织得分", "作风得分"], ["甲局", "机关", 58, 36], ["乙局", "机关", 57, 37], ["丙局", "机关", 60, 30], ["丁镇", "乡镇", 55, 37], ["戊镇", "乡镇", 56, 36], ["己镇", "乡镇", 59, 39]]],
    ["负面事项", [["2026年负面事项登记表"], ["单位名称", "事项", "发生日期", "说明", "来源"], ["甲局", "群众投诉", "2026-02-03", "", "12345"], ["甲局", "群众投诉", new Date(Date.UTC(2026, 5, 1)), "", "12345"], ["甲局", "群众投诉", "2026年9月", "", "12345"], ["甲局", "群众投诉", "2025-10-01", "上年", "12345"], ["己镇", "违规公款吃喝", "2025-06-30", "", "纪委"]]],
  ]);
  run = await runCli(["score", "--criteria", join(dir, "测评体系.xlsx"), "--submissions", join(dir, "2026-申报数据.xlsx"), "--no-previous", "--no-charts", "--report", "--out", join(dir, "out")]);
});

describe("outcomes from the criteria workbook", () => {
  it("runs and says what was decided", () => {
    expect(run.code, run.stderr).toBe(0);
    // 机关 and 乡镇 each recommend 1; 丙局 gated; 5 cases read, 4 counted (甲局 ×3 in 12 months, 己镇 in 24 months).
    expect(run.stdout).toContain("评定：机关“推荐” 1 个，乡镇“推荐” 1 个，未过等级门槛降等 1 个，负面事项 5 件（计入 4 件）（详见“评定结果”）");
  });

  it("总排名: 总分 = 基本分 + 加分 − 负面清单扣分, with 评定结果 and the vetoed unit last", async () => {
    const rows = await readSheetRows(join(dir, "out", "2026-排名结果.xlsx"), "总排名", 4);
    // 名次 单位名称 单位类别 基本分 加分 负面清单扣分 总分 等级 评定结果
    // Empty cells read back as undefined; a vetoed unit's 名次 and 等级 say 否决.
    const shown = rows.map((r) => Array.from({ length: 9 }, (_, i) => r[i] ?? null));
    expect(shown).toEqual([
      [1, "乙局", "机关", 94, 0, 0, 94, "优秀", "推荐"],
      [2, "甲局", "机关", 94, 0, 2, 92, "优秀", null],
      [2, "丁镇", "乡镇", 92, 0, 0, 92, "优秀", "推荐"],
      [2, "戊镇", "乡镇", 92, 0, 0, 92, "优秀", null],
      [5, "丙局", "机关", 90, 0, 0, 90, "良好", null],
      ["否决", "己镇", "乡镇", 98, 0, 5, 93, "否决", "取消申报资格"],
    ]);
  });

  it("评定结果 gives the reasons: the tie in 乡镇 settled by 作风建设 (37 > 36), the gate, the cases", async () => {
    const rows = await readSheetRows(join(dir, "out", "2026-排名结果.xlsx"), "评定结果", 4);
    const reason = (name: string) => rows.find((r) => r[1] === name)![8] as string;
    expect(reason("丁镇")).toBe("乡镇名额 1 个，本单位第 1 名，推荐；总分 92 并列于名额线上，按“作风建设”得分（37 分）入选");
    expect(reason("戊镇")).toBe("总分 92 并列于名额线上，按“作风建设”得分（36 分）未入选");
    expect(reason("丙局")).toBe("总分达到“优秀”，但“作风建设”得 30.00 / 40 分（得分率 75.00%），低于“优秀”要求的 80%");
    const cases = rows.filter((r) => r[2] === "群众投诉" || r[2] === "违规公款吃喝").map((r) => [r[1], r[3], r[4], r[5]]);
    // 12 months ending 2026-12-31 start 2026-01-01: 2025-10-01 is outside. The third 投诉 deducts 0 (cap 2 reached).
    expect(cases).toEqual([
      ["甲局", "2025-10-01", "不计入", 0],
      ["甲局", "2026-02-03", "计入", 1],
      ["甲局", "2026-06-01", "计入", 1],
      ["甲局", "2026-09-01", "计入", 0],
      ["己镇", "2025-06-30", "计入", 5],
    ]);
  });

  it("测评汇总表 adds up with the deduction: 甲局 58 (材料审核) + 36 (实地考察) = 94, − 2 = 92", async () => {
    const rows = await readSheetRows(join(dir, "out", "2026-排名结果.xlsx"), "测评汇总表", 3);
    expect(rows[0].slice(3)).toEqual(["材料审核\n（60分）", "实地考察\n（40分）", "基本分", "特色/加分", "负面清单扣分", "总分", "等级"]);
    const row = rows.find((r) => r[1] === "甲局")!;
    expect(row.slice(3, 9)).toEqual([58, 36, 94, 0, 2, 92]);
  });

  it("说明 states the rules applied", async () => {
    const rows = await readSheetRows(join(dir, "out", "2026-排名结果.xlsx"), "说明");
    const text = rows.map((r) => r.join(" ")).join("\n");
    expect(text).toContain("等级门槛 优秀：“作风建设”得分率 ≥ 80%");
    expect(text).toContain("推荐名额 机关：1 个（候选 2 个，须达到“优秀”；并列于名额线上时按“作风建设”得分），“推荐” 1 个");
    expect(text).toContain("测评截止日期 2026-12-31");
  });
});
