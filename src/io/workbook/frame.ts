/**
 * What every sheet of the result workbook shares: the run's facts, the
 * title/subtitle/header frame with its print setup, body looks, number
 * formats and small table sheets. One file per sheet in ./sheets uses it.
 */
import { VETO_LABEL } from "../../core/i18n/labels.js";
import { HEADER_FILL_ARGB } from "../xlsxStyle.js";
import { restyle, style, variant, type Merge, type SheetSpec, type Style, type XlsxRow, type XlsxValue } from "../xlsx/model.js";
import { linesNeeded } from "../xlsx/textLines.js";

export interface RunInfo {
  /** "2026" or the submissions file's base name. */
  label: string;
  inputs: { role: string; path: string; sha256: string }[];
  version: string;
  generatedAt: Date;
  /** Rendered charts to embed on the 图表 sheet. */
  charts?: { title: string; /** Drawn, or being drawn (awaited when 图表's images are written). */ png: Uint8Array | Promise<Uint8Array>; width: number; height: number; path: string; /** The chart's folder under charts/ ("单位" for a unit's radar). */ folder?: string }[];
  /** Rows per 计分明细 sheet (Excel's limit unless a test sets fewer). */
  detailRowsPerSheet?: number;
  /** --formulas: a 数据 sheet, and every item score in 分项得分 as a formula over it. */
  formulas?: boolean;
}

/** Excel's row limit less the heading rows: a longer 计分明细 continues on another sheet. */
export const DETAIL_ROWS_PER_SHEET = 1_048_576 - 3;

export const GRID = "FFBFBFBF";
export const GRADE_FILLS: Record<string, string> = {
  优秀: "FFC6EFCE",
  良好: "FFDDEBF7",
  合格: "FFFFF2CC",
  不合格: "FFF8CBAD",
  [VETO_LABEL]: "FFD9D9D9",
};
export const TITLE = style({ bold: true, size: 15, horizontal: "center", vertical: "middle" });
export const SUBTITLE = style({ color: "FF595959", size: 10, horizontal: "center", vertical: "middle", wrap: true });
export const HEADER = style({ bold: true, fill: HEADER_FILL_ARGB, border: GRID, horizontal: "center", vertical: "middle", wrap: true });
export const BODY = style({ border: GRID, vertical: "middle" });
export function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** A rate's number format at 百分比小数位数: 0.00% for 2. */
export function percentFormat(decimals: number): string {
  return `${scoreFormat(decimals)}%`;
}

/**
 * Excel has no per-mille format code (‰ in a format is a literal, and only
 * % multiplies), so a ‰ rate is written as its per-mille number (19.5 for
 * 19.5‰) under the literal "‰": the cell shows 19.50‰ and sorts and sums
 * as per-mille. The sheets say so in their subtitles.
 */
export function perMilleFormat(decimals: number): string {
  return `${scoreFormat(decimals)}"‰"`;
}

/** Rows 1–2 (title, subtitle) and the header rows from row 3. */
export interface Frame {
  name: string;
  title: string;
  subtitle: string;
  widths: readonly number[];
  /** Header rows from row 3: labels, or whole rows for a multi-row header. */
  header: readonly string[] | XlsxRow[];
  /** Columns frozen at the left (rows: down to the header). */
  frozenCols?: number;
  frozenRows?: number;
  merges?: Merge[];
  autoFilter?: boolean;
  orientation?: "portrait" | "landscape";
  fitToWidth?: number;
  /** Print columns 1..printColumns only; the title is centred over them. */
  printColumns?: number;
  /** Columns 1..titleColumns repeat on every printed page (分项得分's 名次 and 单位名称). */
  titleColumns?: number;
  /** Column page breaks (columns before each), printed at `scale` percent: see pageFit.ts. */
  columnBreaks?: readonly number[];
  scale?: number;
}

/** A sheet with a title row, a subtitle, headers from row 3, print setup and frozen panes. */
export function sheet(f: Frame, body: Iterable<XlsxRow | null>, sharedColumns?: number[]): SheetSpec {
  const width = Math.max(f.widths.length, 1);
  const headerRows: XlsxRow[] = typeof f.header[0] === "string" || !f.header.length ? [{ values: f.header as string[], style: HEADER, height: headerHeight(f.header as string[], f.widths) }] : (f.header as XlsxRow[]);
  const lastHeader = 2 + headerRows.length;
  // The caller's array itself, not a copy: a sheet may add merges while its rows are generated
  // (分类排名's category bands), and the writer reads them after the last row.
  const merges: Merge[] = f.merges ?? [];
  // The title is centred over what prints on the first page: the print area, or the first band.
  const titleWidth = Math.min(width, f.columnBreaks?.[0] ?? f.printColumns ?? width);
  merges.unshift({ top: 1, left: 1, bottom: 1, right: titleWidth }, { top: 2, left: 1, bottom: 2, right: titleWidth });
  function* rows(): Generator<XlsxRow | null> {
    yield { values: [f.title], style: TITLE, height: 26 };
    // A long subtitle wraps within the printed width instead of running off both sides of the page.
    const subtitleLines = linesNeeded(f.subtitle, f.widths.slice(0, titleWidth).reduce((sum, w) => sum + w, 0));
    yield { values: [f.subtitle], style: SUBTITLE, height: subtitleLines > 1 ? LINE_HEIGHT * subtitleLines : undefined };
    yield* headerRows;
    yield* body;
  }
  return {
    name: f.name,
    widths: f.widths,
    frozen: { rows: f.frozenRows ?? lastHeader, cols: f.frozenCols ?? 0 },
    rows: rows(),
    merges,
    autoFilter: f.autoFilter ? { row: 3, left: 1, right: width } : undefined,
    page: {
      orientation: f.orientation ?? "landscape",
      fitToWidth: f.fitToWidth ?? 1,
      scale: f.scale,
      titleRows: { first: 3, last: lastHeader },
      titleColumns: f.titleColumns ? { first: 1, last: f.titleColumns } : undefined,
      printColumns: f.printColumns,
      columnBreaks: f.columnBreaks?.length ? f.columnBreaks : undefined,
      footer: "第 &P 页，共 &N 页",
    },
    sharedColumns,
  };
}

/** Per column: the body look with its number format, plain and wrapped; built once a sheet. */
export function bodyStyles(formats: readonly (string | undefined)[], width: number): { plain: Style[]; wrapped: Style[] } {
  const plain = Array.from({ length: width }, (_, i) => restyle(BODY, { numFmt: formats[i] }));
  return { plain, wrapped: plain.map((s) => restyle(s, { wrap: true })) };
}

/** bodyStyles for rows whose formats depend on one key (a value format, a kind of figure): each key's looks built once. */
export function looksByFormat(formatsFor: (key: string) => (string | undefined)[], width: number): (key: string) => ReturnType<typeof bodyStyles> {
  const made = new Map<string, ReturnType<typeof bodyStyles>>();
  return (key) => {
    let looks = made.get(key);
    if (!looks) made.set(key, (looks = bodyStyles(formatsFor(key), width)));
    return looks;
  };
}

/** Points per line of 11 pt text: Excel's default row height. */
export const LINE_HEIGHT = 15;

/**
 * A one-row header's height: two lines, or more when a label needs them
 * at its column's width.
 * @example headerHeight(["名次", "上年总分（可比）"], [8, 6]) // => 60
 */
export function headerHeight(labels: readonly string[], widths: readonly number[]): number {
  return LINE_HEIGHT * Math.max(2, ...labels.map((l, i) => linesNeeded(l, widths[i] ?? 10)));
}

/**
 * A bordered body row; text wider than its column wraps, and the row is
 * given the height it needs (viewers do not all re-measure wrapped rows).
 * Columns from `wrapBefore` on (those outside the print area) never wrap
 * and never make the row taller: on screen their text runs on one line.
 */
export function bodyRow(values: XlsxValue[], looks: { plain: Style[]; wrapped: Style[] }, widths: readonly number[], wrapBefore = Infinity): XlsxRow & { style: Style[] } {
  let lines = 1;
  const styles = new Array<Style>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const needed = typeof v === "string" && i < wrapBefore ? linesNeeded(v, widths[i] ?? 10) : 1;
    styles[i] = needed > 1 ? looks.wrapped[i] : looks.plain[i];
    if (needed > lines) lines = needed;
  }
  return { values, style: styles, height: lines > 1 ? LINE_HEIGHT * lines : undefined };
}

export const GREY = variant({ color: "FF7F7F7F" });
export const CENTRED = variant({ horizontal: "center" });
export const GRADE_LOOKS = new Map(Object.entries(GRADE_FILLS).map(([grade, fill]) => [grade, variant({ fill })]));
export const BOLD = variant({ bold: true });
/** A small sheet of plain bordered rows under one header. */
export function tableSheet(f: Omit<Frame, "header"> & { labels: string[] }, formats: (string | undefined)[], rows: Iterable<XlsxValue[]>, decorate?: (row: XlsxRow & { style: Style[] }, index: number) => void): SheetSpec {
  const looks = bodyStyles(formats, f.labels.length);
  function* body(): Generator<XlsxRow> {
    let index = 0;
    for (const values of rows) {
      const row = bodyRow(values, looks, f.widths);
      decorate?.(row, index++);
      yield row;
    }
  }
  return sheet({ ...f, header: f.labels }, body());
}
export function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

