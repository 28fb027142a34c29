import type { Criteria, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { SheetGrid, WorkbookGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { pickSubmissionSheet } from "./parseSubmissions.js";
import { panelLayouts } from "./panel/layouts.js";
import { panelItems } from "./panel/items.js";
import { classifyPanelSheets, teamOfSheet } from "./panel/sheets.js";
import { aggregatePanelScores, type PanelSummary } from "./panel/aggregate.js";
import type { PanelLayout, PanelSheetRead, RawScore } from "./panel/types.js";
import { max } from "../math/max.js";

export type { PanelSummary } from "./panel/aggregate.js";
export { findPanelSheets, isPanelSheet } from "./panel/sheets.js";

const isEmpty = (sheet: SheetGrid) => !sheet.rows.some((row) => row?.some((c) => cellText(c) !== ""));

/**
 * Fold the panel sheets (评委打分, 评委打分-一组, 检查组评分汇总表 …) of
 * the given workbooks into the units' values. Each sheet is read by the
 * first layout in panel/layouts.ts that recognises it (汇总表, 宽表, 长表);
 * a sheet none recognises is one error listing the layouts. All scores are
 * then aggregated together (panel/aggregate.ts): one team per unit and item,
 * 二次平均法 when set, 评委去极值, two decimals. Returns undefined when no
 * workbook has a panel sheet.
 */
export function applyPanelScores(books: WorkbookGrid | readonly WorkbookGrid[], criteria: Criteria, units: UnitRow[], issues: IssueLog): PanelSummary | undefined {
  const list = Array.isArray(books) ? books : [books as WorkbookGrid];
  const items = panelItems(criteria);
  const isItem = (text: string) => items.match(text) !== undefined;
  const found: { book: WorkbookGrid; sheet: SheetGrid }[] = [];
  for (const book of list) {
    const { panel, notScores } = classifyPanelSheets(book, pickSubmissionSheet(book), isItem);
    found.push(...panel.map((sheet) => ({ book, sheet })));
    // 检查发现问题 and the like: named with 检查, headed by nothing of scores.
    for (const sheet of notScores) if (!isEmpty(sheet)) issues.info("panelSheetNotScores", { sheet: sheet.name }, { file: book.file, sheet: sheet.name });
  }
  if (!found.length) return undefined;
  const byName = new Map(units.map((u) => [nameKey(u.name), u]));
  const raw: RawScore[] = [];
  const sheets: PanelSheetRead[] = [];
  for (const { book, sheet } of found) {
    if (isEmpty(sheet)) continue;
    const ctx = { file: book.file, issues, matchItem: items.match, unitNamed: (n: string) => byName.get(nameKey(n)), sheetTeam: teamOfSheet(sheet.name) };
    const read = panelLayouts.reduce<{ layout: PanelLayout; scores: RawScore[] } | undefined>((done, layout) => {
      if (done) return done;
      const scores = layout.read(sheet, ctx);
      return scores && { layout, scores };
    }, undefined);
    if (read) {
      for (const score of read.scores) raw.push(score); // a sheet of 200,000 scores would overflow push(...)
      sheets.push(sheetRead(book.file, sheet.name, read.layout, read.scores));
    } else issues.error("panelLayoutUnknown", { sheet: sheet.name, layouts: panelLayouts.map((l) => l.label).join("；") }, { file: book.file, sheet: sheet.name });
  }
  return { ...aggregatePanelScores(raw, units, criteria.settings, issues), sheets };
}

/**
 * What one sheet gave: its layout, inspectors and units. Inspectors are
 * counted by label within a team (一组's 评委1 is not 二组's); a sheet
 * without labels (a 长表 without a 评委 column) has as many as the most
 * scores one unit got for one item.
 */
function sheetRead(file: string, sheet: string, layout: PanelLayout, scores: readonly RawScore[]): PanelSheetRead {
  const labels = new Set(scores.filter((s) => s.inspector !== "").map((s) => `${s.team}\u0000${s.inspector}`));
  // Counted per 数据项, then per unit (the unit row as key: one row per name): a key string a score was 300,000 strings on a province's sheet.
  const perItemUnit = new Map<string, Map<UnitRow, number>>();
  const units = new Set<UnitRow>();
  for (const s of scores) {
    let perUnit = perItemUnit.get(s.item.field);
    if (!perUnit) perItemUnit.set(s.item.field, (perUnit = new Map()));
    perUnit.set(s.unit, (perUnit.get(s.unit) ?? 0) + 1);
    units.add(s.unit);
  }
  let most = 0;
  for (const perUnit of perItemUnit.values()) most = Math.max(most, max(perUnit.values(), 0));
  const inspectors = Math.max(labels.size, most);
  return { file, sheet, layout: layout.label, inspectors, units: units.size };
}
