import { describe, expect, it } from "vitest";
import { linesNeeded } from "./textLines.js";

describe("linesNeeded", () => {
  it("counts CJK as two units over width − 1 units a line, and each line break", () => {
    // 12 characters, 11 CJK + "3": 23 units over 9 a line → 3 lines
    expect(linesNeeded("每发现一次扣3分，扣完为止", 10)).toBe(3);
    // 4 CJK = 8 units ≤ 9: one line, unscanned
    expect(linesNeeded("扣完为止", 10)).toBe(1);
    // 9 Latin letters: 9 units ≤ 9 → 1; 10 letters → ceil(10 / 9) = 2
    expect(linesNeeded("abcdefghi", 10)).toBe(1);
    expect(linesNeeded("abcdefghij", 10)).toBe(2);
    // "短" (1 line) + "" (1 line) + 5 CJK = 10 units → 2 lines: 4
    expect(linesNeeded("短\n\n一二三四五", 10)).toBe(4);
    // empty text: one line
    expect(linesNeeded("", 10)).toBe(1);
    // a column narrower than one unit still counts each character's units a line: 3 CJK over max(0, 1) → 6
    expect(linesNeeded("一二三", 1)).toBe(6);
  });
});
