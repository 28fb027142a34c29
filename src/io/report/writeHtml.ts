import type { ReportModel } from "../../core/report/buildReport.js";
import { writeFileAtomic } from "../atomicWrite.js";
import { REPORT_FONTS } from "./fonts.js";
import { dropXmlInvalid } from "../xlsx/escapeXml.js";
import type { ChartImages } from "./writeDocx.js";

// Control characters are dropped as in the workbook: HTML forbids them too, and a browser shows them as boxes.
const escape = (s: string | number) =>
  dropXmlInvalid(String(s)).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The same 通报 as one self-contained page: no network, charts inline as data URLs. */
export function buildHtml(model: ReportModel, charts: ChartImages): string {
  const body: string[] = [];
  // Attachments (long tables, the data issues) follow the text, each under its 附件n heading.
  const attached = (model.attachments ?? []).flatMap((a): ReportModel["blocks"] => [{ kind: "pageBreak" }, { kind: "heading", text: `${a.label}　${a.title}` }, ...a.blocks]);
  for (const b of [...model.blocks, ...attached]) {
    switch (b.kind) {
      case "heading":
        body.push(`<h2>${escape(b.text)}</h2>`);
        break;
      case "paragraph":
        body.push(`<p>${escape(b.text)}</p>`);
        break;
      case "table":
        body.push(
          `<table>${b.caption ? `<caption>${escape(b.caption)}</caption>` : ""}<thead><tr>${b.headers.map((h) => `<th>${escape(h)}</th>`).join("")}</tr></thead>` +
            `<tbody>${b.rows.map((r) => `<tr>${r.map((v) => `<td>${escape(v)}</td>`).join("")}</tr>`).join("")}</tbody></table>`,
        );
        break;
      case "chart": {
        const img = charts.get(b.chartId);
        if (img) body.push(`<figure><img alt="${escape(b.caption)}" src="data:image/png;base64,${img.png.toString("base64")}"><figcaption>${escape(b.caption)}</figcaption></figure>`);
        break;
      }
      case "pageBreak":
        body.push('<hr class="page-break">');
        break;
    }
  }
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(model.title)}</title>
<style>
  body { max-width: 860px; margin: 2em auto; padding: 0 1.5em; font-family: ${REPORT_FONTS.body.css}; font-size: 17px; line-height: 1.9; color: #1a1a1a; }
  h1 { font-family: ${REPORT_FONTS.title.css}; font-size: 30px; font-weight: normal; text-align: center; margin-bottom: 0.2em; }
  .issuer { text-align: center; margin-top: 0; }
  h2 { font-family: ${REPORT_FONTS.heading.css}; font-size: 19px; font-weight: normal; margin: 1.6em 0 0.4em; }
  p { text-indent: 2em; margin: 0.4em 0; text-align: justify; }
  table { border-collapse: collapse; width: 100%; margin: 0.8em 0 1.2em; font-size: 15px; line-height: 1.5; }
  caption { font-family: ${REPORT_FONTS.heading.css}; padding: 0.4em; }
  th, td { border: 1px solid #333; padding: 0.3em 0.5em; text-align: center; }
  th { background: #eef3fa; font-family: ${REPORT_FONTS.heading.css}; font-weight: normal; }
  figure { margin: 1.2em 0; text-align: center; }
  figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
  figcaption { font-size: 15px; }
  hr.page-break { border: none; border-top: 1px dashed #bbb; margin: 2em 0; }
  @media print { hr.page-break { page-break-after: always; border: none; } body { margin: 0; } }
</style>
</head>
<body>
<h1>${escape(model.title)}</h1>
<p class="issuer">${escape(model.issuer)}</p>
${body.join("\n")}
</body>
</html>
`;
}

export async function writeHtml(path: string, model: ReportModel, charts: ChartImages): Promise<void> {
  await writeFileAtomic(path, new TextEncoder().encode(buildHtml(model, charts)));
}
