import { SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { style, type SheetSpec, type XlsxRow } from "../../xlsx/model.js";
import { type RunInfo, sheet } from "../frame.js";

/** 图表: each chart under its title, 800 px wide, in reading order. */
export function chartsSheet(info: RunInfo): SheetSpec {
  const ROW_PX = 20;
  const width = 800;
  const bold = style({ bold: true });
  const images: SheetSpec["images"] = [];
  const titles = new Map<number, string>();
  let row = 4;
  for (const chart of info.charts!) {
    titles.set(row, `${chart.title}（${chart.path}）`);
    const height = Math.round((chart.height / chart.width) * width);
    images.push({ png: chart.png, row, col: 0, width, height });
    row += Math.ceil(height / ROW_PX) + 3;
  }
  const last = Math.max(...titles.keys());
  function* body(): Generator<XlsxRow | null> {
    for (let r = 4; r <= last; r++) yield titles.has(r) ? { values: [titles.get(r)!], style: bold } : null;
  }
  const spec = sheet(
    { name: SHEETS.charts, title: `${yearTitle(info.label)}测评图表`, subtitle: "图片文件另存于输出目录的 charts/ 文件夹", widths: Array.from({ length: 12 }, () => 10), header: [], orientation: "portrait" },
    body(),
  );
  return { ...spec, images };
}

