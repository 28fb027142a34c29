import type { Criteria, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { OPINION_SHEET, applyOpinions } from "./opinionsSheet.js";
import { UNANNOUNCED_SHEET, applyUnannounced } from "./unannouncedSheet.js";

/**
 * A sheet of a method's own data (征求意见, 暗访扣分): never the submissions sheet.
 * @example isMethodDataSheet("征求相关部门意见汇总") // => true
 * @example isMethodDataSheet("申报数据") // => false
 */
export function isMethodDataSheet(name: string): boolean {
  const key = nameKey(name);
  return OPINION_SHEET.test(key) || UNANNOUNCED_SHEET.test(key);
}

/**
 * After the panel scores are in: the 征求意见 and 暗访 sheets fill their
 * parts; then every part the sources left without data for a unit is
 * marked missing at the unit's row, so the part is scored 0 with an error
 * that names the cell (and its method's source), never silently.
 */
export function applyMethodSheets(books: readonly WorkbookGrid[], criteria: Criteria, units: readonly UnitRow[], issues: IssueLog): void {
  applyOpinions(books, criteria, units, issues);
  applyUnannounced(books, criteria, units, issues);
  for (const item of criteria.items) {
    for (const part of item.methods?.parts ?? []) {
      if (part.item === item || part.method.id === "survey") continue;
      const field = part.item.fields[0];
      for (const unit of units) {
        const own = unit.values.get(field);
        if (own && cellText(own.cell) !== "") continue;
        unit.values.set(field, { cell: undefined, unit: "", source: own?.source ?? { ...unit.source }, note: `${part.method.source}中没有该单位的数据`, missingReported: true });
      }
    }
  }
}
