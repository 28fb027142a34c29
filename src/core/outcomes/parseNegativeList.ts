import type { NegativeListEntry } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { SheetGrid } from "../table/grid.js";
import { parseNumber } from "../values/parseNumber.js";
import { ruleRows } from "./table.js";

export const NEGATIVE_LIST_SHEET_NAMES = ["负面清单", "负面清单事项"];

export const NEGATIVE_LIST_COLUMNS = {
  name: ["事项", "负面事项", "负面清单事项", "内容", "名称"],
  severity: ["类别", "性质", "程度", "级别"],
  pointsEach: ["每次扣分", "扣分", "每起扣分", "扣分标准"],
  cap: ["扣分上限", "最多扣分", "最高扣分"],
  window: ["时间范围", "时限", "期限", "追溯期", "计算期间"],
  consequence: ["严重后果", "后果", "处理", "处理结果"],
};

/** The consequences a 负面清单 entry may bring beside its deduction. */
export const CONSEQUENCES = ["取消申报资格", "限期整改", "撤销称号", "警告"] as const;
/** Consequences that bar the unit from grade and rank, as a veto does. */
export const BARRING = new Set(["取消申报资格", "撤销称号"]);

/** Without a 时间范围, cases of the last 12 months count (one assessment year). */
export const DEFAULT_WINDOW_MONTHS = 12;

/**
 * 「24个月」「24」 → 24; 「2年」「两年」 → 24; 「本年度」「当年」 → 12.
 * @example windowMonths("2年") // => 24
 */
export function windowMonths(text: string): number | undefined {
  const t = text.replace(/\s+/g, "").replace(/^(?:近|最近|前)/, "").replace(/^两/, "2").replace(/^三/, "3").replace(/^一/, "1");
  if (["本年度", "当年", "本年", "年度内"].includes(t)) return 12;
  let m = /^(\d+)(?:个月|月)?(?:内|以内)?$/.exec(t);
  if (m && Number(m[1]) > 0) return Number(m[1]);
  m = /^(\d+)年(?:内|以内)?$/.exec(t);
  if (m && Number(m[1]) > 0) return Number(m[1]) * 12;
  return undefined;
}

/**
 * The criteria's 负面清单 sheet: each entry with its severity (一般/严重),
 * points per case, cap, window and consequence. A number or window that
 * cannot be read is an error at its cell.
 */
export function parseNegativeList(sheet: SheetGrid | undefined, file: string, issues: IssueLog): NegativeListEntry[] {
  if (!sheet) return [];
  const where = (cell: string) => ({ file, sheet: sheet.name, cell });
  const table = ruleRows(sheet, NEGATIVE_LIST_COLUMNS, "name");
  if (!table) {
    issues.error("negativeListNoHeader", { sheet: sheet.name }, where("A1"));
    return [];
  }
  const out: NegativeListEntry[] = [];
  for (const row of table.rows) {
    const name = row.text("name");
    if (!name || /^(?:注|说明|备注)[:：]/.test(name)) continue;
    const severityText = row.text("severity");
    if (severityText && !["一般", "严重", "较重", "特别严重"].includes(severityText)) {
      issues.error("negativeBadSeverity", { value: severityText }, where(row.at("severity")));
    }
    const number = (role: string, label: string): number | undefined => {
      const text = row.text(role).replace(/^(?:每次|每起|每件)?扣/, "").replace(/^(?:最多扣|最高扣)/, "").replace(/分(?:\/次)?$/, "");
      if (text === "") return undefined;
      const n = parseNumber({ v: text });
      if (n.ok && n.value >= 0) return n.value;
      issues.error("negativeBadNumber", { entry: name, column: label, value: row.text(role) }, where(row.at(role)));
      return undefined;
    };
    const pointsEach = number("pointsEach", "每次扣分") ?? 0;
    const cap = number("cap", "扣分上限");
    const windowText = row.text("window");
    let months = DEFAULT_WINDOW_MONTHS;
    if (windowText) {
      const m = windowMonths(windowText);
      if (m === undefined) issues.error("negativeBadWindow", { entry: name, value: windowText }, where(row.at("window")));
      else months = m;
    }
    const consequenceText = row.text("consequence");
    let consequence: string | undefined;
    if (consequenceText && !["无", "—", "-", "/"].includes(consequenceText)) {
      consequence = CONSEQUENCES.find((c) => consequenceText.includes(c) || (c === "限期整改" && /整改/.test(consequenceText)));
      if (!consequence) issues.error("negativeBadConsequence", { entry: name, value: consequenceText, known: CONSEQUENCES.join("、") }, where(row.at("consequence")));
    }
    out.push({ name, serious: /严重|较重/.test(severityText), pointsEach, cap, windowMonths: months, consequence, source: where(row.at("name")) });
  }
  return out;
}
