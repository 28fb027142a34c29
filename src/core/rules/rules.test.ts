import { describe, expect, it } from "vitest";
import { scoreItem, scoreRows, sheet } from "../../../test/grids.js";
import { explainUnit } from "../score/scoreUnit.js";

// Every expected value below is worked out by hand in the comment beside it.

describe("直接打分", () => {
  const row = ["1.1", "组织领导", "档案资料", 5, "直接打分", "档案得分"] as const;
  it("takes the given points", () => {
    expect(scoreItem([...row], { 档案得分: 4.5 }).item.points).toBe(4.5);
  });
  it("clamps out-of-range points and says so", () => {
    const { item, issues } = scoreItem([...row], { 档案得分: 6 });
    expect(item.points).toBe(5);
    expect(issues.map((i) => i.id)).toContain("outOfRange");
    expect(scoreItem([...row], { 档案得分: -1 }).item.points).toBe(0);
  });
  it("scores a blank as zero and lists it", () => {
    const { item, issues } = scoreItem([...row], { 档案得分: "" });
    expect(item).toMatchObject({ points: 0, missing: true });
    expect(issues.find((i) => i.id === "missingValue")).toMatchObject({ sheet: "申报数据", cell: "C2", unit: "测试单位" });
  });
});

describe("比率", () => {
  it("13 of 18 dormitories, lines 90% / 60%, 10 points → 4.07 (the brief's example)", () => {
    // 13/18 = 72.22%; (0.7222 − 0.6) / (0.9 − 0.6) × 10 = 4.074 → 4.07
    const { item } = scoreItem(["1", "环境", "文明宿舍创建率", 10, "比率", "文明宿舍数/宿舍总数", "满分线=90%;起评线=60%"], { 文明宿舍数: 13, 宿舍总数: 18 });
    expect(item.points).toBe(4.07);
    expect(item.rate).toBeCloseTo(13 / 18, 12);
    expect(item.explanation).toBe("文明宿舍数 13 / 宿舍总数 18 = 72.22%，满分线 90%，起评线 60% → 4.07 / 10 分");
  });
  it("defaults to 100% / 0%: 4 of 5 科室 → 80% of 10 = 8", () => {
    expect(scoreItem(["1", "环境", "文明科室", 10, "比率", "文明科室数/科室总数"], { 文明科室数: 4, 科室总数: 5 }).item.points).toBe(8);
  });
  it("a zero denominator is a data issue and scores zero", () => {
    const { item, issues } = scoreItem(["1", "效能", "纠纷调处率", 3, "比率", "调处数/受理数"], { 调处数: 0, 受理数: 0 });
    expect(item.points).toBe(0);
    expect(issues.map((i) => i.id)).toContain("zeroDenominator");
  });
  it("numerator above denominator is listed and capped at 100%", () => {
    const { item, issues } = scoreItem(["1", "效能", "信访办结率", 4, "比率", "办结数/受理数"], { 办结数: 13, 受理数: 12 });
    expect(item.points).toBe(4);
    expect(issues.map((i) => i.id)).toContain("numeratorExceeds");
  });
  it("at or below the zero line scores nothing", () => {
    // 50% with 起评线 50% → 0
    expect(scoreItem(["1", "环境", "文明科室", 4, "比率", "a/b", "满分线=100%;起评线=50%"], { a: 2, b: 4 }).item.points).toBe(0);
  });
});

describe("达标", () => {
  const rate = ["1", "服务", "政策符合率", 3, "达标", "政策符合率", "目标值=97%;方向=≥"] as const;
  it("98.5% ≥ 97% meets; 96% does not", () => {
    expect(scoreItem([...rate], { 政策符合率: "98.5%" }).item.points).toBe(3);
    expect(scoreItem([...rate], { 政策符合率: "96%" }).item.points).toBe(0);
  });
  it("exactly on the line meets (0.97 from a % cell equals a 97% target)", () => {
    expect(scoreItem([...rate], { 政策符合率: { v: 0.97, fmt: "0%" } }).item.points).toBe(3);
  });
  it("a plain 98.5 against a % target is read as 98.5%, and noted", () => {
    const { item, issues } = scoreItem([...rate], { 政策符合率: 98.5 });
    expect(item.points).toBe(3);
    expect(issues.map((i) => i.id)).toContain("plainAssumedScaled");
  });
  it("per-mille, lower is better: 18‰ ≤ 20‰ meets, 21‰ fails, 12.5 in a (‰) column meets", () => {
    const row = ["1", "计生", "出生率", 3, "达标", "出生率", "目标值=20‰;方向=≤"] as const;
    expect(scoreItem([...row], { 出生率: "18‰" }).item.points).toBe(3);
    expect(scoreItem([...row], { 出生率: "21‰" }).item.points).toBe(0);
    expect(scoreItem([...row], { "出生率(‰)": 12.5 }).item.points).toBe(3);
  });
  it("1.95% typed in a ‰ field is 19.5‰ and is shown so (the value is the same share)", () => {
    // 1.95% = 0.0195 = 19.5‰ ≤ 20‰ → 3
    const { item } = scoreItem(["1", "计生", "出生率", 3, "达标", "出生率", "目标值=20‰;方向=≤"], { 出生率: "1.95%" });
    expect(item.points).toBe(3);
    expect(item.explanation).toBe("出生率 19.5‰，要求 ≤ 20‰，达标 → 3 / 3 分");
  });
  it("counts: 7 制度 against ≥ 8 fails", () => {
    expect(scoreItem(["1", "组织", "制度", 3, "达标", "制度数", "目标值=8"], { 制度数: 7 }).item.points).toBe(0);
  });
});

describe("完成率", () => {
  it("9 of a 12 target on 4 points → 3", () => {
    expect(scoreItem(["1", "道德", "志愿服务", 4, "完成率", "次数", "目标值=12"], { 次数: 9 }).item.points).toBe(3);
  });
  it("over-achievement is capped at 100%", () => {
    expect(scoreItem(["1", "道德", "志愿服务", 4, "完成率", "次数", "目标值=12"], { 次数: 15 }).item).toMatchObject({ points: 4, extra: 0 });
  });
  it("with 超额加分 120%: 15/12 = 125% → capped at 120% → 4 points + 0.8 bonus", () => {
    const { item, result } = scoreItem(["1", "道德", "志愿服务", 4, "完成率", "次数", "目标值=12;超额加分=120%"], { 次数: 15 });
    expect(item).toMatchObject({ points: 4, extra: 0.8 });
    expect(result).toMatchObject({ basic: 4, bonus: 0.8, total: 4.8 });
  });
  it("target from a second field; target 0 is a data issue", () => {
    expect(scoreItem(["1", "作风", "目标", 3, "完成率", "完成数/目标数"], { 完成数: 8, 目标数: 10 }).item.points).toBe(2.4);
    const { item, issues } = scoreItem(["1", "作风", "目标", 3, "完成率", "完成数/目标数"], { 完成数: 8, 目标数: 0 });
    expect(item.points).toBe(0);
    expect(issues.map((i) => i.id)).toContain("zeroDenominator");
  });
});

describe("同比", () => {
  const fewer = ["1", "作风", "投诉同比", 3, "同比", "投诉件数", "方向=越低越好;满分改善=20%"] as const;
  it("lower is better: 10 → 8 is −20%, full points; 10 → 9 is −10%, half; 10 → 12 none", () => {
    expect(scoreItem([...fewer], { 投诉件数: 8, 上年投诉件数: 10 }).item.points).toBe(3);
    expect(scoreItem([...fewer], { 投诉件数: 9, 上年投诉件数: 10 }).item.points).toBe(1.5);
    expect(scoreItem([...fewer], { 投诉件数: 12, 上年投诉件数: 10 }).item.points).toBe(0);
  });
  it("rates change in 百分点: 49.0% → 52.3% is +3.3 points of a 5-point target → 3 × 3.3/5 = 1.98", () => {
    const { item } = scoreItem(["1", "服务", "满意度同比", 3, "同比", "满意度", "满分改善=5%"], { 满意度: "52.3%", 上年满意度: "49.0%" });
    expect(item.points).toBe(1.98);
    expect(item.explanation).toContain("3.3 个百分点");
  });
  it("no previous figure: zero and listed", () => {
    const { item, issues } = scoreItem([...fewer], { 投诉件数: 5, 上年投诉件数: "" });
    expect(item.points).toBe(0);
    // columns: 单位名称 A, 单位类别 B, 投诉件数 C, 上年投诉件数 D
    expect(issues.find((i) => i.id === "noPreviousValue")).toMatchObject({ cell: "D2" });
  });
  it("previous zero: staying at zero is full marks when lower is better", () => {
    expect(scoreItem([...fewer], { 投诉件数: 0, 上年投诉件数: 0 }).item.points).toBe(3);
    expect(scoreItem([...fewer], { 投诉件数: 2, 上年投诉件数: 0 }).item.points).toBe(0);
  });
});

describe("“无” and other non-numbers typed into a figure", () => {
  it("“无” fires this year against 1 last year is 0 against 1: −100%, full points, no 未填写", () => {
    // 0 − 1 = −1 → −100% ≤ −20% → 3 of 3
    const { item, issues } = scoreItem(["1", "安全", "森林火灾同比", 3, "同比", "森林火灾", "方向=越低越好;满分改善=20%"], { 森林火灾: "无", 上年森林火灾: 1 });
    expect(item.points).toBe(3);
    expect(issues.filter((i) => i.id === "missingValue" || i.id === "missingToken")).toEqual([]);
  });
  it("“无” against a ≤ 0 target meets it: 0 accidents ≤ 0 → 3", () => {
    expect(scoreItem(["1", "安全", "安全事故", 3, "达标", "安全事故次数", "目标值=0;方向=≤"], { 安全事故次数: "无" }).item.points).toBe(3);
  });
  it("“无” or “—” in a rate is no value: 0 points, and the message says what the cell holds (not 未填写)", () => {
    for (const typed of ["无", "—"]) {
      const { item, issues } = scoreItem(["1", "服务", "政策符合率", 3, "达标", "政策符合率", "目标值=97%"], { 政策符合率: typed });
      expect(item.points).toBe(0);
      const found = issues.filter((i) => i.id === "missingToken");
      expect(found.map((i) => [i.cell, i.message])).toEqual([["C2", `“政策符合率” 填的是“${typed}”，不是数值，按缺失处理，该项按 0 分计`]]);
      expect(issues.some((i) => i.id === "missingValue")).toBe(false);
    }
  });
});

describe("shares above 100 %", () => {
  it("同比 on a 准确率: 105% this year compares as 100%: +5 of a 10-point target → 1.5 (not +10 → 3)", () => {
    // capped 100% − 95% = 5 百分点; 5 / 10 × 3 = 1.5
    const { item } = scoreItem(["1", "服务", "准确率同比", 3, "同比", "上报准确率", "满分改善=10%"], { 上报准确率: "105%", 上年上报准确率: "95%" });
    expect(item.points).toBe(1.5);
    expect(item.explanation).toContain("超过 100% 的按 100% 计");
  });
});

describe("百分比小数位数 in 计分明细", () => {
  it("set to 1: 13 / 18 = 72.2% and 同比 +3.3 个百分点 are written to one decimal", () => {
    const settings = sheet("设置", [["设置项", "值"], ["百分比小数位数", 1]]);
    const { assessment } = scoreRows(
      [
        ["1", "环境", "文明宿舍创建率", 10, "比率", "文明宿舍数/宿舍总数", "满分线=90%;起评线=60%"],
        ["2", "服务", "满意度同比", 3, "同比", "满意度", "满分改善=5%"],
      ],
      [{ 单位名称: "甲乡", 单位类别: "乡镇", 文明宿舍数: 13, 宿舍总数: 18, 满意度: "52.34%", 上年满意度: "49%" }],
      [settings],
    );
    const words = explainUnit(assessment.results[0].unit, assessment.criteria);
    // 13 / 18 = 72.222…% → 72.2%; (0.7222 − 0.6) / 0.3 × 10 = 4.07 (points keep 小数位数 2)
    expect(words[0].explanation).toBe("文明宿舍数 13 / 宿舍总数 18 = 72.2%，满分线 90%，起评线 60% → 4.07 / 10 分");
    // 52.34% − 49% = 3.34 个百分点 → 3.3; 3.34 / 5 × 3 = 2.004 → 2
    expect(words[1].explanation).toBe("本年 52.3%，上年 49%，变化 3.3 个百分点，满分需提高 5 个百分点 → 2 / 3 分");
  });
});

describe("figures that are not what they seem", () => {
  it("「5 6」 is not 56: not a number, with its cell, and the item scores as missing", () => {
    const { item, issues } = scoreItem(["1", "环境", "文明科室", 10, "比率", "文明科室数/科室总数"], { 文明科室数: "5 6", 科室总数: 60 });
    expect(item.points).toBe(0);
    expect(issues.filter((i) => i.id === "notANumber").map((i) => [i.cell, i.message])).toEqual([["C2", "“5 6” 不是数字，按缺失处理"]]);
  });
  it("「50%」 where a count belongs is not 0.5 个: an error, the item scores as missing", () => {
    const { item, issues } = scoreItem(["1", "环境", "文明科室", 10, "比率", "文明科室数/科室总数"], { 文明科室数: "50%", 科室总数: 6 });
    expect(item.points).toBe(0);
    expect(issues.filter((i) => i.id === "countIsRate").map((i) => [i.severity, i.cell, i.message])).toEqual([["error", "C2", "“50%” 是百分数，不是“文明科室数”的个数，按缺失处理"]]);
  });
  it("「13 间」 (a number and its measure word) still reads 13", () => {
    // 13 / 18 = 72.22%, default lines 100% / 0% → 0.7222 × 10 = 7.22
    expect(scoreItem(["1", "环境", "文明宿舍", 10, "比率", "文明宿舍数/宿舍总数"], { 文明宿舍数: "13 间", 宿舍总数: 18 }).item.points).toBe(7.22);
  });
});

describe("扣分", () => {
  const row = ["1", "作风", "纪律", 4, "扣分", "通报次数", "每次扣分=2"] as const;
  it("1 × 2 → 2 left; 3 × 2 = 6 stops at zero (扣完为止)", () => {
    expect(scoreItem([...row], { 通报次数: 1 }).item.points).toBe(2);
    expect(scoreItem([...row], { 通报次数: 3 }).item.points).toBe(0);
  });
  it("扣分上限 2 on 4 points: 3 × 1 = 3 → only 2 deducted → 2", () => {
    expect(scoreItem(["1", "作风", "纪律", 4, "扣分", "次数", "每次扣分=1;扣分上限=2"], { 次数: 3 }).item.points).toBe(2);
  });
  it("“无” means none happened: full points, no warning", () => {
    const { item, issues } = scoreItem([...row], { 通报次数: "无" });
    expect(item.points).toBe(4);
    expect(issues).toEqual([]);
  });
  it("a negative count is listed and read as zero", () => {
    const { item, issues } = scoreItem([...row], { 通报次数: -1 });
    expect(item.points).toBe(4);
    expect(issues.map((i) => i.id)).toContain("negativeValue");
  });
});

describe("差额扣分", () => {
  const row = ["1", "阵地", "公益广告", 5, "差额扣分", "公益广告处数", "标准数=10;每少扣分=2"] as const;
  it("分值 5, 标准数 10, 每少扣分 2: 10 → 5; 8 → 1; 7 → 0; 12 → 5", () => {
    // 10: none short → 5
    expect(scoreItem([...row], { 公益广告处数: 10 }).item.points).toBe(5);
    // 8: 2 short × 2 = 4 → 5 − 4 = 1
    expect(scoreItem([...row], { 公益广告处数: 8 }).item.points).toBe(1);
    // 7: 3 short × 2 = 6 → 5 − 6 = −1, floored at 0
    expect(scoreItem([...row], { 公益广告处数: 7 }).item.points).toBe(0);
    // 12: above the standard, nothing short → 5
    expect(scoreItem([...row], { 公益广告处数: 12 }).item.points).toBe(5);
  });
  it("explains the shortfall in words, and the floor when it is reached", () => {
    expect(scoreItem([...row], { 公益广告处数: 8 }).item.explanation).toBe("公益广告处数 8，比标准数 10 少 2 × 每少扣 2 分 = 扣 4 分 → 1 / 5 分");
    expect(scoreItem([...row], { 公益广告处数: 7 }).item.explanation).toBe("公益广告处数 7，比标准数 10 少 3 × 每少扣 2 分 = 扣 6 分，扣至 0 分为止 → 0 / 5 分");
    expect(scoreItem([...row], { 公益广告处数: 12 }).item.explanation).toBe("公益广告处数 12，达到标准数 10 → 5 / 5 分");
  });
  it("parameters written as offices write them: 标准数 「4次」, 每少扣分 「每少一次扣0.5分」", () => {
    // 4 short of 4 (0 typed) × 0.5 = 2 → 3 − 2 = 1
    expect(scoreItem(["1", "活动", "志愿活动", 3, "差额扣分", "活动次数", "标准数=4次;每少扣分=每少一次扣0.5分"], { 活动次数: 0 }).item.points).toBe(1);
    expect(() => scoreItem(["1", "活动", "志愿活动", 3, "差额扣分", "活动次数", "每少扣分=1"], { 活动次数: 2 })).toThrow(/标准数/);
  });
  it("a blank count is missing: 0 points and listed", () => {
    const { item, issues } = scoreItem([...row], { 公益广告处数: "" });
    expect(item).toMatchObject({ points: 0, missing: true });
    expect(issues.map((i) => i.id)).toContain("missingValue");
  });
});

describe("加分", () => {
  const row = ["7.1", "加分项目", "荣誉", 5, "加分", "国家级,省级,市级,县级", "各级分值=3/2/1/0.5"] as const;
  it("2 省级 + 1 县级 = 4 + 0.5 = 4.5, counted as bonus", () => {
    const { item, result } = scoreItem([...row], { 国家级: "", 省级: 2, 市级: "", 县级: 1 });
    expect(item.points).toBe(4.5);
    expect(result).toMatchObject({ basic: 0, bonus: 4.5 });
  });
  it("2 国家级 = 6 is capped by 分值 5", () => {
    expect(scoreItem([...row], { 国家级: 2, 省级: "", 市级: "", 县级: "" }).item.points).toBe(5);
  });
});

describe("parameters written in words, scored", () => {
  it("加分 by named level follows each field's level, not its position: 市级 2 × 1 + 国家级 1 × 3 = 5", () => {
    // Read positionally (3 for the first field, 1 for the second) it would have been 2 × 3 + 1 × 1 = 7.
    const row = ["7.1", "加分项目", "荣誉", 10, "加分", "市级荣誉数,国家级荣誉数", "各级分值=国家级每项3分，市级每项1分"] as const;
    const { item } = scoreItem([...row], { 市级荣誉数: 2, 国家级荣誉数: 1 });
    expect(item.points).toBe(5);
    expect(item.explanation).toContain("市级荣誉数 2 × 1 + 国家级荣誉数 1 × 3 = 5");
  });
  it("达标 「不超过3起」 with no 方向 is ≤: 3 → full, 4 → 0", () => {
    const row = ["1", "安全", "火灾", 2, "达标", "火灾起数", "目标值=不超过3起"] as const;
    expect(scoreItem([...row], { 火灾起数: 3 }).item.points).toBe(2);
    const { item } = scoreItem([...row], { 火灾起数: 4 });
    expect(item.points).toBe(0);
    expect(item.explanation).toContain("要求 ≤ 3");
  });
  it("同比 「比上年下降20%得满分」 under 目标值 with no 方向: 10 → 9 is −10%, half of 3 = 1.5", () => {
    const { item } = scoreItem(["1", "作风", "投诉", 3, "同比", "投诉件数", "目标值=比上年下降20%得满分"], { 投诉件数: 9, 上年投诉件数: 10 });
    expect(item.points).toBe(1.5);
    expect(item.explanation).toContain("满分需降低 20%");
  });
  it("扣分 「每次扣3分」「扣完为止」: 2 × 3 = 6 on 4 points stops at 0", () => {
    const { item } = scoreItem(["1", "作风", "纪律", 4, "扣分", "通报次数", "每次扣分=每次扣3分;扣分上限=扣完为止"], { 通报次数: 2 });
    expect(item.points).toBe(0);
    expect(item.explanation).toContain("扣分以 4 分为限");
  });
  it("比率 「95%以上得满分」「60%以下不得分」: 4 of 5 = 80% → (80 − 60) / (95 − 60) × 7 = 4", () => {
    const row = ["1", "环境", "文明科室", 7, "比率", "文明科室数/科室总数", "满分线=95%以上得满分;起评线=60%以下不得分"] as const;
    expect(scoreItem([...row], { 文明科室数: 4, 科室总数: 5 }).item.points).toBe(4);
  });
});

describe("是否", () => {
  const row = ["1", "组织", "领导小组", 2, "是否", "已成立"] as const;
  it.each([["是", 2], ["√", 2], ["有", 2], [1, 2], ["否", 0], ["×", 0], ["无", 0]])("%s → %d", (v, p) => {
    expect(scoreItem([...row], { 已成立: v }).item.points).toBe(p);
  });
  it("an answer that is not yes or no is listed", () => {
    const { item, issues } = scoreItem([...row], { 已成立: "也许" });
    expect(item.points).toBe(0);
    expect(issues.map((i) => i.id)).toContain("notABoolean");
  });
});

describe("满意度", () => {
  const row = ["1", "服务", "民主测评", 6, "满意度", "满意,基本满意,总数", "满分线=95%;起评线=70%"] as const;
  it("(150 + 40) / 200 = 95% → 6; (120 + 50) / 200 = 85% → (0.15 / 0.25) × 6 = 3.6; 70% → 0", () => {
    expect(scoreItem([...row], { 满意: 150, 基本满意: 40, 总数: 200 }).item.points).toBe(6);
    expect(scoreItem([...row], { 满意: 120, 基本满意: 50, 总数: 200 }).item.points).toBe(3.6);
    expect(scoreItem([...row], { 满意: 80, 基本满意: 60, 总数: 200 }).item.points).toBe(0);
  });
  it("more satisfied than questionnaires is listed", () => {
    const { issues } = scoreItem([...row], { 满意: 150, 基本满意: 60, 总数: 200 });
    expect(issues.map((i) => i.id)).toContain("satisfactionExceeds");
  });
});

describe("档次", () => {
  const row = ["1", "组织", "计划总结", 3, "档次", "档次"] as const;
  it("A/B/C/D → 100% / 66% / 33% / 0 of 3 = 3 / 1.98 / 0.99 / 0", () => {
    expect(["A", "B", "C", "D"].map((g) => scoreItem([...row], { 档次: g }).item.points)).toEqual([3, 1.98, 0.99, 0]);
  });
  it("accepts 良 and full-width Ｂ", () => {
    expect(scoreItem([...row], { 档次: "良" }).item.points).toBe(1.98);
    expect(scoreItem([...row], { 档次: "Ｂ" }).item.points).toBe(1.98);
  });
  it("custom shares: B = 80% of 3 = 2.4", () => {
    expect(scoreItem(["1", "组织", "计划", 3, "档次", "档次", "档次比例=A=100%,B=80%,C=60%"], { 档次: "B" }).item.points).toBe(2.4);
  });
  it("an unknown grade is listed", () => {
    const { item, issues } = scoreItem([...row], { 档次: "E" });
    expect(item.points).toBe(0);
    expect(issues.map((i) => i.id)).toContain("notAGradeLetter");
  });
});

describe("公式", () => {
  it("min(文明科室数 / 科室总数, 1) * 分值 with 4 of 5 on 10 points → 8", () => {
    const { item } = scoreItem(["1", "环境", "文明科室", 10, "公式", "", "公式=min(文明科室数 / 科室总数, 1) * 分值"], { 文明科室数: 4, 科室总数: 5 });
    expect(item.points).toBe(8);
  });
  it("播出数量 / 4 × 分值 (the brief's proportional rule), capped at 分值", () => {
    const row = ["1", "宣传", "播出", 5, "公式", "", "公式=播出数量 / 4 * 分值"] as const;
    expect(scoreItem([...row], { 播出数量: 3 }).item.points).toBe(3.75);
    expect(scoreItem([...row], { 播出数量: 6 }).item.points).toBe(5);
  });
  it("division by zero scores zero and is listed", () => {
    const { item, issues } = scoreItem(["1", "环境", "x", 10, "公式", "", "公式=a / b * 分值"], { a: 1, b: 0 });
    expect(item.points).toBe(0);
    expect(issues.map((i) => i.id)).toContain("formulaNotFinite");
    // The warning names the formula and its row in the criteria sheet (测评细则 row 2, 测评内容 in C).
    expect(issues.find((i) => i.id === "formulaNotFinite")?.message).toBe("公式“a / b * 分值”（测评体系 测评细则!C2）的结果不是有限数字，该项按 0 分计");
  });
});

describe("否决", () => {
  const rows = (v: unknown) => scoreItem(["8.1", "一票否决", "重大责任事故", "", "否决", "重大事故"], { 重大事故: v as string });
  it("是 vetoes with the item's name and value as the reason", () => {
    const { result } = rows("是");
    expect(result.vetoes[0].reason).toBe("重大责任事故（重大事故：是）");
    expect(result.grade).toBe("");
    expect(result.rank).toBeUndefined();
  });
  it("a non-zero count vetoes; 否, 0 and 无 do not", () => {
    expect(rows(2).result.vetoes).toHaveLength(1);
    for (const v of ["否", 0, "无"]) expect(rows(v).result.vetoes).toHaveLength(0);
  });
  it("a blank is read as 否, with a note", () => {
    const { result, issues } = rows("");
    expect(result.vetoes).toHaveLength(0);
    expect(issues.map((i) => i.id)).toContain("vetoBlank");
  });
});
