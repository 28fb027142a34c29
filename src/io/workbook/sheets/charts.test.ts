/**
 * 图表 embeds the run's charts; unit radars past EMBEDDED_RADARS (10) stay
 * files in charts/单位/ and are listed by title and path, said in the
 * subtitle and in 说明 (issue 17: 300 embedded radars made an 85 MB workbook).
 */
import { describe, expect, it } from "vitest";
import { parseCriteriaRows, book, sheet } from "../../../../test/grids.js";
import { assess } from "../../../core/score/assess.js";
import { resultWorkbook, type RunInfo } from "../../writeResultWorkbook.js";
import { chartsSheet, EMBEDDED_RADARS } from "./charts.js";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const overall = { title: "总分排名", png, width: 1600, height: 900, path: "charts/01-总分排名.png" };
const radar = (i: number) => ({ title: `单位${i} 雷达`, png, width: 1200, height: 1000, path: `charts/单位/单位${i}.png`, folder: "单位" });
const info = (radars: number): RunInfo => ({ label: "2026", inputs: [], version: "test", generatedAt: new Date(0), charts: [overall, ...Array.from({ length: radars }, (_, i) => radar(i + 1))] });
/** Row 2's subtitle and, from row 4 (after title, subtitle and the empty header row), each chart's title line. */
function textOf(spec: ReturnType<typeof chartsSheet>): { subtitle: unknown; titles: unknown[] } {
  const rows = [...spec.rows];
  return { subtitle: rows[1]!.values[0], titles: rows.slice(3).filter((r) => r !== null).map((r) => r!.values[0]) };
}

describe("图表 and the unit radars", () => {
  it("embeds up to 10 unit radars with the other charts", () => {
    expect(EMBEDDED_RADARS).toBe(10);
    const spec = chartsSheet(info(10));
    // 1 overall chart + 10 radars
    expect(spec.images).toHaveLength(11);
    expect(textOf(spec).subtitle).toBe("图片文件另存于输出目录的 charts/ 文件夹");
  });

  it("past 10, embeds none of them, lists each by title and path, and says so", () => {
    const spec = chartsSheet(info(11));
    // only 总分排名: 11 radars are files
    expect(spec.images).toHaveLength(1);
    const { subtitle, titles } = textOf(spec);
    expect(subtitle).toBe("图片文件另存于输出目录的 charts/ 文件夹；单位雷达图 11 张未嵌入本工作簿，图片文件在输出目录的 charts/单位/ 文件夹");
    expect(titles[0]).toBe("总分排名（charts/01-总分排名.png）");
    expect(titles.slice(1)).toEqual(Array.from({ length: 11 }, (_, i) => `单位${i + 1} 雷达（charts/单位/单位${i + 1}.png）`));
  });

  it("说明 has a row on the radars only when they are left out", () => {
    const { criteria } = parseCriteriaRows([["1", "组织领导", "成立领导小组", 10, "是否", "领导小组已成立"]]);
    const a = assess(criteria, book("申报.xlsx", sheet("申报数据", [["单位名称", "单位类别", "领导小组已成立"], ["甲局", "机关", "是"]])));
    const about = (radars: number) => {
      const s = [...resultWorkbook(a, info(radars)).sheets].find((x) => x.name === "说明")!;
      return new Map([...s.rows].filter((r) => r !== null).map((r) => [r!.values[0], r!.values[1]]));
    };
    expect(about(10).has("单位雷达图")).toBe(false);
    expect(about(300).get("单位雷达图")).toBe("单位雷达图 300 张未嵌入本工作簿，图片文件在输出目录的 charts/单位/ 文件夹");
  });
});
