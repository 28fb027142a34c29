import { describe, expect, it } from "vitest";
import { parseCriteriaRows, sheet } from "../../../test/grids.js";
import { readDocNumber } from "./parseNotice.js";

const ROWS: Parameters<typeof parseCriteriaRows>[0] = [["1", "组织", "领导小组", 10, "是否", "领导小组已成立"]];

describe("通报 settings", () => {
  it("reads a 通报 sheet as a clerk types it: a title row, 项目 | 内容, a date cell, a 文号 in square brackets", () => {
    const { criteria, issues } = parseCriteriaRows(ROWS, [
      sheet("通报", [
        ["通报设置"],
        ["项目", "内容"],
        ["发文机关", "龙湾区精神文明建设办公室"],
        ["发文字号", "龙文明办[2026]03号"],
        ["主送机关", "各街道、镇，区直各单位："],
        ["称号", "文明校园"],
        ["落款", "龙湾区文明办"],
        ["成文日期", new Date(Date.UTC(2026, 11, 1))],
        ["抄送", "区委宣传部，区教育局。"],
      ]),
    ]);
    expect(criteria.notice).toEqual({
      issuer: "龙湾区精神文明建设办公室",
      // [ ] → 〔〕 and 03 → 3 (GB/T 9704: 六角括号, no padding zero), said as a 提示 on B4
      docNumber: "龙文明办〔2026〕3号",
      recipients: "各街道、镇，区直各单位",
      honour: "文明校园",
      signature: "龙湾区文明办",
      date: new Date(Date.UTC(2026, 11, 1)),
      copyTo: "区委宣传部，区教育局",
    });
    expect(issues.items.map((i) => [i.severity, i.id, i.cell])).toEqual([["info", "noticeDocNumberNormalised", "B4"]]);
  });

  it("takes keys from 设置 when there is no 通报 sheet, without calling them unknown settings", () => {
    const { criteria, issues } = parseCriteriaRows(ROWS, [sheet("设置", [["设置项", "值"], ["小数位数", 2], ["称号", "文明机关"], ["成文日期", "2026年12月20日"], ["抄送", "市委宣传部"]])]);
    expect(criteria.notice).toEqual({ honour: "文明机关", date: new Date(Date.UTC(2026, 11, 20)), copyTo: "市委宣传部" });
    expect(issues.items).toEqual([]);
  });

  it("says which cell is wrong: a date without a day, a sentence for a 称号, an unknown row, a key given twice", () => {
    const { criteria, issues } = parseCriteriaRows(ROWS, [
      sheet("通报", [["项目", "内容"], ["成文日期", "2026年12月"], ["称号", "文明单位，文明机关"], ["联系人", "张三"], ["发文字号", "第三号"]]),
      sheet("设置", [["设置项", "值"], ["称号", "文明机关"]]),
    ]);
    expect(issues.items.map((i) => [i.severity, i.id, i.sheet, i.cell])).toEqual([
      ["error", "noticeBadDate", "通报", "B2"],
      ["error", "noticeBadHonour", "通报", "B3"],
      ["warning", "noticeUnknownSetting", "通报", "B4"],
      ["warning", "noticeBadDocNumber", "通报", "B5"],
      // The 通报 sheet gave 称号 first (B3, refused): 设置's is not taken either, and says so.
      ["warning", "noticeSettingTwice", "设置", "B2"],
    ]);
    // The bad 成文日期 and 称号 leave their defaults; the 文号 is kept as typed (warned).
    expect(criteria.notice).toEqual({ docNumber: "第三号" });
  });

  it("reads 文号 brackets written any way", () => {
    expect(readDocNumber("〔2026〕3号")).toBe("〔2026〕3号");
    expect(readDocNumber("市文明办（2026）12号")).toBe("市文明办〔2026〕12号");
    expect(readDocNumber("市文明办【2026】 7 号")).toBe("市文明办〔2026〕7号");
    expect(readDocNumber("2026年3号")).toBeUndefined();
  });
});
