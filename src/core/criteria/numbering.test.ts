import { describe, expect, it } from "vitest";
import { pointsInName, readNumbering, sequenceLevel, stripNumbering } from "./numbering.js";

describe("outline numbering", () => {
  it.each([
    ["一、阵地建设（12分）", 1, "阵地建设（12分）"],
    ["十二．其他", 1, "其他"],
    ["Ⅱ、作风效能", 1, "作风效能"],
    ["（一）创建阵地（7分）", 2, "创建阵地（7分）"],
    ["(三) 经济工作", 2, "经济工作"],
    ["1.文明科室创建率", 3, "文明科室创建率"],
    ["2、统计上报", 3, "统计上报"],
    ["3）招商引资", 3, "招商引资"],
    ["（4）档案", 3, "档案"],
    ["①环境", 3, "环境"],
    ["Ⅰ-1 文明科室", 3, "文明科室"],
  ])("%s is level %i, named %s", (text, level, rest) => {
    expect(readNumbering(text)).toEqual({ level, rest });
  });
  it.each(["一票否决", "1.5倍完成", "12345热线", "三严三实", "2026年度"])("%s has no numbering", (text) => {
    expect(readNumbering(text)).toBeUndefined();
    expect(stripNumbering(text)).toBe(text);
  });
  it("a 序号 cell: outline numbers have a level, a dotted 编号 has none", () => {
    expect(["一、", "一", "（二）", "1.", "3", "1.2", "1.2.1"].map(sequenceLevel)).toEqual([1, 1, 2, 3, 3, undefined, undefined]);
  });
  it("points at the end of a parent's name", () => {
    expect(pointsInName("阵地建设（12分）")).toEqual({ name: "阵地建设", points: 12 });
    expect(pointsInName("加分项目(满分5分)")).toEqual({ name: "加分项目", points: 5 });
    expect(pointsInName("表彰")).toEqual({ name: "表彰" });
  });
});
