import type { FieldValue, FieldValues, SourceRef } from "../model.js";
import type { GridCell } from "../table/grid.js";
import { cellAddress } from "../table/grid.js";

/** File and sheet shared by every value read from one sheet. */
export interface SheetRef {
  file: string;
  sheet: string;
}

/**
 * A value read from a sheet cell. Its source address is built only when a
 * message needs it: 100,000 units × 60 fields of address objects were
 * most of the memory a large run held.
 */
export class SheetFieldValue implements FieldValue {
  constructor(
    readonly cell: GridCell | undefined,
    readonly unit: string,
    private readonly at: SheetRef,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get source(): SourceRef {
    return { file: this.at.file, sheet: this.at.sheet, cell: cellAddress(this.row, this.col) };
  }
}

/**
 * The same value with a note on how it was obtained. Spelled out, not
 * spread: a spread would drop a SheetFieldValue's source (a getter).
 * @example withNote({ cell: { v: 3 }, unit: "" }, "取自上年").note // => "取自上年"
 */
export function withNote(v: FieldValue, note: string): FieldValue {
  return { cell: v.cell, unit: v.unit, source: v.source, note };
}

/** Where each field sits: its slot in a unit's cells (its sheet column when units keep their rows) and its sheet column; shared by every unit of the sheet. */
export interface RowLayout {
  at: SheetRef;
  columns: Map<string, { index: number; col: number; unit: string }>;
}

/**
 * A unit's values as a view over its sheet row, or over just its field
 * cells in layout order on a wide sheet (so that sheet's rows can be
 * freed); the layout's `index` says where each field sits. A FieldValue is made
 * when one is read (short-lived, cheap). A Map of 60 values per unit held
 * 100,000 units' worth of small objects. Values set later (panel scores,
 * last year's figures) take precedence.
 */
export class RowValues implements FieldValues {
  /**
   * Values set later, as [field, value] pairs in the order first set: a unit gets one or two (its panel
   * score, a 上年 figure), and a Map per unit was 100,000 hash tables held to the end of a large run.
   */
  private added?: [string, FieldValue][];

  constructor(
    private readonly cells: readonly (GridCell | undefined)[],
    private readonly layout: RowLayout,
    private readonly row: number,
  ) {}

  get(field: string): FieldValue | undefined {
    const added = this.added;
    if (added) for (let k = 0; k < added.length; k++) if (added[k][0] === field) return added[k][1];
    const c = this.layout.columns.get(field);
    return c ? new SheetFieldValue(this.cells[c.index], c.unit, this.layout.at, this.row, c.col) : undefined;
  }

  set(field: string, value: FieldValue): this {
    const added = (this.added ??= []);
    const k = added.findIndex((pair) => pair[0] === field);
    if (k >= 0) added[k][1] = value;
    else added.push([field, value]);
    return this;
  }

  *keys(): Iterable<string> {
    yield* this.layout.columns.keys();
    for (const [k] of this.added ?? []) if (!this.layout.columns.has(k)) yield k;
  }

  *[Symbol.iterator](): Iterator<[string, FieldValue]> {
    for (const k of this.keys()) yield [k, this.get(k)!];
  }
}
