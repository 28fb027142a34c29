import { describe, expect, it } from "vitest";
import { RowValues, withNote, type RowLayout } from "./fieldValue.js";

const layout: RowLayout = {
  at: { file: "申报.xlsx", sheet: "申报数据" },
  columns: new Map([
    ["在编人数", { index: 0, col: 2, unit: "" }],
    ["政策符合率", { index: 1, col: 4, unit: "%" }],
  ]),
};

describe("RowValues", () => {
  it("reads each field from its column, with the cell's address for messages", () => {
    const values = new RowValues([{ v: 40 }, { v: 98.5 }], layout, 6);
    expect(values.get("在编人数")).toMatchObject({ cell: { v: 40 }, unit: "", source: { file: "申报.xlsx", sheet: "申报数据", cell: "C7" } });
    expect(values.get("政策符合率")?.unit).toBe("%");
    expect(values.get("不存在")).toBeUndefined();
  });

  it("lets a value set later take precedence, and lists every field once", () => {
    const values = new RowValues([{ v: 40 }, undefined], layout, 0);
    values.set("在编人数", { cell: { v: 41 }, unit: "", note: "评委打分" });
    values.set("上年在编人数", { cell: { v: 39 }, unit: "" });
    expect(values.get("在编人数")?.cell).toEqual({ v: 41 });
    expect([...values.keys()]).toEqual(["在编人数", "政策符合率", "上年在编人数"]);
    expect(new Map(values).get("上年在编人数")?.cell).toEqual({ v: 39 });
  });

  it("keeps the address when a note is added (a spread would drop it)", () => {
    const v = new RowValues([{ v: 1 }], { ...layout, columns: new Map([["x", { index: 0, col: 0, unit: "" }]]) }, 2).get("x")!;
    expect(withNote(v, "取自上年申报数据")).toEqual({ cell: { v: 1 }, unit: "", source: { file: "申报.xlsx", sheet: "申报数据", cell: "A3" }, note: "取自上年申报数据" });
  });
});
