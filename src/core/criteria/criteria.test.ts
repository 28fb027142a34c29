import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { parseCriteria, CriteriaFormatError } from "./parseCriteria.js";
import { book, parseCriteriaRows, sheet, type Input } from "../../../test/grids.js";
import { assess } from "../score/assess.js";

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

/** Parse a 测评细则 sheet with its own header, as an office lays it out. */
function parseSheet(rows: Input[][], merges: string[] = []) {
  const issues = new IssueLog();
  const criteria = parseCriteria(book("体系.xlsx", sheet("测评细则", rows, merges)), issues);
  return { criteria, issues: issues.items };
}
const messages = (items: { cell?: string; message: string }[]) => items.map((i) => `${i.cell} ${i.message}`);

describe("parameter columns under the headers offices use", () => {
  it.each(["各级分值", "每项加分", "加分标准"])("各级分值 in words under %s: each field gets its level's points", (header) => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", header],
      ["1", "荣誉", 5, "加分", "市级荣誉数、国家级荣誉数、省级荣誉数", "国家级3分、省级2分、市级1分"],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items[0].params.levelPoints).toEqual({ 国家级: 3, 省级: 2, 市级: 1 });
  });
  it("各级分值 as key=value in 参数, and the positional 3/2/1/0.5 as before", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "参数"],
      ["1", "荣誉", 5, "加分", "省级荣誉数、县级荣誉数", "各级分值=省级每项2分，县级每项0.5分"],
      ["2", "荣誉", 5, "加分", "国家级,省级,市级,县级", "各级分值=3/2/1/0.5"],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items.map((i) => i.params.levelPoints)).toEqual([{ 省级: 2, 县级: 0.5 }, [3, 2, 1, 0.5]]);
  });
  it("a level written but not among the fields, or a field without points, is an error at the 各级分值 cell", () => {
    const { issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "各级分值"],
      ["1", "荣誉", 5, "加分", "国家级荣誉数、省级荣誉数", "国家级3分、省级2分、县级0.5分"],
      ["2", "荣誉", 5, "加分", "国家级荣誉数、省级荣誉数、市级荣誉数", "国家级3分、省级2分"],
      ["3", "荣誉", 5, "加分", "国家级荣誉数、先进个人数", "国家级3分"],
    ]);
    expect(messages(issues)).toEqual([
      "F2 参数“各级分值”的值“国家级3分、省级2分、县级0.5分”无效：写了县级的分值，但数据项中没有县级荣誉的个数",
      "F3 参数“各级分值”的值“国家级3分、省级2分”无效：数据项“市级荣誉数”是市级荣誉的个数，但没有写市级的分值",
      "F4 参数“各级分值”的值“国家级3分”无效：数据项“先进个人数”的名称看不出是哪一级荣誉的个数（名称中应含且只含 国家/全国、省/自治区、市/地区、县/区 之一）",
    ]);
  });
  it.each(["计算公式", "计分公式", "公式"])("a formula under %s (the rule column stays 计分方式)", (header) => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", header],
      ["1", "文明科室", 6, "计算公式", "", "得分=min(文明科室数/科室总数,1)×分值"],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items[0]).toMatchObject({ params: { formula: "min(文明科室数/科室总数,1)×分值" }, fields: ["文明科室数", "科室总数"] });
    expect(criteria.items[0].rule.id).toBe("formula");
  });
  it("a formula with a ternary in 参数 is a formula, not a key=value", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "参数"],
      ["1", "制度", 2, "公式", "", "制度数>=8 ? 分值 : 0"],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items[0].params.formula).toBe("制度数>=8 ? 分值 : 0");
  });
  it("同比 目标值 in words: 10% and its direction; 下降 with a blank 方向 means lower", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "目标值", "方向"],
      ["1", "参与人数增长", 3, "同比", "参与人数", "比上年增长10%得满分", ""],
      ["2", "投诉下降", 3, "同比", "投诉件数", "比上年下降5%", ""],
      ["3", "满意度提高", 3, "同比", "满意度", "提高3个百分点", "越高越好"],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items.map((i) => [i.params.fullImprovement, i.params.direction])).toEqual([
      [0.1, "higher"],
      [0.05, "lower"],
      [0.03, "higher"],
    ]);
  });
  it("目标值 and 满分改善 both given: equal is fine, different is an error naming both cells", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "目标值", "满分改善"],
      ["1", "甲", 3, "同比", "参与人数", "比上年增长10%得满分", "10%"],
      ["2", "乙", 3, "同比", "参与人数", "比上年增长10%得满分", "20%"],
    ]);
    expect(criteria.items).toHaveLength(1);
    expect(messages(issues)).toEqual(["G3 参数“满分改善”写了两处且不一致：F3 为“比上年增长10%得满分”，G3 为“20%”"]);
    expect(issues[0].severity).toBe("error");
  });
  it("目标值 with its comparison inside: it sets a blank 方向, agrees with a same one, conflicts with an opposite one", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "目标值", "方向"],
      ["1", "出生率", 2, "达标", "出生率", "≤20‰", ""],
      ["2", "符合率", 2, "达标", "政策符合率", "不低于95%", "≥"],
      ["3", "火灾", 2, "达标", "火灾起数", "不超过3起", ""],
      ["4", "培训", 2, "达标", "培训次数", "12次以上", ""],
      ["5", "自然增长率", 2, "达标", "自然增长率", "≤14‰", "越高越好"],
      ["6", "投诉", 2, "同比", "投诉件数", "比上年下降5%", "越多越好"],
    ]);
    expect(criteria.items.map((i) => [i.name, i.params.target, i.params.direction])).toEqual([
      ["出生率", { value: 0.02, scale: "permille" }, "lower"],
      ["符合率", { value: 0.95, scale: "percent" }, "higher"],
      ["火灾", { value: 3, scale: "plain" }, "lower"],
      ["培训", { value: 12, scale: "plain" }, "higher"],
    ]);
    expect(messages(issues)).toEqual([
      "G6 目标值“≤14‰”（F6）表示越低越好（≤），与方向“越高越好”（G6）矛盾",
      "G7 满分改善“比上年下降5%”（F7）表示越低越好（≤），与方向“越多越好”（G7）矛盾",
    ]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
  });
  it("a header's (%) or a percentage format gives a plain number its unit", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "目标值（%）", "满分线"],
      ["1", "符合率", 2, "达标", "政策符合率", 95, ""],
      ["2", "创建率", 2, "比率", "文明科室数/科室总数", "", { v: 0.9, fmt: "0%" }],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items[0].params.target).toEqual({ value: 0.95, scale: "percent" });
    expect(criteria.items[1].params.fullLine).toBe(0.9);
  });
  it("每次扣分 「每次扣3分」 and 扣分上限 「扣完为止」 in their columns", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "测评内容", "分值", "计分方式", "数据项", "扣分标准", "扣分上限"],
      ["1", "纪律", 4, "扣分", "通报次数", "每发现一次扣3分", "扣完为止"],
      ["2", "卫生", 4, "扣分", "脏乱处数", "1分/处", "最多扣2分"],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items.map((i) => [i.params.perOccurrence, i.params.deductionCap])).toEqual([[3, undefined], [1, 2]]);
  });
});

describe("a criteria workbook as an office makes it, parsed and scored end to end", () => {
  // Title row, merged 一级指标 with points in text, 分值 typed as 「6分」, and the three
  // spellings that used to be refused: 各级分值 in words, a formula under 计算公式, 同比 目标值 in words.
  const criteriaBook = book(
    "2026年度文明单位测评细则.xlsx",
    sheet(
      "测评细则",
      [
        ["2026年度文明单位测评细则"],
        ["序号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "目标值", "方向", "计算公式", "每项加分", "评分标准"],
        ["1", "组织建设（10分）", "文明科室创建", "6分", "公式", "", "", "", "min(文明科室数/科室总数,1)×分值", "", "按创建率计分"],
        ["2", undefined, "出生率", "4分", "达标", "出生率", "≤20‰", "", "", "", "不高于20‰得满分"],
        ["3", "作风建设（6分）", "群众投诉件数同比下降", "6分", "同比", "投诉件数", "比上年下降20%得满分", "", "", "", "未下降不得分"],
        ["4", "加分项目（5分）", "获得上级表彰", "5分", "加分", "国家级荣誉数、省级荣誉数、市级荣誉数", "", "", "", "国家级3分、省级2分、市级1分", "最多加5分"],
        ["合计", undefined, undefined, "21分"],
        ["注：本细则由县文明办负责解释"],
      ],
      ["A1:K1", "B3:B4"],
    ),
  );
  const issues = new IssueLog();
  const criteria = parseCriteria(criteriaBook, issues);
  const units = sheet("申报数据", [
    ["单位名称", "单位类别", "文明科室数", "科室总数", "出生率（‰）", "投诉件数", "上年投诉件数", "国家级荣誉数", "省级荣誉数", "市级荣誉数"],
    ["甲局", "机关", 4, 5, 18.5, 8, 10, "", 1, 2],
    ["乙镇", "乡镇", 5, 5, 21.3, 9, 10, 1, 1, 1],
  ]);
  const assessment = assess(criteria, book("申报.xlsx", units), issues);
  const byName = (n: string) => assessment.results.find((r) => r.unit.name === n)!;

  it("reads every item with no criteria error", () => {
    expect(issues.items.filter((i) => i.severity === "error")).toEqual([]);
    expect(criteria.items.map((i) => [i.key, i.level1, i.points, i.rule.id])).toEqual([
      ["1", "组织建设", 6, "formula"],
      ["2", "组织建设", 4, "threshold"],
      ["3", "作风建设", 6, "yearOnYear"],
      ["4", "加分项目", 5, "bonus"],
    ]);
    expect(criteria.items[1].params).toMatchObject({ target: { value: 0.02, scale: "permille" }, direction: "lower" });
    expect(criteria.items[2].params).toMatchObject({ fullImprovement: 0.2, direction: "lower" });
    expect(criteria.items[3].params.levelPoints).toEqual({ 国家级: 3, 省级: 2, 市级: 1 });
  });
  it("甲局: 4/5 × 6 = 4.8; 18.5‰ ≤ 20‰ → 4; 10 → 8 is −20% → 6; 省级 1 × 2 + 市级 2 × 1 = 4 → basic 14.8, bonus 4", () => {
    expect(byName("甲局")).toMatchObject({ basic: 14.8, bonus: 4, total: 18.8 });
  });
  it("乙镇: 5/5 × 6 = 6; 21.3‰ > 20‰ → 0; 10 → 9 is −10%, half of 20% → 3; 3 + 2 + 1 = 6 capped at 5 → basic 9, bonus 5", () => {
    expect(byName("乙镇")).toMatchObject({ basic: 9, bonus: 5, total: 14 });
  });
});

describe("criteria sheet: hierarchy by outline numbering (一、 / （一） / 1.) with no 编号", () => {
  // The tester's layout (t01b): one text column holding parents and items, points of parents in their text.
  const outlineRows = (阵地: string, 纪律分值: Input = ""): Input[][] => [
    ["2026年度文明单位测评细则"],
    ["测评项目", "分值", "计分方式", "数据项", "满分线", "起评线", "每次扣分", "各级分值"],
    [`一、阵地建设（${阵地}分）`],
    ["（一）创建阵地（4分）"],
    ["1.文明科室创建率", 4, "比率", "文明科室数/科室总数", "100%", "50%"],
    ["（二）纪律", 纪律分值],
    ["1.违反工作纪律被通报", 3, "扣分", "纪律通报次数", "", "", 2],
    ["二、加分项目（5分）"],
    ["（一）表彰"],
    ["1.获得上级表彰", 5, "加分", "国家级荣誉数,省级荣誉数", "", "", "", "3/2"],
    ["2.创建示范窗口", 3, "是否", "特色品牌"],
    ["三、一票否决"],
    ["1.发生重大安全责任事故", "", "否决", "重大责任事故"],
  ];
  const shape = (c: ReturnType<typeof parseSheet>["criteria"]) => c.items.map((i) => [i.key, i.name, i.level1, i.level2, i.points, i.bonus]);
  // By hand: two 一级 groups of items plus 否决; keys numbered within each 一级 as the other layouts are.
  const expected = [
    ["1.1", "文明科室创建率", "阵地建设", "创建阵地", 4, false],
    ["1.2", "违反工作纪律被通报", "阵地建设", "纪律", 3, false],
    ["2.1", "获得上级表彰", "加分项目", "表彰", 5, true],
    ["2.2", "创建示范窗口", "加分项目", "表彰", 3, true],
    ["3.1", "发生重大安全责任事故", "一票否决", "", 0, false],
  ];

  it("parent rows name 一级/二级, numbering is stripped, items under 加分项目 are bonus", () => {
    const { criteria, issues } = parseSheet(outlineRows("7"));
    expect(issues).toEqual([]);
    expect(shape(criteria)).toEqual(expected);
    // 基本分 4 + 3 = 7; 加分项目（5分） over 5 + 3 = 8 caps the bonus at 5 (no 加分上限 set).
    expect(criteria.basicTotal).toBe(7);
    expect(criteria.settings.bonusCap).toBe(5);
    expect(criteria.groups.map((g) => [g.name, g.bonus])).toEqual([["阵地建设", false], ["加分项目", true], ["一票否决", false]]);
  });

  it("a parent whose points (in its text or in 分值) differ from its children's sum is an error at that cell", () => {
    const { issues } = parseSheet(outlineRows("8", 4));
    // 阵地建设 says 8 (text, A3) over 4 + 3 = 7; 纪律 says 4 (分值, B6) over 3.
    expect(messages(issues)).toEqual(["A3 “阵地建设”的分值 8 与其下各项分值之和 7 不一致", "B6 “纪律”的分值 4 与其下各项分值之和 3 不一致"]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
  });

  it("the same numbering in a 序号 column, restarting under each parent, is a sequence: no 编号重复", () => {
    const rows = outlineRows("7").map((r, i) => {
      if (i < 1) return r;
      if (i === 1) return ["序号", ...r];
      const m = /^(一、|二、|三、|（一）|（二）|\d+\.)(.*)$/.exec(String(r[0]))!;
      return [m[1], m[2], ...r.slice(1)];
    });
    const { criteria, issues } = parseSheet(rows);
    expect(issues).toEqual([]);
    expect(shape(criteria)).toEqual(expected);
  });

  it("numbered 一级/二级/三级 columns on every row: numbering stripped, points in the text checked", () => {
    const { criteria, issues } = parseSheet([
      ["一级指标", "二级指标", "三级指标", "分值", "计分方式", "数据项"],
      ["一、阵地建设（7分）", "（一）创建阵地（4分）", "1.文明科室数", 4, "直接打分", "文明科室得分"],
      ["一、阵地建设（7分）", "（二）纪律（2分）", "2.纪律", 3, "直接打分", "纪律得分"],
      ["二、加分项目（5分）", "（一）表彰（5分）", "3.创建示范窗口", 5, "是否", "特色品牌"],
    ]);
    expect(criteria.items.map((i) => [i.key, i.name, i.level1, i.level2, i.bonus])).toEqual([
      ["1.1", "文明科室数", "阵地建设", "创建阵地", false],
      ["1.2", "纪律", "阵地建设", "纪律", false],
      ["2.1", "创建示范窗口", "加分项目", "表彰", true],
    ]);
    // 纪律（2分） over one item worth 3.
    expect(messages(issues)).toEqual(["B3 “纪律”的分值 2 与其下各项分值之和 3 不一致"]);
  });

  it("scored: 加分 items keep their status and the 加分上限 applies", () => {
    const issues = new IssueLog();
    const criteria = parseCriteria(book("体系.xlsx", sheet("测评细则", outlineRows("7")), sheet("设置", [["设置项", "值"], ["加分上限", 5]])), issues);
    const units = sheet("申报数据", [
      ["单位名称", "单位类别", "文明科室数", "科室总数", "纪律通报次数", "国家级荣誉数", "省级荣誉数", "特色品牌", "重大责任事故"],
      ["甲局", "机关", 4, 5, 1, 1, 1, "是", "否"],
      ["乙镇", "乡镇", 5, 5, 0, 0, 1, "否", "否"],
    ]);
    const assessment = assess(criteria, book("申报.xlsx", units), issues);
    expect(issues.items.filter((i) => i.severity === "error")).toEqual([]);
    const byName = (n: string) => assessment.results.find((r) => r.unit.name === n)!;
    // 甲局: 4/5 = 80%, (80% − 50%) / (100% − 50%) × 4 = 2.4; 3 − 1 × 2 = 1 → basic 3.4;
    // 表彰 1 × 3 + 1 × 2 = 5, 示范窗口 是 3 → 8, capped at 5 → total 8.4.
    expect(byName("甲局")).toMatchObject({ basic: 3.4, bonus: 5, total: 8.4 });
    // 乙镇: 5/5 → 4; 0 通报 → 3 → basic 7; 省级 1 × 2 = 2, 示范窗口 否 0 → bonus 2 → total 9.
    expect(byName("乙镇")).toMatchObject({ basic: 7, bonus: 2, total: 9 });
  });
});

describe("criteria sheet: 序号 repeats", () => {
  it("a plain 序号 restarting under each unnumbered parent is no error; a repeat under one parent or a repeated 1.2.1 is", () => {
    const { issues } = parseSheet([
      ["序号", "指标名称", "分值", "计分方式", "数据项"],
      ["", "组织领导", 4],
      ["1", "甲", 2, "直接打分", "甲分"],
      ["2", "乙", 2, "直接打分", "乙分"],
      ["", "作风建设", 4],
      ["1", "丙", 2, "直接打分", "丙分"],
      ["1", "丁", 2, "直接打分", "丁分"],
      ["1.2.1", "戊", 2, "直接打分", "戊分"],
      ["1.2.1", "己", 2, "直接打分", "己分"],
    ]);
    // Row 7 repeats 1 under 作风建设; row 9 repeats the dotted 1.2.1.
    expect(messages(issues)).toEqual(["A7 编号“1”重复", "A9 编号“1.2.1”重复"]);
  });
  it("a restarting 序号 gives derived keys, not the repeated numbers", () => {
    const { criteria, issues } = parseSheet([
      ["序号", "一级指标", "指标名称", "分值", "计分方式", "数据项"],
      ["", "组织领导"],
      ["1", "组织领导", "甲", 2, "直接打分", "甲分"],
      ["2", "组织领导", "乙", 2, "直接打分", "乙分"],
      ["", "作风建设"],
      ["1", "作风建设", "丙", 2, "直接打分", "丙分"],
    ]);
    expect(issues).toEqual([]);
    expect(criteria.items.map((i) => i.key)).toEqual(["1.1", "1.2", "2.1"]);
  });
});

describe("合计 row", () => {
  const items: [string, string, string, number | string, string, string, string?][] = [
    ["1.1", "组织", "领导小组", 60, "是否", "已成立"],
    ["1.2", "组织", "制度", 38, "是否", "制度健全"],
    ["2.1", "加分", "表彰", 5, "加分", "国家级荣誉数", "各级分值=3"],
  ];
  it("a 合计 that disagrees with the items is a warning at its cell: 100 written, 60 + 38 = 98 basic (+ 5 bonus = 103)", () => {
    const { issues } = parseCriteriaRows([...items, ["", "合计", "", 100, "", ""]]);
    // rows: header 1, items 2–4, 合计 5; 分值 is column D
    expect(issues.items.map((i) => [i.id, i.severity, i.cell, i.message])).toEqual([
      ["criteriaBasicTotal", "warning", "D5", "合计行写的是“100”，而各项分值之和为基本分 98 分、加分 5 分，请核对是否漏了或多了指标"],
    ]);
  });
  it("「98+5」 and 「103」 agree with 98 basic + 5 bonus; no 合计 row says nothing", () => {
    for (const written of ["98+5", "103", "98"]) expect(parseCriteriaRows([...items, ["", "合计", "", written, "", ""]]).issues.items).toEqual([]);
    expect(parseCriteriaRows(items).issues.items).toEqual([]);
  });
});

describe("a row with a 评分标准 and no 计分方式 (issue 13: criteria import leaves unread rows so)", () => {
  const rows: Input[][] = [
    ["编号", "一级指标", "测评内容", "分值", "计分方式", "数据项", "评分标准"],
    ["", "一、组织领导（5分）", "", "", "", "", ""],
    ["1.1", "组织领导", "领导小组", 3, "是否", "已成立", "成立得3分"],
    ["1.2", "组织领导", "工作作风扎实", 2, "", "", "工作扎实的酌情给分"],
  ];
  it("is an error at its 计分方式 cell (row 4, column E), not a parent row; a heading row without a standard stays a heading", () => {
    const issues = new IssueLog();
    const criteria = parseCriteria(book("a.xlsx", sheet("测评细则", rows)), issues);
    expect(criteria.items.map((i) => i.key)).toEqual(["1.1"]);
    // As with an unknown 计分方式, the row is not scored, so 组织领导（5分） sees only 3 points: said at B2.
    expect(issues.items.filter((i) => i.severity === "error").map((i) => [i.id, i.cell])).toEqual([
      ["criteriaRuleMissing", "E4"],
      ["criteriaParentSum", "B2"],
    ]);
    expect(issues.items.find((i) => i.id === "criteriaRuleMissing")!.message).toContain("“工作扎实的酌情给分”");
  });
});
