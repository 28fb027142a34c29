import { describe, expect, it } from "vitest";
import { ItemScores } from "./itemScores.js";
import type { CriteriaItem } from "../model.js";

const items = [{ key: "1" }, { key: "2" }, { key: "3" }] as unknown as CriteriaItem[];

describe("ItemScores", () => {
  it("gives back what was stored, with absent rate and parts left out", () => {
    const s = new ItemScores(items);
    s.set(0, { points: 4.07, extra: 0, rate: 13 / 18, parts: { numerator: 13, denominator: 18 }, missing: false });
    s.set(1, { points: 0, extra: 0, missing: true });
    s.set(2, { points: 6, extra: 0.5, missing: false });
    expect(s.length).toBe(3);
    expect(s.get(0)).toEqual({ item: items[0], points: 4.07, extra: 0, rate: 13 / 18, parts: { numerator: 13, denominator: 18 }, missing: false });
    expect(s.get(1)).toEqual({ item: items[1], points: 0, extra: 0, missing: true });
    expect([...s].map((r) => r.points)).toEqual([4.07, 0, 6]);
    expect([s.points(2), s.rate(1), s.rate(0), s.numerator(0), s.denominator(0)]).toEqual([6, undefined, 13 / 18, 13, 18]);
  });

  it("refuses an index outside the items", () => {
    expect(() => new ItemScores(items).get(3)).toThrow(/from 0 to 2/);
  });
});
