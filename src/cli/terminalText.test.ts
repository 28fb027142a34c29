import { describe, expect, it } from "vitest";
import { terminalLine, terminalName, visibleControls } from "./terminalText.js";

describe("terminal text", () => {
  it("shows C0 controls (not tab or line feed), DEL and C1 as \\uXXXX marks", () => {
    expect(visibleControls("a\u0000b\u000Bc\u001Bd\u007Fe\u009Bf")).toBe("a\\u0000b\\u000Bc\\u001Bd\\u007Fe\\u009Bf");
    expect(visibleControls("甲\t乙\n丙")).toBe("甲\t乙\n丙");
  });

  it("cuts a name over 60 characters in the middle, counting a character outside the BMP once", () => {
    // 61 × 𠀀 (two UTF-16 units each): the first 44, …, the last 15 = 60 shown.
    expect(terminalName("𠀀".repeat(61))).toBe("𠀀".repeat(44) + "…" + "𠀀".repeat(15));
    // Two names that differ only at the end stay apart: 90 × 局 and 90 × 局 + 甲.
    expect(terminalName("局".repeat(90) + "甲")).toBe("局".repeat(44) + "…" + "局".repeat(14) + "甲");
    expect(terminalName("局".repeat(60))).toBe("局".repeat(60));
  });

  it("cuts each quoted value of a line, leaves the rest", () => {
    const line = `“${"甲".repeat(100)}” 不是数字（“乙\u0007”）`;
    expect(terminalLine(line)).toBe(`“${"甲".repeat(44)}…${"甲".repeat(15)}” 不是数字（“乙\\u0007”）`);
  });

  it("an unclosed quote with a long tail stays linear and keeps the text", () => {
    const line = "“".repeat(50_000) + "甲";
    expect(terminalLine(line)).toBe(line);
  });
});
