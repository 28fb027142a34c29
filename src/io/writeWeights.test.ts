import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { addWeightsSheet, blockWidths, rowHeight } from "./writeWeights.js";

describe("权重 sheet: long text below the item table prints without lines over one another", () => {
  it("runs a narrow block's last column on to column K, and gives each row the lines its text needs", () => {
    const wb = new ExcelJS.Workbook();
    // 150 CJK characters = 300 width units; C…K is 30 + 10 + 10 + 4 × 12 + 10 + 10 = 118 characters,
    // 117 usable → ⌈300 / 117⌉ = 3 lines = 45 points. "作风与效能建设 / 工作效能" is 14 + 3 + 8 = 25 units
    // in column A (16, 15 usable) → 2 lines; the longer text decides: 45.
    const long = "按".repeat(150);
    addWeightsSheet(wb, {
      title: "指标权重与建议分值",
      subtitle: "说明",
      blocks: [
        { heading: "", header: ["一级指标", "二级指标", "测评内容", "现行分值", "现行权重", "层次分析法权重", "熵权法权重", "CRITIC 权重", "综合权重", "建议分值", "变化"], rows: [["组织领导", "", "领导小组", 2, 0.02, 0.01, 0, 0, 0.01, 1, -1]], weightColumns: [], pointColumns: [] },
        { heading: "按一级指标汇总", header: ["一级指标", "现行分值", "建议分值", "变化"], rows: [["组织领导", 15, 11.03, -3.97]], weightColumns: [], pointColumns: [] },
        { heading: "各层权重来源", header: ["上级指标", "来源", "下级指标及权重"], rows: [["作风与效能建设 / 工作效能", "判断矩阵", long]], weightColumns: [], pointColumns: [] },
      ],
    });
    const ws = wb.getWorksheet("权重")!;
    // Rows: 1 title, 2 subtitle, 3 header, 4 item, 5 blank, 6 heading, 7 header, 8 the 一级 sums (a number last:
    // 变化 −3.97 stays in D8, not merged), 9 blank, 10 heading, 11 header, 12 the level.
    expect(ws.getCell("D8").value).toBe(-3.97);
    expect(ws.getCell("E8").master.address).toBe("E8");
    expect(ws.getCell("C12").value).toBe(long);
    expect(ws.getCell("K12").master.address).toBe("C12");
    expect(ws.getCell("K11").master.address).toBe("C11");
    expect(ws.getRow(12).height).toBe(45);
    // The full-width item table is not merged: K4 is its own cell (变化 −1).
    expect(ws.getCell("K4").master.address).toBe("K4");
    expect(ws.getCell("K4").value).toBe(-1);
  });

  it("widths and heights by hand", () => {
    expect(blockWidths(3)).toEqual([16, 16, 118]);
    // 9 columns (一致性检验): 建议修改 in I runs on over J and K: 12 + 10 + 10 = 32.
    expect(blockWidths(9).slice(7)).toEqual([12, 32]);
    expect(blockWidths(11)).toEqual([16, 16, 30, 10, 10, 12, 12, 12, 12, 10, 10]);
    // One line of 15 points when everything fits (numbers never wrap).
    expect(rowHeight(["组织领导", 0.25, null], [16, 16, 30])).toBe(15);
  });
});
