import { describe, expect, it } from "vitest";
import { scoreRows, type CriteriaRow } from "../../../../test/grids.js";
import type { RunInfo } from "../frame.js";
import { diagnosticsSheet } from "./diagnostics.js";

const info: RunInfo = { label: "2026", inputs: [], version: "test", generatedAt: new Date(Date.UTC(2026, 0, 1)) };

/** The sheet's rows as values, empty cells as null. */
function values(rows: CriteriaRow[], units: Record<string, unknown>[]): unknown[][] {
  const { assessment } = scoreRows(rows, units as never);
  const spec = diagnosticsSheet(assessment, info, "0.00");
  return [...spec.rows].map((r) => Array.from(r?.values ?? [], (v) => v ?? null));
}

// B and C the same, D = 12 − B runs against the rest (see itemDiagnostics.test.ts for the figures).
const ROWS: CriteriaRow[] = [
  ["1.1", "组织", "学习", 10, "直接打分", "B"],
  ["1.2", "组织", "培训", 10, "直接打分", "C"],
  ["1.3", "组织", "宣传", 10, "直接打分", "E"],
  ["2.1", "环境", "整改", 10, "直接打分", "D"],
];
const B = [2, 4, 6, 8, 10];
const E = [1, 5, 3, 9, 7];
const UNITS = ["甲", "乙", "丙", "丁", "戊"].map((name, i) => ({ 单位名称: name, 单位类别: "机关", B: B[i], C: B[i], E: E[i], D: 12 - B[i] }));

describe("指标诊断 sheet", () => {
  it("writes each finding's advice in words", () => {
    const rows = values(ROWS, UNITS);
    const row = (key: string) => rows.find((r) => r[0] === key)!;
    expect(row("1.1").slice(10)).toEqual(["重复计分", "与“1.2 培训”相关系数 1.00，可能重复计分，可考虑合并或删去其一"]);
    // r(D, rest) = −56 / √3280 = −0.978 → −0.98
    expect(row("2.1").slice(10)).toEqual(["与总分负相关", "与总分负相关（-0.98）：其余指标得分高的单位这项反而低，请核对计分方向"]);
    expect(row("1.3").slice(10)).toEqual(["未见异常", null]);
    // The pair block lists B and C once; without last year there is no 与上年排序相关 block.
    expect(rows.filter((r) => r[1] === "组织" && r[2] === "1.1 学习").map((r) => [r[9], r[11]])).toEqual([[1, "与“1.2 培训”相关系数 1.00，可能重复计分，可考虑合并或删去其一"]]);
    expect(rows.some((r) => String(r[0] ?? "").startsWith("与上年排序相关"))).toBe(false);
    // α of 组织 over B, C, E = 78 / 82 (itemDiagnostics.test.ts): 0.95 → 高
    expect(rows.find((r) => r[1] === "组织" && typeof r[9] === "number" && r[10] === "高")?.[11]).toBe("α = 0.95，不低于 0.8，各项得分高低一致；若过高（接近 1），指标之间可能重复");
  });

  it("with fewer than 3 ranked units says it computed nothing", () => {
    const rows = values(ROWS, UNITS.slice(0, 2));
    expect(rows[1][0]).toBe("统计范围：参与排名的 2 个单位（不含一票否决单位，与图表和通报一致）；参与排名的单位只有 2 个（少于 3 个），相关系数和信度没有意义，本次不作指标诊断");
    expect(rows.length).toBe(3);
  });
});
