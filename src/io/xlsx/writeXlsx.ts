import { columnLetter } from "../../core/table/grid.js";
import { CELL_CUT_MARK } from "../../core/i18n/labels.js";
import { produceAtomic } from "../atomicWrite.js";
import { escapeXml } from "./escapeXml.js";
import { isFormula, type Merge, type RowXmlContext, type SheetSpec, type Style, type WorkbookSpec, type XlsxFormula, type XlsxImage, type XlsxRow } from "./model.js";
import { StyleSheet } from "./styles.js";
import { ZipWriter, type Write } from "./zipWriter.js";

/** Deflate level for the parts; measured in BENCHMARKS.md (the write floor uses the same). */
export const XLSX_DEFLATE_LEVEL = 4;
/** Bytes of sheet XML gathered before a write: large enough to amortise, small enough to stay bounded. */
const CHUNK_BYTES = 1 << 20;
const EMU_PER_PX = 9525;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's last column is XFD, the 16,384th: a workbook with a cell beyond it does not open. */
export const EXCEL_MAX_COLUMNS = 16_384;
/** Excel's most characters in one cell: a longer text makes the workbook “need repair”. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** What one sheet lost to Excel's limits, for the run's message. */
export interface SheetCuts {
  sheet: string;
  /** Columns the sheet had, when more than {@link EXCEL_MAX_COLUMNS} (those past XFD are not written). */
  columns?: number;
  /** Cells whose text was cut to {@link EXCEL_MAX_CELL_CHARS} characters, and the first of them (e.g. "B7"). */
  cutCells: number;
  firstCutCell?: string;
}

const letters: string[] = [];
function letter(col: number): string {
  return (letters[col] ??= columnLetter(col));
}

/** What a written sheet leaves for workbook.xml. */
interface WrittenSheet {
  spec: SheetSpec;
  lastRow: number;
  images: number;
}

/**
 * Stream a workbook to disk: each sheet's rows are turned into XML and
 * deflated as they are produced, so memory stays flat however many rows
 * there are. Repeating columns (sheet.sharedColumns) go to the shared-string
 * table, other text inline; styles are collected on the way and written
 * last. Atomic: temp file, then rename.
 */
export async function writeXlsx(path: string, book: WorkbookSpec): Promise<SheetCuts[]> {
  const cuts: SheetCuts[] = [];
  await produceAtomic(path, async (tmp) => {
    const zip = new ZipWriter(tmp, XLSX_DEFLATE_LEVEL);
    try {
      const styles = new StyleSheet();
      const strings = new SharedStrings();
      const context: RowXmlContext = { styleIndex: (s) => styles.index(s), sharedIndex: (c, text) => strings.indexIn(c, text), countShared: (n) => strings.count(n) };
      const written: WrittenSheet[] = [];
      let imageCount = 0;
      for (const spec of book.sheets) {
        const n = written.length + 1;
        let lastRow = 0;
        await zip.add(`xl/worksheets/sheet${n}.xml`, async (write) => {
          const cut: SheetCuts = { sheet: spec.name, cutCells: 0 };
          lastRow = await writeSheet(spec, n === 1, styles, strings, context, write, cut);
          if (cut.columns || cut.cutCells) cuts.push(cut);
        });
        const images = spec.images ?? [];
        if (images.length) {
          await zip.add(`xl/worksheets/_rels/sheet${n}.xml.rels`, (w) => w(rels([[`rId1`, `${NS_REL}/drawing`, `../drawings/drawing${n}.xml`]])));
          await zip.add(`xl/drawings/drawing${n}.xml`, (w) => w(drawingXml(images)));
          await zip.add(`xl/drawings/_rels/drawing${n}.xml.rels`, (w) => w(rels(images.map((_, i) => [`rId${i + 1}`, `${NS_REL}/image`, `../media/image${imageCount + i + 1}.png`]))));
          for (const img of images) await zip.add(`xl/media/image${++imageCount}.png`, async (w) => w(await img.png), { store: true });
        }
        written.push({ spec, lastRow, images: images.length });
      }
      await zip.add("xl/styles.xml", (w) => w(styles.xml()));
      await zip.add("xl/sharedStrings.xml", (w) => strings.write(w));
      await zip.add("xl/workbook.xml", (w) => w(workbookXml(written)));
      await zip.add("xl/_rels/workbook.xml.rels", (w) =>
        w(rels([...written.map((_, i): [string, string, string] => [`rId${i + 1}`, `${NS_REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]), [`rId${written.length + 1}`, `${NS_REL}/styles`, "styles.xml"], [`rId${written.length + 2}`, `${NS_REL}/sharedStrings`, "sharedStrings.xml"]])),
      );
      await zip.add("[Content_Types].xml", (w) => w(contentTypes(written)));
      await zip.add("_rels/.rels", (w) =>
        w(rels([["rId1", `${NS_REL}/officeDocument`, "xl/workbook.xml"], ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"], ["rId3", `${NS_REL}/extended-properties`, "docProps/app.xml"]])),
      );
      await zip.add("docProps/core.xml", (w) => w(coreXml(book)));
      await zip.add("docProps/app.xml", (w) => w(`${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(book.creator)}</Application></Properties>`));
      await zip.finish();
    } catch (e) {
      await zip.abort();
      throw e;
    }
  });
  return cuts;
}

/** Serialise one sheet; returns the last row number written. */
async function writeSheet(spec: SheetSpec, selected: boolean, styles: StyleSheet, strings: SharedStrings, context: RowXmlContext, write: Write, cut: SheetCuts): Promise<number> {
  const out = new ChunkBuffer(write);
  await out.text(sheetHead(spec, selected));
  const shared: boolean[] = [];
  for (const c of spec.sharedColumns ?? []) shared[c] = true;
  let r = 0;
  for (const row of spec.rows) {
    r++;
    if (!row) continue;
    let xml = row.xml && row.xml(r, context);
    if (xml === undefined) {
      if (row.values.length > EXCEL_MAX_COLUMNS) cut.columns = Math.max(cut.columns ?? 0, row.values.length);
      xml = rowXml(r, row, styles, shared, strings, cut);
    }
    const full = out.text(xml);
    if (full) await full;
  }
  await out.text(sheetTail(spec));
  await out.flush();
  return r;
}

/**
 * Row texts encoded straight into a byte buffer that is handed on when
 * full. Encoding each short row where it is built is about eight times
 * faster than encoding one long concatenated string (measured: V8 must
 * first flatten the concatenation). Buffers are recycled once deflated:
 * allocating a fresh megabyte per chunk made V8 run a full collection
 * every second of a large write.
 */
class ChunkBuffer {
  private static readonly spare: Buffer[] = [];
  private buffer = ChunkBuffer.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  constructor(private readonly write: Write) {}

  /**
   * Add a text; a promise only when the buffer had to be handed on first.
   * Most rows fit: awaiting each of 3 million rows cost a promise and a
   * microtask turn apiece.
   */
  text(s: string): Promise<void> | undefined {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + s.length * 3 > this.buffer.length) return this.flushThenText(s);
    this.used += this.buffer.write(s, this.used, "utf8");
    return undefined;
  }

  private async flushThenText(s: string): Promise<void> {
    await this.flush();
    if (s.length * 3 > this.buffer.length) return this.write(Buffer.from(s, "utf8"));
    this.used += this.buffer.write(s, this.used, "utf8");
  }

  async flush(): Promise<void> {
    if (!this.used) return;
    const full = this.buffer;
    const used = this.used;
    // The deflate stream keeps the handed-on bytes until it has read them: take another buffer meanwhile.
    this.buffer = ChunkBuffer.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    await this.write(full.subarray(0, used), () => ChunkBuffer.spare.push(full));
    // Let the event loop run: zlib hands each deflated piece back through it,
    // and only then starts on the next, so without this the thread pool sat
    // idle while rows were built (measured: a quarter of the write time).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function sheetHead(spec: SheetSpec, selected: boolean): string {
  let xml = `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  if (spec.page) xml += `<sheetPr><pageSetUpPr fitToPage="${spec.page.scale ? 0 : 1}"/></sheetPr>`;
  xml += `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}`;
  const f = spec.frozen;
  if (f && (f.rows || f.cols)) {
    const pane = f.rows && f.cols ? "bottomRight" : f.rows ? "bottomLeft" : "topRight";
    xml += `><pane${f.cols ? ` xSplit="${f.cols}"` : ""}${f.rows ? ` ySplit="${f.rows}"` : ""} topLeftCell="${letter(f.cols)}${f.rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
  } else xml += "/>";
  xml += '</sheetViews><sheetFormatPr defaultRowHeight="15"/>';
  if (spec.widths.length) xml += `<cols>${spec.widths.slice(0, EXCEL_MAX_COLUMNS).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  return xml + "<sheetData>";
}

function sheetTail(spec: SheetSpec): string {
  let xml = "</sheetData>";
  const af = spec.autoFilter;
  if (af) xml += `<autoFilter ref="${letter(af.left - 1)}${af.row}:${letter(Math.min(af.right, EXCEL_MAX_COLUMNS) - 1)}${af.row}"/>`;
  // Merges are clipped at XFD like the cells; one that starts past it goes.
  const merges = spec.merges.filter((m) => m.left <= EXCEL_MAX_COLUMNS).map((m) => (m.right > EXCEL_MAX_COLUMNS ? { ...m, right: EXCEL_MAX_COLUMNS } : m));
  if (merges.length) xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${ref(m)}"/>`).join("")}</mergeCells>`;
  if (spec.page) {
    const p = spec.page;
    xml += '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    xml += `<pageSetup paperSize="9"${p.scale ? ` scale="${p.scale}"` : ""} orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="0"/>`;
    if (p.footer) xml += `<headerFooter><oddFooter>${escapeXml(p.footer)}</oddFooter></headerFooter>`;
    const breaks = p.columnBreaks ?? [];
    // After headerFooter and rowBreaks, before drawing (the schema's order).
    if (breaks.length) xml += `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="1048575" man="1"/>`).join("")}</colBreaks>`;
  }
  if (spec.images?.length) xml += '<drawing r:id="rId1"/>';
  return xml + "</worksheet>";
}

function ref(m: Merge): string {
  return `${letter(m.left - 1)}${m.top}:${letter(m.right - 1)}${m.bottom}`;
}

function rowXml(r: number, row: XlsxRow, styles: StyleSheet, shared: readonly boolean[], strings: SharedStrings, cut: SheetCuts): string {
  let xml = row.height ? `<row r="${r}" ht="${row.height}" customHeight="1">` : `<row r="${r}">`;
  const values = row.values;
  const rowStyle = row.style;
  const perCell = Array.isArray(rowStyle);
  // A cell's address is optional in the format: without it, a reader places
  // the cell right after the previous one. Writing it only after a gap (and
  // for the first cell, which exceljs needs) makes 计分明细 a fifth smaller.
  let next = 0;
  const last = Math.min(values.length, EXCEL_MAX_COLUMNS);
  for (let c = 0; c < last; c++) {
    const raw = values[c];
    const tooLong = typeof raw === "string" && raw.length > EXCEL_MAX_CELL_CHARS;
    if (tooLong && !cut.cutCells++) cut.firstCutCell = `${letter(c)}${r}`;
    const v = tooLong ? cutCellText(raw) : raw;
    const s = styles.index(perCell ? (rowStyle as (Style | undefined)[])[c] : (rowStyle as Style | undefined));
    const empty = v === null || v === undefined || v === "" || (typeof v === "number" && !Number.isFinite(v));
    if (empty && !s) continue;
    const at = c === next && c > 0 ? "<c" : `<c r="${letter(c)}${r}"`;
    next = c + 1;
    const head = s ? `${at} s="${s}"` : at;
    if (empty) xml += head + "/>";
    else if (isFormula(v)) xml += formulaXml(head, v);
    else if (typeof v === "number") xml += `${head}><v>${v}</v></c>`;
    else if (typeof v === "boolean") xml += `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
    else if (shared[c]) xml += `${head} t="s"><v>${strings.indexIn(c, v)}</v></c>`;
    else {
      xml += `${head} t="inlineStr"><is><t${keepSpaces(v)}>${escapeXml(v)}</t></is></c>`;
    }
  }
  return xml + "</row>";
}

/**
 * The attribute that keeps a text's leading or trailing spaces (and tabs,
 * line breaks), which XML readers would otherwise trim.
 * @example keepSpaces(" 甲") // => ' xml:space="preserve"'
 */
export function keepSpaces(text: string): string {
  return text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32 ? ' xml:space="preserve"' : "";
}

/** A formula cell with its cached value (t="str" for text, t="b" for a boolean, no <v> when there is none). */
function formulaXml(head: string, cell: XlsxFormula): string {
  const f = `<f>${escapeXml(cell.formula)}</f>`;
  const c = cell.cached;
  if (typeof c === "number" && Number.isFinite(c)) return `${head}>${f}<v>${c}</v></c>`;
  if (typeof c === "boolean") return `${head} t="b">${f}<v>${c ? 1 : 0}</v></c>`;
  if (typeof c === "string") return `${head} t="str">${f}<v>${escapeXml(c)}</v></c>`;
  return `${head}>${f}</c>`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function workbookXml(sheets: WrittenSheet[]): string {
  const names: string[] = [];
  sheets.forEach(({ spec, lastRow }, i) => {
    const q = escapeXml(quoteSheet(spec.name));
    const af = spec.autoFilter;
    if (af) names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${q}!$${letter(af.left - 1)}$${af.row}:$${letter(af.right - 1)}$${af.row}</definedName>`);
    if (spec.page?.printColumns) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${q}!$A$1:$${letter(spec.page.printColumns - 1)}$${Math.max(lastRow, 1)}</definedName>`);
    // Columns first, then rows, comma-separated: how Excel writes both kinds of print titles.
    const t = spec.page?.titleRows;
    const tc = spec.page?.titleColumns;
    const titles = [...(tc ? [`${q}!$${letter(tc.first - 1)}:$${letter(tc.last - 1)}`] : []), ...(t ? [`${q}!$${t.first}:$${t.last}`] : [])];
    if (titles.length) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${titles.join(",")}</definedName>`);
  });
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets.map(({ spec }, i) => `<sheet name="${escapeXml(spec.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    "</sheets>" +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="191029"/></workbook>'
  );
}

function rels(list: [string, string, string][]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;
}

function contentTypes(sheets: WrittenSheet[]): string {
  const ct = "application/vnd.openxmlformats-officedocument";
  const parts = [
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.spreadsheetml.sharedStrings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    `<Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/>`,
  ];
  sheets.forEach((s, i) => {
    parts.push(`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`);
    if (s.images) parts.push(`<Override PartName="/xl/drawings/drawing${i + 1}.xml" ContentType="${ct}.drawing+xml"/>`);
  });
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${parts.join("")}</Types>`;
}

function drawingXml(images: XlsxImage[]): string {
  const anchors = images.map((img, i) => {
    const cx = Math.round(img.width * EMU_PER_PX);
    const cy = Math.round(img.height * EMU_PER_PX);
    return `<xdr:oneCellAnchor><xdr:from><xdr:col>${img.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${img.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="图表 ${i + 1}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`;
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors.join("")}</xdr:wsDr>`;
}

function coreXml(book: WorkbookSpec): string {
  const when = book.created.toISOString().replace(/\.\d+Z$/, "Z");
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(book.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/** The shared-string table: each repeated text once, in first-use order. */
class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private uses = 0;

  // The last text and index of each column: 计分明细 repeats a unit's name
  // and category on each of its 30-odd rows, so most lookups end here.
  private readonly lastText: string[] = [];
  private readonly lastIndex: number[] = [];

  /** index(text) for a cell of column c. */
  indexIn(c: number, text: string): number {
    if (this.lastText[c] === text) {
      this.uses++;
      return this.lastIndex[c];
    }
    this.lastText[c] = text;
    return (this.lastIndex[c] = this.index(text));
  }

  /** Count n more uses of texts already indexed. */
  count(n: number): void {
    this.uses += n;
  }

  index(text: string): number {
    this.uses++;
    let i = this.indexes.get(text);
    if (i === undefined) {
      i = this.indexes.size;
      this.indexes.set(text, i);
    }
    return i;
  }

  async write(w: Write): Promise<void> {
    await w(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.indexes.size}">`);
    let chunk = "";
    for (const text of this.indexes.keys()) {
      chunk += `<si><t${keepSpaces(text)}>${escapeXml(text)}</t></si>`;
      if (chunk.length > 1 << 16) {
        await w(chunk);
        chunk = "";
      }
    }
    await w(chunk + "</sst>");
  }
}

/**
 * A text cut to fit one Excel cell, ending in a mark that says so (never
 * splitting a surrogate pair).
 *
 * @example cutCellText("甲".repeat(40000)).length // => 32767
 */
export function cutCellText(text: string): string {
  let keep = EXCEL_MAX_CELL_CHARS - CELL_CUT_MARK.length;
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep) + CELL_CUT_MARK;
}
