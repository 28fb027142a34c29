import type { FieldValue, SourceRef } from "../model.js";
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
