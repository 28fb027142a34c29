import { describe, expect, it } from "vitest";
import { explainUnit } from "../score/scoreUnit.js";
import { scoreRows, sheet, type CriteriaRow, type Input } from "../../../test/grids.js";

// Round 3 (QA t07, t07b, t07c, t13, t17): a bare 万 or 亿 was dropped as a measure word and
// 「（单位：万元）」 was not a unit. Every expected value is worked out by hand beside it.

const rows: CriteriaRow[] = [["1", "经济", "招商引资任务", 5, "完成率", "招商引资到位资金/招商引资目标任务"]];

/** One unit's 完成率 item: points, its words and the issues. */
function score(values: Record<string, Input>, criteria = rows, extra: ReturnType<typeof sheet>[] = []) {
  const run = scoreRows(criteria, [{ 单位名称: "阿乡", 单位类别: "乡镇", ...values }], extra);
  const result = run.byName("阿乡");
  return { points: result.items.points(0), words: explainUnit(result.unit, run.assessment.criteria)[0], issues: run.issues };
}

describe("a bare 万 or 亿 is a multiplier of the column's unit", () => {
  it("「1.2亿」 and 「1.2 亿」 under （万元） are 12000 万元: 12000 / 15000 = 80% → 4 of 5, noted", () => {
    for (const typed of ["1.2亿", "1.2 亿"]) {
      const { points, issues } = score({ "招商引资到位资金（万元）": typed, "招商引资目标任务（万元）": 15000 });
      // 1.2 亿 = 1.2 × 10⁸ 元 = 12000 × 10⁴ 元 = 12000 万元; 12000 / 15000 = 0.8 × 5 = 4
      expect(points).toBe(4);
      expect(issues.find((i) => i.id === "unitConverted")).toMatchObject({ severity: "info", cell: "C2", message: `“${typed}” 按 12000 万元 计` });
    }
  });
  it("the 数据项 sheet's 计量单位 万元 reads 「1.2亿」 the same way", () => {
    const profiles = sheet("数据项", [["数据项", "类型", "方向", "计量单位"], ["招商引资到位资金", "金额", "越高越好", "万元"], ["招商引资目标任务", "金额", "", "万元"]]);
    const { points } = score({ 招商引资到位资金: "1.2亿", 招商引资目标任务: 15000 }, rows, [profiles]);
    // 12000 万元 / 15000 万元 = 80% → 4
    expect(points).toBe(4);
  });
  it("「12000万」 under （亿元） is 1.2 亿元, not 12000 亿元: 1.2 / 1.5 = 80% → 4", () => {
    const { points, issues } = score({ "招商引资到位资金（亿元）": "12000万", "招商引资目标任务（亿元）": 1.5 });
    // 12000 万 = 1.2 × 10⁸ 元 = 1.2 亿元
    expect(points).toBe(4);
    expect(issues.find((i) => i.id === "unitConverted")?.message).toBe("“12000万” 按 1.2 亿元 计");
  });
  it("a 目标值 「1.5亿」 on a one-field 完成率 is 15000 万元: 12000 / 15000 = 80% → 4, the conversion written", () => {
    const { points, words } = score({ "招商引资到位资金（万元）": 12000 }, [["1", "经济", "招商引资任务", 5, "完成率", "招商引资到位资金", "目标值=1.5亿"]]);
    expect(points).toBe(4);
    expect(words.explanation).toBe("招商引资到位资金 12000 万元 / 目标 15000 万元（填写的 1.5 亿 换算为 15000 万元） = 80% → 4 / 5 分");
  });
  it("「1.2万」 in a count field in 人 is 12000 人; in a field without a unit 12000, both noted", () => {
    const ratio: CriteriaRow[] = [["1", "服务", "参保率", 4, "比率", "参保人数/应参保人数"]];
    // 1.2 万 = 12000 人; 12000 / 15000 = 80% → 3.2 of 4
    const people = score({ "参保人数（人）": "1.2万", "应参保人数（人）": 15000 }, ratio);
    expect(people.points).toBe(3.2);
    expect(people.issues.find((i) => i.id === "unitConverted")?.message).toBe("“1.2万” 按 12000 人 计");
    const bare = score({ 参保人数: "1.2万", 应参保人数: 15000 }, ratio);
    expect(bare.points).toBe(3.2);
    expect(bare.issues.find((i) => i.id === "unitConverted")?.message).toBe("“1.2万” 按 12000 计");
  });
});

describe("「（单位：万元）」 in a header is the unit 万元", () => {
  it("「1.2亿元」 under （单位：万元） and (单位:万元) is 12000 万元 → 4 of 5", () => {
    for (const [actual, target] of [["招商引资到位资金（单位：万元）", "招商引资目标任务（单位：万元）"], ["招商引资到位资金(单位:万元)", "招商引资目标任务(单位:万元)"]]) {
      const { points, issues } = score({ [actual]: "1.2亿元", [target]: 15000 });
      // 1.2 亿元 = 12000 万元; 12000 / 15000 = 80% → 4 (was read 1.2 → 0.01% → 0)
      expect(points).toBe(4);
      expect(issues.find((i) => i.id === "unitConverted")?.message).toBe("“1.2亿元” 按 12000 万元 计");
    }
  });
});
