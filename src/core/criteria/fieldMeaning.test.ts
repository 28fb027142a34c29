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

describe("a rate field is one rate for every unit and for its 上年 column (issue 11, round 3)", () => {
  const fromHeader: FieldMeaning = { kind: "rate", measure: "", scale: "percent", direction: "higher", scaleFrom: "header" };
  const fromValues: FieldMeaning = { ...fromHeader, scaleFrom: "values" };
  const fromName: FieldMeaning = { ...fromHeader, scaleFrom: "name" };
  const headerPerMille: FieldMeaning = { ...fromHeader, scale: "permille", scaleFrom: "header" };
  /** 同比 of 3 points, 满分改善 5 百分点; one unit 甲 with the given cells. */
  const yoy = (cells: Record<string, Input>, profiles?: string[][], field = "群众满意率") => {
    const row: CriteriaRow = ["1", "服务", "满意率同比提高", 3, "同比", field, "满分改善=5%"];
    if (profiles) return scoreWithProfiles([row], profiles, [cells]);
    const run = scoreRows([row], [{ 单位名称: "甲", ...cells }]);
    const result = run.byName("甲");
    return { ...run, item: { ...result.items.get(0), ...explainUnit(result.unit, run.assessment.criteria)[0] } };
  };

  it("reads a plain cell without its own (%) in the field's scale, whatever made the field a rate", () => {
    // the 上年 column under 「群众满意率（上年）」 (no %) of a field headed (%): 49 → 49%, noted
    expect(read(49, "", fromHeader)).toMatchObject({ ok: true, value: 0.49, scale: "percent", notes: [{ kind: "scaled", scale: "percent" }] });
    // 0.49 is already the fraction: 49%, nothing rescaled
    expect(read(0.49, "", fromHeader)).toMatchObject({ ok: true, value: 0.49, scale: "percent", notes: [] });
    // one unit's 「87%」 made the field a rate: another unit's plain 52.3 is 52.3%, never 5230%
    expect(read(52.3, "", fromValues)).toMatchObject({ ok: true, value: 0.523, scale: "percent", notes: [{ kind: "scaled" }] });
    expect(read(52.3, "", fromName)).toMatchObject({ ok: true, value: 0.523, scale: "percent" });
    // a (‰) header takes every plain number of its 上年 column in ‰, as the header does: 0.8 → 0.8‰ = 0.0008
    const r = read(0.8, "", headerPerMille);
    expect(r.ok && r.value).toBeCloseTo(0.0008, 15);
  });

  it("(a) 52.3 under （%） against 49 under 「群众满意率（上年）」 or 「去年群众满意率」: +3.3 百分点 → 3.3 / 5 × 3 = 1.98", () => {
    for (const previous of ["群众满意率（上年）", "去年群众满意率"]) {
      const { item, issues } = yoy({ "群众满意率（%）": 52.3, [previous]: 49 });
      expect(item.points).toBe(1.98);
      expect(item.explanation).toContain("上年 49%，变化 3.3 个百分点");
      // the 上年 cell (C2) is said to be read as 49%; no ×10 hint blaming this year's cell
      expect(issues.find((i) => i.id === "plainAssumedScaled")).toMatchObject({ cell: "C2", message: "“49” 未带单位，按 49% 理解" });
      expect(issues.filter((i) => i.id === "tenfoldFall")).toEqual([]);
    }
  });

  it("(a) 0.523 in a %-formatted cell against a plain 49: 52.3% vs 49% → 1.98", () => {
    expect(yoy({ 群众满意率: { v: 0.523, fmt: "0.0%" }, 上年群众满意率: 49 }).item.points).toBe(1.98);
  });

  it("(a) a (%) on the 上年 header alone makes a field not named …率 a rate: 52.3 vs 49 → 1.98", () => {
    // 群众评价指数 is no rate by its name: only 「上年群众评价指数（%）」 says it is one
    const { item, assessment } = yoy({ 群众评价指数: 52.3, "上年群众评价指数（%）": 49 }, undefined, "群众评价指数");
    expect(assessment.criteria.fieldMeanings.get("群众评价指数")).toMatchObject({ kind: "rate", scale: "percent", scaleFrom: "header" });
    expect(item.points).toBe(1.98);
  });

  it("(b) one unit's 「87%」 makes the field a rate for every unit: 52.3 vs 49 → 1.98 (never 330 百分点 → 3)", () => {
    const row: CriteriaRow = ["1", "服务", "评价同比提高", 3, "同比", "群众评价指数", "满分改善=5%"];
    const { byName, assessment, issues } = scoreRows([row], [
      { 单位名称: "甲", 群众评价指数: 52.3, 上年群众评价指数: 49 },
      { 单位名称: "乙", 群众评价指数: "87%", 上年群众评价指数: "85%" },
    ]);
    expect(assessment.criteria.fieldMeanings.get("群众评价指数")).toMatchObject({ kind: "rate", scaleFrom: "values" });
    // 甲 52.3% − 49% = 3.3 百分点 → 1.98; 乙 87% − 85% = 2 百分点 → 2 / 5 × 3 = 1.2
    expect(byName("甲").items.points(0)).toBe(1.98);
    expect(byName("乙").items.points(0)).toBe(1.2);
    expect(issues.filter((i) => i.id === "plainAssumedScaled").map((i) => i.cell)).toEqual(["B2", "C2"]);
  });

  it("(b) scoring and the rateAbove100 check read a plain 105 alike: 105% in both (capped to 100% in the score)", () => {
    const row: CriteriaRow = ["1", "服务", "准确率同比提高", 3, "同比", "上报准确率", "满分改善=5%"];
    const { byName, issues } = scoreRows([row], [
      { 单位名称: "甲", 上报准确率: 105, 上年上报准确率: 97 },
      { 单位名称: "乙", 上报准确率: "96%", 上年上报准确率: "95%" },
    ]);
    // 甲 105% capped to 100%, vs 97%: +3 百分点 → 3 / 5 × 3 = 1.8
    expect(byName("甲").items.points(0)).toBe(1.8);
    expect(issues.find((i) => i.id === "rateAbove100")).toMatchObject({ severity: "error", cell: "B2", message: "“上报准确率”为 105%，超过 100%，不可能成立，请核实" });
  });

  it("(c) plain 0.523 vs 0.49 in a field named …满意率, no % anywhere: +3.3 百分点 → 1.98, the inference noted once", () => {
    const { item, issues, assessment } = yoy({ 群众满意率: 0.523, 上年群众满意率: 0.49 });
    expect(assessment.criteria.fieldMeanings.get("群众满意率")).toMatchObject({ kind: "rate", scale: "percent", scaleFrom: "name" });
    expect(item.points).toBe(1.98);
    const notes = issues.filter((i) => i.id === "rateFromName");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", cell: "B2", unit: "甲" });
    expect(notes[0].message).toContain("“群众满意率”的表头和数据项表都没有注明单位，按名称视为比率：“0.523”读作 52.3%");
  });

  it("(c) 满意度 and 增长率 are rates by name; a 数据项 sheet or a header saying otherwise wins", () => {
    // 12.5 vs 10 in 人均收入增长率: 12.5% − 10% = 2.5 百分点 → 2.5 / 5 × 3 = 1.5 (as counts it would be +25% → 3)
    expect(yoy({ 人均收入增长率: 12.5, 上年人均收入增长率: 10 }, undefined, "人均收入增长率").item.points).toBe(1.5);
    expect(yoy({ 群众满意度: 0.523, 上年群众满意度: 0.49 }, undefined, "群众满意度").item.points).toBe(1.98);
    // declared 数量: two plain numbers, (0.523 − 0.49) / 0.49 = 6.73% ≥ 5% → full 3
    expect(yoy({ 群众满意率: 0.523, 上年群众满意率: 0.49 }, [["群众满意率", "数量", "越高越好", ""]]).item.points).toBe(3);
    // 满意度 in （分）: a score, compared by 增幅: (92 − 88) / 88 = 4.55% of 5% → 0.9091 × 3 = 2.73
    expect(yoy({ "群众满意度（分）": 92, "上年群众满意度（分）": 88 }, undefined, "群众满意度").item.points).toBe(2.73);
    // a field a 比率 item counts (a numerator) is not a rate by its name
    const { criteria } = parseCriteriaRows([["1", "环境", "创建", 5, "比率", "创建率/科室总数"]]);
    expect(criteria.fieldMeanings.get("创建率")?.kind).toBe("count");
  });
});
