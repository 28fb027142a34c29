import type { Criteria, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { SheetGrid, WorkbookGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { pickSubmissionSheet } from "./parseSubmissions.js";
import { panelLayouts } from "./panel/layouts.js";
import { panelItems } from "./panel/items.js";
import { findPanelSheets, teamOfSheet } from "./panel/sheets.js";
import { aggregatePanelScores, type PanelSummary } from "./panel/aggregate.js";
import type { RawScore } from "./panel/types.js";

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
  const found = list.flatMap((book) => findPanelSheets(book, pickSubmissionSheet(book)).map((sheet) => ({ book, sheet })));
  if (!found.length) return undefined;
  const items = panelItems(criteria);
  const byName = new Map(units.map((u) => [nameKey(u.name), u]));
  const raw: RawScore[] = [];
  for (const { book, sheet } of found) {
    if (isEmpty(sheet)) continue;
    const ctx = { file: book.file, issues, matchItem: items.match, unitNamed: (n: string) => byName.get(nameKey(n)), sheetTeam: teamOfSheet(sheet.name) };
    const scores = panelLayouts.reduce<RawScore[] | undefined>((read, layout) => read ?? layout.read(sheet, ctx), undefined);
    if (scores) raw.push(...scores);
    else issues.error("panelLayoutUnknown", { sheet: sheet.name, layouts: panelLayouts.map((l) => l.label).join("；") }, { file: book.file, sheet: sheet.name });
  }
  return aggregatePanelScores(raw, units, criteria.settings, issues);
}
