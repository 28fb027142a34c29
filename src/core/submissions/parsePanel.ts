import type { Criteria, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, findSheet, type WorkbookGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";
import { panelMean } from "../math/panelMean.js";
import { roundExcel } from "../math/roundExcel.js";
import { PANEL_FIELD_HEADERS, PANEL_INSPECTOR_HEADERS, PANEL_SHEET_NAMES, UNIT_NAME_HEADERS, matches } from "./columns.js";

/**
 * Fold the optional 评委打分 sheet into the units' values. Two layouts:
 * long (单位名称 | 评委 | one column per 直接打分 数据项) and wide
 * (单位名称 | 数据项 | one column per inspector). Scores are aggregated with
 * the 评委去极值 setting and rounded to two decimals, as panels publish them.
 */
export function applyPanelScores(book: WorkbookGrid, criteria: Criteria, units: UnitRow[], issues: IssueLog): void {
  const sheet = findSheet(book, ...PANEL_SHEET_NAMES);
  if (!sheet) return;
  const file = book.file;
  const directFields = new Map(
    criteria.items.filter((i) => i.rule.id === "direct").flatMap((i) => i.fields).map((f) => [nameKey(f), f]),
  );
  const known = (n: string) =>
    directFields.has(n) || matches(n, UNIT_NAME_HEADERS) || matches(n, PANEL_INSPECTOR_HEADERS) || matches(n, PANEL_FIELD_HEADERS);
  const header = findHeader(sheet, known, (n) => matches(n, UNIT_NAME_HEADERS));
  if (!header) {
    issues.warning("submissionsNoHeader", { sheet: sheet.name }, { file, sheet: sheet.name });
    return;
  }
  const nameCol = header.columns.find((c) => matches(c.name, UNIT_NAME_HEADERS))!;
  const fieldCol = header.columns.find((c) => matches(c.name, PANEL_FIELD_HEADERS));
  const inspectorCol = header.columns.find((c) => matches(c.name, PANEL_INSPECTOR_HEADERS));
  const scoreCols = header.columns.filter((c) => c !== nameCol && c !== fieldCol && c !== inspectorCol);
  const byUnit = new Map(units.map((u) => [nameKey(u.name), u]));
  const scores = new Map<UnitRow, Map<string, number[]>>();
  const warnedColumns = new Set<string>();

  const add = (unit: UnitRow, field: string, r: number, c: number) => {
    const cell = header.filled.rows[r]?.[c];
    const reading = parseNumber(cell);
    const where = { file, sheet: sheet.name, cell: cellAddress(r, c), unit: unit.name, item: field };
    if (!reading.ok) {
      if (reading.reason === "missing") return;
      issues.error("notANumber", { value: cellText(cell) }, where);
      return;
    }
    let perField = scores.get(unit);
    if (!perField) scores.set(unit, (perField = new Map()));
    perField.set(field, [...(perField.get(field) ?? []), reading.value]);
  };

  for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
    const row = header.filled.rows[r] ?? [];
    const unitName = toHalfWidth(cellText(row[nameCol.col])).trim();
    if (!unitName) continue;
    const unit = byUnit.get(nameKey(unitName));
    if (!unit) {
      issues.warning("panelUnitUnknown", { unit: unitName }, { file, sheet: sheet.name, cell: cellAddress(r, nameCol.col) });
      continue;
    }
    if (fieldCol) {
      const fieldName = cellText(row[fieldCol.col]);
      const field = directFields.get(nameKey(fieldName));
      if (!field) {
        issues.warning("panelFieldUnknown", { column: fieldName }, { file, sheet: sheet.name, cell: cellAddress(r, fieldCol.col) });
        continue;
      }
      for (const c of scoreCols) add(unit, field, r, c.col);
    } else {
      for (const c of scoreCols) {
        const field = directFields.get(c.name);
        if (field) add(unit, field, r, c.col);
        else if (!warnedColumns.has(c.name)) {
          warnedColumns.add(c.name);
          issues.warning("panelFieldUnknown", { column: c.text }, { file, sheet: sheet.name, cell: cellAddress(header.bottom, c.col) });
        }
      }
    }
  }

  const trim = criteria.settings.trimPanel;
  for (const [unit, perField] of scores) {
    for (const [field, list] of perField) {
      const value = roundExcel(panelMean(list, trim), 2);
      const dropped = trim && list.length >= 3;
      const previous = unit.values.get(field);
      if (previous && cellText(previous.cell) !== "") {
        issues.info("panelOverrides", { field, count: list.length }, { ...previous.source, unit: unit.name, item: field });
      }
      const how = dropped ? "去掉一个最高分和一个最低分后平均" : "平均";
      unit.values.set(field, {
        cell: { v: value },
        unit: "",
        source: { file, sheet: sheet.name, cell: "" },
        note: `评委 ${list.length} 人打分 ${list.join("、")}，${how}`,
      });
    }
  }
}
