/**
 * Questionnaire exports read from files: a CSV in GB18030 as Chinese Excel
 * and 金数据 save it, one file per unit (the unit in the file name), and
 * the 满意度 chart drawn with its Chinese labels.
 *
 * 乙局满意度调查.csv (no unit column: the name is in the file name):
 *   1 满意 非常满意 / 2 一般 不满意 / 3 非常不满意 满意
 *   Q1 服务态度: 满意 1, 基本满意 1 (一般), 不满意 1 (非常不满意) → 有效 3, 2/3 = 66.67%
 *   Q2 办事效率: 满意 2 (非常满意, 满意), 不满意 1 → 有效 3, 2/3
 *   pooled 满意 3 + 基本满意 1 of 6 = 66.67%; lines 90% / 50%, 10 分:
 *   (2/3 − 0.5) / 0.4 × 10 = 4.1667 → 4.17
 */
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { book, parseCriteriaRows, sheet } from "../../test/grids.js";
import { IssueLog } from "../core/issues.js";
import { assess } from "../core/score/assess.js";
import { satisfactionChart } from "../core/charts/satisfactionChart.js";
import { readQuestionnairesPath } from "./readQuestionnaires.js";
import { renderChart } from "./charts/renderChart.js";

const CSV = ["序号,提交时间,填写设备,IP,1. 服务态度,2. 办事效率", "1,2026-03-01 09:00,手机,10.0.0.1,满意,非常满意", "2,2026-03-01 09:05,电脑,10.0.0.2,一般,不满意", "3,2026-03-02 10:00,手机,10.0.0.3,非常不满意,满意"].join("\r\n");

describe("questionnaire files", () => {
  it("reads a GB18030 CSV named after its unit, and draws 满意度 by category", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-questionnaires-"));
    await writeFile(join(dir, "乙局满意度调查.csv"), iconv.encode(CSV, "gb18030"));
    const read = await readQuestionnairesPath(dir);
    expect(read.books[0].sheets[0].name).toBe("乙局满意度调查");
    const { criteria } = parseCriteriaRows([["1", "服务质量", "民主测评满意度", 10, "满意度", "满意票数,基本满意票数,有效问卷数", "满分线=90%;起评线=50%"]]);
    const log = new IssueLog();
    const assessment = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称", "单位类别"], ["乙局", "市直机关"]])), log, { questionnaires: read.books });
    const tally = assessment.questionnaires!.units[0];
    expect([tally.unit, tally.valid]).toEqual(["乙局", 3]);
    expect(tally.questions.map((q) => [q.question.text, q.satisfied, q.basic, q.dissatisfied, q.valid])).toEqual([
      ["服务态度", 1, 1, 1, 3],
      ["办事效率", 2, 0, 1, 3],
    ]);
    expect(assessment.results[0].items.points(0)).toBe(4.17);

    const chart = satisfactionChart(assessment, "2026")!;
    expect(chart.title).toBe("2026年度各类别问卷满意度");
    expect(chart.labels).toEqual(["市直机关（1 个单位，3 份）"]);
    // 4 of 6 → 0.6667, shown at 百分比小数位数 2
    expect(chart.datasets[0].data).toEqual([0.6667]);
    expect(chart.datasets[0].valueLabels).toEqual(["66.67%"]);
    const png = renderChart(chart);
    // the standard 1600×900 chart at 1.2 output pixels per logical pixel (issue 17; was 3200×1800 at 2×)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  });
});
