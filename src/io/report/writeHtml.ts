import type { ReportModel } from "../../core/report/buildReport.js";
import type { DashboardModel } from "../../core/report/dashboardModel.js";
import { writeFileAtomic } from "../atomicWrite.js";
import { REPORT_FONTS } from "./fonts.js";
import { escapeHtml as escape, htmlHead } from "./escapeHtml.js";
import type { ChartImages } from "./writeDocx.js";
import { dashboardPage, type GalleryChart } from "./dashboardHtml.js";

/** The leader's dashboard beside the 通报: the model and the run's charts (each drawn once in 图表, the 通报 refers to them). */
export interface Dashboard {
  model: DashboardModel;
  charts: GalleryChart[];
}

/**
 * The 通报's blocks as HTML. A chart the dashboard's 图表 holds is only
 * referred to (`data-chart`, filled by the page's script), so each
 * picture is in the file once; others are inlined.
 */
export function reportBody(model: ReportModel, charts: ChartImages, inGallery: Set<string> = new Set()): string {
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
        if (inGallery.has(b.chartId)) {
          body.push(`<figure><img alt="${escape(b.caption)}" data-chart="${escape(b.chartId)}"><figcaption>${escape(b.caption)}</figcaption></figure>`);
          break;
        }
        const img = charts.get(b.chartId);
        if (img) body.push(`<figure><img alt="${escape(b.caption)}" src="data:image/png;base64,${img.png.toString("base64")}"><figcaption>${escape(b.caption)}</figcaption></figure>`);
        break;
      }
      case "pageBreak":
        body.push('<hr class="page-break">');
        break;
    }
  }
  return `<h1>${escape(model.title)}</h1>
<p class="issuer">${escape(model.issuer)}</p>
${body.join("\n")}`;
}

/** The 通报's typography, scoped to its container so the dashboard keeps its own. */
export function reportStyle(scope: string): string {
  return `
  ${scope} { max-width: 860px; margin: 2em auto; padding: 0 1.5em; font-family: ${REPORT_FONTS.body.css}; font-size: 17px; line-height: 1.9; color: #1a1a1a; }
  ${scope} h1 { font-family: ${REPORT_FONTS.title.css}; font-size: 30px; font-weight: normal; text-align: center; margin-bottom: 0.2em; }
  ${scope} .issuer { text-align: center; margin-top: 0; text-indent: 0; }
  ${scope} h2 { font-family: ${REPORT_FONTS.heading.css}; font-size: 19px; font-weight: normal; margin: 1.6em 0 0.4em; }
  ${scope} p { text-indent: 2em; margin: 0.4em 0; text-align: justify; }
  ${scope} table { border-collapse: collapse; width: 100%; margin: 0.8em 0 1.2em; font-size: 15px; line-height: 1.5; }
  ${scope} caption { font-family: ${REPORT_FONTS.heading.css}; padding: 0.4em; }
  ${scope} th, ${scope} td { border: 1px solid #333; padding: 0.3em 0.5em; text-align: center; }
  ${scope} th { background: #eef3fa; font-family: ${REPORT_FONTS.heading.css}; font-weight: normal; }
  ${scope} figure { margin: 1.2em 0; text-align: center; }
  ${scope} figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
  ${scope} figcaption { font-size: 15px; }
  ${scope} hr.page-break { border: none; border-top: 1px dashed #bbb; margin: 2em 0; }
  @media print { ${scope} hr.page-break { page-break-after: always; border: none; } ${scope} { margin: 0; max-width: none; } }`;
}

/**
 * report.html, one self-contained page (no network, everything inline): with
 * a dashboard, its tabs (总排名, 分类情况, 单位详情, 图表) and the 通报 as the
 * last tab; without one, the 通报 alone.
 */
export function buildHtml(model: ReportModel, charts: ChartImages, dashboard?: Dashboard): string {
  if (dashboard) {
    const inGallery = new Set(dashboard.charts.map((c) => c.id));
    return dashboardPage(dashboard.model, dashboard.charts, reportBody(model, charts, inGallery), reportStyle("#panel-report .tongbao"));
  }
  return `${htmlHead(model.title, reportStyle("body"))}
${reportBody(model, charts)}
</body>
</html>
`;
}

export async function writeHtml(path: string, model: ReportModel, charts: ChartImages, dashboard?: Dashboard): Promise<void> {
  await writeFileAtomic(path, new TextEncoder().encode(buildHtml(model, charts, dashboard)));
}
