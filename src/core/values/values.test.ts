import { describe, expect, it } from "vitest";
import { parseNumber } from "./parseNumber.js";
import { parseBoolean } from "./parseBoolean.js";
import { splitHeader, nameKey } from "./normaliseText.js";
import { convertMeasure, splitMultiplier } from "./measureUnits.js";
import { readFieldNumber } from "./readFieldNumber.js";
import { writtenDate } from "./writtenDate.js";

const num = (v: unknown, unit = "", fmt?: string) => parseNumber({ v: v as never, fmt }, unit);

describe("parseNumber", () => {
  it("reads numbers stored as text, full-width digits and thousands separators", () => {
    expect(num("85")).toEqual({ ok: true, value: 85, scale: "plain" });
    expect(num("８５")).toEqual({ ok: true, value: 85, scale: "plain" });
    expect(num("1,234.5")).toEqual({ ok: true, value: 1234.5, scale: "plain" });
    expect(num(" 12 ")).toEqual({ ok: true, value: 12, scale: "plain" });
  });
  it("never scales a percentage twice", () => {
    expect(num("85%")).toMatchObject({ value: 0.85, scale: "percent" });
    expect(num("８５％")).toMatchObject({ value: 0.85, scale: "percent" });
    expect(num(0.85, "", "0%")).toMatchObject({ value: 0.85, scale: "percent" });
    expect(num(0.85, "%", "0.0%")).toMatchObject({ value: 0.85, scale: "percent" });
    expect(num(85, "%")).toMatchObject({ value: 0.85, scale: "percent" });
    expect(num("85%", "%")).toMatchObject({ value: 0.85, scale: "percent" });
  });
  it("treats a fraction typed into a (%) column as a fraction, and says so", () => {
    expect(num(0.9, "%")).toEqual({ ok: true, value: 0.9, scale: "percent", assumed: "fraction" });
  });
  it("reads per-mille", () => {
    expect(num("18‰").ok && (num("18‰") as { value: number }).value).toBeCloseTo(0.018, 12);
    expect(num(12.5, "‰")).toMatchObject({ value: 0.0125, scale: "permille" });
  });
  it("takes the number from approximations and flags them", () => {
    expect(num("85%以上")).toMatchObject({ value: 0.85, approximate: true });
    expect(num("60余篇")).toMatchObject({ value: 60, approximate: true });
    expect(num("近200")).toMatchObject({ value: 200, approximate: true });
    expect(num("12次以上")).toMatchObject({ value: 12, approximate: true });
    expect(num("40余万元", "万元")).toMatchObject({ value: 40, approximate: true });
  });
  it("returns a unit written after the number, the number as written (converting is the field reader's, with a note)", () => {
    expect(num("3万元", "元")).toEqual({ ok: true, value: 3, scale: "plain", measure: "万元" });
    expect(num("5000元", "万元")).toEqual({ ok: true, value: 5000, scale: "plain", measure: "元" });
  });
  it("treats blank, dash, slash and 无 as missing", () => {
    for (const t of [null, "", "—", "/", "无", "-"]) expect(num(t)).toMatchObject({ ok: false, reason: "missing" });
  });
  it("rejects words, errors and dates", () => {
    expect(num("八十五")).toEqual({ ok: false, reason: "notNumber", token: "八十五" });
    expect(num("12a")).toMatchObject({ ok: false, reason: "notNumber" });
    expect(num("1,23")).toMatchObject({ ok: false, reason: "notNumber" });
    expect(num({ error: "#DIV/0!" })).toEqual({ ok: false, reason: "error", token: "#DIV/0!" });
    expect(num(new Date(Date.UTC(2026, 0, 5)))).toMatchObject({ ok: false, reason: "date" });
  });
});

describe("parseBoolean", () => {
  it.each([["是", true], ["否", false], ["√", true], ["×", false], ["有", true], ["无", false], [1, true], [0, false], [true, true]])(
    "%s → %s",
    (v, expected) => expect(parseBoolean({ v })).toEqual({ ok: true, value: expected }),
  );
  it("reports blanks and nonsense", () => {
    expect(parseBoolean({ v: null })).toMatchObject({ ok: false, reason: "missing" });
    expect(parseBoolean({ v: "也许" })).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("header names", () => {
  it("splits units off and ignores spaces, line breaks and full-width brackets", () => {
    expect(splitHeader("分值（分）")).toEqual({ name: "分值", unit: "分" });
    expect(splitHeader("政策符合率\n(%)")).toEqual({ name: "政策符合率", unit: "%" });
    expect(splitHeader("单 位 名 称")).toEqual({ name: "单位名称", unit: "" });
    expect(nameKey("Unit Name")).toBe("unitname");
  });
  it("takes the unit after 单位： inside the brackets (round 3: 「1.2亿元」 under （单位：万元） was read as 1.2)", () => {
    expect(splitHeader("招商引资到位资金（单位：万元）")).toEqual({ name: "招商引资到位资金", unit: "万元" });
    expect(splitHeader("招商引资到位资金(单位:万元)")).toEqual({ name: "招商引资到位资金", unit: "万元" });
    expect(splitHeader("招商引资到位资金（单位 万元）")).toEqual({ name: "招商引资到位资金", unit: "万元" });
    expect(splitHeader("地区生产总值（计量单位：亿元）")).toEqual({ name: "地区生产总值", unit: "亿元" });
    // A bracket holding only the word 单位 is not a unit label: left as written.
    expect(splitHeader("名称（单位）")).toEqual({ name: "名称", unit: "单位" });
  });
});

describe("bare 万 and 亿 are multipliers, never dropped (round 3)", () => {
  it("parseNumber returns them as the measure, the number as written", () => {
    expect(num("1.2亿")).toEqual({ ok: true, value: 1.2, scale: "plain", measure: "亿" });
    expect(num("1.2 亿")).toEqual({ ok: true, value: 1.2, scale: "plain", measure: "亿" });
    expect(num("12000万")).toEqual({ ok: true, value: 12000, scale: "plain", measure: "万" });
    expect(num("１.２万")).toEqual({ ok: true, value: 1.2, scale: "plain", measure: "万" });
  });
  it("splits a multiplier off a measure word, longest first", () => {
    expect(splitMultiplier("亿")).toEqual({ factor: 1e8, word: "" });
    expect(splitMultiplier("万亿")).toEqual({ factor: 1e12, word: "" });
    expect(splitMultiplier("百万")).toEqual({ factor: 1e6, word: "" });
    expect(splitMultiplier("万篇")).toEqual({ factor: 1e4, word: "篇" });
    expect(splitMultiplier("篇")).toEqual({ factor: 1, word: "篇" });
  });
  it("convertMeasure reads them in the field's unit family", () => {
    // 1.2 亿 = 1.2 × 10^8 元 = 12000 × 10^4 元 = 12000 万元
    expect(convertMeasure(1.2, "亿", "万元")).toEqual({ ok: true, value: 12000, unit: "万元", converted: true });
    // 12000 万 = 1.2 × 10^8 元 = 1.2 亿元
    expect(convertMeasure(12000, "万", "亿元")).toEqual({ ok: true, value: 1.2, unit: "亿元", converted: true });
    // 1.5 亿 under 元: 150000000 元
    expect(convertMeasure(1.5, "亿", "元")).toEqual({ ok: true, value: 150000000, unit: "元", converted: true });
    // 1.2 万 under 人: 12000 人
    expect(convertMeasure(1.2, "万", "人")).toEqual({ ok: true, value: 12000, unit: "人", converted: true });
    // 1.2 万 under a field without a unit: 12000, no unit
    expect(convertMeasure(1.2, "万", "")).toEqual({ ok: true, value: 12000, unit: "", converted: true });
    // 3 百万 under 万元: 3 × 10^6 元 = 300 万元
    expect(convertMeasure(3, "百万", "万元")).toEqual({ ok: true, value: 300, unit: "万元", converted: true });
    // 1.2 万 under 万元 is 1.2 万元 (the number is unchanged, but noted as a reading)
    expect(convertMeasure(1.2, "万", "万元")).toEqual({ ok: true, value: 1.2, unit: "万元", converted: true });
    // 1.2 万篇 under 篇: 12000 篇; under a column already in 万 nothing changes
    expect(convertMeasure(1.2, "万篇", "篇")).toEqual({ ok: true, value: 12000, unit: "篇", converted: true });
    expect(convertMeasure(1.2, "万", "万")).toEqual({ ok: true, value: 1.2, unit: "万", converted: false });
    // a measure word without a multiplier still passes unchanged
    expect(convertMeasure(3, "篇", "万元")).toEqual({ ok: true, value: 3, unit: "万元", converted: false });
  });
  it("readFieldNumber converts them with a note (1.2亿 under 招商引资到位资金（万元） was read as 1.2)", () => {
    const amount = { kind: "amount", measure: "万元", scale: "plain", direction: "higher" } as const;
    // 1.2 亿 = 12000 万元
    expect(readFieldNumber({ v: "1.2亿" }, "万元", amount)).toEqual({ ok: true, value: 12000, scale: "plain", measure: "万元", notes: [{ kind: "converted", from: "亿", to: "万元" }] });
    expect(readFieldNumber({ v: "1.2 亿" }, "万元", amount)).toMatchObject({ value: 12000, measure: "万元" });
    const yi = { kind: "amount", measure: "亿元", scale: "plain", direction: "higher" } as const;
    // 12000 万 = 1.2 亿元 (was read as 12000 亿元)
    expect(readFieldNumber({ v: "12000万" }, "亿元", yi)).toMatchObject({ value: 1.2, measure: "亿元", notes: [{ kind: "converted", from: "万", to: "亿元" }] });
    const people = { kind: "count", measure: "人", scale: "plain", direction: "higher" } as const;
    // 1.2 万 = 12000 人
    expect(readFieldNumber({ v: "1.2万" }, "人", people)).toMatchObject({ value: 12000, measure: "人" });
    const bare = { kind: "count", measure: "", scale: "plain", direction: "higher" } as const;
    // 1.2 万 = 12000, and no unit is left over (not 12000 万)
    const r = readFieldNumber({ v: "1.2万" }, "", bare);
    expect(r).toEqual({ ok: true, value: 12000, scale: "plain", notes: [{ kind: "converted", from: "万", to: "" }] });
  });
});

describe("issue 12: invisible characters in names", () => {
  it("nameKey drops U+200B, U+200C, U+200D, U+2060, U+FEFF and the soft hyphen: 甲​局 is 甲局", () => {
    expect(["甲\u200B局", "\u2060甲局", "甲局\uFEFF", "甲\u200C\u200D局", "甲\u00AD局"].map(nameKey)).toEqual(["甲局", "甲局", "甲局", "甲局", "甲局"]);
    expect(nameKey("\u200B\u2060")).toBe("");
  });
});

describe("writtenDate", () => {
  it("writes a whole ISO date as a 公文 does and leaves anything else as it is", () => {
    expect(writtenDate("2026-04-18")).toBe("2026年4月18日");
    expect(writtenDate("2025-01-01")).toBe("2025年1月1日");
    expect(writtenDate("2026-4")).toBe("2026-4");
    expect(writtenDate("12026-04-181")).toBe("12026-04-181");
    expect(() => writtenDate(undefined as never)).toThrow(/date text/);
  });
});
