import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableAnchorType,
  TableLayoutType,
  TableRow,
  RelativeHorizontalPosition,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { ReportAttachment, ReportBlock, ReportModel } from "../../core/report/buildReport.js";
import { writeFileAtomic } from "../atomicWrite.js";
import { REPORT_FONTS } from "./fonts.js";
import { dropXmlInvalid, escapeXml } from "../xlsx/escapeXml.js";
import { NOTICE_LAYOUT } from "./noticeLayout.js";
import { zipBuffer, type ZipEntry } from "../xlsx/zipWriter.js";
import { createHash } from "node:crypto";

/** Chart images by spec id, with their pixel size. */
export type ChartImages = Map<string, { png: Buffer; width: number; height: number }>;

type Face = { docx: string; docxAlt: string };
const font = (face: Face) => ({ ascii: REPORT_FONTS.latin, hAnsi: REPORT_FONTS.latin, eastAsia: face.docx });
// Sizes in half-points: 二号 22 pt (title), 三号 16 pt (text), 四号 14 pt (page numbers, 版记, captions), 小四 12 pt (tables).
const SIZE = { title: 44, text: 32, small: 28, table: 24 };
const MM = 56.7; // twips per millimetre
/** GB/T 9704: 28 pt lines, exactly, whatever the font (Word's 「固定值」). */
const LINE = 560;
/** One 三号 character: first-line indents and the 落款's right margin are counted in these. */
const CHAR = 320;
const exact = (line = LINE) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** Every text of the document goes through here, so none carries a character XML cannot hold. */
function run(text: string, face: Face, size: number, options: { bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ text: dropXmlInvalid(text), font: font(face), size, bold: options.bold, color: options.color });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/** The 公文 text block (版心): 210 mm less 28 mm and 26 mm margins. */
const TEXT_WIDTH = Math.round(156 * MM);
const TEXT_HEIGHT = Math.round(225 * MM);

/**
 * Header cells are shaded 25 % grey (D9D9D9) under bold 黑体: lighter than
 * the black text and darker than the white rows, so a black-and-white
 * printer keeps the difference.
 */
const HEADER_FILL = "D9D9D9";

/** A body paragraph: 仿宋 三号, exact 28 pt, indented two characters. */
function text(value: string, options: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: exact(),
    indent: options.indent === false ? undefined : { firstLine: 2 * CHAR },
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
    children: [run(value, REPORT_FONTS.body, SIZE.text)],
  });
}

const blank = (keepNext = false) => new Paragraph({ spacing: exact(), keepNext, children: [] });

/** 一、 黑体; （一） 楷体; 1. 仿宋 bold — each kept with what follows. */
function heading(value: string, level: 1 | 2 | 3): Paragraph {
  const face = level === 1 ? REPORT_FONTS.heading : level === 2 ? REPORT_FONTS.kai : REPORT_FONTS.body;
  return new Paragraph({ keepNext: true, spacing: exact(), indent: { firstLine: 2 * CHAR }, children: [run(value, face, SIZE.text, { bold: level === 3 })] });
}

/**
 * A table at fixed column widths (Word and LibreOffice both honour these),
 * its header repeated on each page. `together`: every row but the last is
 * kept with the next, so a short table never leaves its caption or splits.
 */
function table(block: Extract<ReportBlock, { kind: "table" }>, together: boolean): Table {
  const { headers, rows, widths } = block;
  const share = widths ?? headers.map(() => 100 / headers.length);
  const columnWidths = share.map((w) => Math.round((w / 100) * TEXT_WIDTH));
  const cell = (value: string | number, head: boolean, i: number, keepNext: boolean) =>
    new TableCell({
      width: { size: columnWidths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      ...(head ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } } : {}),
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext,
          spacing: exact(360),
          children: [run(String(value), head ? REPORT_FONTS.heading : REPORT_FONTS.body, SIZE.table, { bold: head })],
        }),
      ],
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, true, i, true)) }),
      ...rows.map((r, k) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, false, i, together && k < rows.length - 1)) })),
    ],
  });
}

/** A caption: 黑体 四号, centred; above a table (kept with it), below a chart. */
function caption(value: string, keepNext: boolean): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext, spacing: exact(), children: [run(value, REPORT_FONTS.heading, SIZE.small)] });
}

function blocksToDocx(blocks: ReportBlock[], charts: ChartImages, inAttachment: boolean, longTables?: LongTables): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [k, block] of blocks.entries()) {
    switch (block.kind) {
      case "heading":
        out.push(heading(block.text, block.level ?? 1));
        break;
      case "paragraph":
        // The text's last paragraph (特此通报。) goes with the 落款: a signature never stands alone on a page.
        out.push(text(block.text, { keepNext: !inAttachment && k === blocks.length - 1 }));
        break;
      case "table":
        if (block.caption) out.push(caption(block.caption, true));
        // Long tables (in an 附件) break across pages under their repeated header; short ones stay whole.
        out.push(longTables && block.rows.length > TEMPLATED_TABLE_ROWS ? longTables.placeholder(block, !inAttachment) : table(block, !inAttachment));
        if (!inAttachment) out.push(blank());
        break;
      case "chart": {
        const img = charts.get(block.chartId);
        if (!img) break;
        // 150 mm wide within the 156 mm text block; at most 150 mm high, so a chart and its caption fit a page.
        let width = 567;
        let height = Math.round((img.height / img.width) * width);
        if (height > 567) {
          width = Math.round((567 / height) * width);
          height = 567;
        }
        // The image line is as tall as the image (an exact 28 pt line would crop it), and kept with its caption.
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 }, children: [new ImageRun({ type: "png", data: img.png, transformation: { width, height } })] }));
        out.push(caption(block.caption, false));
        break;
      }
      case "pageBreak":
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

/**
 * The 版头 (GB/T 9704 7.2): the 发文机关标志 in red 小标宋, as large as fits
 * the line, two lines above the 发文字号, which sits 4 mm over the red rule
 * as wide as the text block; the title two lines below.
 */
function letterhead(issuer: string, docNumber: string): Paragraph[] {
  const points = NOTICE_LAYOUT.issuerPoints(issuer);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(Math.round(points * 20 * 1.25)),
      children: [run(issuer, REPORT_FONTS.title, points * 2, { color: NOTICE_LAYOUT.red })],
    }),
    blank(),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(),
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: NOTICE_LAYOUT.red, space: 11 } },
      children: [run(docNumber, REPORT_FONTS.body, SIZE.text)],
    }),
    blank(),
  ];
}

/**
 * 附件说明 (GB/T 9704 7.3.4): 附件：1. name, the next names under the first,
 * one blank line after the text.
 */
function attachmentNote(attachments: ReportAttachment[]): Paragraph[] {
  if (!attachments.length) return [];
  const numbered = attachments.length > 1;
  return [
    blank(true),
    ...attachments.map((a, k) =>
      new Paragraph({
        spacing: exact(),
        keepNext: true,
        indent: k === 0 ? { left: 2 * CHAR } : { left: 5 * CHAR },
        children: [run(`${k === 0 ? "附件：" : ""}${numbered ? `${k + 1}. ` : ""}${a.title}`, REPORT_FONTS.body, SIZE.text)],
      }),
    ),
  ];
}

/**
 * 落款 and 成文日期 (GB/T 9704 7.3.5.1, a document that is sealed): the
 * date four characters from the right, the signature centred over it;
 * three blank lines above for the seal.
 */
function signature(name: string, date: string): Paragraph[] {
  const { signatureRight, dateRight } = NOTICE_LAYOUT.signatureIndents(name, date);
  const line = (value: string, right: number, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext, spacing: exact(), indent: { right: right * CHAR }, children: [run(value, REPORT_FONTS.body, SIZE.text)] });
  return [blank(true), blank(true), blank(true), line(name, signatureRight, true), line(date, dateRight, false)];
}

/** Each 附件 on its own page: 附件1 in 黑体 at the top left, its title centred on the third line. */
function attachmentPages(attachments: ReportAttachment[], charts: ChartImages, longTables?: LongTables): (Paragraph | Table)[] {
  return attachments.flatMap((a) => [
    new Paragraph({ spacing: exact(), children: [new PageBreak(), run(a.label, REPORT_FONTS.heading, SIZE.text)] }),
    blank(),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact(), children: [run(a.title, REPORT_FONTS.title, SIZE.title)] }),
    blank(),
    ...blocksToDocx(a.blocks, charts, true, longTables),
  ]);
}

/**
 * 版记 (GB/T 9704 7.4): 抄送 and the 印发 line (发文机关 left, 成文日期
 * 印发 right) between rules the width of the text block — thick above and
 * below, thin between — 仿宋 四号, one character in from each side, the
 * last rule on the bottom edge of the text block of the last page (a table
 * anchored to the bottom margin).
 */
function copyNote(issuer: string | undefined, copyTo: string | undefined, date: string): (Paragraph | Table)[] {
  const lines: TextRun[][] = [];
  if (copyTo) lines.push([run(`抄送：${copyTo}。`, REPORT_FONTS.body, SIZE.small)]);
  if (issuer) lines.push([run(issuer, REPORT_FONTS.body, SIZE.small), new TextRun({ children: [new Tab()] }), run(`${date}印发`, REPORT_FONTS.body, SIZE.small)]);
  if (!lines.length) return [];
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: "000000" });
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  // Each line: an exact 28 pt line and 3 pt above and below.
  const ROW = LINE + 120;
  const note = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    // Placed by its top, from the top of the text block (Word and LibreOffice both read tblpY; not every reader reads tblpYSpec="bottom").
    float: { horizontalAnchor: TableAnchorType.MARGIN, verticalAnchor: TableAnchorType.MARGIN, absoluteVerticalPosition: TEXT_HEIGHT - lines.length * ROW - 40, relativeHorizontalPosition: RelativeHorizontalPosition.CENTER },
    borders: { top: rule(8), bottom: rule(8), left: none, right: none, insideHorizontal: rule(4), insideVertical: none },
    rows: lines.map(
      (children) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              margins: { top: 60, bottom: 60, left: 280, right: 280 },
              children: [new Paragraph({ spacing: exact(), tabStops: [{ type: "right", position: TEXT_WIDTH - 560 - 20 }], children })],
            }),
          ],
        }),
    ),
  });
  // A paragraph before it, so it is never joined to a table above (Word merges adjacent tables).
  // … and one after it: a floating table needs a paragraph to anchor to.
  return [new Paragraph({ spacing: exact(), children: [] }), note, new Paragraph({ spacing: exact(), children: [] })];
}

/** A page-number footer: 「— 1 —」 in 4号宋体, one character in from the outside edge. */
function pageFooter(side: "right" | "left"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "right" ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(REPORT_FONTS.pageNumber), size: SIZE.small })],
      }),
    ],
  });
}

/** Tables longer than this are written from row templates (LongTables), not row by row through docx. */
export const TEMPLATED_TABLE_ROWS = 20;

/** A cell's text in a row template: never in a report (a private-use character and the column). */
const cellMarker = (i: number) => `\uE000${i}\uE001`;
/** The paragraph standing where a long table goes, until its XML replaces it. */
const tableMarker = (n: number) => `\uE002${n}\uE003`;

/** docx's own escaping of text (the xml package's): & " ' < >. */
function escapeDocxText(text: string): string {
  return text.replace(/[&"'<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" })[c]!);
}

/**
 * Long tables (the 附件's data problems, 1,000 rows at 1,000 units; the
 * category tables) as docx would write them, at a fraction of the cost:
 * docx built and serialised an object per element, ~30 a cell (1,000 units:
 * 5.7 MB of document.xml, about 1 s and 200 MB). Here docx writes each
 * table once with two template rows whose cells hold markers, and every
 * real row is that row's XML with the markers replaced by the cells' text,
 * escaped as docx escapes it. A test holds the result equal to docx's.
 */
export class LongTables {
  private readonly tables: { block: Extract<ReportBlock, { kind: "table" }>; together: boolean }[] = [];

  /** Where the table goes: a paragraph holding only its marker. */
  placeholder(block: Extract<ReportBlock, { kind: "table" }>, together: boolean): Paragraph {
    this.tables.push({ block, together });
    return new Paragraph({ children: [new TextRun(tableMarker(this.tables.length - 1))] });
  }

  /** document.xml with each placeholder paragraph replaced by its table. */
  fill(documentXml: string, compile: (doc: Document) => string): string {
    if (!this.tables.length) return documentXml;
    let placed = 0;
    const filled = documentXml.replace(/<w:p><w:r><w:t xml:space="preserve">\uE002(\d+)\uE003<\/w:t><\/w:r><\/w:p>/g, (_, n: string) => (placed++, this.tableXml(Number(n), compile)));
    // A docx that writes the placeholder otherwise would leave the marker text in the 通报.
    if (placed !== this.tables.length) throw new Error(`LongTables placed ${placed} of ${this.tables.length} tables: docx wrote a placeholder differently`);
    return filled;
  }

  private tableXml(n: number, compile: (doc: Document) => string): string {
    const { block, together } = this.tables[n];
    const markers = block.headers.map((_, i) => cellMarker(i));
    // Two rows: the first kept with the next when `together`, the last never.
    const template = compile(new Document({ sections: [{ children: [table({ ...block, rows: [markers, markers] }, together)] }] }));
    const start = template.indexOf("<w:tbl>");
    const xml = template.slice(start, template.indexOf("</w:tbl>", start) + "</w:tbl>".length);
    const rowStarts = [...xml.matchAll(/<w:tr>/g)].map((m) => m.index);
    const [head, kept, last] = [0, 1, 2].map((r) => xml.slice(rowStarts[r], r < 2 ? rowStarts[r + 1] : xml.lastIndexOf("</w:tbl>")));
    const split = (row: string) => row.split(/\uE000\d+\uE001/);
    const keptParts = split(kept);
    const lastParts = split(last);
    const out: string[] = [xml.slice(0, rowStarts[0]), head];
    block.rows.forEach((cells, k) => {
      // One template row has a cell per header: a row of another width would lose its closing tag.
      if (cells.length !== block.headers.length) throw new Error(`LongTables requires rows of ${block.headers.length} cells (row ${k + 1} has ${cells.length})`);
      const parts = together && k < block.rows.length - 1 ? keptParts : lastParts;
      let row = parts[0];
      for (let i = 0; i < cells.length; i++) row += escapeDocxText(dropXmlInvalid(String(cells[i]))) + parts[i + 1];
      out.push(row);
    });
    out.push("</w:tbl>");
    return out.join("");
  }
}

/** Lay the 通报 out as an A4 Word document after GB/T 9704-2012. */
export function buildDocx(model: ReportModel, charts: ChartImages, longTables?: LongTables): Document {
  const { notice } = model;
  const children: (Paragraph | Table)[] = [
    ...(notice?.issuer ? letterhead(notice.issuer, notice.docNumber) : []),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact(700), children: [run(model.title, REPORT_FONTS.title, SIZE.title)] }),
    blank(),
    ...(notice ? [text(`${notice.recipients}：`, { indent: false })] : []),
    ...blocksToDocx(model.blocks, charts, false, longTables),
    ...attachmentNote(model.attachments ?? []),
    ...(notice ? signature(notice.signature, notice.date) : []),
    ...attachmentPages(model.attachments ?? [], charts, longTables),
    ...(notice ? copyNote(notice.issuer, notice.copyTo, notice.date) : []),
  ];
  return new Document({
    creator: "kaoping",
    title: dropXmlInvalid(model.title),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(REPORT_FONTS.body), size: SIZE.text } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            // 版心 156 × 225 mm; the page number's top 7 mm below it.
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(22 * MM) },
          },
        },
        footers: { default: pageFooter("right"), even: pageFooter("left") },
        children,
      },
    ],
  });
}

/**
 * The font table: each face the document names, with the name Windows has
 * by default as its alternate (w:altName), and the GB2312 character set, so
 * Word and WPS substitute 仿宋 for a missing 仿宋_GB2312 rather than a Latin face.
 */
export function fontTableXml(): string {
  const faces = [REPORT_FONTS.title, REPORT_FONTS.heading, REPORT_FONTS.body, REPORT_FONTS.kai, REPORT_FONTS.pageNumber];
  const entry = (f: Face) => `<w:font w:name="${escapeXml(f.docx)}"><w:altName w:val="${escapeXml(f.docxAlt)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:font w:name="${REPORT_FONTS.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
    faces.map(entry).join("") +
    `</w:fonts>`
  );
}

/** The part of docx's Packer that lays the document out as files (its zip is not used). */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: { path: string; data: string }[]): { files: Record<string, { dir: boolean; async(type: "uint8array"): Promise<Uint8Array> }> };
}

/** zlib's default level, as docx's own packer (JSZip) deflates. */
const DOCX_DEFLATE_LEVEL = 6;

/**
 * The .docx bytes: the document with its font table. docx lays the parts
 * out; kaoping zips them with native zlib and stores the PNGs as they are.
 * docx's own packer deflated everything, the PNGs again, in JavaScript,
 * and named each image by a SHA-1 of its bytes computed in JavaScript:
 * 1.1 s of the 12-unit run's CPU (measured). docx is given a stand-in per
 * chart (the hex SHA-1 of its PNG, by node:crypto) so its names stay
 * content-derived, and each stand-in's media file is then written with the
 * chart's PNG.
 */
export async function packDocx(model: ReportModel, charts: ChartImages, opts: { longTables?: boolean } = {}): Promise<Buffer> {
  const pngByStandIn = new Map<string, Buffer>();
  const standIns: ChartImages = new Map(
    [...charts].map(([id, chart]) => {
      const standIn = createHash("sha1").update(chart.png).digest("hex");
      pngByStandIn.set(standIn, chart.png);
      return [id, { ...chart, png: Buffer.from(standIn, "latin1") }];
    }),
  );
  const compiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;
  const longTables = opts.longTables === false ? undefined : new LongTables();
  const { files } = compiler.compile(buildDocx(model, standIns, longTables), undefined, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
  const compileDocument = (doc: Document) => (compiler as unknown as { xmlifyFile(file: Document, prettify: undefined): { Document: { data: string } } }).xmlifyFile(doc, undefined).Document.data;
  const entries: ZipEntry[] = [];
  for (const [name, file] of Object.entries(files)) {
    if (file.dir) continue;
    let data = await file.async("uint8array");
    if (name === "word/document.xml" && longTables) data = Buffer.from(longTables.fill(Buffer.from(data).toString("utf8"), compileDocument), "utf8");
    const png = name.startsWith("word/media/") ? pngByStandIn.get(Buffer.from(data).toString("latin1")) : undefined;
    entries.push(png ? { name, data: png, store: true } : { name, data });
  }
  return zipBuffer(entries, DOCX_DEFLATE_LEVEL);
}

export async function writeDocx(path: string, model: ReportModel, charts: ChartImages): Promise<void> {
  await writeFileAtomic(path, new Uint8Array(await packDocx(model, charts)));
}
