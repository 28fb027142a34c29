import { describe, expect, it } from "vitest";
import { editDistance, nearestNames } from "./nearestNames.js";

// A county's units, chosen by hand: near pairs (水务局/水利局, 城关镇/城关第一小学) and one far name.
const UNITS = ["县水务局", "县水利局", "县林业局", "城关镇", "城关第一小学", "萨勒吾则克乡", "县政协机关"];

describe("editDistance", () => {
  it("counts one edit per CJK character", () => {
    expect(editDistance("县水物局", "县水务局")).toBe(1); // 物 → 务
    expect(editDistance("县水物局", "县林业局")).toBe(2); // 水物 → 林业
    expect(editDistance("萨勒吾则克", "萨勒吾则克乡")).toBe(1); // one insertion
    expect(editDistance("𠀀局", "𠀁局")).toBe(1); // a character outside the BMP is one, not two
  });
});

describe("nearestNames", () => {
  it("a misspelled unit: the names one character away (4 characters allow 1 edit)", () => {
    // 县水务局 (务 for 物) and 县水利局 (利 for 物) are 1 edit each, in list order; 县林业局 is 2.
    expect(nearestNames("县水物局", UNITS)).toEqual(["县水务局", "县水利局"]);
  });

  it("a name typed short: every name containing it, at most 3, in list order", () => {
    // 城关 is in 城关镇 and 城关第一小学 only.
    expect(nearestNames("城关", UNITS)).toEqual(["城关镇", "城关第一小学"]);
    // 县 is in 县水务局, 县水利局, 县林业局, 县政协机关: the first three.
    expect(nearestNames("县", UNITS)).toEqual(["县水务局", "县水利局", "县林业局"]);
  });

  it("compared as names are: full-width letters, spaces and brackets do not count", () => {
    expect(nearestNames("县 政协机关", UNITS)).toEqual(["县政协机关"]);
    expect(nearestNames("ＡＢ中学", ["ab中学", "cd中学"])).toEqual(["ab中学"]);
  });

  it("nothing near: no suggestion", () => {
    // 乙 is 3 or more edits from every name and in none of them.
    expect(nearestNames("乙", UNITS)).toEqual([]);
    expect(nearestNames("市财政局", UNITS)).toEqual([]); // 市财政 vs 县水务 …: 3 edits, a third of 4 characters allows 1
  });
});
