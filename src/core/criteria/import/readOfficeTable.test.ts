import { describe, expect, it } from "vitest";
import { book, sheet } from "../../../../test/grids.js";
import { readOfficeTable, readPoints, splitName, type OfficeTable } from "./readOfficeTable.js";
import type { WorkbookGrid } from "../../table/grid.js";

function table(b: WorkbookGrid): OfficeTable {
  const read = readOfficeTable(b);
  if (!read.ok) throw new Error(read.failure.id);
  return read.table;
}

describe("readOfficeTable: hierarchy in merged cells", () => {
  // As a county office types it: a title row, a 说明 row, 一级 merged down with its points in
  // the text, 分值 as 「６分」 (full-width) or left blank with the points in the name, a 小计 row
  // per 一级, a 合计 row and a 注 row under the table.
  const office = book(
    "县文明办测评细则.xlsx",
    sheet(
      "细则",
      [
        ["2026年度机关文明创建测评细则"],
        ["说明：满分20分，由考评组按评分标准计分。"],
        ["序号", "测评项目", "测评内容", "分值", "评分标准", "测评方法"],
        ["1", "一、组织领导（10分）", "违反工作纪律被通报", "６分", "每发现一次扣2分，扣完为止", "查阅资料"],
        ["2", undefined, "学习参勤率（4分）", undefined, "≥95%得满分，≤60%不得分", "查阅签到"],
        [undefined, undefined, "小计", "10分"],
        ["3", "二、作风建设（10分）", "工作作风扎实", 10, "工作扎实的酌情给分", "实地考察"],
        [undefined, "小计", undefined, "10"],
        ["合计", undefined, undefined, "20"],
        ["注：本细则由县文明办负责解释"],
        ["4", "三、不该读到", "注以下的行", 5, "每次扣1分，扣完为止"],
      ],
      ["A1:F1", "A2:F2", "B4:B6"],
    ),
  );
  const t = table(office);

  it("reads the items under the header, with their 一级 from the merge (numbering and points taken out of the name)", () => {
    expect(t.sheet).toBe("细则");
    expect(t.title).toBe("2026年度机关文明创建测评细则");
    expect(t.items.map((i) => [i.level1.name, i.level1.points, i.name, i.points, i.standardCell, i.method])).toEqual([
      ["组织领导", 10, "违反工作纪律被通报", 6, "E4", "查阅资料"],
      ["组织领导", 10, "学习参勤率", 4, "E5", "查阅签到"],
      ["作风建设", 10, "工作作风扎实", 10, "E7", "实地考察"],
    ]);
  });

  it("says where points were read from text: 「６分」 in 分值, 「（4分）」 in the name; a number cell needs no note", () => {
    expect(t.items.map((i) => i.pointsText)).toEqual(["６分", "学习参勤率（4分）", undefined]);
  });

  it("skips the 小计 rows and lists each with its cell; keeps the 合计 as written; stops at 注", () => {
    expect(t.notes.map((n) => [n.id, n.where.cell])).toEqual([
      ["importSubtotalSkipped", "C6"],
      ["importSubtotalSkipped", "B8"],
    ]);
    expect(t.total).toEqual({ text: "20", cell: "D9" });
  });
});

describe("readOfficeTable: hierarchy only in numbering", () => {
  const office = book(
    "细则.xlsx",
    sheet("测评标准", [
      ["测评内容", "分值", "测评标准"],
      ["一、组织领导（6分）", undefined, undefined],
      ["（一）领导体制", "4", undefined],
      ["1.成立创建领导小组", 2, "每发现一次扣1分，扣完为止"],
      ["2.年初有计划、半年有检查", 2, "每缺一次扣1分，扣完为止"],
      ["（二）制度建设", undefined, undefined],
      ["1.制度健全", 2, "≥90%得满分，≤50%不得分"],
      ["Ⅱ、环境建设", undefined, undefined],
      ["Ⅱ-1 办公环境整洁", "3分", "每发现一次扣1分，扣完为止"],
      ["三、一票否决", undefined, "发生重大安全事故的，实行一票否决"],
    ]),
  );
  const t = table(office);

  it("takes 一、 and Ⅱ、 rows as 一级, （一） rows as 二级, and numbered rows with a standard as items", () => {
    expect(t.items.map((i) => [i.level1.name, i.level2?.name, i.name, i.points])).toEqual([
      ["组织领导", "领导体制", "成立创建领导小组", 2],
      ["组织领导", "领导体制", "年初有计划、半年有检查", 2],
      ["组织领导", "制度建设", "制度健全", 2],
      ["环境建设", undefined, "办公环境整洁", 3],
      // Numbered at the 一级 level with its own standard: an item of its own, ending 环境建设.
      ["一票否决", undefined, "一票否决", undefined],
    ]);
  });

  it("keeps the points a heading declares (in its text or in 分值)", () => {
    expect(t.items[0].level1.points).toBe(6);
    expect(t.items[0].level2?.points).toBe(4);
    expect(t.items[2].level2?.points).toBeUndefined();
  });

  it("an item with a standard and no 分值 is kept and listed (a veto has no points; the reviewer says so)", () => {
    expect(t.notes.map((n) => [n.id, n.where.cell])).toEqual([["importNoPoints", "B10"]]);
  });
});

describe("readOfficeTable: points and rows as typed", () => {
  it("分值 as text 「10」, a blank 一级 under a written one (not merged) keeps it; unreadable and conflicting points are listed", () => {
    const t = table(
      book(
        "a.xlsx",
        sheet("Sheet1", [
          ["一级指标", "指标名称", "分值", "评分细则"],
          ["组织领导", "领导小组", "10", "每次扣1分，扣完为止"],
          [undefined, "工作计划", "十分", "每次扣1分，扣完为止"],
          [undefined, "工作总结（3分）", 5, "每次扣1分，扣完为止"],
          [undefined, "说不清的一行", undefined, undefined],
        ]),
      ),
    );
    expect(t.items.map((i) => [i.level1.name, i.name, i.points, i.pointsText])).toEqual([
      ["组织领导", "领导小组", 10, "10"],
      ["组织领导", "工作计划", undefined, undefined],
      ["组织领导", "工作总结", 5, undefined],
    ]);
    expect(t.notes.map((n) => [n.id, n.where.cell, n.params])).toEqual([
      ["importBadPoints", "C3", { value: "十分" }],
      ["importPointsConflict", "C4", { points: 5, named: 3, name: "工作总结（3分）" }],
      ["importRowSkipped", "B5", { text: "说不清的一行" }],
    ]);
  });

  it("a workbook without 分值 or 评分标准 columns is no office table; one with a header and no rows has no items", () => {
    const noStandard = readOfficeTable(book("b.xlsx", sheet("Sheet1", [["测评内容", "分值"], ["领导小组", 2]])));
    expect(noStandard).toEqual({ ok: false, failure: { id: "importNoHeader", params: { file: "b.xlsx" } } });
    const empty = readOfficeTable(book("c.xlsx", sheet("细则", [["测评内容", "分值", "评分标准"]])));
    expect(empty).toEqual({ ok: false, failure: { id: "importNoItems", params: { file: "c.xlsx", sheet: "细则" } } });
  });
});

describe("splitName and readPoints", () => {
  it("strip numbering and read points in brackets or at the end", () => {
    expect(splitName("一、组织领导（15分）")).toEqual({ name: "组织领导", points: 15 });
    expect(splitName("（二）制度建设 8分")).toEqual({ name: "制度建设", points: 8 });
    expect(splitName("1.5倍完成")).toEqual({ name: "1.5倍完成" });
  });
  it("read points typed as text, full-width or in brackets; words are no number", () => {
    expect([readPoints("１０分"), readPoints("（15分）"), readPoints(" 2.5 "), readPoints("十分"), readPoints("约10分")]).toEqual([10, 15, 2.5, undefined, undefined]);
  });
});
