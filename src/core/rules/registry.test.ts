import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findRule, paramNames, parseDirection, parseParam, ruleTypes } from "./registry.js";
import type { ParamSpec } from "./types.js";
import { honourLevelsIn, pointsPerField } from "./bonus.js";

/** The parameter a rule declares under a label, as parseCriteria finds it. */
function spec(ruleId: string, label: string): ParamSpec {
  const found = ruleTypes.find((r) => r.id === ruleId)!.params.find((p) => p.label === label);
  if (!found) throw new Error(`${ruleId} has no ${label}`);
  return found;
}
const value = (v: unknown, direction?: "higher" | "lower") => ({ ok: true, value: v, ...(direction ? { implies: { direction } } : {}) });

describe("rule registry", () => {
  it("every label and alias finds its rule, and no two rules share one", () => {
    const seen = new Map<string, string>();
    for (const rule of ruleTypes) {
      for (const name of [rule.label, ...rule.aliases]) {
        expect(seen.get(name), `${name} used twice`).toBeUndefined();
        seen.set(name, rule.id);
        expect(findRule(name)?.id).toBe(rule.id);
      }
    }
    expect(findRule(" 比 率 ")?.id).toBe("ratio");
  });
  it("defaults lie within their declared ranges", () => {
    for (const rule of ruleTypes) {
      for (const p of rule.params) {
        if (typeof p.default !== "number") continue;
        if (p.min !== undefined) expect(p.default).toBeGreaterThanOrEqual(p.min);
        if (p.max !== undefined) expect(p.default).toBeLessThanOrEqual(p.max);
      }
    }
  });
  it("a number parameter with a unit or a bare multiplier is refused, never read as the bare number", () => {
    const per = { id: "p", label: "每次扣分", kind: "number" as const, min: 0, description: "" };
    // 「3万」 would be 30000 or 3 万元 — either way not the 3 it used to give silently.
    expect(parseParam(per, "3万")).toEqual({ ok: false, reason: "需要不带“万”“亿”等倍数的数字" });
    expect(parseParam(per, "3万元")).toEqual({ ok: false, reason: "需要不带计量单位的数字" });
    expect(parseParam(per, "3分")).toEqual({ ok: true, value: 3 });
  });
  it("parses parameters of each kind", () => {
    const rate = { id: "x", label: "满分线", kind: "rate" as const, min: 0, max: 1, description: "" };
    expect(parseParam(rate, "90%")).toEqual({ ok: true, value: 0.9 });
    expect(parseParam(rate, "90")).toEqual({ ok: true, value: 0.9 });
    expect(parseParam(rate, "0.9")).toEqual({ ok: true, value: 0.9 });
    const q = { id: "t", label: "目标值", kind: "quantity" as const, description: "" };
    // The ≥ written in the value now also says the direction (it used to be dropped).
    expect(parseParam(q, "≥97%")).toEqual({ ok: true, value: { value: 0.97, scale: "percent" }, implies: { direction: "higher" } });
    // Named levels are kept by level (they used to be read positionally, names ignored).
    expect(parseParam(spec("bonus", "各级分值"), "国家级:3,省级:2")).toEqual({ ok: true, value: { 国家级: 3, 省级: 2 } });
    expect(parseDirection("越低越好")).toBe("lower");
    expect(parseDirection("不低于")).toBe("higher");
  });
  it("docs/standard-sheets.md documents every rule type and parameter, with every header it may be written under", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "..", "docs", "standard-sheets.md"), "utf8");
    const spellings = doc.slice(doc.indexOf("### 参数的写法"));
    expect(spellings.length, "section 参数的写法").toBeGreaterThan(20);
    for (const rule of ruleTypes) {
      expect(doc, rule.label).toContain(`| ${rule.label} |`);
      for (const p of rule.params) {
        expect(doc, `${rule.label}/${p.label}`).toContain(p.label);
        for (const name of paramNames(p).filter((n) => n !== p.id)) expect(spellings, `${rule.label}/${p.label}/${name}`).toContain(name);
      }
    }
  });
});

describe("parameters as offices write them", () => {
  it("各级分值 by named level, any order, any subset, with 每项/每个/各", () => {
    const levels = spec("bonus", "各级分值");
    expect(parseParam(levels, "国家级3分、省级2分、市级1分、县级0.5分")).toEqual(value({ 国家级: 3, 省级: 2, 市级: 1, 县级: 0.5 }));
    expect(parseParam(levels, "县级0.5分，国家级3分")).toEqual(value({ 县级: 0.5, 国家级: 3 }));
    expect(parseParam(levels, "国家级每项加3分，省级每项2分")).toEqual(value({ 国家级: 3, 省级: 2 }));
    expect(parseParam(levels, "每个国家级荣誉3分；每个省级荣誉2分")).toEqual(value({ 国家级: 3, 省级: 2 }));
    expect(parseParam(levels, "全国 3 分、自治区级 2 分、地区级 1 分")).toEqual(value({ 国家级: 3, 省级: 2, 市级: 1 }));
    expect(parseParam(levels, "国家级=3；省级：2")).toEqual(value({ 国家级: 3, 省级: 2 }));
    expect(parseParam(levels, "国家级3分/项")).toEqual(value({ 国家级: 3 }));
    // Positional lists keep working, with or without 分.
    expect(parseParam(levels, "3/2/1/0.5")).toEqual(value([3, 2, 1, 0.5]));
    expect(parseParam(levels, "3分/2分/1分")).toEqual(value([3, 2, 1]));
  });
  it("a field's honour level from its name; words like 城市 and 社区 name no level", () => {
    expect(honourLevelsIn("全国文明城市数")).toEqual(["国家级"]);
    expect(honourLevelsIn("自治区级荣誉数")).toEqual(["省级"]);
    expect(honourLevelsIn("地区级荣誉数")).toEqual(["市级"]);
    expect(honourLevelsIn("市级文明社区数")).toEqual(["市级"]);
    expect(honourLevelsIn("区级荣誉")).toEqual(["县级"]);
    expect(honourLevelsIn("文明社区数")).toEqual([]);
    expect(honourLevelsIn("省市级荣誉数")).toEqual(["省级", "市级"]);
    // Fields in any order get their own level's points; positional lists keep field order.
    expect(pointsPerField(["县级荣誉数", "全国文明城市数"], { 国家级: 3, 县级: 0.5 })).toEqual({ ok: true, points: [0.5, 3] });
    expect(pointsPerField(["县级荣誉数", "全国文明城市数"], [3, 0.5])).toEqual({ ok: true, points: [3, 0.5] });
    expect(pointsPerField(["省市级荣誉数"], { 省级: 2 })).toMatchObject({ ok: false, reason: expect.stringContaining("看不出") });
  });
  it("各级分值 that cannot be read one way is refused with what is expected", () => {
    const levels = spec("bonus", "各级分值");
    expect(parseParam(levels, "国家级3分或5分")).toMatchObject({ ok: false, reason: expect.stringContaining("“国家级3分或5分”看不懂") });
    expect(parseParam(levels, "国家级3分省级2分")).toMatchObject({ ok: false, reason: expect.stringContaining("国家级3分、省级2分") });
    expect(parseParam(levels, "国家级酌情加分")).toMatchObject({ ok: false });
    expect(parseParam(levels, "国家级3分、国家级2分")).toEqual({ ok: false, reason: "国家级写了两次" });
    expect(parseParam(levels, "3/很多")).toMatchObject({ ok: false, reason: expect.stringContaining("3/2/1/0.5") });
  });
  it("目标值 of 达标 with its comparison inside: the value and the direction it says", () => {
    const target = spec("threshold", "目标值");
    expect(parseParam(target, "≤20‰")).toEqual(value({ value: 0.02, scale: "permille" }, "lower"));
    expect(parseParam(target, "不高于3‰")).toEqual(value({ value: 0.003, scale: "permille" }, "lower"));
    expect(parseParam(target, "不低于95%")).toEqual(value({ value: 0.95, scale: "percent" }, "higher"));
    expect(parseParam(target, "≥12次")).toEqual(value({ value: 12, scale: "plain" }, "higher"));
    expect(parseParam(target, "12次以上")).toEqual(value({ value: 12, scale: "plain" }, "higher"));
    expect(parseParam(target, "12次及以上")).toEqual(value({ value: 12, scale: "plain" }, "higher"));
    expect(parseParam(target, "不超过3起")).toEqual(value({ value: 3, scale: "plain" }, "lower"));
    expect(parseParam(target, "20‰以下")).toEqual(value({ value: 0.02, scale: "permille" }, "lower"));
    expect(parseParam(target, "＜＝20‰")).toEqual(value({ value: 0.02, scale: "permille" }, "lower"));
    expect(parseParam(target, "≧ 97%")).toEqual(value({ value: 0.97, scale: "percent" }, "higher"));
    expect(parseParam(target, "97%")).toEqual(value({ value: 0.97, scale: "percent" }));
  });
  it("目标值 with a strict or self-contradicting comparison is refused", () => {
    const target = spec("threshold", "目标值");
    expect(parseParam(target, "低于20‰")).toMatchObject({ ok: false, reason: expect.stringContaining("不高于20‰") });
    expect(parseParam(target, ">95%")).toMatchObject({ ok: false, reason: expect.stringContaining("≥95%") });
    expect(parseParam(target, "≥95%以下")).toMatchObject({ ok: false, reason: expect.stringContaining("相反") });
    expect(parseParam(target, "95%左右")).toMatchObject({ ok: false });
  });
  it("满分改善 of 同比, also under 目标值: 10% → 0.1, 下降 → lower, 3 个百分点 → 0.03", () => {
    const full = spec("yearOnYear", "满分改善");
    expect(paramNames(full)).toContain("目标值");
    expect(parseParam(full, "比上年增长10%得满分")).toEqual(value(0.1, "higher"));
    expect(parseParam(full, "比上年下降5%")).toEqual(value(0.05, "lower"));
    expect(parseParam(full, "提高3个百分点")).toEqual(value(0.03, "higher"));
    expect(parseParam(full, "较上年减少 20% 及以上得满分，未减少不得分")).toEqual(value(0.2, "lower"));
    expect(parseParam(full, "比上年下降20%及以上得满分，未下降不得分")).toEqual(value(0.2, "lower"));
    expect(parseParam(full, "10%")).toEqual(value(0.1));
    expect(parseParam(full, "0.1")).toEqual(value(0.1));
    // A bare 10 could be 10% or ten times: refused, saying how to write it.
    expect(parseParam(full, "10")).toEqual({ ok: false, reason: "“10”不清楚是 10% 还是 10 倍，请写成 10% 或 0.1" });
    expect(parseParam(full, "大幅增长")).toMatchObject({ ok: false, reason: expect.stringContaining("比上年增长10%得满分") });
  });
  it("公式 may start with 得分=", () => {
    const formula = spec("formula", "公式");
    expect(paramNames(formula)).toEqual(expect.arrayContaining(["计算公式", "计分公式"]));
    expect(parseParam(formula, "得分＝文明科室数/科室总数×分值")).toEqual(value("文明科室数/科室总数×分值"));
    expect(parseParam(formula, "min(a/b,1)*分值")).toEqual(value("min(a/b,1)*分值"));
  });
  it("每次扣分 and 扣分上限 as written in 评分标准", () => {
    const each = spec("deduction", "每次扣分");
    for (const text of ["3", "3分", "每次扣3分", "每发现一次扣3分", "扣3分/次", "3分/次", "每起扣 3 分"]) expect(parseParam(each, text), text).toEqual(value(3));
    expect(parseParam(each, "少一项扣2分")).toEqual(value(2));
    expect(parseParam(each, "每次扣1-3分")).toMatchObject({ ok: false, reason: expect.stringContaining("每次扣3分") });
    expect(parseParam(each, "酌情扣分")).toMatchObject({ ok: false });
    const cap = spec("deduction", "扣分上限");
    for (const text of ["5", "5分", "最多扣5分", "累计最多扣5分", "扣分不超过5分", "扣满5分为止"]) expect(parseParam(cap, text), text).toEqual(value(5));
    // 扣完为止: the cap is the item's own 分值, which is the default (undefined).
    expect(parseParam(cap, "扣完为止")).toEqual({ ok: true, value: undefined });
    expect(parseParam(cap, "视情况")).toMatchObject({ ok: false, reason: expect.stringContaining("扣完为止") });
  });
  it("满分线 「≥95%」「95%以上得满分」, 起评线 「60%以下不得分」; the opposite comparison is refused", () => {
    const full = spec("ratio", "满分线");
    const zero = spec("ratio", "起评线");
    for (const text of ["95%", "≥95%", "95%以上", "95%及以上得满分", "达到95%得满分", "95"]) expect(parseParam(full, text), text).toEqual(value(0.95));
    for (const text of ["60%", "60%以下不得分", "低于60%不得分", "≤60%", "60%以下得0分"]) expect(parseParam(zero, text), text).toEqual(value(0.6));
    expect(parseParam(full, "≤95%")).toEqual({ ok: false, reason: "比较方向不对，应写成 95%、≥95% 或 95%以上得满分" });
    expect(parseParam(zero, "60%以上")).toEqual({ ok: false, reason: "比较方向不对，应写成 60%、≤60% 或 60%以下不得分" });
    expect(parseParam(spec("completion", "超额加分"), "≥120%")).toMatchObject({ ok: false });
  });
  it("方向 words, signs and their full-width and 'or equal' forms, only higher or lower", () => {
    for (const w of ["越高越好", "越多越好", "越大越好", "不低于", "不少于", "≥", "≧", ">=", "＞＝", "≥ ", "以上", "正向"]) expect(parseDirection(w), w).toBe("higher");
    for (const w of ["越低越好", "越少越好", "越小越好", "不超过", "不高于", "≤", "≦", "<=", "＜＝", "=<", "以下", "逆向"]) expect(parseDirection(w), w).toBe("lower");
    for (const w of ["不评价", "随便", "≥95%", ""]) expect(parseDirection(w), w).toBeUndefined();
  });
});
