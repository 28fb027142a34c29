import { clipMerges, type CellRange, type CellValue, type GridCell, type SheetGrid, type WorkbookGrid } from "../core/table/grid.js";
import { InputFileError } from "./errors.js";
import { ZIP_LIMITS, inflateText, limitMessage, notAWorkbook, openXlsx, type XlsxArchive } from "./inspectZip.js";
import type { ZipEntry } from "./zipReader.js";

/**
 * An .xlsx reader that never builds exceljs' object model: each sheet's XML
 * is inflated as a stream under the byte bound and scanned row by row into
 * the core's plain grid. Shared strings, inline strings, cached formula
 * results, error values, number formats (so 0.85 shown as 85% stays a
 * percentage) and merged ranges — which come after <sheetData> — are kept.
 */
export async function readXlsxStreaming(bytes: Uint8Array, file: string): Promise<WorkbookGrid> {
  const archive = openXlsx(bytes, file);
  const text = async (path: string): Promise<string | undefined> => {
    const entry = archive.members.get(path);
    if (!entry) return undefined;
    let out = "";
    await inflateText(archive, entry, (chunk) => (out += chunk));
    return withoutPrefix(out, namespacePrefix(out));
  };
  const workbookXml = await text("xl/workbook.xml");
  if (!workbookXml) throw notAWorkbook(file);
  const rels = (await text("xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const head of elementHeads(rels, "Relationship")) {
    const id = attr(head, "Id");
    const target = attr(head, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const shared = parseSharedStrings((await text("xl/sharedStrings.xml")) ?? undefined, file);
  const formats = parseStyles((await text("xl/styles.xml")) ?? "");
  const sheets: SheetGrid[] = [];
  for (const head of elementHeads(workbookXml, "sheet")) {
    const name = decodeXml(attr(head, "name") ?? "");
    const rid = attr(head, "r:id") ?? attr(head, "id");
    const path = rid ? targets.get(rid) : undefined;
    const entry = path ? archive.members.get(path.replace(/^xl\/\.\.\//, "")) : undefined;
    if (!entry) continue;
    const sheet = await readSheet(archive, entry, name, shared, formats);
    const state = attr(head, "state");
    if (state === "hidden" || state === "veryHidden") sheet.state = state;
    sheets.push(sheet);
  }
  return { file, sheets };
}


async function readSheet(archive: XlsxArchive, entry: ZipEntry, name: string, shared: string[] | undefined, formats: (string | undefined)[]): Promise<SheetGrid> {
  const file = archive.file;
  const rows: (GridCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  let buffer = "";
  let cells = 0;
  let nextRow = 0;
  let inSheetData = true;
  /** Rows and columns the sheet's XML declares, empty cells included: the area merged ranges are clipped to. */
  const size = { rows: 0, cols: 0 };
  /** Buffer length at which an unfinished row is looked at again: doubling keeps an unclosed <row> linear. */
  let retryAt = 0;
  const takeRows = (final: boolean) => {
    let start = 0;
    const dataEnd = inSheetData ? buffer.indexOf("</sheetData>") : 0;
    const limit = dataEnd >= 0 ? dataEnd : buffer.length;
    /** Where a row begins that is not finished in the buffer, or -1. */
    let unfinishedAt = -1;
    while (inSheetData) {
      const open = buffer.indexOf("<row", start);
      if (open < 0 || open >= limit) break;
      // A piece that ends just after "<row" cannot tell <row from <rowBreaks yet: wait for the next one (skipping it lost the row).
      if (open + 4 >= buffer.length) break;
      const after = buffer[open + 4];
      if (after !== " " && after !== ">" && after !== "/") {
        start = open + 4;
        continue;
      }
      const headEnd = buffer.indexOf(">", open);
      const selfClosing = headEnd >= 0 && buffer[headEnd - 1] === "/";
      const close = headEnd < 0 ? -1 : selfClosing ? headEnd + 1 : buffer.indexOf("</row>", headEnd);
      if (close < 0 || (dataEnd >= 0 && close > dataEnd)) {
        unfinishedAt = open;
        break;
      }
      const head = buffer.slice(open + 4, selfClosing ? headEnd - 1 : headEnd);
      const r = Number(attr(head, "r") ?? nextRow + 1) - 1;
      nextRow = r + 1;
      if (r + 1 > size.rows) size.rows = r + 1;
      if (r >= ZIP_LIMITS.rowsPerSheet) throw new InputFileError(limitMessage(file, name, "rows", r + 1));
      if (!selfClosing) {
        const row = parseRow(buffer.slice(headEnd + 1, close), shared, formats, file, name, size);
        if (row.length) {
          rows[r] = row;
          cells += row.length;
          if (cells > ZIP_LIMITS.cellsPerSheet) throw new InputFileError(limitMessage(file, name, "cells", cells));
        }
      }
      start = selfClosing ? close : close + 6;
    }
    // A row still open at </sheetData> or at the end of the part never closes: the file is broken, not short of a row.
    if (unfinishedAt >= 0 && (dataEnd >= 0 || final)) throw unfinished(file, name, "<row> 没有结束标记");
    if (inSheetData && dataEnd >= 0) {
      // <mergeCells> comes after </sheetData>: keep that tail whole until the end.
      inSheetData = false;
      buffer = buffer.slice(dataEnd);
    } else if (inSheetData) {
      // Keep an unfinished row, or just a short tail: never rescan what was read.
      const pending = buffer.indexOf("<row", start);
      buffer = buffer.slice(pending >= 0 ? pending : Math.max(start, buffer.length - 16));
      retryAt = pending >= 0 ? buffer.length * 2 : 0;
      if (buffer.length > ZIP_LIMITS.elementChars) throw unfinished(file, name, `<row> 超过 ${ZIP_LIMITS.elementChars / 1048576} MB`);
    }
    if (final) for (const ref of mergeRefs(buffer)) merges.push(parseRange(ref));
  };
  // A sheet written with a prefix (<x:row>, as some generators do and LibreOffice reads) is read
  // as if unprefixed: the prefix is learnt from the root element, in the first piece.
  let prefix: string | undefined | null = null;
  let carry = "";
  await inflateText(archive, entry, (piece) => {
    if (prefix === null) prefix = namespacePrefix(piece);
    let chunk = piece;
    if (prefix) {
      // A tag split across pieces ("…<x" + ":row…") is held back until it is whole.
      chunk = carry + piece;
      const lt = chunk.lastIndexOf("<");
      const held = lt >= 0 && lt > chunk.length - prefix.length - 3 ? lt : chunk.length;
      carry = chunk.slice(held);
      chunk = withoutPrefix(chunk.slice(0, held), prefix);
    }
    buffer += chunk;
    // Rows are taken at every piece: a longer buffer would be flattened into
    // a string above V8's large-object size, fresh pages each time (see inflateEntry).
    if (inSheetData && buffer.length > 1 << 14 && buffer.length >= retryAt) takeRows(false);
  });
  if (carry) buffer += withoutPrefix(carry, prefix ?? undefined);
  takeRows(true);
  const clipped = clipMerges(size, merges);
  if (cells + clipped.cells > ZIP_LIMITS.cellsPerSheet) throw new InputFileError(limitMessage(file, name, "cells", cells + clipped.cells));
  return { name, rows, merges: clipped.merges };
}

function unfinished(file: string, sheet: string, what: string): InputFileError {
  return new InputFileError(`${file}: 无法读取，文件可能已损坏（工作表“${sheet}”的 ${what}），请在 Excel 中打开并另存`);
}

/** ref of each <mergeCell>, found with indexOf: a regex over an unclosed head would rescan the rest of the part for each one. */
function mergeRefs(xml: string): string[] {
  const refs: string[] = [];
  for (let i = xml.indexOf("<mergeCell"); i >= 0; ) {
    const headEnd = xml.indexOf(">", i);
    if (headEnd < 0) break;
    const ref = attr(xml.slice(i + 10, headEnd), "ref");
    if (ref && /^[A-Za-z]+\d+(?::[A-Za-z]+\d+)?$/.test(ref)) refs.push(ref);
    i = xml.indexOf("<mergeCell", headEnd);
  }
  return refs;
}

/**
 * The cells of one <row>'s content. A hand scanner (indexOf and one pass
 * over each cell's attributes) rather than regular expressions: this loop
 * runs for every cell of a 6-million-cell sheet.
 */
function parseRow(xml: string, shared: string[] | undefined, formats: (string | undefined)[], file: string, sheet: string, size: { cols: number }): GridCell[] {
  const row: GridCell[] = [];
  let nextCol = 0;
  let i = 0;
  for (;;) {
    const open = xml.indexOf("<c", i);
    if (open < 0) break;
    const after = xml.charCodeAt(open + 2);
    // "<c " or "<c>" or "<c/>", not "<col…" or another tag starting with c.
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      i = open + 2;
      continue;
    }
    const headEnd = xml.indexOf(">", open);
    if (headEnd < 0) break;
    const selfClosing = xml.charCodeAt(headEnd - 1) === 47;
    let inner = "";
    if (selfClosing) i = headEnd + 1;
    else {
      const close = xml.indexOf("</c>", headEnd);
      if (close < 0) break;
      inner = xml.slice(headEnd + 1, close);
      i = close + 4;
    }
    const head = cellHead(xml, open + 2, selfClosing ? headEnd - 1 : headEnd);
    const col = head.ref ? columnIndex(head.ref) : nextCol;
    nextCol = col + 1;
    if (nextCol > size.cols) size.cols = nextCol;
    const fmt = formats[head.style];
    const formula = inner.length > 0 && inner.includes("<f");
    let v: CellValue = null;
    if (head.type === "inlineStr") v = textOf(inner);
    else if (inner.length) {
      const vOpen = inner.indexOf("<v>");
      const raw = vOpen < 0 ? undefined : inner.slice(vOpen + 3, inner.indexOf("</v>", vOpen));
      if (raw !== undefined) {
        switch (head.type) {
          case "s":
            if (!shared) throw new InputFileError(`${file}: 文件不完整：工作表“${sheet}”引用了共享字符串，但缺少 xl/sharedStrings.xml，请在 Excel 中打开并另存`);
            v = shared[Number(raw)] ?? "";
            break;
          case "str":
            v = decodeXml(raw);
            break;
          case "b":
            v = raw === "1";
            break;
          case "e":
            v = { error: decodeXml(raw) };
            break;
          case "d": {
            // 2026-13-45 is no date: kept as the text typed, for the reader of that column to report.
            const date = new Date(raw);
            v = Number.isNaN(date.getTime()) ? decodeXml(raw) : date;
            break;
          }
          default: {
            const n = Number(raw);
            v = fmt && isDateFormat(fmt) && isExcelSerial(n) ? excelDate(n) : n;
          }
        }
      }
    }
    if (v === null && !formula) continue;
    if (!fmt && !formula && (typeof v !== "object" || v === null) && !Object.is(v, -0)) {
      row[col] = plainCell(v);
      continue;
    }
    const cell: GridCell = { v };
    if (fmt) cell.fmt = fmt;
    if (formula) cell.formula = true;
    row[col] = cell;
  }
  return row;
}

/** Distinct plain cells kept for sharing; past this many, new values get their own cell. */
const SHARED_CELLS = 1 << 16;
const sharedCells = new Map<string | number | boolean | null, GridCell>();

/**
 * One shared, never-modified cell per plain value: counts, 是/否, A–D and
 * category names repeat down a 100,000-row sheet, and a separate object
 * for each was most of the memory a large read held.
 */
function plainCell(v: string | number | boolean | null): GridCell {
  let cell = sharedCells.get(v);
  if (!cell) {
    cell = Object.freeze({ v });
    if (sharedCells.size < SHARED_CELLS) sharedCells.set(v, cell);
  }
  return cell;
}

/** r, t and s of a cell's head (xml[from, to)), read in one pass; quotes may be ' or ". */
function cellHead(xml: string, from: number, to: number): { ref: string | undefined; type: string; style: number } {
  let ref: string | undefined;
  let type = "n";
  let style = 0;
  let j = from;
  while (j < to) {
    const eq = xml.indexOf("=", j);
    if (eq < 0 || eq >= to) break;
    const name = xml.slice(j, eq).trim();
    const quote = xml[eq + 1];
    const end = xml.indexOf(quote, eq + 2);
    if (end < 0 || end > to) break;
    const value = xml.slice(eq + 2, end);
    if (name === "r") ref = value;
    else if (name === "t") type = value;
    else if (name === "s") style = Number(value) || 0;
    j = end + 1;
  }
  return { ref, type, style };
}

function parseSharedStrings(xml: string | undefined, file: string): string[] | undefined {
  if (xml === undefined) return undefined;
  const out: string[] = [];
  // indexOf, not a lazy regex: with many unclosed <si> a regex rescans the rest of the text for each.
  for (let i = xml.indexOf("<si"); i >= 0; ) {
    const headEnd = xml.indexOf(">", i);
    if (headEnd < 0) break;
    const tag = xml.slice(i + 3, headEnd);
    if (tag !== "" && tag !== "/" && !/^\s/.test(tag)) {
      i = xml.indexOf("<si", i + 3);
      continue;
    }
    if (tag.endsWith("/")) {
      out.push("");
      i = xml.indexOf("<si", headEnd);
      continue;
    }
    const close = xml.indexOf("</si>", headEnd);
    if (close < 0) throw new InputFileError(`${file}: 无法读取，文件可能已损坏（共享字符串表（xl/sharedStrings.xml）的第 ${out.length + 1} 项没有结束标记），请在 Excel 中打开并另存`);
    if (close - headEnd > ZIP_LIMITS.elementChars) throw new InputFileError(`${file}: 无法读取，文件可能已损坏（共享字符串表（xl/sharedStrings.xml）的第 ${out.length + 1} 项超过 ${ZIP_LIMITS.elementChars / 1048576} MB）`);
    out.push(textOf(xml.slice(headEnd + 1, close)));
    i = xml.indexOf("<si", close + 5);
  }
  return out;
}

/** Text of <t> runs, skipping phonetic <rPh> runs; one pass with indexOf. */
function textOf(xml: string): string {
  let s = "";
  let ph = nextTag(xml, 0, "<rPh");
  for (let i = 0; ; ) {
    const t = nextTag(xml, i, "<t");
    if (ph >= 0 && ph < i) ph = nextTag(xml, i, "<rPh");
    if (t < 0) break;
    if (ph >= 0 && ph < t) {
      const phEnd = xml.indexOf("</rPh>", ph);
      if (phEnd < 0) break;
      i = phEnd + 6;
      continue;
    }
    const headEnd = xml.indexOf(">", t);
    if (headEnd < 0) break;
    if (xml[headEnd - 1] === "/") {
      i = headEnd + 1;
      continue;
    }
    const close = xml.indexOf("</t>", headEnd);
    if (close < 0) break;
    s += xml.slice(headEnd + 1, close);
    i = close + 4;
  }
  return decodeXml(s);
}

/** Position of the next element named by open ("<t" finds <t> and <t xml:space…>, not <tx>), or -1. */
function nextTag(xml: string, from: number, open: string): number {
  for (let i = xml.indexOf(open, from); i >= 0; i = xml.indexOf(open, i + open.length)) {
    const after = xml[i + open.length];
    if (after === ">" || after === "/" || after === " " || after === "\t" || after === "\n" || after === "\r") return i;
  }
  return -1;
}

/**
 * The attribute text of each <name …> head (a trailing "/" included), in
 * order. Found with indexOf: the regular expressions this replaces
 * (/<sheet\b([^>]*)\/?>/g and the like) rescanned the rest of the part for
 * each unclosed head, quadratic in a workbook.xml of 40,000 "<sheet ".
 * @example elementHeads('<sheets><sheet name="甲"/><sheet name="乙"/></sheets>', "sheet") // => [' name="甲"/', ' name="乙"/']
 */
export function elementHeads(xml: string, name: string): string[] {
  const heads: string[] = [];
  const open = `<${name}`;
  for (let at = nextTag(xml, 0, open); at >= 0; ) {
    const end = xml.indexOf(">", at);
    // No ">" after this head: none after any later head either.
    if (end < 0) break;
    heads.push(xml.slice(at + open.length, end));
    at = nextTag(xml, end + 1, open);
  }
  return heads;
}

/**
 * The content of the first <name …>…</name>, or "" when there is none or it
 * is not closed. One indexOf each for the head, its end and the closing tag
 * (the lazy /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/ this replaces retried
 * from every unclosed head to the end of the part).
 * @example elementContent('<styleSheet><cellXfs count="1"><xf numFmtId="14"/></cellXfs></styleSheet>', "cellXfs") // => '<xf numFmtId="14"/>'
 */
export function elementContent(xml: string, name: string): string {
  const at = nextTag(xml, 0, `<${name}`);
  if (at < 0) return "";
  const headEnd = xml.indexOf(">", at);
  if (headEnd < 0) return "";
  const close = xml.indexOf(`</${name}>`, headEnd + 1);
  return close < 0 ? "" : xml.slice(headEnd + 1, close);
}

const BUILTIN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Number format of each cellXfs entry (the s attribute of a cell indexes it). */
function parseStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  for (const head of elementHeads(xml, "numFmt")) {
    const id = Number(attr(head, "numFmtId"));
    const code = attr(head, "formatCode");
    if (code !== undefined) custom.set(id, decodeXml(code));
  }
  const xfs = elementContent(xml, "cellXfs");
  const out: (string | undefined)[] = [];
  for (const head of elementHeads(xfs, "xf")) {
    const id = Number(attr(head, "numFmtId") ?? 0);
    const code = id === 0 ? undefined : (custom.get(id) ?? BUILTIN_FORMATS[id]);
    out.push(code === "General" ? undefined : code);
  }
  return out;
}

function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymdhs]/i.test(bare) && !/0|#|@/.test(bare.replace(/[ymdhs]/gi, ""));
}

/** Last serial Excel shows as a date: 9999-12-31 23:59:59. */
const LAST_SERIAL = 2958465.99999;

/**
 * A serial Excel can show as a date (0 to 9999-12-31); anything else in a
 * date-formatted cell (a phone number 13912345678) Excel shows as ##### and
 * keeps as the number it is.
 *
 * @example isExcelSerial(46082) // => true
 * @example isExcelSerial(13912345678) // => false
 */
export function isExcelSerial(n: number): boolean {
  return Number.isFinite(n) && n >= 0 && n <= LAST_SERIAL;
}

/** Excel 1900 serial to a UTC date (the same instant exceljs gives). */
function excelDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

const NAMESPACES = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://schemas.openxmlformats.org/package/2006/relationships"];

/**
 * The prefix a part binds to the spreadsheet (or package relationships)
 * namespace, if it uses one instead of the default namespace.
 * @example namespacePrefix('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">') // => "x"
 */
export function namespacePrefix(xml: string): string | undefined {
  for (const m of xml.matchAll(/\bxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g)) if (NAMESPACES.includes(m[2])) return m[1];
  return undefined;
}

/**
 * Element names without their prefix, so the scanners that look for <row,
 * <c, <v and <si find them.
 * @example withoutPrefix("<x:row r='1'><x:c/></x:row>", "x") // => "<row r='1'><c/></row>"
 */
export function withoutPrefix(xml: string, prefix: string | undefined): string {
  if (!prefix) return xml;
  return xml.replaceAll(`<${prefix}:`, "<").replaceAll(`</${prefix}:`, "</");
}

const ATTRS = new Map<string, RegExp>();

/** One attribute of an element head; the patterns are compiled once per name. */
function attr(head: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  // Either quote is XML: LibreOffice and hand-made files use single quotes.
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}=(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(head);
  return m ? (m[1] ?? m[2]) : undefined;
}

function columnIndex(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    // LibreOffice reads r="a3" as A3; so must we, or the cell lands at column -1 and is lost.
    const code = ch.charCodeAt(0) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col - 1;
}

function parseRange(ref: string): CellRange {
  const [a, b = a] = ref.split(":");
  const row = (x: string) => Number(/\d+/.exec(x)![0]) - 1;
  return { top: Math.min(row(a), row(b)), left: Math.min(columnIndex(a), columnIndex(b)), bottom: Math.max(row(a), row(b)), right: Math.max(columnIndex(a), columnIndex(b)) };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** U+FFFD, what a character reference beyond Unicode (&#x110000;) is read as, as a browser does. */
const REPLACEMENT = "\uFFFD";

/**
 * Entities and _xHHHH_ escapes decoded; a reference to no character is the replacement character.
 *
 * @example decodeXml("甲&#x5C40;&amp;") // => "甲局&"
 * @example decodeXml("甲&#x110000;") // => "甲\uFFFD"
 */
export function decodeXml(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
      if (e[0] !== "#") return ENTITIES[e];
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : REPLACEMENT;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
