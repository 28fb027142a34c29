import { describe, expect, it } from "vitest";
import { medianAbsoluteDeviation } from "./medianAbsoluteDeviation.js";
import { robustZScores } from "./robustZScores.js";

describe("median absolute deviation and robust z-scores (Iglewicz & Hoaglin)", () => {
  // 10, 11, 12, 12, 13, 40: median (12 + 12) / 2 = 12;
  // |x − 12| = 2, 1, 0, 0, 1, 28 → sorted 0, 0, 1, 1, 2, 28 → MAD (1 + 1) / 2 = 1.
  // (The brief's "1.5" pairs 1 and 2; the two middle values of six are the 3rd and 4th: 1 and 1.)
  const values = [10, 11, 12, 12, 13, 40];
  it("MAD by hand", () => {
    expect(medianAbsoluteDeviation(values)).toBe(1);
  });
  it("z = 0.6745 × (x − median) / MAD", () => {
    const { z, median, mad } = robustZScores(values)!;
    expect([median, mad]).toEqual([12, 1]);
    // z(40) = 0.6745 × 28 / 1 = 18.886; z(10) = 0.6745 × −2 / 1 = −1.349; z(12) = 0
    expect(z[5]).toBeCloseTo(18.886, 10);
    expect(z[0]).toBeCloseTo(-1.349, 10);
    expect(z[2]).toBe(0);
  });
  it("odd count: 1, 2, 3, 4, 100 → median 3, deviations 2, 1, 0, 1, 97 → MAD 1; z(100) = 0.6745 × 97 = 65.4265", () => {
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1);
    expect(robustZScores([1, 2, 3, 4, 100])!.z[4]).toBeCloseTo(65.4265, 10);
  });
  it("no spread (MAD 0) gives no scores", () => {
    // 5, 5, 5, 6, 9: median 5, deviations 0, 0, 0, 1, 4 → MAD 0
    expect(robustZScores([5, 5, 5, 6, 9])).toBeUndefined();
    expect(robustZScores([])).toBeUndefined();
  });
});
