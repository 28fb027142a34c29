import { describe, expect, it } from "vitest";
import { terminalLine, terminalName, terminalWidth, visibleControls, wrapToWidth } from "./terminalText.js";

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

describe("terminal width and wrapping", () => {
  it("counts a CJK character or full-width punctuation two columns, others one", () => {
    expect(terminalWidth("选项：")).toBe(6);
    expect(terminalWidth("-s, --submissions <xlsx 或文件夹>")).toBe(33); // "-s, --submissions <xlsx " is 24 columns, 或文件夹 8, ">" 1
    expect(terminalWidth("“甲”")).toBe(4); // the curly quotes are ambiguous width: one each
    expect(terminalWidth("\x1b[1m用法\x1b[0m")).toBe(4);
  });

  it("wraps Chinese between characters and English at spaces, within the width", () => {
    const lines = wrapToWidth("往年（最多十年）的 kaoping 结果工作簿或申报数据所在文件夹，写出“历年对比”表", 20);
    for (const l of lines) expect(terminalWidth(l)).toBeLessThanOrEqual(20);
    // Nothing lost: the lines joined are the text, less the spaces a break took.
    expect(lines.join("").replace(/ /g, "")).toBe("往年（最多十年）的kaoping结果工作簿或申报数据所在文件夹，写出“历年对比”表");
    // A flag is never split, even when the comma after it must stay on its line (it overflows instead).
    expect(wrapToWidth("同 --submissions，二者只写一个", 12)).toEqual(["同", "--submissions，", "二者只写一个"]);
  });

  it("keeps closing punctuation off a line's start and an opening bracket off its end", () => {
    // 10 columns: 「不绘制图表」 fills the first line; （ may not end it, so 「（默认：」 starts the next.
    expect(wrapToWidth("不绘制图表（默认：关）", 10)).toEqual(["不绘制图表", "（默认：", "关）"]);
    // 统计满意度 is 10 columns; the comma may not start line 2, so 度 goes down with it: 「度，填入指」 is 10.
    expect(wrapToWidth("统计满意度，填入指标", 10)).toEqual(["统计满意", "度，填入指", "标"]);
  });
});
