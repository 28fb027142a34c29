import type { SheetGrid, WorkbookGrid } from "../../table/grid.js";
import { cellText } from "../../values/cellText.js";
import { nameKey } from "../../values/normaliseText.js";
import { PANEL_SHEET_NAMES, SUBMISSION_SHEET_NAMES, matches } from "../columns.js";

/** Words in a sheet name that say it holds inspectors' scores. */
const PANEL_NAME_WORDS = /评委|打分|评分|检查/;
/** Sheets that only describe scoring (评分标准, 评分说明): words, not scores. */
const NOT_SCORES = /说明|标准|细则|填表|变更/;
/** An inspector column heading: 评委1, 评委二, 评委A, 专家3, 组长, 组员2. */
export const INSPECTOR_LABEL = /^((评委|专家|检查员|检查人|评分人|考核人|评审)(\d+|[一二三四五六七八九十]+|[a-z]|[甲乙丙丁戊己庚辛壬癸])|(副)?组长|组员\d*)$/;
/** How many rows from the top a panel header is looked for. */
const HEADER_ROWS = 30;

/**
 * Whether a sheet's name says it holds inspectors' scores. The rule, in
 * order: an exact submissions-sheet name (申报数据, 汇总 …) is never a panel
 * sheet; a name that only describes scoring (评分标准, 评分说明) is not one;
 * otherwise a known panel name or any name with 评委, 打分, 评分 or 检查 is —
 * so 「检查组评分汇总表」 is a panel sheet although it contains 汇总.
 *
 * @example isPanelSheet("检查组评分汇总表") // => true
 * @example isPanelSheet("汇总") // => false
 * @example isPanelSheet("评分标准") // => false
 */
export function isPanelSheet(name: string): boolean {
  const key = nameKey(name);
  if (matches(key, SUBMISSION_SHEET_NAMES)) return false;
  if (matches(key, PANEL_SHEET_NAMES)) return true;
  if (NOT_SCORES.test(key)) return false;
  return PANEL_NAME_WORDS.test(key);
}

/** A header row with at least two inspector columns (评委1, 评委2 …) near the top of the sheet. */
export function hasInspectorHeader(sheet: SheetGrid): boolean {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_ROWS); r++) {
    let n = 0;
    for (const cell of sheet.rows[r] ?? []) if (INSPECTOR_LABEL.test(nameKey(cellText(cell))) && ++n >= 2) return true;
  }
  return false;
}

/** Name words that by themselves say a sheet holds scores; 检查 alone does not (检查发现问题, 检查台账). */
const SCORE_NAME_WORDS = /评委|打分|评分/;
/** Header words of a score column: 档案资料得分, 打分, 评分. */
const SCORE_HEADER_WORDS = /得分|打分|评分/;

/**
 * Whether a sheet's name says it holds scores only through 检查
 * (检查发现问题, 检查结果): such a sheet is a panel sheet only when its
 * header looks like scores too.
 *
 * @example namedOnlyByInspection("检查发现问题") // => true
 * @example namedOnlyByInspection("检查组评分汇总表") // => false
 */
export function namedOnlyByInspection(name: string): boolean {
  const key = nameKey(name);
  return isPanelSheet(name) && !matches(key, PANEL_SHEET_NAMES) && !SCORE_NAME_WORDS.test(key);
}

/**
 * A header that looks like scores near the top of the sheet: an inspector
 * column (评委1, 组长, 组员), a heading with 得分, 打分 or 评分, or the name
 * of a 直接打分 item (`isItem`).
 */
export function hasScoreHeader(sheet: SheetGrid, isItem: (text: string) => boolean = () => false): boolean {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_ROWS); r++) {
    for (const cell of sheet.rows[r] ?? []) {
      const text = cellText(cell);
      if (!text || typeof cell === "number") continue;
      const key = nameKey(text);
      if (INSPECTOR_LABEL.test(key) || SCORE_HEADER_WORDS.test(key) || isItem(text)) return true;
    }
  }
  return false;
}

export interface PanelSheets {
  /** Sheets read as inspectors' scores. */
  panel: SheetGrid[];
  /** Sheets named with 检查 only whose header has nothing of scores: not read, said once each. */
  notScores: SheetGrid[];
}

/**
 * The sheets of a workbook that hold inspectors' scores: named as such
 * (isPanelSheet), or, with any name, headed by 评委N columns. A sheet named
 * only with 检查 (检查发现问题) is one only if its header looks like scores
 * (hasScoreHeader). The sheet the submissions are read from is never one.
 */
export function classifyPanelSheets(book: WorkbookGrid, submissionSheet?: SheetGrid, isItem?: (text: string) => boolean): PanelSheets {
  const out: PanelSheets = { panel: [], notScores: [] };
  for (const s of book.sheets) {
    if (s === submissionSheet) continue;
    const named = isPanelSheet(s.name);
    if (named && !(namedOnlyByInspection(s.name) && !hasScoreHeader(s, isItem))) out.panel.push(s);
    else if (!matches(s.name, SUBMISSION_SHEET_NAMES) && hasInspectorHeader(s)) out.panel.push(s);
    else if (named) out.notScores.push(s);
  }
  return out;
}

/** The panel sheets of classifyPanelSheets. */
export function findPanelSheets(book: WorkbookGrid, submissionSheet?: SheetGrid, isItem?: (text: string) => boolean): SheetGrid[] {
  return classifyPanelSheets(book, submissionSheet, isItem).panel;
}

/**
 * The team a sheet's name gives: 评委打分-一组, 评委打分（二组）, 一组评分,
 * 检查三组, 第一检查组 → 一组, 二组, 一组, 三组, 一组. Empty when the name names no team.
 *
 * @example teamOfSheet("评委打分（二组）") // => "二组"
 * @example teamOfSheet("第一检查组评分") // => "一组"
 * @example teamOfSheet("评委打分") // => ""
 */
export function teamOfSheet(name: string): string {
  const m = /第?([一二三四五六七八九十]+|\d+|[a-z])(?:检查|评分|考核|测评)?组/.exec(nameKey(name));
  return m ? `${m[1].toUpperCase()}组` : "";
}
