import { describe, expect, it } from "vitest";
import type { FieldMeaning } from "../model.js";
import { readFieldNumber } from "../values/readFieldNumber.js";
import { convertMeasure } from "../values/measureUnits.js";
import { describeChange } from "../compare/wording.js";
import { explainUnit } from "../score/scoreUnit.js";
import { parseCriteriaRows, scoreRows, sheet, type CriteriaRow, type Input } from "../../../test/grids.js";

// Every expected value below is worked out by hand in the comment beside it.

const inYi: FieldMeaning = { kind: "amount", measure: "亿元", scale: "plain", direction: "higher" };
const inYuan: FieldMeaning = { kind: "amount", measure: "元", scale: "plain", direction: "higher" };
const declaredRate: FieldMeaning = { kind: "rate", measure: "", scale: "percent", direction: "higher", scaleFrom: "declared" };
const declaredPerMille: FieldMeaning = { kind: "rate", measure: "", scale: "permille", direction: "lower", scaleFrom: "declared" };
const read = (v: Input, header: string, meaning: FieldMeaning | undefined) => readFieldNumber(typeof v === "object" && v !== null && "v" in (v as object) ? (v as never) : { v: v as never }, header, meaning);

/** Score units against criteria rows with a 数据项 sheet (数据项 | 类型 | 方向 | 计量单位). */
function scoreWithProfiles(rows: CriteriaRow[], profiles: string[][], units: Record<string, Input>[]) {
  const extra = [sheet("数据项", [["数据项", "类型", "方向", "计量单位"], ...profiles])];
  const run = scoreRows(rows, units.map((u) => ({ 单位名称: "测试单位", 单位类别: "机关", ...u })), extra);
  const result = run.assessment.results[0];
  return { ...run, item: { ...result.items.get(0), ...explainUnit(result.unit, run.assessment.criteria)[0] } };
}

describe("units: one field, one unit", () => {
  it("17.9亿元, 179000万元 and 17.9 under (亿元) are all 17.9 亿元", () => {
    // 179000 万元 = 179000 × 10⁴ 元 = 1,790,000,000 元 = 1,790,000,000 / 10⁸ 亿元 = 17.9 亿元
    expect(read("17.9亿元", "", inYi)).toMatchObject({ ok: true, value: 17.9, notes: [] });
    expect(read("179000万元", "", inYi)).toMatchObject({ ok: true, value: 17.9, notes: [{ kind: "converted", from: "万元", to: "亿元" }] });
    expect(read(17.9, "亿元", inYi)).toMatchObject({ ok: true, value: 17.9, notes: [] });
    // a bare 179000 under a (万元) header in a field the 数据项 sheet puts in 亿元: the header is its unit
    expect(read(179000, "万元", inYi)).toMatchObject({ ok: true, value: 17.9, notes: [{ kind: "converted", from: "万元", to: "亿元" }] });
  });
  it("the same figures in 元: 17.9 × 10⁸ = 179000 × 10⁴ = 1,790,000,000", () => {
    const a = read("17.9亿元", "", inYuan);
    const b = read("179000万元", "", inYuan);
    expect(a.ok && a.value).toBeCloseTo(1_790_000_000, 3);
    expect(b.ok && b.value).toBe(1_790_000_000);
    expect(convertMeasure(5000, "元", "万元")).toEqual({ ok: true, value: 0.5, unit: "万元", converted: true });
    expect(convertMeasure(12, "千米", "公里")).toMatchObject({ ok: true, value: 12 });
  });
  it("a field without a unit adds 3万元 and 5000元 in 元, and says so", () => {
    // 3 万元 = 30000 元
    expect(read("3万元", "", undefined)).toMatchObject({ ok: true, value: 30000, measure: "元", notes: [{ kind: "converted", from: "万元", to: "元" }] });
  });
  it("a unit of another family is not a value of the field", () => {
    expect(read("17.9万人", "", inYi)).toMatchObject({ ok: false, reason: "unitMismatch", from: "万人", to: "亿元" });
    // measure words outside the families pass as written
    expect(read("12篇", "", inYi)).toMatchObject({ ok: true, value: 12 });
  });
  it("a cell in 万元 under a 亿元 header is converted and noted; 万人 there is an error and scores nothing", () => {
    const rows: CriteriaRow[] = [["1", "经济", "地区生产总值", 10, "完成率", "地区生产总值", "目标值=20亿元"]];
    const converted = scoreRows(rows, [{ 单位名称: "甲", "地区生产总值（亿元）": "179000万元" }]);
    // 179000 万元 = 17.9 亿元; 17.9 / 20 = 89.5% → 8.95
    expect(converted.byName("甲").items.points(0)).toBe(8.95);
    expect(converted.issues.find((i) => i.id === "unitConverted")).toMatchObject({ severity: "info", cell: "B2", message: "“179000万元” 按 17.9 亿元 计" });
    const wrong = scoreRows(rows, [{ 单位名称: "甲", "地区生产总值（亿元）": "17.9万人" }]);
    expect(wrong.byName("甲").items.get(0)).toMatchObject({ points: 0, missing: true });
    expect(wrong.issues.find((i) => i.id === "unitMismatch")).toMatchObject({ severity: "error", cell: "B2", unit: "甲" });
  });
  it("完成率 compares actual and target in one unit: 1.2亿元 against 10000万元 is 120%", () => {
    // 10000 万元 = 10000 × 10⁴ = 10⁸ 元 = 1 亿元; 1.2 / 1 = 120%, capped at 100% → 10 of 10
    const byParam = scoreRows([["1", "经济", "生产总值目标", 10, "完成率", "地区生产总值", "目标值=10000万元"]], [{ 单位名称: "甲", "地区生产总值（亿元）": "1.2亿元" }]);
    expect(byParam.byName("甲").items.get(0)).toMatchObject({ points: 10 });
    expect(byParam.byName("甲").items.rate(0)).toBeCloseTo(1.2, 12);
    // the same with the target in its own column, in 万元
    const byField = scoreRows([["1", "经济", "生产总值目标", 10, "完成率", "地区生产总值/生产总值目标"]], [{ 单位名称: "甲", "地区生产总值（亿元）": "1.2亿元", "生产总值目标（万元）": 10000 }]);
    expect(byField.byName("甲").items.rate(0)).toBeCloseTo(1.2, 12);
    const words = explainUnit(byField.byName("甲").unit, byField.assessment.criteria)[0];
    // 1.2 亿元 / 1 亿元 = 120%, capped at 100% → 10
    expect(words.explanation).toBe("地区生产总值 1.2 亿元 / 生产总值目标 1 亿元（填写的 10000 万元 换算为 1 亿元） = 120%，按 100% 封顶 → 10 / 10 分");
  });
  it("a completion target in another family is an error, not a number", () => {
    const { byName, issues } = scoreRows([["1", "经济", "生产总值目标", 10, "完成率", "地区生产总值", "目标值=500万人"]], [{ 单位名称: "甲", "地区生产总值（亿元）": 1.2 }]);
    expect(byName("甲").items.get(0)).toMatchObject({ points: 0, missing: true });
    expect(issues.find((i) => i.id === "targetUnitMismatch")?.severity).toBe("error");
  });
});

describe("rates: one value however typed", () => {
  it("52.3, 0.523 and 52.3% in a declared 比率 field are all 0.523", () => {
    expect(read(52.3, "", declaredRate)).toMatchObject({ ok: true, value: 0.523, scale: "percent", notes: [{ kind: "scaled" }] });
    expect(read(0.523, "", declaredRate)).toMatchObject({ ok: true, value: 0.523, scale: "percent", notes: [] });
    expect(read("52.3%", "", declaredRate)).toMatchObject({ ok: true, value: 0.523, scale: "percent", notes: [] });
  });
  it("19.5 in a 千分率 field is 19.5‰ = 0.0195", () => {
    const r = read(19.5, "", declaredPerMille);
    expect(r).toMatchObject({ ok: true, scale: "permille", notes: [{ kind: "scaled", scale: "permille" }] });
    expect(r.ok && r.value).toBeCloseTo(0.0195, 15);
  });
  it("the 数据项 sheet's 类型 words: 百分率, 百分比 and 比率 are %, 千分率 is ‰; a declared 52.3 is noted", () => {
    const { criteria } = parseCriteriaRows([["1", "服务", "满意率", 5, "达标", "满意率", "目标值=50%"]], [
      sheet("数据项", [["数据项", "类型"], ["满意率", "百分率"], ["出生率", "千分率"]]),
    ]);
    expect(criteria.fieldMeanings.get("满意率")).toMatchObject({ kind: "rate", scale: "percent", scaleFrom: "declared" });
    const run = scoreWithProfiles([["1", "服务", "满意率", 5, "达标", "满意率", "目标值=50%"]], [["满意率", "百分比", "", ""]], [{ 满意率: 52.3 }]);
    // 52.3 → 52.3% ≥ 50% → 5
    expect(run.item.points).toBe(5);
    expect(run.issues.find((i) => i.id === "plainAssumedScaled")?.message).toBe("“52.3” 未带单位，按 52.3% 理解");
  });
  it("同比 on a 比率 field compares in 百分点 whatever the cells' format: 0.523 vs 0.49 is +3.3 百分点", () => {
    const row: CriteriaRow = ["1", "服务", "满意率同比", 5, "同比", "满意率", "满分改善=5%"];
    // improvement 0.523 − 0.49 = 0.033 = 3.3 百分点; 3.3 / 5 × 5 points = 3.3
    const rate = scoreWithProfiles([row], [["满意率", "比率", "越高越好", ""]], [{ 满意率: 0.523, 上年满意率: 0.49 }]);
    expect(rate.item.points).toBe(3.3);
    expect(rate.item.explanation).toContain("变化 3.3 个百分点");
    // without the sheet the name …率 makes it a rate too (issue 11 round 3; this test used to expect 增幅 6.73% → 5): 3.3 百分点 → 3.3
    const named = scoreRows([row], [{ 单位名称: "甲", 满意率: 0.523, 上年满意率: 0.49 }]);
    expect(named.byName("甲").items.points(0)).toBe(3.3);
    // a 数据项 sheet saying 数量 keeps two plain numbers counts: (0.523 − 0.49) / 0.49 = 6.73% ≥ 5% → full 5
    const count = scoreWithProfiles([row], [["满意率", "数量", "越高越好", ""]], [{ 满意率: 0.523, 上年满意率: 0.49 }]);
    expect(count.item.points).toBe(5);
  });
});

describe("neutral fields and the 方向 column", () => {
  it("不评价 (中性, 无, —) in the 数据项 sheet; denominators default to it", () => {
    const { criteria, issues } = parseCriteriaRows(
      [
        ["1", "环境", "文明科室创建率", 10, "比率", "文明科室数/科室总数"],
        ["2", "服务", "满意度", 10, "满意度", "满意,基本满意,有效问卷数"],
        ["3", "学习", "参考率", 10, "比率", "参考人数/在编人数"],
      ],
      [sheet("数据项", [["数据项", "方向"], ["在编人数", "越高越好"], ["文明科室数", "中性"], ["满意", "—"]])],
    );
    expect(issues.items).toEqual([]);
    const direction = (f: string) => criteria.fieldMeanings.get(f)?.direction;
    expect([direction("科室总数"), direction("有效问卷数"), direction("在编人数"), direction("文明科室数"), direction("满意"), direction("基本满意")]).toEqual([
      "neutral", "neutral", "higher", "neutral", "neutral", "higher",
    ]);
  });
});

describe("百分比小数位数", () => {
  it("defaults to 2 and is set in 设置: 35.27% becomes 35.3% at 1", () => {
    const { criteria, issues } = parseCriteriaRows([["1", "a", "b", 1, "是否", "c"]], [sheet("设置", [["设置项", "值"], ["百分比小数位数", 1]])]);
    expect(issues.items).toEqual([]);
    expect(criteria.settings.percentDecimals).toBe(1);
    expect(parseCriteriaRows([["1", "a", "b", 1, "是否", "c"]]).criteria.settings.percentDecimals).toBe(2);
    // (135.27 − 100) / 100 = 35.27%
    expect(describeChange("经费投入", "amount", "万元", 135.27, 100)).toBe("经费投入 135.27 万元，比上年增加 35.27 万元，增长 35.27%");
    expect(describeChange("经费投入", "amount", "万元", 135.27, 100, false, 1)).toBe("经费投入 135.27 万元，比上年增加 35.27 万元，增长 35.3%");
  });
  it("rejects what is not 0～6", () => {
    const { issues } = parseCriteriaRows([["1", "a", "b", 1, "是否", "c"]], [sheet("设置", [["设置项", "值"], ["百分比小数位数", "两位"]])]);
    expect(issues.items.map((i) => i.id)).toEqual(["criteriaBadSetting"]);
  });
});
