import { describe, expect, it } from "vitest";
import { parseYearOption } from "./loadAssessment.js";

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
