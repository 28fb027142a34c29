import { describe, expect, it } from "vitest";
import { cellAddress, fillMergedCells, readCellAddress, type SheetGrid } from "./grid.js";

describe("fillMergedCells", () => {
  it("fills a merged range on its rows and leaves the sheet itself as it was", () => {
    // 一级指标 merged over rows 1–3 (zero-based) of column A, as a criteria sheet writes it; row 4 not merged.
    const sheet: SheetGrid = {
      name: "测评体系",
      rows: [[{ v: "一级指标" }, { v: "指标" }], [{ v: "基础工作" }, { v: "甲" }], [undefined, { v: "乙" }], [undefined, { v: "丙" }], [{ v: "加分" }, { v: "丁" }]],
      merges: [{ top: 1, left: 0, bottom: 3, right: 0 }],
    };
    const filled = fillMergedCells(sheet);
    expect(filled.rows.map((r) => r[0]?.v)).toEqual(["一级指标", "基础工作", "基础工作", "基础工作", "加分"]);
    // The input keeps its blanks: rows 2 and 3 of column A are still empty there.
    expect(sheet.rows[2][0]).toBeUndefined();
    expect(sheet.rows[3][0]).toBeUndefined();
    // A merged cell is its own object, so the filled rows never alias the range's top-left cell.
    expect(filled.rows[2][0]).not.toBe(sheet.rows[1][0]);
  });

  it("gives an empty row for a missing row inside a range, and rows outside every range unchanged", () => {
    // Row 1 absent (a hole), merge A1:A3 (zero-based rows 0–2): the hole gets the merged value only.
    const rows: SheetGrid["rows"] = [];
    rows[0] = [{ v: "甲" }];
    rows[2] = [undefined, { v: 5 }];
    rows[3] = [{ v: "乙" }, { v: 6 }];
    const filled = fillMergedCells({ name: "表", rows, merges: [{ top: 0, left: 0, bottom: 2, right: 0 }] });
    expect(filled.rows[1]).toEqual([{ v: "甲" }]);
    expect(filled.rows[2]).toEqual([{ v: "甲" }, { v: 5 }]);
    expect(filled.rows[3]).toEqual([{ v: "乙" }, { v: 6 }]);
    expect(rows[1]).toBeUndefined();
    expect(rows[2]).toEqual([undefined, { v: 5 }]);
  });
});

describe("readCellAddress", () => {
  it("reads back what cellAddress writes, and nothing else", () => {
    for (const [row, col] of [[0, 0], [6, 3], [1_048_575, 16_383], [99, 26]] as const) expect(readCellAddress(cellAddress(row, col))).toEqual({ row, col });
    expect(readCellAddress("XFD1048576")).toEqual({ row: 1_048_575, col: 16_383 });
    expect(readCellAddress("A0")).toBeUndefined();
    expect(readCellAddress("d7")).toBeUndefined();
    expect(readCellAddress("D")).toBeUndefined();
  });
});
