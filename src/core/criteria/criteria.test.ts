import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { parseCriteria, CriteriaFormatError } from "./parseCriteria.js";
import { book, parseCriteriaRows, sheet } from "../../../test/grids.js";

describe("criteria sheet: hierarchy by dotted 编号", () => {
  const rows = [
    ["编号", "指标名称", "分值", "计分方式", "数据项", "每次扣分"],
    ["1", "组织领导", 5, "", "", ""],
    ["1.1", "领导小组", 2, "是否", "已成立", ""],
    ["1.2", "制度健全", 3, "达标", "制度数", ""],
    ["2", "作风建设", 4, "", "", ""],
    ["2.1", "工作纪律", "", "", "", ""],
    ["2.1.1", "违纪通报", 4, "扣分", "通报次数", 2],
  ];
  it("takes 一级 and 二级 names from the parent rows", () => {
    const issues = new IssueLog();
    const withTarget = rows.map((r) => [...r]);
    withTarget[0].push("目标值");
    withTarget[3].push(8);
    const c = parseCriteria(book("体系.xlsx", sheet("测评细则", withTarget)), issues);
    expect(issues.items).toEqual([]);
    expect(c.items.map((i) => [i.key, i.level1, i.level2, i.points, i.rule.id])).toEqual([
      ["1.1", "组织领导", "", 2, "yesNo"],
      ["1.2", "组织领导", "", 3, "threshold"],
      ["2.1.1", "作风建设", "工作纪律", 4, "deduction"],
    ]);
    expect(c.basicTotal).toBe(9);
  });
  it("a parent whose 分值 is not the sum of its children is an error naming its cell", () => {
    const bad = rows.map((r) => [...r]);
    bad[1][2] = 6; // 组织领导 says 6, children are 2 + 3
    bad[0].push("目标值");
    bad[3].push(8);
    const issues = new IssueLog();
    parseCriteria(book("体系.xlsx", sheet("测评细则", bad)), issues);
    expect(issues.items).toHaveLength(1);
    expect(issues.items[0]).toMatchObject({ severity: "error", sheet: "测评细则", cell: "C2", message: "“组织领导”的分值 6 与其下各项分值之和 5 不一致" });
  });
});

describe("criteria sheet: hierarchy by merged columns", () => {
  const grid = (l1: string) =>
    sheet(
      "测评细则",
      [
        ["文明机关测评细则（2026）"],
        [],
        ["一级指标", "二级\n指标", "测评 内容", "分值（分）", "计分\n方式", "数据项", "满分线", "起评线"],
        [l1, "创建阵地", "文明科室创建率", 4, "比率", "文明科室数/科室总数", "100%", "50%"],
        [undefined, undefined, "文明宿舍创建率", 3, "比率", "文明宿舍数/宿舍总数", "90%", "60%"],
        ["合计", undefined, undefined, 7],
        ["注：本表由县文明办解释"],
      ],
      ["A4:A5", "B4:B5", "A1:H1"],
    );
  it("finds the header below the title, fills merged cells, skips 合计 and 注", () => {
    const issues = new IssueLog();
    const c = parseCriteria(book("体系.xlsx", grid("环境建设（7分）")), issues);
    expect(issues.items).toEqual([]);
    expect(c.items.map((i) => [i.key, i.level1, i.level2, i.name, i.params.fullLine, i.params.zeroLine])).toEqual([
      ["1.1", "环境建设", "创建阵地", "文明科室创建率", 1, 0.5],
      ["1.2", "环境建设", "创建阵地", "文明宿舍创建率", 0.9, 0.6],
    ]);
  });
  it("checks the points written in the merged category cell", () => {
    const issues = new IssueLog();
    parseCriteria(book("体系.xlsx", grid("环境建设（8分）")), issues);
    expect(issues.items.map((i) => i.message)).toEqual(["“环境建设”的分值 8 与其下各项分值之和 7 不一致"]);
  });
});

describe("criteria validation in one place", () => {
  it("names the cell of an unknown rule, a missing parameter and a bad value", () => {
    const { issues } = parseCriteriaRows([
      ["1", "组织", "甲", 2, "随便打", "x"],
      ["2", "作风", "乙", 4, "扣分", "次数"],
      ["3", "服务", "丙", 3, "比率", "a/b", "满分线=很高"],
      ["4", "服务", "丁", 3, "比率", "a"],
    ]);
    expect(issues.items.map((i) => `${i.cell} ${i.message}`)).toEqual([
      expect.stringMatching(/^E2 未知的计分方式“随便打”/),
      "E3 计分方式“扣分”缺少参数“每次扣分”",
      "G4 参数“满分线”的值“很高”无效：需要比率，如 90% 或 0.9",
      "E5 计分方式“比率”需要 2 个数据项（分子、分母），此处为 1 个",
    ]);
  });
  it("a formula that tries to escape the whitelist is an error naming its cell", () => {
    const { issues } = parseCriteriaRows([["1", "组织", "甲", 2, "公式", "", "公式=import({})"]]);
    expect(issues.items[0]).toMatchObject({ severity: "error", cell: "E2" });
    expect(issues.items[0].message).toMatch(/^公式“import\(\{\}\)”有误：不允许的函数“import”/);
  });
  it("a missing column is a format error, not a crash", () => {
    expect(() => parseCriteria(book("体系.xlsx", sheet("测评细则", [["编号", "分值"], ["1", 2]])), new IssueLog())).toThrow(CriteriaFormatError);
  });
  it("range checks: 满分线 above 100% is refused", () => {
    const { issues } = parseCriteriaRows([["1", "服务", "丙", 3, "比率", "a/b", "满分线=150%"]]);
    expect(issues.items[0].message).toBe("参数“满分线”的值“150%”无效：不能大于 1");
  });
});

describe("等级 and 设置 sheets", () => {
  it("reads grades, ranking method, decimals and panel trimming", () => {
    const { criteria, issues } = parseCriteriaRows(
      [["1", "组织", "甲", 100, "直接打分", "得分"]],
      [
        sheet("等级", [["等级", "最低分"], ["好", 85], ["中", 70], ["差", ""]]),
        sheet("设置", [["设置项", "值"], ["排名方式", "中国式"], ["小数位数", 1], ["评委去极值", "否"], ["分组字段", "片区"]]),
      ],
    );
    expect(issues.items).toEqual([]);
    expect(criteria.grades).toEqual([{ name: "好", min: 85 }, { name: "中", min: 70 }, { name: "差", min: 0 }]);
    expect(criteria.settings).toMatchObject({ rankMethod: "dense", decimals: 1, trimPanel: false, groupField: "片区" });
  });
  it("an unknown ranking method is an error", () => {
    const { issues } = parseCriteriaRows([["1", "组织", "甲", 100, "直接打分", "得分"]], [sheet("设置", [["排名方式", "随便"]])]);
    expect(issues.items[0]).toMatchObject({ severity: "error", sheet: "设置", cell: "B1" });
  });
});
