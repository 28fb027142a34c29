import type { CriteriaItem, UnitRow } from "../../model.js";
import type { IssueLog } from "../../issues.js";
import type { SheetGrid } from "../../table/grid.js";

/** A 直接打分 item as panel sheets name it: by its 数据项 or its 指标名称. */
export interface PanelItem {
  item: CriteriaItem;
  /** The 数据项 the panel's scores fill. */
  field: string;
}

/** One inspector's score for one unit and item, as typed, with its cell. */
export interface RawScore {
  unit: UnitRow;
  item: PanelItem;
  /** Inspection team (检查组), "" when the sheet has none. */
  team: string;
  /** Inspector as the sheet labels them (评委1, 组长, a name), "" when unlabelled. */
  inspector: string;
  value: number;
  file: string;
  sheet: string;
  /** Address of the score cell. */
  cell: string;
  /** Address of the cell naming the unit (or its team), for messages about the unit's row. */
  unitCell: string;
}

/** What every layout reader is given. */
export interface PanelContext {
  file: string;
  issues: IssueLog;
  /** The 直接打分 item a header or 数据项 cell names, with the points written beside it. */
  matchItem(text: string): { item: PanelItem; points?: number } | undefined;
  /** The unit a name cell names, or undefined (the reader reports it). */
  unitNamed(name: string): UnitRow | undefined;
  /** The team the sheet's name gives (评委打分-一组 → 一组), "" when it names none. */
  sheetTeam: string;
}

/**
 * One panel layout (长表, 宽表, 汇总表 …): one file each, listed in
 * layouts.ts. A reader returns undefined, having logged nothing, when the
 * sheet is not in its layout; otherwise the scores it read (and it has
 * logged every cell it could not read).
 */
export interface PanelLayout {
  id: string;
  /** How the layout is described to the user when no reader understands a sheet. */
  label: string;
  read(sheet: SheetGrid, ctx: PanelContext): RawScore[] | undefined;
}

/** One panel sheet as it was read, for the 说明 sheet. */
export interface PanelSheetRead {
  file: string;
  sheet: string;
  /** The label of the layout that read it (PanelLayout.label). */
  layout: string;
  /** Inspectors on the sheet: its distinct inspector labels, or, unlabelled, the most scores any unit had for one item. */
  inspectors: number;
  /** Units the sheet scored. */
  units: number;
}
