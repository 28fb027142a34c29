/**
 * End to end: `kaoping score --report` on the samples writes report.html;
 * the written file is loaded in happy-dom, its script run, and the
 * dashboard driven as a reader would: sort, filter, search, a unit's page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, runCli } from "../cli.js";
import { openPage, type Page } from "../dom.js";

let page: Page;
let html: string;
let pngs: number;
let coverage: string[];

beforeAll(async () => {
  ensureBuilt();
  const out = await mkdtemp(join(tmpdir(), "kaoping-dashboard-"));
  const run = await runCli(["score", "--report", "--out", out]);
  expect(run.code).toBe(0);
  html = await readFile(join(out, "report.html"), "utf8");
  const top = (await readdir(join(out, "charts"))).filter((f) => f.endsWith(".png"));
  coverage = (await readdir(join(out, "charts", "覆盖率"))).filter((f) => f.endsWith(".png"));
  pngs = top.length;
  page = await openPage(html, `file://${join(out, "report.html")}`);
});
afterAll(() => page?.close());

describe("report.html on the samples", () => {
  it("holds every chart of charts/ once and names the 覆盖率 ones, and refers to nothing outside itself", () => {
    expect(html.match(/src="data:image\/png;base64,/g)).toHaveLength(pngs);
    const listed = [...page.document.querySelectorAll("ul.chart-files li")].map((li) => li.textContent);
    expect(listed.sort()).toEqual(coverage.map((f) => `charts/覆盖率/${f}`).sort());
    expect([...html.matchAll(/https?:\/\/[^\s"'<>)]*/g)].map((m) => m[0])).toEqual(["http://www.w3.org/2000/svg"]);
  });

  it("ranks the 12 units, 县水务局 apart as vetoed", () => {
    expect(page.document.getElementById("shown")!.textContent).toBe("显示 12 个单位，共 12 个");
    expect(page.column(1)[0]).toBe("龙湾区人事劳动局");
    expect(page.column(1, "vetoed")).toEqual(["县水务局否决"]);
  });

  // The samples' 负面事项 take 2 from 城关第一小学 (77.04 → 75.04) and 3 from 县政协机关 (86.73 → 83.73).
  it("sorts by 总分 from the lowest: 75.04, 83.73, 90, then the two 94.6 in ranking order", () => {
    page.clickHeader("总分");
    expect(page.column(1).slice(0, 5)).toEqual(["城关第一小学", "县政协机关", "实验中学", "大垌镇", "坜塅乡"]);
    expect(page.column(5).slice(0, 5)).toEqual(["75.04", "83.73", "90.00", "94.60", "94.60"]);
    page.clickHeader("名次");
  });

  it("filters 乡镇 and searches 局", () => {
    page.choose("filter-category", "乡镇");
    expect(page.column(1)).toEqual(["城关镇", "萨勒吾则克乡", "大垌镇", "坜塅乡"]);
    page.choose("filter-category", "");
    page.type("局");
    expect(page.column(1)).toEqual(["龙湾区人事劳动局", "咸宁市林业局"]);
    expect(page.column(1, "vetoed")).toEqual(["县水务局否决"]);
    expect(page.document.getElementById("shown")!.textContent).toBe("显示 3 个单位，共 12 个");
    page.type("");
  });

  it("opens 萨勒吾则克乡 from its link: items against 乡镇's mean, 同比 and its data issue", async () => {
    const link = [...page.document.querySelectorAll("#eligible-rows a")].find((l) => l.textContent === "萨勒吾则克乡")!;
    await page.go(link.getAttribute("href")!);
    const d = page.document;
    expect(d.getElementById("unit-name")!.textContent).toBe("萨勒吾则克乡");
    // 2026-申报数据.xlsx row 5: 5.1.1 文明科室 AH5 4 / 科室 AI5 5 = 80 %, lines 100 % / 50 %: 4 × (0.8 − 0.5) / 0.5 = 2.40;
    // the other 乡镇 units have 5 / 5 → 4, so the mean (4 + 2.4 + 4 + 4) / 4 = 3.60.
    // 5.1.2 文明宿舍 AJ5 13 / 宿舍 AK5 18 = 72.2 %, lines 90 % / 60 %: 3 × (13/18 − 0.6) / 0.3 = 1.222 → 1.22;
    // the others 17 / 18 = 94.4 % ≥ 90 % → 3, mean (3 + 1.22 + 3 + 3) / 4 = 2.555 → 2.56.
    const row = (key: string) => [...d.querySelectorAll(`#unit-items tr[data-item="${key}"] td`)].slice(2, 5).map((c) => c.textContent);
    expect(row("5.1.1")).toEqual(["4.00", "2.40", "3.60"]);
    expect(row("5.1.2")).toEqual(["3.00", "1.22", "2.56"]);
    // 97.92 as in the 通报 and 总排名; 第 4 名, 乡镇 第 2 名 after 城关镇 99.43.
    expect(d.getElementById("unit-total")!.textContent).toBe("97.92");
    expect(d.getElementById("unit-rank")!.textContent).toBe("4");
    expect(d.getElementById("unit-category-rank")!.textContent).toBe("2");
    // 2025: 96.30 (11th); 97.92 − 96.30 = +1.62, 11 → 4: ↑7.
    expect(d.getElementById("unit-total-change")!.textContent).toBe("+1.62");
    expect(d.getElementById("unit-previous")!.textContent).toContain("↑7");
    // Q5 「60余篇」 read as 60.
    const issues = [...d.querySelectorAll("#unit-issues tbody tr")].map((r) => r.children[1].textContent);
    expect(issues).toContain("2026-申报数据.xlsx 申报数据!Q5");
  });

  it("shows 乡镇 in 分类情况: (99.43 + 97.92 + 94.6 + 94.6) / 4 = 96.6375 → 96.64, from 94.60 to 99.43", async () => {
    await page.go("#categories");
    const towns = [...page.document.querySelectorAll("#category-table tbody tr")].map((r) => [...r.children].map((c) => c.textContent)).find((r) => r[0] === "乡镇")!;
    expect(towns.slice(0, 5)).toEqual(["乡镇", "4", "96.64", "99.43", "94.60"]);
  });
});
