import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { assess } from "../score/assess.js";
import { describeChange } from "./wording.js";
import { figuresFor } from "./figures.js";
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "../../../test/grids.js";

describe("同比 wording", () => {
  it("a count that fell: the brief's 火灾次数 68 起, down 41 from 109, −37.6%", () => {
    // 109 − 68 = 41; 41 / 109 = 0.376147 → 37.61% at the default 百分比小数位数 2 (was 37.6%: the issue asks for two)
    expect(describeChange("火灾次数", "count", "起", 68, 109)).toBe("火灾次数 68 起，比上年减少 41 起，下降 37.61%");
  });
  it("an amount that rose: 40 万元 from 30 → +10, 10 / 30 = +33.33%", () => {
    expect(describeChange("经费投入", "amount", "万元", 40, 30)).toBe("经费投入 40 万元，比上年增加 10 万元，增长 33.33%");
  });
  it("a rate changes in 百分点, never in percent: 49.0% → 52.3% is +3.3 points, not +6.7%", () => {
    expect(describeChange("得分率", "rate", "", 0.523, 0.49)).toBe("得分率 52.30%，比上年提高 3.30 个百分点");
  });
  it("a ‰ rate changes in 千分点", () => {
    expect(describeChange("出生率", "rate", "", 0.021, 0.012, true)).toBe("出生率 21.00‰，比上年提高 9.00 个千分点");
  });
  it("last year 0: no percent, no Infinity", () => {
    expect(describeChange("宣传信息篇数", "count", "篇", 12, 0)).toBe("宣传信息篇数 12 篇，比上年增加 12 篇（上年为 0，无增幅）");
  });
});

const CRITERIA: CriteriaRow[] = [
  ["1", "环境", "文明科室创建率", 10, "比率", "文明科室数/科室总数"],
  ["2", "作风", "火灾次数", 10, "扣分", "火灾次数", "每次扣分=1"],
  ["3", "服务", "满意度", 10, "达标", "满意度", "目标值=90%"],
];
const HEAD = ["单位名称", "单位类别", "文明科室数", "科室总数", "火灾次数", "满意度"];
const thisYear = sheet("申报数据", [
  HEAD,
  ["甲镇", "乡镇", 4, 5, 3, "92%"],
  ["乙镇", "乡镇", 5, 5, 0, "95%"],
  ["人事劳动局", "机关", 5, 6, 1, "91%"],
  ["新区办", "机关", 2, 2, 0, "99%"],
]);
const changes = sheet("单位变更", [["旧名称", "新名称"], ["人事局", "人事劳动局"], ["劳动局", "人事劳动局"], ["乙乡", "乙镇"]]);
const lastYear = sheet("申报数据", [
  HEAD,
  ["甲镇", "乡镇", 2, 5, 5, "88%"],
  ["乙乡", "乡镇", 5, 5, 0, "95%"],
  ["人事局", "机关", 1, 3, 1, "90%"],
  ["劳动局", "机关", 2, 4, 2, "92%"],
  ["档案局", "机关", 3, 3, 0, "90%"],
]);

describe("comparing with last year's submissions", () => {
  const { criteria } = parseCriteriaRows(CRITERIA);
  const issues = new IssueLog();
  const a = assess(criteria, book("2026.xlsx", thisYear, changes), issues, { previous: book("2025.xlsx", lastYear) });
  const c = a.comparison!;
  const unit = (n: string) => c.units.find((u) => u.result.unit.name === n)!;
  const fig = (n: string, f: string) => unit(n).changes.find((x) => x.figure.name === f)!;

  it("matches by name, through renames and merges; new and absent units are marked", () => {
    expect(c.mode).toBe("rescored");
    // in publication order (see the rank test for the totals)
    expect(c.units.map((u) => [u.result.unit.name, u.status, u.previousNames])).toEqual([
      ["乙镇", "renamed", ["乙乡"]],
      ["新区办", "new", []],
      ["人事劳动局", "merged", ["人事局", "劳动局"]],
      ["甲镇", "same", ["甲镇"]],
    ]);
    expect(c.absent.map((u) => u.name)).toEqual(["档案局"]);
    expect(issues.items.find((i) => i.id === "previousAbsent")?.message).toBe("上年参评单位“档案局”本年未参评");
  });

  it("a count that fell where lower is better is an improvement", () => {
    // 甲镇 火灾次数 5 → 3: −2, −40%; 扣分 makes it lower-is-better
    expect(fig("甲镇", "火灾次数")).toMatchObject({ current: 3, previous: 5, change: -2, percent: -0.4, verdict: "改善" });
  });
  it("a rate changes in 百分点: 文明科室创建率 2/5 = 40% → 4/5 = 80% is +40", () => {
    const f = fig("甲镇", "文明科室创建率");
    expect(f.points).toBeCloseTo(40, 9);
    expect(f.percent).toBeUndefined();
    expect(f.wording).toBe("文明科室创建率 80.00%，比上年提高 40.00 个百分点");
  });
  it("a merge sums counts and pools rates: (1 + 2) / (3 + 4) = 3/7 last year", () => {
    expect(fig("人事劳动局", "文明科室数")).toMatchObject({ current: 5, previous: 3 });
    expect(fig("人事劳动局", "火灾次数")).toMatchObject({ current: 1, previous: 3 });
    expect(fig("人事劳动局", "文明科室创建率").previous).toBeCloseTo(3 / 7, 12);
    // a rate field itself is averaged: (90% + 92%) / 2 = 91%
    expect(fig("人事劳动局", "满意度").previous).toBeCloseTo(0.91, 12);
  });
  it("a denominator is not judged: 人事劳动局 科室总数 6 against 3 + 4 = 7 is −1, neither 退步 nor 改善", () => {
    // 科室总数 is only the 分母 of 文明科室创建率 and no 数据项 sheet says otherwise: direction 不评价
    expect(fig("人事劳动局", "科室总数")).toMatchObject({ current: 6, previous: 7, change: -1, verdict: "", note: "不评价", figure: { direction: "neutral" } });
    expect(fig("人事劳动局", "科室总数").wording).toBe("科室总数 6，比上年减少 1，下降 14.29%"); // 1 / 7 = 14.2857% → 14.29%
    expect(fig("人事劳动局", "文明科室数").verdict).toBe("改善");
  });
  it("last year 0 gives no percent and says why", () => {
    // 乙镇 (was 乙乡) 火灾次数 0 → 0: 持平
    expect(fig("乙镇", "火灾次数")).toMatchObject({ change: 0, verdict: "持平", note: "上年为 0，增幅无法计算" });
    expect(fig("乙镇", "火灾次数").percent).toBeUndefined();
  });
  it("rank changes: arrows, 持平, 新, 合并", () => {
    // This year: 乙镇 10 + 10 + 10 = 30; 新区办 30; 人事劳动局 5/6 × 10 = 8.33 + (10 − 1) + 10 = 27.33;
    //   甲镇 4/5 × 10 = 8 + (10 − 3) + 10 = 25  → RANK.EQ 1, 1, 3, 4.
    // Last year: 乙乡 30 and 档案局 30 (1, 1); 劳动局 5 + 8 + 10 = 23 (3); 人事局 3.33 + 9 + 10 = 22.33 (4);
    //   甲镇 4 + 5 + 0 (88% < 90%) = 9 (5).  So 乙镇 1 → 1 持平, 甲镇 5 → 4 ↑1.
    expect(c.units.map((u) => [u.result.unit.name, u.result.total, u.result.rank, u.rankChange])).toEqual([
      ["乙镇", 30, 1, "持平"],
      ["新区办", 30, 1, "新"],
      ["人事劳动局", 27.33, 3, "合并"],
      ["甲镇", 25, 4, "↑1"],
    ]);
    expect(unit("甲镇").previous?.total).toBe(9);
    // the merged unit is rescored on pooled figures: 3/7 × 10 = 4.29 + (10 − 3) + 10 (91%) = 21.29
    expect(unit("人事劳动局").previous?.total).toBe(21.29);
  });
  it("category summary pools rates: 乡镇 文明科室 (4 + 5) / (5 + 5) = 90% vs (2 + 5) / 10 = 70%: +20 百分点", () => {
    const row = c.summary.find((s) => s.group === "乡镇" && s.label.startsWith("文明科室创建率（合计"))!;
    expect(row.current).toBeCloseTo(0.9, 12);
    expect(row.previous).toBeCloseTo(0.7, 12);
    expect(row.change).toBeCloseTo(20, 9);
    const count = c.summary.find((s) => s.group === "全部单位" && s.label === "参评单位数")!;
    expect([count.current, count.previous, count.change]).toEqual([4, 5, -1]);
  });
});

describe("comparing with last year's published result workbook", () => {
  it("uses its totals and places as they stand", () => {
    const { criteria } = parseCriteriaRows(CRITERIA);
    const published = sheet("总排名", [
      ["2025年度文明单位测评总排名"],
      [],
      ["名次", "单位名称", "单位类别", "基本分", "加分", "总分", "等级"],
      [1, "甲镇", "乡镇", 29, 0, 29, "优秀"],
      [2, "乙镇", "乡镇", 20, 0, 20, "合格"],
    ]);
    const a = assess(criteria, book("2026.xlsx", thisYear), new IssueLog(), { previous: book("2025-排名结果.xlsx", published) });
    const c = a.comparison!;
    expect(c.mode).toBe("published");
    const jia = c.units.find((u) => u.result.unit.name === "甲镇")!;
    // 甲镇 this year 25 (see above), last year published 29 → −4; place 1 → 4: ↓3
    expect([jia.previous?.total, jia.totalChange, jia.rankChange]).toEqual([29, -4, "↓3"]);
    expect(jia.changes.map((x) => x.figure.name)).toContain("总分");
  });
});

describe("stored changes carry no binary noise", () => {
  // 人口出生率 a ‰ rate (目标值 20‰, lower is better), 满意度 a % rate, 经费投入 an amount typed with decimals.
  const rows: CriteriaRow[] = [
    ["1", "计生", "人口出生率", 10, "达标", "人口出生率", "目标值=≤20‰"],
    ["2", "服务", "满意度", 10, "达标", "满意度", "目标值=90%"],
    ["3", "保障", "经费投入", 10, "直接打分", "经费投入"],
  ];
  const head = ["单位名称", "单位类别", "人口出生率", "满意度", "经费投入"];
  const { criteria } = parseCriteriaRows(rows);
  const a = assess(criteria, book("2026.xlsx", sheet("申报数据", [head, ["甲镇", "乡镇", "19.5‰", "52.3%", 12.3]])), new IssueLog(), {
    previous: book("2025.xlsx", sheet("申报数据", [head, ["甲镇", "乡镇", "24.5‰", "49%", 7.2]])),
  });
  const fig = (f: string) => a.comparison!.units[0].changes.find((x) => x.figure.name === f)!;

  it("a ‰ rate: 19.5‰ − 24.5‰ is −0.005 exactly, and −5 千分点 as it is shown (not −0.5 百分点)", () => {
    // doubles give 0.0195 − 0.0245 = −0.005000000000000001; stored to 10 decimals: −0.005
    expect(fig("人口出生率")).toMatchObject({ change: -0.005, points: -5, verdict: "改善" });
    expect(fig("人口出生率").wording).toBe("人口出生率 19.50‰，比上年降低 5.00 个千分点");
  });
  it("a % rate: 52.3% − 49% is 3.3 百分点 exactly", () => {
    // 0.523 − 0.49 = 0.03300000000000003 in doubles → 0.033; × 100 → 3.3
    expect(fig("满意度")).toMatchObject({ change: 0.033, points: 3.3 });
  });
  it("an amount: 12.3 − 7.2 = 5.1, 增幅 5.1 / 7.2 = 0.708333… kept to 10 decimals", () => {
    expect(fig("经费投入")).toMatchObject({ change: 5.1, percent: 0.7083333333 });
  });
});

describe("rate figure names", () => {
  it("never double a word: 年度工作目标完成 → 年度工作目标完成率, 招商引资任务 → 招商引资任务完成率", () => {
    const { criteria } = parseCriteriaRows([
      ["1", "目标", "年度工作目标完成", 10, "完成率", "目标完成项数/年度目标项数"],
      ["2", "经济", "招商引资任务", 10, "完成率", "招商引资额/招商引资任务额"],
      ["3", "环境", "文明宿舍创建", 10, "比率", "文明宿舍数/宿舍总数"],
      ["4", "服务", "群众满意度", 10, "比率", "满意人数/调查人数"],
    ]);
    expect(figuresFor(criteria).filter((f) => f.itemIndex !== undefined).map((f) => f.name)).toEqual(["年度工作目标完成率", "招商引资任务完成率", "文明宿舍创建比率", "群众满意度"]);
  });
});
