import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findRule, parseDirection, parseParam, ruleTypes } from "./registry.js";

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
  it("parses parameters of each kind", () => {
    const rate = { id: "x", label: "满分线", kind: "rate" as const, min: 0, max: 1, description: "" };
    expect(parseParam(rate, "90%")).toEqual({ ok: true, value: 0.9 });
    expect(parseParam(rate, "90")).toEqual({ ok: true, value: 0.9 });
    expect(parseParam(rate, "0.9")).toEqual({ ok: true, value: 0.9 });
    const q = { id: "t", label: "目标值", kind: "quantity" as const, description: "" };
    expect(parseParam(q, "≥97%")).toEqual({ ok: true, value: { value: 0.97, scale: "percent" } });
    expect(parseParam({ id: "l", label: "各级分值", kind: "numberList", description: "" }, "国家级:3,省级:2")).toEqual({ ok: true, value: [3, 2] });
    expect(parseDirection("越低越好")).toBe("lower");
    expect(parseDirection("不低于")).toBe("higher");
  });
  it("docs/standard-sheets.md documents every rule type and parameter", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "..", "docs", "standard-sheets.md"), "utf8");
    for (const rule of ruleTypes) {
      expect(doc, rule.label).toContain(`| ${rule.label} |`);
      for (const p of rule.params) expect(doc, `${rule.label}/${p.label}`).toContain(p.label);
    }
  });
});
