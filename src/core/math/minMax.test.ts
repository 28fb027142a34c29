import { describe, expect, it } from "vitest";
import { max } from "./max.js";
import { min } from "./min.js";

describe("max and min", () => {
  it("agree with Excel MAX/MIN on small lists", () => {
    expect([max([3, 9, 4]), min([3, 9, 4])]).toEqual([9, 3]);
    expect([max([-2, -7]), min([-2, -7])]).toEqual([-2, -7]);
    expect([max([], 0), min([], 0)]).toEqual([0, 0]);
  });

  it("take 1,000,000 values, where Math.max(...values) overflows the stack", () => {
    // i·37 mod 10⁶ for i < 10⁶: 37 is coprime to 10⁶, so this is a permutation of 0 … 999,999.
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 37) % 1_000_000);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect([max(values), min(values)]).toEqual([999_999, 0]);
  });
});
