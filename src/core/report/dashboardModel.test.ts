import { describe, expect, it } from "vitest";
import { buildDashboard } from "./dashboardModel.js";
import { CONTROL_NAME, FULL_WIDTH_NAME, QUOTED_NAME, SCRIPT_NAME, dashboardAssessment } from "../../../test/dashboardFixture.js";

// Figures by hand in test/dashboardFixture.ts.
const model = buildDashboard(dashboardAssessment(), "2026");
const unit = (name: string) => model.units.find((u) => u.name === name)!;
const category = (name: string) => model.categories.find((c) => c.name === name)!;

describe("the dashboard's model", () => {
  it("lists every unit in ranking order with its figures; the vetoed unit last, marked and unranked", () => {
    expect(model.units.map((u) => [u.name, u.total, u.grade, u.rank ?? null])).toEqual([
      [FULL_WIDTH_NAME, 39, "优秀", 1],
      [CONTROL_NAME, 37, "优秀", 2],
      [SCRIPT_NAME, 33, "良好", 3],
      [QUOTED_NAME, 7.5, "不合格", 4],
      ["事故局", 35, "否决", null],
    ]);
    expect(unit("事故局").vetoed).toBe(true);
    // The veto rule's reason (the item, and the cell as typed), then its outcome.
    expect(unit("事故局").vetoes).toHaveLength(1);
    expect(unit("事故局").vetoes[0]).toMatch(/^重大事故.*：取消本年度评选资格$/);
    expect(model.grades).toEqual(["优秀", "良好", "合格", "不合格", "否决"]);
  });

  it("keeps the scored items (not the veto item) and the unit's points, the missing one marked", () => {
    expect(model.items.map((i) => i.key)).toEqual(["1", "2", "3", "4"]);
    // "引号"乡: 1/4 → 2.5, 投诉 5 → 5, 否 → 0, 「六」 → 0 and missing.
    expect(unit(QUOTED_NAME).items).toEqual([2.5, 5, 0, 0]);
    expect(unit(QUOTED_NAME).missing).toEqual([3]);
    // 组 rates: 2.5/10, 5/10, 0/10, 0/10.
    expect(unit(QUOTED_NAME).groupRates).toEqual([0.25, 0.5, 0, 0]);
    expect(model.groups.map((g) => g.name)).toEqual(["环境", "作风", "组织", "活动"]);
  });

  it("summarises each category over its eligible units: 乡镇 (33 + 7.5) / 2 = 20.25, item 1 (8 + 2.5) / 2 = 5.25", () => {
    const towns = category("乡镇");
    expect([towns.count, towns.vetoed, towns.mean, towns.max, towns.min]).toEqual([3, 1, 20.25, 33, 7.5]);
    expect(towns.grades).toEqual([0, 1, 0, 1, 1]);
    // items: (8 + 2.5) / 2, (8 + 5) / 2, (10 + 0) / 2, (7 + 0) / 2
    expect(towns.itemMeans).toEqual([5.25, 6.5, 5, 3.5]);
    // 环境 rate (0.8 + 0.25) / 2
    expect(towns.groupRateMeans[0]).toBe(0.525);
    expect(towns.members.map((m) => model.units[m].name)).toEqual([SCRIPT_NAME, QUOTED_NAME, "事故局"]);
    // 学校: (39 + 37) / 2 = 38; all: (39 + 37 + 33 + 7.5) / 4 = 29.125 → 29.13 (ROUND half away from zero)
    expect(category("学校").mean).toBe(38);
    expect(model.overall.mean).toBe(29.13);
    expect(model.overall.grades).toEqual([2, 1, 0, 1, 1]);
  });

  it("gives each unit its own data issues, with file, sheet and cell", () => {
    const issues = unit(QUOTED_NAME).issues;
    expect(issues.some((i) => i.place === "申报.xlsx 申报数据!G4" && i.message.includes("六"))).toBe(true);
    expect(unit(FULL_WIDTH_NAME).issues).toEqual([]);
  });

  it("has no 同比 without last year", () => {
    expect(model.has.previous).toBe(false);
    expect(model.units.every((u) => u.previous === undefined)).toBe(true);
  });
});
