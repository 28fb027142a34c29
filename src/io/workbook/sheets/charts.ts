import { CHART_TEXT, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { style, type SheetSpec, type XlsxRow } from "../../xlsx/model.js";
import { type RunInfo, sheet } from "../frame.js";
import { max } from "../../../core/math/max.js";

/**
 * At most this many unit radars are embedded in 图表 (the few a clerk names
 * with --radar). More (--all-units) stay files in charts/单位/ and 图表
 * lists them by title and path: 300 embedded radars made an 85 MB
 * workbook (issue 17).
 */
export const EMBEDDED_RADARS = 10;

const RADAR_FOLDER = "单位";

/** The unit radars a run drew, when there are more than the workbook embeds; else none. */
export function radarsAsFiles(info: RunInfo): NonNullable<RunInfo["charts"]> {
  const radars = (info.charts ?? []).filter((c) => c.folder === RADAR_FOLDER);
  return radars.length > EMBEDDED_RADARS ? radars : [];
}

/** 说明's row on unit radars left out of 图表, when they are. */
export function radarAboutRows(info: RunInfo): [string, string][] {
  const files = radarsAsFiles(info).length;
  return files ? [[CHART_TEXT.radarsAbout, CHART_TEXT.radarsAsFiles(files, `charts/${RADAR_FOLDER}/`)]] : [];
}

/** 图表: each chart under its title, 800 px wide, in reading order; unit radars past EMBEDDED_RADARS as titles and paths only. */
export function chartsSheet(info: RunInfo): SheetSpec {
  const ROW_PX = 20;
  const width = 800;
  const bold = style({ bold: true });
  const images: SheetSpec["images"] = [];
  const titles = new Map<number, string>();
  let row = 4;
  const filesOnly = new Set(radarsAsFiles(info));
  for (const chart of info.charts!) {
    titles.set(row, `${chart.title}（${chart.path}）`);
    if (filesOnly.has(chart)) {
      row++;
      continue;
    }
    const height = Math.round((chart.height / chart.width) * width);
    images.push({ png: chart.png, row, col: 0, width, height });
    row += Math.ceil(height / ROW_PX) + 3;
  }
  const last = max(titles.keys(), 0); // one title per radar: 100,000 with --all-units
  function* body(): Generator<XlsxRow | null> {
    for (let r = 4; r <= last; r++) yield titles.has(r) ? { values: [titles.get(r)!], style: bold } : null;
  }
  const spec = sheet(
    { name: SHEETS.charts, title: `${yearTitle(info.label)}测评图表`, subtitle: filesOnly.size ? `图片文件另存于输出目录的 charts/ 文件夹；${CHART_TEXT.radarsAsFiles(filesOnly.size, `charts/${RADAR_FOLDER}/`)}` : "图片文件另存于输出目录的 charts/ 文件夹", widths: Array.from({ length: 12 }, () => 10), header: [], orientation: "portrait" },
    body(),
  );
  return { ...spec, images };
}

