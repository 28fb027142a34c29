import type { UnitRow } from "../../model.js";
import { cellAddress, type SheetGrid } from "../../table/grid.js";
import { cellText } from "../../values/cellText.js";
import { nameKey, toHalfWidth } from "../../values/normaliseText.js";
import { parseNumber } from "../../values/parseNumber.js";
import { FOOTER_ROW, PANEL_SUMMARY_HEADERS, SIGNATURE_LINE, TOTAL_ROW, matches } from "../columns.js";
import { teamOfSheet } from "./sheets.js";
import type { PanelContext, PanelItem, RawScore } from "./types.js";

/** 合计, 平均分, 最终得分 …: a column that summarises the inspectors, not an inspector. */
export function isSummaryColumn(name: string): boolean {
  return matches(name, PANEL_SUMMARY_HEADERS) || /(合计|总分|平均分?|小计)$/.test(nameKey(name));
}

/**
 * Reads the data rows of one panel sheet: which unit and team a row
 * scores, and its score cells. One per sheet, so an unknown unit on five
 * inspectors' rows is reported once.
 */
export class PanelRows {
  private unknown = new Set<string>();
  private warnedPoints = new Set<string>();

  constructor(
    private readonly sheet: SheetGrid,
    /** The sheet with merged cells filled. */
    readonly rows: SheetGrid["rows"],
    private readonly ctx: PanelContext,
  ) {}

  /** The unit and team of data row r; undefined for blank, 合计, footer and unknown-unit rows. */
  unitOf(r: number, nameCol: number, teamCol?: number): { unit: UnitRow; team: string; unitCell: string } | undefined {
    const row = this.rows[r] ?? [];
    const name = toHalfWidth(cellText(row[nameCol])).trim();
    const first = toHalfWidth(cellText(row.find((c) => cellText(c) !== ""))).trim();
    if (!name) return undefined;
    // A unit of the submissions is one here too, whatever its first word (注册会计师协会, 统计合计).
    const unit = this.ctx.unitNamed(name);
    if (!unit && (FOOTER_ROW.test(first) || SIGNATURE_LINE.test(name) || SIGNATURE_LINE.test(first) || TOTAL_ROW.test(nameKey(name)) || TOTAL_ROW.test(nameKey(first)) || isSummaryColumn(name))) return undefined;
    const unitCell = cellAddress(r, nameCol);
    if (!unit) {
      if (!this.unknown.has(nameKey(name))) {
        this.unknown.add(nameKey(name));
        this.ctx.issues.warning("panelUnitUnknown", { unit: name }, { file: this.ctx.file, sheet: this.sheet.name, cell: unitCell });
      }
      return undefined;
    }
    const written = teamCol === undefined ? "" : toHalfWidth(cellText(row[teamCol])).trim();
    const team = written ? teamOfSheet(written) || written : this.ctx.sheetTeam;
    return { unit, team, unitCell };
  }

  /** The score in row r, column c, or undefined when blank (an inspector who did not score) or unreadable (logged). */
  score(r: number, c: number, at: { unit: UnitRow; team: string; unitCell: string }, item: PanelItem, inspector: string): RawScore | undefined {
    const cell = this.rows[r]?.[c];
    const reading = parseNumber(cell);
    const address = cellAddress(r, c);
    if (!reading.ok) {
      if (reading.reason !== "missing") {
        this.ctx.issues.error("notANumber", { value: cellText(cell) }, { file: this.ctx.file, sheet: this.sheet.name, cell: address, unit: at.unit.name, item: item.field });
      }
      return undefined;
    }
    // Spelled out, not spread from `at`: a spread copy a score was ~0.3 s of CPU on a province's 300,000 scores.
    return { unit: at.unit, team: at.team, unitCell: at.unitCell, item, inspector, value: reading.value, file: this.ctx.file, sheet: this.sheet.name, cell: address };
  }

  /** Points written beside an item's name (「领导班子履职（4分）」) that differ from its 分值: warned once per item and figure. */
  checkPoints(item: PanelItem, points: number | undefined, header: string, cell: string): void {
    const key = `${item.field}\u0000${points}`;
    if (points === undefined || points === item.item.points || this.warnedPoints.has(key)) return;
    this.warnedPoints.add(key);
    this.ctx.issues.warning(
      "panelPointsDiffer",
      { header, written: points, item: item.item.name, points: item.item.points },
      { file: this.ctx.file, sheet: this.sheet.name, cell, item: item.field },
    );
  }
}
