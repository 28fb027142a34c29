import { describe, expect, it } from "vitest";
import { book, sheet } from "../../../test/grids.js";
import { IssueLog } from "../issues.js";
import { parseCriteria } from "../criteria/parseCriteria.js";
import { readJudgements, expertName } from "./readJudgements.js";
import { readJudgement } from "./readJudgement.js";
import { weightTree } from "./hierarchy.js";
import { weighCriteria } from "./weighCriteria.js";
import { proposedCells } from "./proposedCells.js";

/** A 测评细则 with 二级 and points written into the parent names, as offices write them. */
function criteriaGrid() {
  return book(
    "测评体系.xlsx",
    sheet("测评细则", [
      ["编号", "一级指标", "二级指标", "测评内容", "分值", "计分方式", "数据项"],
      ["1.1.1", "组织领导（10分）", "领导体制（6分）", "领导小组", 2, "直接打分", "领导小组得分"],
      ["1.1.2", "组织领导（10分）", "领导体制（6分）", "年度计划", 4, "直接打分", "年度计划得分"],
      ["1.2.1", "组织领导（10分）", "制度建设（4分）", "工作制度", 4, "直接打分", "工作制度得分"],
      ["2.1.1", "思想道德（6分）", "理论学习", "学习参勤", 6, "直接打分", "学习参勤得分"],
      ["3.1.1", "环境建设（4分）", "卫生", "环境卫生", 4, "直接打分", "环境卫生得分"],
      ["4.1.1", "一票否决", "否决事项", "违法乱纪", "", "否决", "违法乱纪"],
      ["合计", "", "", "", 20, "", ""],
    ]),
  );
}

function criteria() {
  const issues = new IssueLog();
  const c = parseCriteria(criteriaGrid(), issues);
  expect(issues.errorCount, issues.items.map((i) => i.message).join("\n")).toBe(0);
  return c;
}

/** Expert 1 as a clerk lays it out: a merged title, a title row per matrix, names with points, text and decimal judgements, the lower triangle blank, rows in another order. */
const expert1 = sheet(
  "判断矩阵-专家1",
  [
    ["2026年度文明机关测评指标判断矩阵（专家1）", "", "", ""],
    [],
    ["一级指标之间"],
    ["", "组织领导（10分）", "思想道德", "环境建设"],
    ["组织领导", 1, 3, "5"],
    ["思想道德", "", 1, "「3」"],
    ["环境建设", "", "", 1],
    [],
    ["组织领导"],
    ["", "领导体制", "制度建设"],
    ["领导体制", 1, "1/3"],
    ["制度建设", "", 1],
    [],
    ["二、领导体制"],
    ["指标", "年度计划", "领导小组"],
    ["年度计划", 1, 3],
    ["领导小组", 0.333, 1],
  ],
  ["A1:D1"],
);

describe("reading judgement matrices from a clerk's sheet", () => {
  it("reads every block, fills the lower triangle, snaps 0.333 and orders by the criteria", () => {
    const tree = weightTree(criteria());
    const issues = new IssueLog();
    const read = readJudgements(book("判断矩阵.xlsx", expert1), tree, issues);
    expect(issues.errorCount, issues.items.map((i) => i.message).join("\n")).toBe(0);
    expect(read.map((m) => [m.expert, m.parent.level, m.parent.level1, m.parent.level2])).toEqual([
      ["专家1", 0, "", ""],
      ["专家1", 1, "组织领导", ""],
      ["专家1", 2, "组织领导", "领导体制"],
    ]);
    expect(read[0].matrix).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    // Criteria order: 领导小组 before 年度计划; the sheet had 年度计划 first, 领导小组 vs 年度计划 = 0.333 → 1/3.
    expect(read[2].matrix).toEqual([
      [1, 1 / 3],
      [3, 1],
    ]);
    const ids = issues.items.map((i) => [i.id, i.cell]);
    expect(ids).toContainEqual(["judgementSnapped", "B17"]);
    expect(ids).toContainEqual(["judgementBlankFilled", "A4"]);
    expect(issues.items.find((i) => i.id === "judgementBlankFilled" && i.cell === "A4")!.message).toContain("B6、B7、C7");
  });

  it("weighs down the levels and apportions 20 points to two decimals, parents still summing", () => {
    const c = criteria();
    const tree = weightTree(c);
    const issues = new IssueLog();
    const read = readJudgements(book("判断矩阵.xlsx", expert1), tree, issues);
    const result = weighCriteria(c, read, undefined, { method: "eigen", combine: "linear", alpha: 0.5, objective: "entropy" }, issues);
    // Root: the 3×3 example reordered: (0.63699, 0.25829, 0.10473). 组织领导: 1/3 → (0.25, 0.75). 领导体制: (0.25, 0.75).
    // Global: 领导小组 0.63699 × 0.25 × 0.25 = 0.039812; 年度计划 × 0.75 = 0.119436; 工作制度 0.63699 × 0.75 = 0.477743;
    // 学习参勤 0.25829 (理论学习 has one item); 环境卫生 0.10473.
    const byName = new Map(result.items.map((w) => [w.item.name, w]));
    expect(byName.get("领导小组")!.ahp).toBeCloseTo(0.039812, 5);
    expect(byName.get("年度计划")!.ahp).toBeCloseTo(0.119436, 5);
    expect(byName.get("工作制度")!.ahp).toBeCloseTo(0.477743, 5);
    expect(byName.get("学习参勤")!.ahp).toBeCloseTo(0.25829, 4);
    // Without submissions the combined weight is AHP's.
    expect(byName.get("环境卫生")!.combined).toBe(byName.get("环境卫生")!.ahp);
    // 2000 hundredths: 一级 quotas 1273.97, 516.57, 209.46 → 1273 + 516 + 209 = 1998, the 2 left to .97 and .57 → 12.74, 5.17, 2.09.
    // 组织领导 1274 × (0.25, 0.75) = 318.5, 955.5 → 318 + 955, one left, equal fractions → the first: 3.19, 9.55.
    // 领导体制 319 × (0.25, 0.75) = 79.75, 239.25 → 79 + 239, one left to .75 → 0.80, 2.39.
    expect([...result.items.map((w) => w.proposedPoints)]).toEqual([0.8, 2.39, 9.55, 5.17, 2.09]);
    expect(result.level1Points.get("组织领导")).toBe(12.74);
    expect(result.kept.map((i) => i.name)).toEqual(["违法乱纪"]);
    expect(result.consistency.map((r) => r.result.consistent)).toEqual([true, true, true]);
    // The levels without a matrix (思想道德, 环境建设, 制度建设, 理论学习, 卫生: one child each) keep their shares, silently for one child.
    expect(issues.items.filter((i) => i.id === "weightsLevelFromPoints")).toEqual([]);

    // The copy's cells: each item's 分值 and each 「名称（N分）」 of its parents.
    const edits = proposedCells(criteriaGrid(), result);
    const byCell = new Map(edits.map((e) => [e.cell, e.after]));
    expect(byCell.get("E2")).toBe(0.8);
    expect(byCell.get("E3")).toBe(2.39);
    expect(byCell.get("E4")).toBe(9.55);
    expect(byCell.get("B2")).toBe("组织领导（12.74分）");
    expect(byCell.get("C2")).toBe("领导体制（3.19分）");
    expect(byCell.get("C4")).toBe("制度建设（9.55分）");
    expect(byCell.get("B5")).toBe("思想道德（5.17分）");
    // The veto row and the 合计 (still 20) are not touched.
    expect(byCell.has("E7")).toBe(false);
    expect(byCell.has("E8")).toBe(false);
  });

  it("combines two experts by the geometric mean before weighing", () => {
    const c = criteria();
    const tree = weightTree(c);
    const issues = new IssueLog();
    const expert2 = sheet("判断矩阵（专家2）", [["一级指标"], ["", "组织领导", "思想道德", "环境建设"], ["组织领导", 1, 3, 3], ["思想道德", "", 1, 1], ["环境建设", "", "", 1]]);
    const read = readJudgements(book("判断矩阵.xlsx", expert1, expert2), tree, issues);
    const result = weighCriteria(c, read, undefined, { method: "eigen", combine: "linear", alpha: 0.5, objective: "entropy" }, issues);
    // Combined: a12 = √(3·3) = 3, a13 = √(5·3) = 3.87298, a23 = √(3·1) = 1.73205.
    // Row geometric means (equal to the eigenvector for n = 3): ∛(3 × 3.87298) = ∛11.61895 = 2.26493,
    // ∛(1.73205/3) = ∛0.57735 = 0.83268, ∛(1/(3.87298 × 1.73205)) = ∛0.149071 = 0.53023; sum 3.62785 → (0.62432, 0.22953, 0.14616).
    const combined = result.consistency.find((r) => r.parent.level === 0 && r.expert.includes("综合"))!;
    expect(combined.result.weights[0]).toBeCloseTo(0.62432, 4);
    expect(combined.result.weights[1]).toBeCloseTo(0.22953, 4);
    expect(combined.result.weights[2]).toBeCloseTo(0.14616, 4);
    expect(result.consistency.filter((r) => r.parent.level === 0).map((r) => r.expert)).toEqual(["专家1", "专家2", combined.expert]);
  });

  it("says what is wrong, with the cell, and does not use a matrix with an error", () => {
    const tree = weightTree(criteria());
    const issues = new IssueLog();
    const bad = sheet("判断矩阵", [
      ["一级指标"],
      ["", "组织领导", "思想道德"],
      ["组织领导", 1, 2],
      ["思想道德", "", 1],
      [],
      ["组织领导"],
      ["", "领导体制", "制度建设"],
      ["领导体制", 1, "五"],
      ["制度建设", "", 1],
      [],
      ["领导体制"],
      ["", "领导小组", "年度计划"],
      // Excel turned a typed 1/3 into 3 January.
      ["领导小组", 1, new Date(Date.UTC(2026, 0, 3))],
      ["年度计划", 2, 1],
      [],
      ["某某指标"],
      ["", "甲", "乙"],
      ["甲", 1, 2],
      ["乙", "", 1],
    ]);
    const read = readJudgements(book("判断矩阵.xlsx", bad), tree, issues);
    expect(read).toEqual([]);
    const found = issues.items.map((i) => [i.severity, i.id, i.sheet, i.cell]);
    expect(found).toContainEqual(["error", "judgementNamesMissing", "判断矩阵", "B2"]);
    expect(found).toContainEqual(["error", "judgementBadValue", "判断矩阵", "C8"]);
    expect(found).toContainEqual(["warning", "judgementDateAsFraction", "判断矩阵", "C13"]);
    // 2 × 1/3 = 0.667, not 1 within 1 %: reported at the lower cell.
    expect(found).toContainEqual(["error", "judgementNotReciprocal", "判断矩阵", "B14"]);
    expect(found).toContainEqual(["error", "judgementTitleUnknown", "判断矩阵", "A16"]);
    expect(issues.items.find((i) => i.id === "judgementNamesMissing")!.message).toContain("环境建设");
    expect(issues.items.every((i) => i.file === "判断矩阵.xlsx")).toBe(true);
  });

  it("says an expert's matrix left blank is blank, at its title cell, and still reads the other experts", () => {
    const tree = weightTree(criteria());
    const issues = new IssueLog();
    // The template handed out, sent back with names only: title A3, header row 4, three label rows, no judgement.
    const blank = sheet("判断矩阵（专家2）", [
      ["2026年度测评指标判断矩阵（专家2）", "", "", ""],
      [],
      ["一级指标之间"],
      ["", "组织领导（10分）", "思想道德", "环境建设"],
      ["组织领导"],
      ["环境建设"],
      ["思想道德"],
    ], ["A1:D1"]);
    const read = readJudgements(book("判断矩阵.xlsx", expert1, blank), tree, issues);
    // Only expert 1's three matrices are read; expert 2 gives one warning at A3, not "no matrix found".
    expect(read.map((m) => m.expert)).toEqual(["专家1", "专家1", "专家1"]);
    const found = issues.items.filter((i) => i.sheet === "判断矩阵（专家2）").map((i) => [i.severity, i.id, i.cell]);
    expect(found).toEqual([["warning", "judgementEmpty", "A3"]]);
    expect(issues.items.find((i) => i.id === "judgementEmpty")!.message).toContain("“一级指标之间”的判断矩阵只有指标名称，没有填写任何判断值");
  });

  it("still finds no matrix on a sheet of notes, and says so for the sheet", () => {
    const issues = new IssueLog();
    const notes = sheet("判断矩阵（说明）", [["填表说明"], ["", "1 同样重要", "3 稍重要"], ["下三角可不填"]]);
    expect(readJudgements(book("判断矩阵.xlsx", notes), weightTree(criteria()), issues)).toEqual([]);
    expect(issues.items.map((i) => [i.id, i.sheet, i.cell])).toEqual([["judgementNoMatrix", "判断矩阵（说明）", undefined]]);
  });

  it("reads judgements as typed", () => {
    expect(readJudgement({ v: "⅓" })).toEqual({ kind: "value", value: 1 / 3 });
    expect(readJudgement({ v: "１／５" })).toEqual({ kind: "value", value: 1 / 5 });
    expect(readJudgement({ v: 0.2 })).toEqual({ kind: "value", value: 0.2 });
    expect(readJudgement({ v: 0.143 })).toMatchObject({ kind: "value", value: 1 / 7, note: { id: "judgementSnapped" } });
    expect(readJudgement({ v: "" })).toEqual({ kind: "blank" });
    expect(readJudgement({ v: "高" })).toEqual({ kind: "bad", text: "高" });
    // Spaces around a value or its slash are a clerk's; a space inside a number is a typo, not 5 or 13.
    expect(readJudgement({ v: " 1 / 3 " })).toEqual({ kind: "value", value: 1 / 3 });
    expect(readJudgement({ v: "0 5" })).toEqual({ kind: "bad", text: "0 5" });
    expect(readJudgement({ v: "1 3" })).toEqual({ kind: "bad", text: "1 3" });
    expect(expertName("判断矩阵-专家1")).toBe("专家1");
  });
});

describe("proposed cells under outline numbering (parent rows with their own 分值)", () => {
  const grid = () =>
    book(
      "细则.xlsx",
      sheet("测评细则", [
        ["序号", "测评内容", "分值", "计分方式", "数据项"],
        ["", "一、组织领导", 10, "", ""],
        ["1", "领导小组", 4, "直接打分", "领导小组得分"],
        ["2", "工作制度", 6, "直接打分", "工作制度得分"],
        ["", "二、作风建设（10分）", "", "", ""],
        ["3", "工作作风", 10, "直接打分", "工作作风得分"],
      ]),
    );

  it("rewrites the parent row's 分值 and the points in a parent's name, and the copy parses with parents summing", () => {
    const issues = new IssueLog();
    const c = parseCriteria(grid(), issues);
    expect(issues.errorCount, issues.items.map((i) => i.message).join("\n")).toBe(0);
    const judged = sheet("判断矩阵", [["一级指标"], ["", "组织领导", "作风建设"], ["组织领导", 1, "1/3"], ["作风建设", "", 1]]);
    const result = weighCriteria(c, readJudgements(book("判断矩阵.xlsx", judged), weightTree(c), issues), undefined, { method: "eigen", combine: "linear", alpha: 0.5, objective: "entropy" }, issues);
    // Root 1/3 → (0.25, 0.75); 组织领导 has no matrix → its 分值 4 : 6. 2000 hundredths: 500 and 1500 → 5 and 15;
    // 组织领导's 500 × (0.4, 0.6) = 200, 300 → 2 and 3.
    const edits = proposedCells(grid(), result);
    expect(edits.map((e) => [e.cell, e.before, e.after])).toEqual([
      ["C2", "10", 5],
      ["C3", "4", 2],
      ["C4", "6", 3],
      ["B5", "二、作风建设（10分）", "二、作风建设（15分）"],
      ["C6", "10", 15],
    ]);
    // The copy, as the writer makes it: the edited values in place of the old.
    const copy = grid();
    for (const e of edits) copy.sheets[0].rows[e.row][e.col] = { v: e.after };
    const again = new IssueLog();
    const parsed = parseCriteria(copy, again);
    expect(again.errorCount, again.items.map((i) => i.message).join("\n")).toBe(0);
    expect(parsed.items.map((i) => i.points)).toEqual([2, 3, 15]);
  });
});

describe("a block titled 「一级—二级」", () => {
  it("is the 二级 whose items the header names, also when the 一级's name is the longer one", () => {
    const issues = new IssueLog();
    const c = parseCriteria(
      book(
        "测评体系.xlsx",
        sheet("测评细则", [
          ["编号", "一级指标", "二级指标", "测评内容", "分值", "计分方式", "数据项"],
          ["1.1.1", "作风与效能建设", "工作效能", "办结率", 4, "直接打分", "办结率得分"],
          ["1.1.2", "作风与效能建设", "工作效能", "目标完成", 6, "直接打分", "目标完成得分"],
          ["1.2.1", "作风与效能建设", "服务质量", "窗口评议", 5, "直接打分", "窗口评议得分"],
          ["1.2.2", "作风与效能建设", "服务质量", "群众满意", 5, "直接打分", "群众满意得分"],
          ["2.1.1", "环境建设", "卫生", "环境卫生", 10, "直接打分", "环境卫生得分"],
        ]),
      ),
      issues,
    );
    const grid = sheet("判断矩阵", [["（三）作风与效能建设—工作效能"], ["", "办结率", "目标完成"], ["办结率", 1, "1/2"], ["目标完成", "", 1]]);
    const read = readJudgements(book("判断矩阵.xlsx", grid), weightTree(c), issues);
    expect(issues.errorCount, issues.items.map((i) => i.message).join("\n")).toBe(0);
    expect(read.map((m) => [m.parent.level, m.parent.level1, m.parent.level2])).toEqual([[2, "作风与效能建设", "工作效能"]]);
    expect(read[0].matrix).toEqual([
      [1, 1 / 2],
      [2, 1],
    ]);
  });
});

describe("a matrix with a column of the clerk's own after the names", () => {
  it("ends before a 行和 or 合计 column that is no name down the side", () => {
    const issues = new IssueLog();
    const grid = sheet("判断矩阵", [["一级指标之间"], ["", "组织领导", "思想道德", "环境建设", "行和"], ["组织领导", 1, 3, 5, 9], ["思想道德", "1/3", 1, 3, 4.33], ["环境建设", "1/5", "1/3", 1, 1.53]]);
    const read = readJudgements(book("判断矩阵.xlsx", grid), weightTree(criteria()), issues);
    expect(issues.errorCount, issues.items.map((i) => i.message).join("\n")).toBe(0);
    expect(read.map((m) => m.matrix)).toEqual([
      [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
    ]);
  });
});
