import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadAssessment, parseYearOption } from "./loadAssessment.js";
import { packageRoot } from "../../io/paths.js";

describe("--year", () => {
  it("takes a four-digit year, also written with 年 or 年度 after it", () => {
    expect(["2026", "2026年", "2026 年", "2026年度", " 2025 "].map(parseYearOption)).toEqual([2026, 2026, 2026, 2026, 2025]);
    expect(parseYearOption(undefined)).toBeUndefined();
  });
  it("refuses anything else, naming what was given", () => {
    expect(() => parseYearOption("明年")).toThrow("--year 应为四位年份（如 2026），现为“明年”");
    expect(() => parseYearOption("26年")).toThrow("现为“26年”");
    expect(() => parseYearOption("2026年年")).toThrow("现为“2026年年”");
  });
});

describe("the default samples", () => {
  it("read the sample year's questionnaires with its submissions, and not when --submissions is given", async () => {
    const samples = join(packageRoot(), "samples");
    // 2026-问卷调查.xlsx is the newest year too, but it is no submissions workbook.
    const sample = await loadAssessment({});
    expect(sample.submissionsPath).toBe(join(samples, "2026-申报数据.xlsx"));
    expect(sample.questionnaireFiles).toEqual([join(samples, "2026-问卷调查.xlsx")]);
    expect(sample.notice).toBe("未指定 --submissions，使用自带示例数据 samples/2026-申报数据.xlsx 和问卷调查原始数据 samples/2026-问卷调查.xlsx，历年数据 samples/2024-申报数据.xlsx、samples/2025-申报数据.xlsx（如同 --history 指定了这些文件）");
    expect(sample.assessment.questionnaires?.total).toBe(2448);
    const own = await loadAssessment({ submissions: join(samples, "2026-申报数据.xlsx"), previous: false });
    expect(own.questionnaireFiles).toEqual([]);
    expect(own.assessment.questionnaires).toBeUndefined();
  });

  it("read the sample years before the latest as history (--previous stays the year before); not with --submissions or --history", async () => {
    const samples = join(packageRoot(), "samples");
    const sample = await loadAssessment({});
    expect(sample.previousPath).toBe(join(samples, "2025-申报数据.xlsx"));
    // 2026-问卷调查.xlsx is of no earlier year, and no submissions: not history.
    expect(sample.historyFiles.map((f) => [f.path, f.year])).toEqual([
      [join(samples, "2024-申报数据.xlsx"), 2024],
      [join(samples, "2025-申报数据.xlsx"), 2025],
    ]);
    expect(sample.assessment.history?.years.map((y) => [y.year, y.mode])).toEqual([[2024, "rescored"], [2025, "rescored"], [2026, "current"]]);
    const own = await loadAssessment({ submissions: join(samples, "2026-申报数据.xlsx"), previous: false });
    expect(own.historyFiles).toEqual([]);
    expect(own.assessment.history).toBeUndefined();
  });
});
