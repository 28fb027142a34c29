import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { chartFileNames } from "./writeCharts.js";

const spec = (fileName: string, folder?: string) => ({ id: fileName, fileName, folder }) as ChartSpec;

describe("chartFileNames", () => {
  it("a '/' in a unit name is no folder, and names that sanitise alike are kept apart within their folder only", () => {
    expect(chartFileNames([spec("01-总分排名"), spec("水务/局", "单位"), spec("甲:乙局", "单位"), spec("甲?乙局", "单位"), spec("甲_乙局", "覆盖率")])).toEqual([
      "01-总分排名.png",
      join("单位", "水务_局.png"),
      join("单位", "甲_乙局.png"),
      join("单位", "甲_乙局（2）.png"),
      // Another folder: no clash, no mark.
      join("覆盖率", "甲_乙局.png"),
    ]);
  });
});
