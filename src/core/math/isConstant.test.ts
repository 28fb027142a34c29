import { describe, expect, it } from "vitest";
import { isConstant } from "./isConstant.js";

describe("isConstant", () => {
  it("compares exactly by default, within a relative tolerance when given one", () => {
    expect(isConstant([3, 3, 3])).toBe(true);
    expect(isConstant([])).toBe(true);
    // 0.1 + 0.2 is 0.30000000000000004: a different number, but only noise at 1e-12 of its size.
    expect(isConstant([0.3, 0.1 + 0.2])).toBe(false);
    expect(isConstant([0.3, 0.1 + 0.2], 1e-12)).toBe(true);
    // 90 vs 90.0001 differ by 1.1e-6 of 90: not noise at 1e-12.
    expect(isConstant([90, 90.0001], 1e-12)).toBe(false);
    // Near zero the tolerance is absolute (relative to 1): 1e-13 apart is noise.
    expect(isConstant(new Float64Array([0, 1e-13]), 1e-12)).toBe(true);
  });

  it("says what it requires", () => {
    expect(() => isConstant(undefined as never)).toThrow(/array of numbers/);
    expect(() => isConstant([1], -1)).toThrow(/tolerance of 0 or more/);
  });
});
