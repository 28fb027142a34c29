import { describe, expect, it } from "vitest";
import { parseNumber } from "./parseNumber.js";
import { parseBoolean } from "./parseBoolean.js";
import { splitHeader, nameKey } from "./normaliseText.js";

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
});
