import { describe, expect, it } from "vitest";
import { IssueLog } from "../issues.js";
import { assess } from "../score/assess.js";
import { buildReport, type ReportBlock } from "./buildReport.js";
import { book, parseCriteriaRows, sheet, type CriteriaRow } from "../../../test/grids.js";

/** One scored item (direct points up to 100) and one veto item, as the shipped criteria write them. */
const CRITERIA: CriteriaRow[] = [
  ["1", "综合", "综合得分", 100, "直接打分", "综合得分"],
  ["2", "一票否决", "发生重大安全、交通责任事故", "", "否决", "重大责任事故", "否决结果=取消本年度评选资格"],
];
const HEAD = ["单位名称", "单位类别", "综合得分", "重大责任事故"];
const DAY = new Date(Date.UTC(2026, 11, 1));

const paragraphs = (blocks: ReportBlock[]) => blocks.filter((b): b is Extract<ReportBlock, { kind: "paragraph" }> => b.kind === "paragraph").map((b) => b.text);
const tables = (blocks: ReportBlock[]) => blocks.filter((b): b is Extract<ReportBlock, { kind: "table" }> => b.kind === "table");

describe("通报: the 公文 parts", () => {
  const submissions = book("2026.xlsx", sheet("申报数据", [HEAD, ["甲局", "机关", 94.6, "否"], ["乙局", "机关", 88, "否"], ["丙局", "机关", 97, "是"]]));

  it("without 通报 settings: 主送 各参评单位, 称号 文明单位, the run date, a 文号 with a blank for the number, a place to sign", () => {
    const { criteria } = parseCriteriaRows(CRITERIA);
    const report = buildReport(assess(criteria, submissions, new IssueLog()), "2026", new Set(), { today: DAY });
    expect(report.title).toBe("关于2026年度文明单位测评结果的通报");
    expect(report.notice).toEqual({ docNumber: "〔2026〕　号", recipients: "各参评单位", honour: "文明单位", signature: "（发文机关署名）", date: "2026年12月1日" });
  });

  it("with a 通报 sheet: its 称号 in the title, 落款 the 发文机关 when none is given, its 成文日期 over the run date", () => {
    const { criteria } = parseCriteriaRows(CRITERIA, [
      sheet("通报", [["项目", "内容"], ["发文机关", "某县精神文明建设办公室"], ["发文字号", "县文明办〔2026〕3号"], ["称号", "文明机关"], ["成文日期", "2026-12-20"], ["抄送", "县委宣传部"]]),
    ]);
    const report = buildReport(assess(criteria, submissions, new IssueLog()), "2026", new Set(), { today: DAY });
    expect(report.title).toBe("关于2026年度文明机关测评结果的通报");
    expect(report.notice).toEqual({
      issuer: "某县精神文明建设办公室",
      docNumber: "县文明办〔2026〕3号",
      recipients: "各参评单位",
      honour: "文明机关",
      signature: "某县精神文明建设办公室",
      date: "2026年12月20日",
      copyTo: "县委宣传部",
    });
  });

  it("names a vetoed unit with its reason in words and lists it in no ranking table; totals at 小数位数 with trailing zeros", () => {
    const { criteria } = parseCriteriaRows(CRITERIA);
    const report = buildReport(assess(criteria, submissions, new IssueLog()), "2026", new Set(), { today: DAY });
    // 丙局 97 is vetoed (重大责任事故 是): its 否决结果 and the veto item's name, not 「（重大责任事故：是）」.
    expect(paragraphs(report.blocks)).toContain("本年度 1 个单位一票否决：丙局因发生重大安全、交通责任事故，取消本年度评选资格，不评定等级、不排名次。");
    // The 机关 table: 甲局 94.6 → "94.60" (小数位数 2), 乙局 88 → "88.00"; 丙局 is not there.
    const [table] = tables(report.blocks);
    expect(table.caption).toBe("表1　机关测评结果（2 个单位）");
    expect(table.rows).toEqual([[1, "甲局", "94.60", "优秀"], [2, "乙局", "88.00", "良好"]]);
    // Mean of the ranked units (94.6 + 88) / 2 = 91.3 → 91.30; 最高 94.60, 最低 88.00.
    expect(paragraphs(report.blocks)[0]).toBe("本年度共 3 个单位参评，其中优秀 1 个、良好 1 个、合格 0 个、不合格 0 个，一票否决 1 个。参评单位平均分 91.30 分（不含一票否决单位）；最高分 94.60 分（甲局），最低分 88.00 分。");
  });

  it("moves a category of more than 20 units to 附件1 and says so in the text; the data issues follow as 附件2", () => {
    // 21 units 单位01 … 单位21 scoring 80 … 100 (80 + k − 1); one text number "八十" for 单位22 → an error for the issues 附件.
    const rows = Array.from({ length: 21 }, (_, k) => [`单位${String(k + 1).padStart(2, "0")}`, "乡镇", 80 + k, "否"]);
    const many = book("2026.xlsx", sheet("申报数据", [HEAD, ...rows, ["单位22", "机关", "八十", "否"]]));
    const { criteria } = parseCriteriaRows(CRITERIA);
    const report = buildReport(assess(criteria, many, new IssueLog()), "2026", new Set(), { today: DAY });
    expect(paragraphs(report.blocks)).toContain("乡镇共 21 个单位参与排名，名次、总分和等级详见附件1。");
    expect(report.attachments.map((a) => [a.label, a.title])).toEqual([["附件1", "乡镇测评结果"], ["附件2", "未解决的数据问题"]]);
    const [long] = tables(report.attachments[0].blocks);
    // First place 单位21 at 100 → "100.00", last 单位01 at 80 → "80.00", 21st place.
    expect([long.rows.length, long.rows[0], long.rows[20]]).toEqual([21, [1, "单位21", "100.00", "优秀"], [21, "单位01", "80.00", "良好"]]);
    // 机关 (1 unit) stays in the text as 表1.
    expect(tables(report.blocks).map((t) => t.caption)).toEqual(["表1　机关测评结果（1 个单位）"]);
    expect(paragraphs(report.blocks).slice(-2)).toEqual(["各单位申报数据中尚有错误和警告 1 条，详见附件2，请相关单位核实。", "特此通报。"]);
  });
});
