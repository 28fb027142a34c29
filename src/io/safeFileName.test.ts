import { describe, expect, it } from "vitest";
import { FILE_NAME_PIECE_BYTES, cutToBytes, safeFileName, uniqueFileNames } from "./safeFileName.js";

describe("safeFileName", () => {
  it("replaces separators and reserved characters, so a name never nests", () => {
    expect(safeFileName("../县/水务局:2026")).toBe("县_水务局_2026");
    expect(safeFileName("甲/乙局")).toBe("甲_乙局");
    expect(safeFileName("甲?乙局")).toBe("甲_乙局");
  });

  it("caps at 120 UTF-8 bytes, not characters: 100 CJK characters (300 bytes) keep 40 (120 bytes)", () => {
    const name = "局".repeat(100);
    const safe = safeFileName(name);
    expect(safe).toBe("局".repeat(40));
    expect(Buffer.byteLength(safe)).toBe(FILE_NAME_PIECE_BYTES);
  });

  it("never cuts a surrogate pair: 𠀀 is 4 bytes, 7 bytes keep one", () => {
    expect(cutToBytes("𠀀𠀀", 7)).toBe("𠀀");
  });

  it("Windows device names, with an extension or superscript digit, are prefixed; trailing dots and spaces dropped", () => {
    expect(safeFileName("CON")).toBe("_CON");
    expect(safeFileName("nul.txt")).toBe("_nul.txt");
    expect(safeFileName("LPT9")).toBe("_LPT9");
    expect(safeFileName("COM¹")).toBe("_COM¹");
    expect(safeFileName("AUX .doc")).toBe("_AUX .doc");
    expect(safeFileName("水务局. . ")).toBe("水务局");
    expect(safeFileName("CONTOSO")).toBe("CONTOSO");
  });
});

describe("uniqueFileNames", () => {
  it("three units sanitised to one name get three files", () => {
    expect(uniqueFileNames(["甲_乙局", "甲_乙局", "甲_乙局"])).toEqual(["甲_乙局", "甲_乙局（2）", "甲_乙局（3）"]);
  });

  it("ignores case as Windows does, and skips a mark that a real name already has", () => {
    expect(uniqueFileNames(["Ab", "AB", "ab（2）"])).toEqual(["Ab", "AB（3）", "ab（2）"]);
  });
});
