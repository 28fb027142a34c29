import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportModel } from "../../core/report/buildReport.js";
import { writeFileAtomic } from "../atomicWrite.js";
import { REPORT_FONTS } from "./fonts.js";
import { dropXmlInvalid } from "../xlsx/escapeXml.js";

/** Chart images by spec id, with their pixel size. */
export type ChartImages = Map<string, { png: Buffer; width: number; height: number }>;

const font = (eastAsia: string) => ({ ascii: REPORT_FONTS.latin, hAnsi: REPORT_FONTS.latin, eastAsia });
// Sizes in half-points: 二号 22pt for the title, 三号 16pt for text, 小四 12pt in tables.
const SIZE = { title: 44, text: 32, table: 24 };
const MM = 56.7; // twips per millimetre

/** Every text of the document goes through here, so none carries a character XML cannot hold. */
function run(text: string, face: string, size: number, bold = false): TextRun {
  return new TextRun({ text: dropXmlInvalid(text), font: font(face), size, bold });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/** The 公文 text block: 210 mm less 28 mm and 26 mm margins. */
const TEXT_WIDTH = Math.round(156 * MM);

function table(headers: string[], rows: (string | number)[][], widths?: number[]): Table {
  // Fixed column widths in twips: Word and LibreOffice both honour these.
  const share = widths ?? headers.map(() => 100 / headers.length);
  const columnWidths = share.map((w) => Math.round((w / 100) * TEXT_WIDTH));
  const cell = (text: string | number, head: boolean, i: number) =>
    new TableCell({
      width: { size: columnWidths[i], type: WidthType.DXA },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(String(text), head ? REPORT_FONTS.heading.docx : REPORT_FONTS.body.docx, SIZE.table, head)] })],
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, i)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, false, i)) })),
    ],
  });
}

/** Lay the 通报 out as an A4 Word document in 公文 style, with page numbers. */
export function buildDocx(model: ReportModel, charts: ChartImages): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(model.title, REPORT_FONTS.title.docx, SIZE.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(model.issuer, REPORT_FONTS.body.docx, SIZE.text)] }),
  ];
  for (const block of model.blocks) {
    switch (block.kind) {
      case "heading":
        children.push(new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, indent: { firstLine: 640 }, children: [run(block.text, REPORT_FONTS.heading.docx, SIZE.text)] }));
        break;
      case "paragraph":
        children.push(new Paragraph({ spacing: { line: 560 }, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, children: [run(block.text, REPORT_FONTS.body.docx, SIZE.text)] }));
        break;
      case "table":
        if (block.caption) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 200, after: 100 }, children: [run(block.caption, REPORT_FONTS.heading.docx, SIZE.table)] }));
        children.push(table(block.headers, block.rows, block.widths));
        break;
      case "chart": {
        const img = charts.get(block.chartId);
        if (!img) break;
        // 155 mm wide fits the 公文 text block (210 − 28 − 26 mm).
        const width = 585;
        const height = Math.round((img.height / img.width) * width);
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 200 }, children: [new ImageRun({ type: "png", data: img.png, transformation: { width, height } })] }));
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(block.caption, REPORT_FONTS.body.docx, SIZE.table)] }));
        break;
      }
      case "pageBreak":
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return new Document({
    creator: "kaoping",
    title: dropXmlInvalid(model.title),
    styles: { default: { document: { run: { font: font(REPORT_FONTS.body.docx), size: SIZE.text } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(REPORT_FONTS.body.docx), size: 28 })] })],
          }),
        },
        children,
      },
    ],
  });
}

export async function writeDocx(path: string, model: ReportModel, charts: ChartImages): Promise<void> {
  const buffer = await Packer.toBuffer(buildDocx(model, charts));
  await writeFileAtomic(path, new Uint8Array(buffer));
}
