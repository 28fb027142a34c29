import type { DashboardModel } from "../../core/report/dashboardModel.js";
import { CHART_FOLDERS, COLUMNS, DASHBOARD } from "../../core/i18n/labels.js";
import { dropXmlInvalid } from "../xlsx/escapeXml.js";
import { REPORT_FONTS } from "./fonts.js";
import { escapeHtml as escape, htmlHead } from "./escapeHtml.js";
import { DASHBOARD_SCRIPT } from "./dashboardScript.js";

/** A chart of the run for the 图表 tab: its spec id and title, the subfolder of charts/ (覆盖率) if any, its file, and the PNG. */
export interface GalleryChart {
  id: string;
  title: string;
  folder?: string;
  /** Where the run wrote it, relative to the output folder (charts/覆盖率/2.1.1 学习参勤率.png). */
  path?: string;
  png: Buffer;
}

/**
 * The dashboard's words for its script: labels.ts writes sentences as
 * functions; here each becomes a template with {0}, {1} … that the page fills.
 * @example clientLabels({ a: "甲", b: (n: number | string) => `共 ${n} 个` }) // => { a: "甲", b: "共 {0} 个" }
 */
export function clientLabels(labels: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value === "function") out[key] = value(...Array.from({ length: value.length }, (_, k) => `{${k}}`));
    else if (value && typeof value === "object") out[key] = clientLabels(value);
    else out[key] = value;
  }
  return out;
}

/**
 * Data for a <script type="application/json">: every string without the
 * characters HTML forbids, and every "<" escaped so no name can close the
 * element (`</script>`) or open a comment.
 * @example embedJson({ name: "</script>" }) // => '{"name":"\\u003c/script>"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "string" ? dropXmlInvalid(v) : v)).replace(/</g, "\\u003c");
}

const TABS = ["ranking", "categories", "unit", "charts", "report"] as const;

/** The whole page: header and tabs, the panels the script fills, the 图表 pictures, the 通报, the data and the script. */
export function dashboardPage(model: DashboardModel, charts: GalleryChart[], report: string, reportCss: string): string {
  const D = DASHBOARD;
  const nav = TABS.map((t) => `<a id="tab-${t}" href="#${t}">${escape(D.tabs[t])}</a>`).join("");
  const figure = (c: GalleryChart) =>
    `<figure id="chart-${escape(c.id)}"><img id="chart-img-${escape(c.id)}" alt="${escape(c.title)}" src="data:image/png;base64,${c.png.toString("base64")}"><figcaption>${escape(c.title)}</figcaption></figure>`;
  // Charts in a subfolder (覆盖率: one per rate item, each a bar per unit) are named, not inlined: at 300 units they are
  // about 0.4 MB each and would make the page five times larger; the unit's page shows its own rates beside its category's.
  // Found by their spec's folder and named by the path the run wrote them to, never by the look of a file name.
  const inline = charts.filter((c) => !c.folder);
  const folders = new Map<string, GalleryChart[]>();
  for (const c of charts) if (c.folder) folders.set(c.folder, [...(folders.get(c.folder) ?? []), c]);
  const named = [...folders].map(
    ([folder, list]) =>
      `<h3>${escape(folder === CHART_FOLDERS.coverage ? D.coverageHeading : folder)}</h3>\n<p class="note">${escape(D.notInlined(list.length, `charts/${folder}/`))}</p>\n<ul class="chart-files">${list.map((c) => `<li>${escape(c.path ?? c.title)}</li>`).join("")}</ul>`,
  );
  const gallery = charts.length ? [inline.map(figure).join("\n"), ...named].join("\n") : `<p>${escape(D.noCharts)}</p>`;
  const data = { model, labels: clientLabels(D), columns: COLUMNS };
  return `${htmlHead(model.title, STYLE + reportCss)}
<header class="top">
<h1>${escape(model.title)}</h1>
<nav aria-label="${escape(model.title)}">${nav}</nav>
</header>
<main>
<section id="panel-ranking" class="panel">
<h2>${escape(D.tabs.ranking)}</h2>
<div class="controls">
<select id="filter-category" aria-label="${escape(COLUMNS.category)}"></select>
<select id="filter-grade" aria-label="${escape(COLUMNS.grade)}"></select>
<input id="filter-search" type="search" aria-label="${escape(D.search)}">
<span id="shown" class="shown" aria-live="polite"></span>
</div>
<p class="note">${escape(model.population)}<span class="hint">${escape(D.sortHint)}</span></p>
<div class="scroll"><table id="ranking-table" class="ranking"></table></div>
</section>
<section id="panel-categories" class="panel">
<h2>${escape(D.tabs.categories)}</h2>
<p class="note">${escape(model.population)}</p>
<div id="categories-body"></div>
</section>
<section id="panel-unit" class="panel">
<div class="unit-nav"><a id="unit-prev" href="#unit">${escape(D.previousUnit)}</a><select id="unit-select" aria-label="${escape(D.chooseUnit)}"></select><a id="unit-next" href="#unit">${escape(D.nextUnit)}</a><a href="#ranking">${escape(D.back)}</a></div>
<div id="unit-body"></div>
</section>
<section id="panel-charts" class="panel">
<h2>${escape(D.chartsHeading)}</h2>
${gallery}
</section>
<section id="panel-report" class="panel">
<div class="tongbao">
${report}
</div>
</section>
</main>
<script type="application/json" id="dashboard-data">${embedJson(data)}</script>
<script>${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}

// Grades keep the workbook's order of colours but are told apart by lightness and a border, so a grey printout still separates them.
const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: ${REPORT_FONTS.heading.css}; font-size: 15px; line-height: 1.6; color: #1a1a1a; background: #f6f7f9; }
  header.top { background: #1f3b66; color: #fff; padding: 0.6em 1em 0; position: sticky; top: 0; z-index: 2; }
  header.top h1 { margin: 0 0 0.3em; font-size: 20px; font-weight: 600; }
  nav { display: flex; flex-wrap: wrap; gap: 0.2em; }
  nav a { color: #dfe7f5; text-decoration: none; padding: 0.4em 0.9em; border-radius: 6px 6px 0 0; }
  nav a[aria-current] { background: #f6f7f9; color: #1f3b66; font-weight: 600; }
  main { max-width: 1180px; margin: 0 auto; padding: 0.8em 1em 2em; }
  .panel { background: #fff; border: 1px solid #dde2ea; border-radius: 6px; padding: 0.8em 1em 1.2em; margin-bottom: 1em; }
  .panel[hidden] { display: none; }
  h2 { font-size: 19px; margin: 0.2em 0 0.5em; }
  h3 { font-size: 16px; margin: 1.2em 0 0.4em; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-bottom: 0.4em; }
  .controls select, .controls input, .unit-nav select { font: inherit; padding: 0.35em 0.5em; border: 1px solid #9aa6b8; border-radius: 4px; background: #fff; min-height: 2.4em; }
  .controls input { flex: 1 1 12em; min-width: 10em; }
  .shown { color: #444; white-space: nowrap; }
  .note { color: #555; font-size: 13px; margin: 0.3em 0 0.6em; }
  .note .hint { margin-left: 1em; color: #777; }
  .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
  table { border-collapse: collapse; width: 100%; font-size: 14px; }
  th, td { border-bottom: 1px solid #e3e7ee; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
  thead th { background: #eef3fa; white-space: nowrap; position: sticky; top: 0; }
  table.ranking thead th { cursor: pointer; user-select: none; }
  table.ranking thead th[aria-sort="ascending"]::after { content: " ▲"; font-size: 11px; }
  table.ranking thead th[aria-sort="descending"]::after { content: " ▼"; font-size: 11px; }
  td.n, td.total { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  td.c { text-align: center; white-space: nowrap; }
  td.total { font-weight: 600; }
  td.name a { color: #1f4f99; }
  tr.vetoed td { color: #777; background: #f3f3f3; }
  tr.section th { background: #e9e9e9; text-align: left; font-weight: 600; padding-top: 0.6em; }
  tr.group th { background: #f4f6fa; text-align: left; font-weight: 600; }
  tr.overall td { font-weight: 600; border-top: 2px solid #9aa6b8; }
  tr.empty td { text-align: center; color: #777; padding: 1em; }
  .mark { display: inline-block; margin-left: 0.4em; padding: 0 0.35em; font-size: 12px; border-radius: 3px; border: 1px solid; vertical-align: 1px; }
  .mark.veto { color: #8a1c1c; border-color: #8a1c1c; background: #fbeaea; }
  .mark.verify { color: #7a5a00; border-color: #b08500; background: #fff6d8; }
  td.grade { font-weight: 600; }
  td.g0 { background: #1e6b2a; color: #fff; }
  td.g1 { background: #7fb2e5; color: #0c2a4d; }
  td.g2 { background: #fce8a6; color: #4d3b00; }
  td.g3 { background: #fff; color: #8a1c1c; outline: 1px dashed #8a1c1c; outline-offset: -3px; }
  tr.vetoed td.grade { background: #d9d9d9; color: #444; }
  .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr)); gap: 0.4em 0.8em; margin: 0.4em 0 0.6em; }
  .fact { background: #f4f6fa; border-radius: 4px; padding: 0.3em 0.6em; }
  .fact .label { display: block; font-size: 12px; color: #666; }
  .fact .value { font-size: 17px; font-weight: 600; }
  ul.vetoes { color: #8a1c1c; }
  .unit-nav { display: flex; flex-wrap: wrap; gap: 0.6em; align-items: center; margin-bottom: 0.6em; }
  .unit-nav select { flex: 1 1 14em; }
  td.bars { width: 30%; min-width: 8em; }
  .track { display: block; height: 9px; margin: 3px 0; background: #eef0f3; border-radius: 2px; overflow: hidden; }
  .bar { display: block; height: 100%; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .bar.unit, .swatch.unit { background: #1f4f99; }
  .bar.mean, .swatch.mean { background: repeating-linear-gradient(45deg, #b9c3d3 0 3px, #e3e8f0 3px 6px); }
  .swatch { display: inline-block; width: 1.2em; height: 0.8em; margin-right: 0.3em; vertical-align: -1px; border: 1px solid #889; }
  .legend-line { font-size: 13px; color: #555; }
  tr.below td.n:nth-child(4) { color: #b3261e; }
  .missing { color: #b3261e; font-size: 12px; }
  tr.better td:nth-child(2) { color: #1e6b2a; }
  tr.worse td:nth-child(2) { color: #b3261e; }
  figure { margin: 1em 0; text-align: center; }
  figure img { max-width: min(100%, 960px); height: auto; border: 1px solid #ddd; }
  figcaption { font-size: 13px; color: #444; }
  ul.chart-files { columns: 2 16em; font-size: 13px; color: #444; }
  .radar-box { max-width: 460px; margin: 0 auto; }
  svg.radar { width: 100%; height: auto; font-size: 12px; }
  svg.radar .ring { fill: none; stroke: #d5dae3; }
  svg.radar .axis { stroke: #c2c9d6; }
  svg.radar polygon.unit, svg.radar rect.unit { fill: rgba(31, 79, 153, 0.25); stroke: #1f4f99; stroke-width: 2.5; }
  svg.radar polygon.mean, svg.radar rect.mean { fill: rgba(160, 170, 185, 0.2); stroke: #7d8796; stroke-width: 2; stroke-dasharray: 6 4; }
  svg.radar text { fill: #333; }
  @media (max-width: 640px) {
    body { font-size: 14px; }
    header.top { position: static; }
    td.name { min-width: 7.5em; }
    td.bars { width: 22%; min-width: 4.5em; }
    header.top h1 { font-size: 17px; }
    nav a { padding: 0.35em 0.55em; }
    main { padding: 0.5em 0.4em 1.5em; }
    .panel { padding: 0.6em 0.6em 1em; }
    th, td { padding: 0.3em 0.35em; }
    table { font-size: 13px; }
    .note .hint { display: block; margin: 0; }
    .shown { width: 100%; }
  }
  @page { size: A4; margin: 14mm 12mm; }
  @media print {
    body { background: #fff; font-size: 11pt; }
    header.top { position: static; background: none; color: #000; padding: 0; }
    nav, .controls, .unit-nav, .note .hint { display: none !important; }
    main { max-width: none; padding: 0; }
    .panel { border: none; padding: 0; margin: 0; }
    .scroll { overflow: visible; }
    thead th { position: static; }
    tr, figure, .fact { break-inside: avoid; }
    h2, h3 { break-after: avoid; }
    thead { display: table-header-group; }
    a { color: inherit; text-decoration: none; }
    td.g0, td.g1, td.g2, td.grade { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }`;
