import { describe, expect, it } from "vitest";
import { shownPath } from "./shownPath.js";

describe("shownPath", () => {
  it("is relative inside the working folder and absolute outside it", () => {
    expect(shownPath("/work/x/output/2026-排名结果.xlsx", "/work/x")).toBe("output/2026-排名结果.xlsx");
    expect(shownPath("output/a.xlsx", "/work/x")).toBe("output/a.xlsx");
    expect(shownPath("/tmp/结果/a.xlsx", "/work/x")).toBe("/tmp/结果/a.xlsx");
    expect(shownPath("../y/a.xlsx", "/work/x")).toBe("/work/y/a.xlsx");
    // The working folder itself (an --out of "."): absolute rather than an empty string.
    expect(shownPath("/work/x", "/work/x")).toBe("/work/x");
  });
});
