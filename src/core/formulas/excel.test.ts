import { describe, expect, it } from "vitest";
import { cappedBonus, categoryRankFormula, cellRef, columnRange, criterionUnsafe, gradeFormula, numberLiteral, rankFormula, roundedSum, sumArguments, textLiteral, totalFormula } from "./excel.js";
import { gradeTable, lookupGrade } from "./gradeTable.js";

describe("workbook formulas", () => {
  it("references quote every sheet name (quotes doubled) and join neighbouring cells into ranges", () => {
    expect(cellRef(27, 6, { sheet: "O'Brien" })).toBe("'O''Brien'!AB6");
    expect(columnRange(1, 30, 33, "说明")).toBe("'说明'!$B$30:$B$33");
    expect(sumArguments([3, 4, 5, 6, 7, 9, 10, 12], 6)).toBe("D6:H6,J6:K6,M6");
    expect(numberLiteral(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(textLiteral('甲"乙')).toBe('"甲""乙"');
  });

  it("基本分, 加分 (capped), 总分 (less 负面清单扣分, floored at 0), rounded to the 小数位数", () => {
    expect(roundedSum(sumArguments([3, 4, 6], 8, "分项得分"), 2)).toBe("ROUND(SUM('分项得分'!D8:E8,'分项得分'!G8),2)");
    expect(cappedBonus("AM8", 5, 2)).toBe("ROUND(MIN(SUM(AM8),5),2)");
    expect(totalFormula("D4", "E4", undefined, 1)).toBe("ROUND(D4+E4,1)");
    expect(totalFormula("D4", "E4", "F4", 2)).toBe("ROUND(MAX(0,D4+E4-F4),2)");
  });

  it("名次 by each tie convention, 类别名次 with COUNTIFS", () => {
    expect(rankFormula("competition", "F6", "$F$4:$F$14")).toBe("_xlfn.RANK.EQ(F6,$F$4:$F$14)");
    expect(rankFormula("average", "F6", "$F$4:$F$14")).toBe("_xlfn.RANK.AVG(F6,$F$4:$F$14)");
    // 中国式: one plus the number of distinct totals above (each distinct total counts 1 over its copies)
    expect(rankFormula("dense", "F6", "$F$4:$F$14")).toBe("SUMPRODUCT(($F$4:$F$14>F6)/COUNTIF($F$4:$F$14,$F$4:$F$14))+1");
    expect(categoryRankFormula("average", "C7", "F7", "'总排名'!$C$4:$C$14", "'总排名'!$F$4:$F$14")).toBe(
      "COUNTIFS('总排名'!$C$4:$C$14,C7,'总排名'!$F$4:$F$14,\">\"&F7)+(COUNTIFS('总排名'!$C$4:$C$14,C7,'总排名'!$F$4:$F$14,F7)+1)/2",
    );
    expect([criterionUnsafe("市直机关"), criterionUnsafe("一*类"), criterionUnsafe("=A"), criterionUnsafe("2")]).toEqual([false, true, true, true]);
  });

  it("等级 by LOOKUP against the table sorted by lower bound; below every bound LOOKUP has no grade", () => {
    const table = gradeTable([{ name: "优秀", min: 90 }, { name: "良好", min: 80 }, { name: "合格", min: 60 }])!;
    expect(table.map((g) => g.name)).toEqual(["合格", "良好", "优秀"]);
    expect([lookupGrade(90, table), lookupGrade(89.99, table), lookupGrade(60, table), lookupGrade(59.5, table)]).toEqual(["优秀", "良好", "合格", undefined]);
    expect(gradeTable([{ name: "甲", min: 90 }, { name: "乙", min: 90 }])).toBeUndefined();
    expect(gradeFormula("F6", "'说明'!$B$36:$B$39", "'说明'!$A$36:$A$39")).toBe("LOOKUP(F6,'说明'!$B$36:$B$39,'说明'!$A$36:$A$39)");
  });
});
