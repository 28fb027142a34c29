import type { Criteria, CriteriaItem, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { parseNumber } from "../values/parseNumber.js";
import { showNumber } from "../rules/format.js";
import { unannouncedMethod } from "./unannounced.js";
import { partField } from "./partField.js";
import { itemsOfMethod, readMethodRows, unitFinder } from "./methodSheet.js";

/** A sheet of problems found by unannounced visits: 暗访, 暗访扣分, 暗访问题清单 … */
export const UNANNOUNCED_SHEET = /暗访|暗查/;

const COLUMNS = {
  unit: ["单位名称", "单位", "被暗访单位", "暗访单位"],
  problem: ["问题", "发现问题", "存在问题", "问题描述", "暗访问题", "情况"],
  deduction: ["扣分", "扣分值", "扣除分数", "扣分数", "扣分（分）"],
  item: ["指标", "测评内容", "指标名称", "测评项目", "编号"],
} as const;

/**
 * Fill each unit's 暗访 parts from the 暗访 sheets: 单位名称 | 问题 | 扣分,
 * with an optional 指标 column (needed when several items have a 暗访
 * part). A unit without a row had no problem found: Σ扣分 = 0, said in the
 * note. Unknown units, unreadable or negative 扣分: issues with cells.
 */
export function applyUnannounced(books: readonly WorkbookGrid[], criteria: Criteria, units: readonly UnitRow[], issues: IssueLog): { sheets: { file: string; sheet: string }[] } {
  const scored = itemsOfMethod(criteria.items, unannouncedMethod);
  if (!scored.items.length) return { sheets: [] };
  const { sheets, rows } = readMethodRows(books, UNANNOUNCED_SHEET, COLUMNS, ["unit", "deduction"], issues);
  if (!sheets.length) return { sheets };
  const unitNamed = unitFinder(units);
  const found = new Map<UnitRow, Map<CriteriaItem, { problem: string; points: number; cell: string; file: string; sheet: string }[]>>();
  for (const row of rows) {
    const unitCell = row.cells.unit!;
    const at = (address: string, unit?: string) => ({ file: row.file, sheet: row.sheet, cell: address, unit });
    const unit = unitNamed(unitCell.text);
    if (!unit) {
      issues.error("methodUnitUnknown", { unit: unitCell.text, sheet: row.sheet }, at(unitCell.address));
      continue;
    }
    const itemCell = row.cells.item;
    let item: CriteriaItem | undefined;
    if (itemCell?.text) {
      item = scored.named(itemCell.text);
      if (!item) {
        issues.error("methodItemUnknown", { item: itemCell.text, method: unannouncedMethod.label, items: scored.items.map((i) => i.name).join("、") }, at(itemCell.address, unit.name));
        continue;
      }
    } else if (scored.items.length === 1) item = scored.items[0];
    else {
      issues.error("unannouncedNoItem", { items: scored.items.map((i) => i.name).join("、") }, at(unitCell.address, unit.name));
      continue;
    }
    const deductionCell = row.cells.deduction!;
    const reading = parseNumber(deductionCell.cell);
    if (!reading.ok || reading.value < 0) {
      issues.error("unannouncedBadDeduction", { value: deductionCell.text }, at(deductionCell.address, unit.name));
      continue;
    }
    let perItem = found.get(unit);
    if (!perItem) found.set(unit, (perItem = new Map()));
    const list = perItem.get(item) ?? [];
    list.push({ problem: row.cells.problem?.text || "未注明问题", points: reading.value, cell: deductionCell.address, file: row.file, sheet: row.sheet });
    perItem.set(item, list);
  }
  for (const unit of units) {
    for (const item of scored.items) {
      const list = found.get(unit)?.get(item) ?? [];
      const total = list.reduce((a, p) => a + p.points, 0);
      const first = list[0];
      unit.values.set(partField(item, unannouncedMethod.label), {
        cell: { v: total },
        unit: "",
        source: first ? { file: first.file, sheet: first.sheet, cell: first.cell } : { ...unit.source },
        note: list.length
          ? `暗访发现问题 ${list.length} 个：${list.map((p) => `${p.problem} 扣 ${showNumber(p.points)} 分（${p.sheet}!${p.cell}）`).join("；")}`
          : `暗访表（${sheets.map((s) => s.sheet).join("、")}）中没有该单位的问题，未扣分`,
      });
    }
  }
  return { sheets };
}
