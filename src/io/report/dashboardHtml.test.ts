import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboard } from "../../core/report/dashboardModel.js";
import { buildReport } from "../../core/report/buildReport.js";
import { buildHtml } from "./writeHtml.js";
import { embedJson } from "./dashboardHtml.js";
import { CONTROL_NAME, FULL_WIDTH_NAME, QUOTED_NAME, SCRIPT_NAME, dashboardAssessment } from "../../../test/dashboardFixture.js";
import { openPage, type Page } from "../../../test/dom.js";

// Figures by hand in test/dashboardFixture.ts. A one-pixel stand-in for the run's 总分排名 chart.
const PNG = Buffer.from("89504e470d0a1a0a", "hex");
const a = dashboardAssessment();
const report = buildReport(a, "2026", new Set(["ranking"]));
const html = buildHtml(report, new Map(), { model: buildDashboard(a, "2026"), charts: [{ id: "ranking", title: "2026年度总分排名", png: PNG }] });
let page: Page;
beforeAll(async () => (page = await openPage(html)));
afterAll(() => page.close());

describe("report.html's text is text", () => {
  it("never writes a name as markup: the <script> name is in the data as \\u003cscript>, and the page runs only its own two scripts", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("\\u003cscript>alert");
    expect(page.document.querySelectorAll("script").length).toBe(2);
    // Shown as typed, in the ranking and the unit page (the control character dropped, as in the workbook).
    expect(page.column(1)).toEqual([FULL_WIDTH_NAME, "东局", SCRIPT_NAME, QUOTED_NAME]);
    expect(page.column(1)).not.toContain(CONTROL_NAME);
  });

  it("escapes < in embedded JSON and drops the characters HTML forbids", () => {
    expect(embedJson({ name: "</script><!--\u0001" })).toBe('{"name":"\\u003c/script>\\u003c!--"}');
  });

  it("refers to nothing outside the file: every src and href is a data: URL or a #place, and the only http:// is the SVG namespace in the script", () => {
    for (const node of page.document.querySelectorAll("[src], [href]")) {
      const target = node.getAttribute("src") ?? node.getAttribute("href")!;
      expect(target).toMatch(/^(data:image\/png;base64,|#)/);
    }
    expect([...html.matchAll(/https?:\/\/[^\s"'<>)]*/g)].map((m) => m[0])).toEqual(["http://www.w3.org/2000/svg"]);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it("draws each chart once: the 通报's figure takes the 图表 tab's picture", () => {
    expect(html.match(/data:image\/png;base64,/g)).toHaveLength(1);
    const img = page.document.querySelector('#panel-report img[data-chart="ranking"]')!;
    expect(img.getAttribute("src")).toBe(`data:image/png;base64,${PNG.toString("base64")}`);
  });

  it("lists the 覆盖率 charts by their spec's folder and the path the run wrote, whatever their file names look like", () => {
    const charts = [
      { id: "ranking", title: "2026年度总分排名", png: PNG },
      // a rate item keyed 甲 whose written file was made unique: nothing in its name says 覆盖率
      { id: "rate:甲", title: "2026年度创建率", folder: "覆盖率", path: "charts/覆盖率/甲 创建率（2）.png", png: PNG },
      // a chart outside the folder whose file name looks like a coverage chart's: inlined as any other
      { id: "rate-like", title: "覆盖率 2.1.1", path: "charts/覆盖率-2.1.1.png", png: PNG },
    ];
    const page = buildHtml(report, new Map(), { model: buildDashboard(a, "2026"), charts });
    // two pictures inlined (ranking, rate-like), the 覆盖率 one named under its heading
    expect(page.match(/<figure id="chart-/g)).toHaveLength(2);
    expect(page).toContain('<figure id="chart-rate-like">');
    expect(page).toContain("<h3>比率类指标覆盖情况</h3>");
    expect([...page.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])).toEqual(["charts/覆盖率/甲 创建率（2）.png"]);
  });
});

describe("总排名: sort, filter, search", () => {
  it("counts the shown units, and keeps the vetoed unit apart, marked 否决", () => {
    expect(page.document.getElementById("shown")!.textContent).toBe("显示 5 个单位，共 5 个");
    expect(page.column(1, "vetoed")).toEqual(["事故局否决"]);
    expect(page.column(0, "vetoed")).toEqual(["否决"]);
  });

  it("sorts by 总分 ascending then descending (7.5, 33, 37, 39); the vetoed unit stays below", () => {
    page.clickHeader("总分");
    expect(page.column(5)).toEqual(["7.50", "33.00", "37.00", "39.00"]);
    page.clickHeader("总分");
    expect(page.column(5)).toEqual(["39.00", "37.00", "33.00", "7.50"]);
    expect(page.column(1, "vetoed")).toEqual(["事故局否决"]);
  });

  it("sorts 等级 in the grades' order, best first, ties in ranking order", () => {
    page.clickHeader("等级");
    expect(page.column(6)).toEqual(["优秀", "优秀", "良好", "不合格"]);
    expect(page.column(1).slice(0, 2)).toEqual([FULL_WIDTH_NAME, "东局"]);
  });

  it("filters by 类别 and 等级", () => {
    page.choose("filter-category", "乡镇");
    expect(page.column(1)).toEqual([SCRIPT_NAME, QUOTED_NAME]);
    expect(page.column(1, "vetoed")).toEqual(["事故局否决"]);
    expect(page.document.getElementById("shown")!.textContent).toBe("显示 3 个单位，共 5 个");
    page.choose("filter-grade", "良好");
    expect(page.column(1)).toEqual([SCRIPT_NAME]);
    expect(page.column(1, "vetoed")).toEqual([]);
    page.choose("filter-category", "");
    page.choose("filter-grade", "");
    expect(page.document.getElementById("shown")!.textContent).toBe("显示 5 个单位，共 5 个");
  });

  it("searches names by substring, full-width and half-width alike, ignoring spaces and case", () => {
    page.type("第１");
    expect(page.column(1)).toEqual([FULL_WIDTH_NAME]);
    page.type("ＳＣＲＩＰＴ");
    expect(page.column(1)).toEqual([SCRIPT_NAME]);
    page.type("\u3000引 号");
    expect(page.column(1)).toEqual([QUOTED_NAME]);
    page.type("无此单位");
    expect(page.document.getElementById("shown")!.textContent).toBe("显示 0 个单位，共 5 个");
    expect(page.document.querySelector("#eligible-rows tr.empty")!.textContent).toBe("没有符合条件的单位");
    page.type("");
  });
});

describe("单位详情", () => {
  it("shows a unit's figures, its items against its category's mean, the radar and its data issues", async () => {
    const index = a.results.findIndex((r) => r.unit.name === QUOTED_NAME);
    await page.go(`#unit=${index}`);
    const d = page.document;
    expect(d.getElementById("panel-unit")!.hasAttribute("hidden")).toBe(false);
    expect(d.getElementById("panel-ranking")!.hasAttribute("hidden")).toBe(true);
    expect(d.getElementById("unit-name")!.textContent).toBe(QUOTED_NAME);
    expect(d.getElementById("unit-total")!.textContent).toBe("7.50");
    expect(d.getElementById("unit-rank")!.textContent).toBe("4");
    expect(d.getElementById("unit-category-rank")!.textContent).toBe("2");
    expect(d.getElementById("unit-grade")!.textContent).toBe("不合格");
    const row = (key: string) => [...d.querySelectorAll(`#unit-items tr[data-item="${key}"] td`)].map((c) => c.textContent);
    // Item 1: 1/4 → 2.5 against 乡镇's (8 + 2.5) / 2 = 5.25; item 4 missing (「六」), 0 against (7 + 0) / 2 = 3.5.
    expect(row("1").slice(0, 5)).toEqual(["1", "文明科室创建率", "10.00", "2.50", "5.25"]);
    expect(row("4").slice(0, 5)).toEqual(["4", "特色活动（缺数据，计 0 分）", "10.00", "0.00", "3.50"]);
    // The bars: 2.5 / 10 and 5.25 / 10 of the 分值.
    const bars = [...d.querySelectorAll('#unit-items tr[data-item="1"] .bar')].map((b) => b.getAttribute("style"));
    expect(bars).toEqual(["width:25.0%", "width:52.5%"]);
    // Rates: 2.5/10, 5/10, 0, 0 against 乡镇 (0.8 + 0.25) / 2, (0.8 + 0.5) / 2, (1 + 0) / 2, (0.7 + 0) / 2.
    const rates = [...d.querySelectorAll("#unit-rates tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    expect(rates).toEqual([
      [QUOTED_NAME, "25.00%", "50.00%", "0.00%", "0.00%"],
      ["乡镇", "52.50%", "65.00%", "50.00%", "35.00%"],
    ]);
    expect(d.querySelectorAll("#unit-body svg.radar polygon.unit, #unit-body svg.radar polygon.mean").length).toBe(2);
    const issues = [...d.querySelectorAll("#unit-issues tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    expect(issues).toContainEqual(["错误", "申报.xlsx 申报数据!G4", "4 特色活动", "“六” 不是数字，按缺失处理"]);
  });

  it("marks a vetoed unit and gives the reason", async () => {
    await page.go(`#unit=${a.results.findIndex((r) => r.unit.name === "事故局")}`);
    expect(page.document.getElementById("unit-rank")!.textContent).toBe("否决");
    expect(page.document.querySelector("#unit-body ul.vetoes")!.textContent).toMatch(/^一票否决：重大事故.*取消本年度评选资格$/);
  });
});

describe("分类情况", () => {
  it("gives each category's count, mean, max, min and grade counts over eligible units, and 全部单位", async () => {
    await page.go("#categories");
    const rows = [...page.document.querySelectorAll("#category-table tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    // 乡镇 (33 + 7.5) / 2 = 20.25; 学校 (39 + 37) / 2 = 38; all (39 + 37 + 33 + 7.5) / 4 = 29.125 → 29.13.
    expect(rows).toEqual([
      ["乡镇", "3", "20.25", "33.00", "7.50", "0", "1", "0", "1", "1"],
      ["学校", "2", "38.00", "39.00", "37.00", "2", "0", "0", "0", "0"],
      ["全部单位", "5", "29.13", "39.00", "7.50", "2", "1", "0", "1", "1"],
    ]);
  });
});
