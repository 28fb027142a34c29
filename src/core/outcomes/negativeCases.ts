import type { NegativeCaseResult, NegativeListEntry, SourceRef, UnitResult, VetoHit } from "../model.js";
import type { IssueLog } from "../issues.js";
import { findSheet, type WorkbookGrid } from "../table/grid.js";
import { cellText, dateText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { roundExcel } from "../math/roundExcel.js";
import { formatMessage } from "../i18n/messages.js";
import { BARRING } from "./parseNegativeList.js";
import { parseDate, windowStart } from "./parseDate.js";
import { ruleRows } from "./table.js";

export const NEGATIVE_CASE_SHEET_NAMES = ["负面事项", "负面清单事项登记", "负面事项登记", "扣分事项"];

export const NEGATIVE_CASE_COLUMNS = {
  unit: ["单位名称", "单位", "被扣分单位"],
  entry: ["事项", "负面事项", "负面清单事项"],
  date: ["发生日期", "日期", "发生时间", "时间"],
  note: ["说明", "情况说明", "具体情况", "备注"],
  from: ["来源", "反馈单位", "提供单位", "信息来源"],
};

export interface NegativeCase {
  unit: string;
  entry: NegativeListEntry;
  date: Date;
  monthOnly: boolean;
  note: string;
  from: string;
  source: SourceRef;
}

/**
 * The 负面事项 sheets of the submissions workbooks: one case per row. A case
 * naming a unit that is not assessed, an 事项 not in the criteria's
 * 负面清单, or a date that is not a date is an error at its cell and is not
 * counted (it cannot silently deduct, nor silently vanish).
 */
export function parseNegativeCases(books: WorkbookGrid[], list: NegativeListEntry[], units: Set<string>, issues: IssueLog): NegativeCase[] {
  const out: NegativeCase[] = [];
  const entries = new Map(list.map((e) => [nameKey(e.name), e]));
  for (const book of books) {
    const sheet = findSheet(book, ...NEGATIVE_CASE_SHEET_NAMES);
    if (!sheet) continue;
    const where = (cell: string) => ({ file: book.file, sheet: sheet.name, cell });
    const table = ruleRows(sheet, NEGATIVE_CASE_COLUMNS, "unit");
    if (!table || !table.has("entry")) {
      issues.error("negativeCasesNoHeader", { sheet: sheet.name }, where("A1"));
      continue;
    }
    if (!list.length) {
      issues.error("negativeCasesWithoutList", { sheet: sheet.name }, where("A1"));
      continue;
    }
    for (const row of table.rows) {
      const unit = row.text("unit");
      const entryText = row.text("entry");
      if (!unit && !entryText) continue;
      if (!units.has(nameKey(unit))) {
        issues.error("negativeUnknownUnit", { unit, entry: entryText }, where(row.at("unit")));
        continue;
      }
      const entry = entries.get(nameKey(entryText));
      if (!entry) {
        issues.error("negativeUnknownEntry", { value: entryText, known: list.map((e) => e.name).join("、") }, { ...where(row.at("entry")), unit });
        continue;
      }
      const date = parseDate(row.cell("date"));
      if (!date.ok) {
        issues.error("negativeBadDate", { value: cellText(row.cell("date")) }, { ...where(row.at("date")), unit });
        continue;
      }
      if (date.monthOnly) issues.info("negativeMonthOnly", { value: cellText(row.cell("date")), day: dateText(date.date) }, { ...where(row.at("date")), unit });
      out.push({ unit, entry, date: date.date, monthOnly: date.monthOnly, note: row.text("note"), from: row.text("from"), source: where(row.at("entry")) });
    }
  }
  return out;
}

/**
 * Each unit's cases judged against the window that ends at the assessment
 * date: counted cases deduct their entry's points (capped per entry) from
 * the total (floored at 0); a barring consequence (取消申报资格, 撤销称号)
 * is a veto with the case as its reason; 限期整改 and 警告 are kept for the
 * gates (无警告) and the outcome. Cases outside the window are listed, not
 * counted.
 */
export function applyNegativeCases(results: UnitResult[], cases: NegativeCase[], end: Date, decimals: number, issues: IssueLog): void {
  const byUnit = new Map<string, NegativeCase[]>();
  for (const c of cases) {
    const key = nameKey(c.unit);
    byUnit.set(key, [...(byUnit.get(key) ?? []), c]);
  }
  for (const r of results) {
    const mine = byUnit.get(nameKey(r.unit.name));
    if (!mine) continue;
    const judged: NegativeCaseResult[] = [];
    const perEntry = new Map<NegativeListEntry, number>();
    for (const c of mine.sort((a, b) => a.date.getTime() - b.date.getTime())) {
      const start = windowStart(end, c.entry.windowMonths);
      const day = dateText(c.date);
      if (c.date > end || c.date < start) {
        const note = c.date > end ? formatMessage("negativeNoteAfterEnd", { end: dateText(end) }) : formatMessage("negativeNoteBeforeWindow", { months: c.entry.windowMonths, start: dateText(start) });
        judged.push({ entry: c.entry.name, date: day, counted: false, points: 0, note, source: c.source });
        issues.info("negativeOutsideWindow", { entry: c.entry.name, date: day, note }, { ...c.source, unit: r.unit.name });
        continue;
      }
      const before = perEntry.get(c.entry) ?? 0;
      const cap = c.entry.cap ?? Infinity;
      const points = roundExcel(Math.max(0, Math.min(c.entry.pointsEach, cap - before)), decimals);
      perEntry.set(c.entry, before + points);
      const capped = points < c.entry.pointsEach ? formatMessage("negativeNoteCapped", { cap: c.entry.cap ?? 0 }) : "";
      const consequence = c.entry.consequence ? formatMessage("negativeNoteConsequence", { consequence: c.entry.consequence }) : "";
      judged.push({ entry: c.entry.name, date: day, counted: true, points, consequence: c.entry.consequence, note: formatMessage("negativeNoteCounted", { points, capped, consequence }), source: c.source });
      if (c.entry.consequence && BARRING.has(c.entry.consequence)) {
        const veto: VetoHit = { reason: formatMessage("negativeVetoReason", { entry: c.entry.name, date: day }), outcome: c.entry.consequence };
        r.vetoes.push(veto);
      }
    }
    const points = roundExcel(judged.reduce((s, j) => s + j.points, 0), decimals);
    r.negative = { points, cases: judged };
    r.total = roundExcel(Math.max(0, r.total - points), decimals);
  }
}
