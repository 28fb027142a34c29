import { describe, expect, it } from "vitest";
import { book, sheet } from "../../../../test/grids.js";
import { readOfficeTable, type OfficeTable } from "./readOfficeTable.js";
import { fieldName, planImport, type PlanSheet, type StandardReader } from "./planImport.js";
import { readStandard } from "./readStandard.js";
import { IssueLog } from "../../issues.js";
import { parseCriteria } from "../parseCriteria.js";

function officeTable(rows: unknown[][], merges: string[] = []): OfficeTable {
  const read = readOfficeTable(book("细则.xlsx", sheet("细则", rows as never, merges)));
  if (!read.ok) throw new Error(read.failure.id);
  return read.table;
}

const HEADER = ["一级指标", "测评内容", "分值", "评分标准"];
const value = (s: PlanSheet, r: number, header: string) => s.rows[r][s.rows[2].findIndex((c) => c.value === header)];

describe("planImport", () => {
  const table = officeTable([
    HEADER,
    ["组织领导（10分）", "违反工作纪律被通报", 6, "每发现一次扣2分，扣完为止"],
    ["组织领导（10分）", "学习参勤率", 4, "≥95%得满分，≤60%不得分，其间按比例计分"],
    ["作风建设", "工作作风扎实", 5, "工作扎实的酌情给分"],
  ]);
  const plan = planImport(table, "细则.xlsx", readStandard);
  const criteria = plan.sheets[0];

  it("fills 计分方式, 数据项 and parameters from the proposals, each marked and quoted in 依据", () => {
    // Rows 0–2 are title, legend, header: the items start at row 3 (Excel row 4).
    expect([3, 4, 5].map((r) => value(criteria, r, "计分方式"))).toEqual([
      { value: "扣分", mark: "proposed" },
      { value: "比率", mark: "proposed" },
      { value: null, mark: "pending" },
    ]);
    expect(value(criteria, 3, "每次扣分")).toEqual({ value: "2", mark: "proposed" });
    expect(value(criteria, 3, "扣分上限")).toEqual({ value: "扣完为止", mark: "proposed" });
    expect(value(criteria, 4, "满分线")).toEqual({ value: "95%", mark: "proposed" });
    expect(value(criteria, 4, "起评线")).toEqual({ value: "60%", mark: "proposed" });
    // The text names no 数据项: made from the item name and the rule's field labels (扣分: 发生次数; 比率: 分子, 分母).
    expect(value(criteria, 3, "数据项").value).toBe("违反工作纪律被通报发生次数");
    expect(value(criteria, 4, "数据项").value).toBe("学习参勤率分子、学习参勤率分母");
    const basis = String(value(criteria, 3, "依据").value);
    expect(basis).toContain("每次扣分 2：“每发现一次扣2分”");
    expect(basis).toContain("由测评内容推出");
  });

  it("lists the unread row and the unread clause with the cell to fill", () => {
    // 「其间按比例计分」 is part of the rate-line phrase (issue 13 §1), so the 参勤率 row leaves nothing unread.
    expect(plan.pending.map((p) => [p.id, p.where.cell, p.outCell])).toEqual([["importNoRule", "D4", "F6"]]);
    expect(plan.pending[0].message).toBe("“工作扎实的酌情给分” 未能读出计分方式，请在 测评细则 F6 中填写");
    expect(plan.items).toBe(3);
    expect(plan.proposed).toBe(2);
  });

  it("writes a sheet parseCriteria reads: the proposed rows parse, the blank one is an error at its 计分方式 cell", () => {
    const issues = new IssueLog();
    const grid = (s: PlanSheet) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => (c.value === null ? undefined : { v: c.value }))), merges: s.merges });
    const parsed = parseCriteria({ file: "out.xlsx", sheets: plan.sheets.map(grid) }, issues);
    expect(parsed.items.map((i) => [i.key, i.rule.id, i.points])).toEqual([
      ["1.1", "deduction", 6],
      ["1.2", "ratio", 4],
    ]);
    expect(parsed.items[1].params).toMatchObject({ fullLine: 0.95, zeroLine: 0.6 });
    expect(issues.items.filter((i) => i.severity === "error").map((i) => [i.id, i.cell])).toEqual([["criteriaRuleMissing", "F6"]]);
  });

  it("the 等级 sheet is the default, every grade marked as proposed", () => {
    const grades = plan.sheets.find((s) => s.name === "等级")!;
    expect(grades.rows.slice(1).map((r) => [r[0].value, r[1].value, r[0].mark])).toEqual([
      ["优秀", 90, "proposed"],
      ["良好", 80, "proposed"],
      ["合格", 60, "proposed"],
      ["不合格", null, "proposed"],
    ]);
  });

  it("a proposal the criteria check refuses is withdrawn and listed; an unknown rule is not written", () => {
    const stub: StandardReader = (text) =>
      text.startsWith("A")
        ? { proposal: { rule: "deduction", params: { perOccurrence: "很多" }, fields: ["问题次数"], basis: { rule: text } }, unread: [] }
        : { proposal: { rule: "noSuchRule", params: {}, fields: [], basis: {} }, unread: [] };
    const t = officeTable([HEADER, ["组织领导", "甲项", 5, "A 每次扣很多"], ["组织领导", "乙项", 5, "B 另一种说法"]]);
    const p = planImport(t, "细则.xlsx", stub);
    expect(p.pending.map((e) => [e.id, e.outCell])).toEqual([
      ["importRejected", "F4"],
      ["importUnknownRule", "F5"],
    ]);
    expect(p.pending[0].message).toContain("参数“每次扣分”的值“很多”无效");
    expect(value(p.sheets[0], 3, "计分方式")).toEqual({ value: null, mark: "pending" });
    expect(p.proposed).toBe(0);
  });

  it("two items proposing the same 数据项 get distinct ones (they would score from one cell), said in 依据", () => {
    const stub: StandardReader = () => ({ proposal: { rule: "deduction", params: { perOccurrence: "1" }, fields: ["发现问题次数"], basis: { rule: "每次扣1分" } }, unread: [] });
    const t = officeTable([HEADER, ["组织领导", "甲项", 5, "x"], ["组织领导", "乙项", 5, "y"]]);
    const s = planImport(t, "细则.xlsx", stub).sheets[0];
    expect([3, 4].map((r) => value(s, r, "数据项").value)).toEqual(["发现问题次数", "乙项发现问题次数"]);
    expect(String(value(s, 4, "依据").value)).toContain("改为“乙项发现问题次数”");
  });

  it("compares the office's 一级 points with every item, the unread ones included", () => {
    // 组织领导 declares 10: 6 + 4 = 10 (the 4 unread), so no 一级 warning; 作风建设 declares 8 but has 5.
    const t = officeTable([
      HEADER,
      ["组织领导（10分）", "甲项", 6, "每发现一次扣2分，扣完为止"],
      ["组织领导（10分）", "乙项", 4, "酌情给分"],
      ["作风建设（8分）", "丙项", 5, "每发现一次扣1分，扣完为止"],
    ]);
    const p = planImport(t, "细则.xlsx", readStandard);
    expect(p.pending.filter((e) => e.id === "importCheck").map((e) => [e.outCell, e.message])).toEqual([
      ["B6", "导入后按测评体系检查：“作风建设”的分值 8 与其下各项分值之和 5 不一致"],
    ]);
  });
});

describe("fieldName", () => {
  it("drops the separators of a 数据项 cell and brackets", () => {
    expect(fieldName("年初有计划、半年有检查（资料）", "发生次数")).toBe("年初有计划半年有检查资料发生次数");
  });
});

describe("a 否决 item without 分值", () => {
  const table = officeTable([
    HEADER,
    ["组织领导", "违反工作纪律被通报", 6, "每发现一次扣2分，扣完为止"],
    ["一票否决", "发生重大安全责任事故", undefined, "发生重大安全责任事故的，实行一票否决"],
  ]);
  const plan = planImport(table, "细则.xlsx", readStandard);
  it("is proposed as 否决 and its blank 分值 is not asked for", () => {
    expect(value(plan.sheets[0], 4, "计分方式")).toEqual({ value: "否决", mark: "proposed" });
    expect(value(plan.sheets[0], 4, "分值")).toEqual({ value: null });
    expect(plan.pending.map((p) => p.id)).not.toContain("importNoPoints");
  });
  it("the 数据项 sheet lists the count the deduction reads, not the veto's yes/no field", () => {
    const fields = plan.sheets.find((s) => s.name === "数据项")!;
    const vetoField = String(value(plan.sheets[0], 4, "数据项").value);
    const listed = fields.rows.map((r) => r[0].value);
    expect(listed).toContain("违反工作纪律被通报发生次数");
    expect(listed).not.toContain(vetoField);
  });
});
