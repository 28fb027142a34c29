/**
 * A workbook described as data: sheets whose rows are produced lazily, so
 * a 4-million-row 计分明细 is serialised row by row and never held whole.
 * Two serialisers read it: writeXlsx (streaming, used for every run) and
 * toExceljs (in memory, the reference the tests compare it with).
 */

export type XlsxValue = string | number | boolean | null | undefined | XlsxFormula;

/**
 * A live formula with the value kaoping computed for it, so a reader that
 * does not recalculate sees kaoping's figure. Made only by kaoping's own code
 * (formulaCell): text read from an input is always a string and is written
 * inert, whatever it starts with.
 */
export interface XlsxFormula {
  /** Excel syntax without the leading "=", e.g. "ROUND(SUM(D6:H6),2)". */
  readonly formula: string;
  readonly cached: number | string | boolean | null;
}

/** @example formulaCell("SUM(A1:A3)", 6) // => { formula: "SUM(A1:A3)", cached: 6 } */
export function formulaCell(formula: string, cached: number | string | boolean | null): XlsxFormula {
  return Object.freeze({ formula, cached });
}

/** @example isFormula(formulaCell("1+1", 2)) // => true */
export function isFormula(v: XlsxValue): v is XlsxFormula {
  return typeof v === "object" && v !== null;
}

/** A cell look. Interned by `style()`, so equal looks share one object and one style index. */
export interface Style {
  readonly bold?: boolean;
  readonly size?: number;
  /** ARGB, e.g. "FFC00000". */
  readonly color?: string;
  /** Solid fill, ARGB. */
  readonly fill?: string;
  /** Thin border on all four sides, ARGB. */
  readonly border?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** Excel number format code, e.g. "0.00" or "0.0%". */
  readonly numFmt?: string;
}

export interface XlsxRow {
  values: readonly XlsxValue[];
  /** One style for every cell, or one per cell (undefined: no style). */
  style?: Style | readonly (Style | undefined)[];
  /** Height in points. */
  height?: number;
  /**
   * The row's XML as row number r, byte for byte what the streaming writer
   * makes of values, style and height (undefined: let it make them). For
   * rows of millions whose cells mostly repeat (计分明细: the item's cells
   * are the same for every unit), so their XML is made once and reused.
   * The exceljs reference ignores it; a test holds both the same.
   */
  xml?(r: number, ctx: RowXmlContext): string | undefined;
}

/** What a row's own `xml` gets from the streaming writer: the workbook's style and shared-string numbers. */
export interface RowXmlContext {
  /** The cellXfs index of a look (0 for none), registering it on first use as the writer would. */
  styleIndex(s: Style | undefined): number;
  /** The shared-string index of a text in column c, counting one use. */
  sharedIndex(c: number, text: string): number;
  /** Count n more uses of shared strings already indexed (cells of a reused piece of XML). */
  countShared(n: number): void;
}

/** A merged range in Excel's 1-based rows and columns (the core's CellRange is zero-based). */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface XlsxImage {
  /** The PNG, or a chart still being drawn: awaited when its bytes are written (the sheets before it are written meanwhile). */
  png: Uint8Array | Promise<Uint8Array>;
  /** Top-left anchor, 0-based row and column. */
  row: number;
  col: number;
  /** Displayed size in pixels. */
  width: number;
  height: number;
}

export interface SheetSpec {
  name: string;
  /** Column widths in characters, from column A. */
  widths: readonly number[];
  /** Frozen rows above and columns left of the scrolling pane. */
  frozen?: { rows: number; cols: number };
  /** Rows from row 1; null leaves a row empty. Iterated once, while writing. */
  rows: Iterable<XlsxRow | null>;
  /** Merged ranges; a row generator may add to it while it runs (merges are written after the rows). */
  merges: Merge[];
  /** Filter buttons on one header row across columns left..right. */
  autoFilter?: { row: number; left: number; right: number };
  page?: {
    orientation: "portrait" | "landscape";
    /** Pages across; 0 lets Excel choose. Ignored when `scale` is set. */
    fitToWidth: number;
    /**
     * A fixed print scale in percent instead of fitting: Excel and Calc
     * ignore manual page breaks (`columnBreaks`) on a sheet fitted to pages.
     */
    scale?: number;
    /** Rows repeated at the top of every printed page. */
    titleRows?: { first: number; last: number };
    /** Columns (1-based) repeated at the left of every printed page, e.g. 名次 and 单位名称. */
    titleColumns?: { first: number; last: number };
    /** Print only columns 1..lastCol (all rows). */
    printColumns?: number;
    /** Manual page breaks between columns: each number is the count of columns before a break (a break before D is 3). */
    columnBreaks?: readonly number[];
    footer?: string;
  };
  images?: XlsxImage[];
  /**
   * Columns (0-based) whose texts repeat down the sheet (unit names, item
   * names, categories): written once to the shared-string table and
   * referenced by number, which makes a 计分明细 of millions of rows a
   * third smaller to build, deflate and open. Unique texts stay inline.
   */
  sharedColumns?: readonly number[];
}

export interface WorkbookSpec {
  creator: string;
  created: Date;
  /** Sheets in tab order; produced lazily too, so a later sheet may depend on an earlier one being written. */
  sheets: Iterable<SheetSpec>;
}

const interned = new Map<string, Style>();

/**
 * The one shared object for a look, so serialisers can map styles by identity.
 * @example style({ bold: true }) === style({ bold: true }) // => true
 */
export function style(s: Style): Style {
  const key = JSON.stringify(Object.keys(s).sort().map((k) => [k, s[k as keyof Style]]).filter(([, v]) => v !== undefined && v !== false));
  let found = interned.get(key);
  if (!found) {
    found = Object.freeze({ ...s });
    interned.set(key, found);
  }
  return found;
}

/** The same look with some properties changed. */
export function restyle(base: Style | undefined, change: Style): Style {
  return style({ ...base, ...change });
}

/**
 * One change to apply to many looks, e.g. bold for subtotal columns: the
 * result per base look is remembered, so body rows, which ask for the same
 * few variants millions of times, pay a Map lookup rather than a new key.
 * @example variant({ bold: true })(style({})) === style({ bold: true }) // => true
 */
export function variant(change: Style): (base: Style | undefined) => Style {
  const made = new Map<Style | undefined, Style>();
  return (base) => {
    let found = made.get(base);
    if (!found) made.set(base, (found = restyle(base, change)));
    return found;
  };
}
