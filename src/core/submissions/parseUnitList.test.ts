import { describe, expect, it } from "vitest";
import { book, sheet } from "../../../test/grids.js";
import { parseUnitList } from "./parseUnitList.js";

describe("the 名单 (issue 12)", () => {
  it("keeps 注册会计师协会 and 说明书编印中心, drops 注：…, 合计, #N/A, and zero-width characters from names", () => {
    const list = book("名单.xlsx", sheet("名单", [
      ["单位名称", "单位类别"],
      ["注册会计师协会", "社团"],
      ["说明书编印中心", "企业"],
      ["甲\u200B局", "机关"],
      ["#N/A", "机关"],
      ["合计", null],
      ["注：名单截至12月", null],
    ]));
    expect(parseUnitList(list)).toEqual([
      { name: "注册会计师协会", category: "社团" },
      { name: "说明书编印中心", category: "企业" },
      { name: "甲局", category: "机关" },
    ]);
  });
});
