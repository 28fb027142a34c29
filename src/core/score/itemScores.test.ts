import { describe, expect, it } from "vitest";
import { ItemScores } from "./itemScores.js";
import type { CriteriaItem } from "../model.js";

const items = [
  { key: "1", rule: { id: "ratio", reports: { parts: true } } },
  { key: "2", rule: { id: "yesNo" } },
  { key: "3", rule: { id: "completion", reports: { parts: true, extra: true } } },
] as unknown as CriteriaItem[];

describe("ItemScores", () => {
  it("gives back what was stored, with absent rate and parts left out", () => {
    const s = new ItemScores(items);
    s.set(0, { points: 4.07, extra: 0, rate: 13 / 18, parts: { numerator: 13, denominator: 18 }, missing: false });
    s.set(1, { points: 0, extra: 0, missing: true });
    s.set(2, { points: 6, extra: 0.5, rate: 1.2, parts: { numerator: 12, denominator: 10 }, missing: false });
    expect(s.length).toBe(3);
    expect(s.get(0)).toEqual({ item: items[0], points: 4.07, extra: 0, rate: 13 / 18, parts: { numerator: 13, denominator: 18 }, missing: false });
    expect(s.get(1)).toEqual({ item: items[1], points: 0, extra: 0, missing: true });
    expect(s.get(2)).toEqual({ item: items[2], points: 6, extra: 0.5, rate: 1.2, parts: { numerator: 12, denominator: 10 }, missing: false });
    expect([...s].map((r) => r.points)).toEqual([4.07, 0, 6]);
    expect([s.points(2), s.rate(1), s.rate(0), s.numerator(0), s.denominator(0), s.numerator(1)]).toEqual([6, undefined, 13 / 18, 13, 18, Number.NaN]);
  });

  it("keeps units apart, and a missing flag can be cleared again", () => {
    const a = new ItemScores(items);
    const b = new ItemScores(items);
    a.set(1, { points: 0, extra: 0, missing: true });
    b.set(1, { points: 2, extra: 0, missing: false });
    a.set(1, { points: 0, extra: 0, missing: false });
    expect([a.get(1).missing, b.get(1).missing, b.points(1)]).toEqual([false, false, 2]);
  });

  it("refuses a number its rule type does not declare, and an index outside the items", () => {
    expect(() => new ItemScores(items).set(1, { points: 1, extra: 0, parts: { numerator: 1, denominator: 2 }, missing: false })).toThrow(/reports/);
    expect(() => new ItemScores(items).get(3)).toThrow(/from 0 to 2/);
  });
});
