import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { Chart, registerables, type ChartConfiguration, type LegendItem as ChartJsLegendItem, type Plugin, type Scale } from "chart.js";
import type { ChartSpec, FillPattern } from "../../core/charts/chartSpec.js";
import { CJK_FAMILY, registerCjkFont } from "./cjkFont.js";
import { encodePng } from "./encodePng.js";

Chart.register(...registerables);

/**
 * Output pixels per logical pixel: a 1600-wide chart becomes 1920 px, 300 dpi
 * across the 16 cm a page, the workbook or the 通报 gives it (16 / 2.54 × 300
 * = 1890). At 2 (3200 px) every chart cost 2.8 times the pixels to rasterise,
 * read back and compress for no visible gain in print; at 1,000 units the 17
 * charts took 3.4 s of CPU and ~940 MB, at 1.2 about 0.7 s and ~450 MB
 * (measured, BENCHMARKS.md).
 */
export const PIXEL_RATIO = 1.2;
/** Font sizes in logical pixels: a 1600-px chart printed 155 mm wide keeps 24 px near 7 pt. */
const FONT = { base: 24, title: 40, subtitle: 24, label: 22, axis: 22, legend: 24, panelTitle: 28 };
/** Grey of the 省略 rows' text and rule. */
const BREAK_GREY = "#7F7F7F";

/** Draw one chart specification to a PNG (white background, PIXEL_RATIO × its logical size). */
export function renderChart(spec: ChartSpec): Buffer {
  registerCjkFont();
  Chart.defaults.font.family = CJK_FAMILY;
  Chart.defaults.font.size = FONT.base;
  Chart.defaults.color = "#262626";
  if (spec.type === "panels") return renderPanels(spec);
  const canvas = reusableCanvas(spec.width, spec.height);
  const config = toChartJs(spec, canvas);
  // Chart.js takes a 2D context; @napi-rs/canvas provides a compatible one.
  const chart = new Chart(canvas.getContext("2d") as unknown as CanvasRenderingContext2D, config);
  try {
    return encodePng(canvas.data(), canvas.width, canvas.height);
  } finally {
    chart.destroy();
  }
}

/** A logical length in whole output pixels, as Chart.js sizes its canvas (rounded down). */
const pixels = (logical: number) => Math.floor(logical * PIXEL_RATIO);

/**
 * Await between charts. Reading a chart's pixels back (canvas.data()) makes
 * a native copy of the whole raster (14 MB for a coverage chart) that is
 * freed only once the event loop turns: drawn in one synchronous loop, the
 * 17 charts of a 1,000-unit run held every copy, ~15 MB more resident per
 * chart (130 → 420 MB on one thread), with a turn of the loop between them
 * it stays near 230 MB (measured).
 */
export function betweenCharts(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let canvasInUse: Canvas | undefined;
let sheetInUse: Canvas | undefined;

/**
 * Small multiples: each panel drawn by Chart.js on the reusable canvas and
 * copied into its cell of a second canvas (kept too, for the same reason),
 * under the chart's title and subtitle.
 */
function renderPanels(spec: ChartSpec): Buffer {
  const panels = spec.panels ?? [];
  const columns = Math.max(1, spec.columns ?? panels.length);
  sheetInUse ??= createCanvas(pixels(spec.width), pixels(spec.height));
  const sheet = sheetInUse;
  sheet.width = pixels(spec.width);
  sheet.height = pixels(spec.height);
  const ctx = sheet.getContext("2d");
  ctx.fillStyle = "#FFFFFF";
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.fillStyle = "#262626";
  ctx.font = `bold ${FONT.title}px ${CJK_FAMILY}`;
  ctx.fillText(spec.title, spec.width / 2, 16);
  if (spec.subtitle) {
    ctx.fillStyle = "#595959";
    ctx.font = `${FONT.subtitle}px ${CJK_FAMILY}`;
    ctx.fillText(spec.subtitle, spec.width / 2, 16 + FONT.title + 14);
  }
  const top = spec.height - Math.ceil(panels.length / columns) * (panels[0]?.height ?? 0);
  panels.forEach((panel, i) => {
    const canvas = reusableCanvas(panel.width, panel.height);
    const chart = new Chart(canvas.getContext("2d") as unknown as CanvasRenderingContext2D, toChartJs(panel, canvas, FONT.panelTitle));
    try {
      ctx.drawImage(canvas, (i % columns) * panel.width, top + Math.floor(i / columns) * panel.height, panel.width, panel.height);
    } finally {
      chart.destroy();
    }
  });
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return encodePng(sheet.data(), sheet.width, sheet.height);
}

/**
 * One canvas per thread, set back to the chart's logical size each time
 * (Chart.js multiplies it by the pixel ratio). Resizing releases the
 * previous 23 MB surface at once; the canvas library does not report its
 * surfaces to V8, so with a new canvas per chart none were collected and
 * a 17-chart run peaked near 1.5 GB.
 */
function reusableCanvas(width: number, height: number): Canvas {
  canvasInUse ??= createCanvas(width, height);
  canvasInUse.width = width;
  canvasInUse.height = height;
  return canvasInUse;
}

function toChartJs(spec: ChartSpec, canvas: Canvas, titleSize: number = FONT.title): ChartConfiguration {
  const horizontal = Boolean(spec.horizontal);
  const line = spec.type === "line";
  const labelsAbovePlot = Boolean(spec.lines?.some((line) => horizontal !== (line.axis === "index")));
  const valueAxis = horizontal ? "x" : "y";
  const categoryAxis = horizontal ? "y" : "x";
  const percent = spec.valueAxis?.percent;
  const tick = (v: number | string) => (percent ? `${Math.round(Number(v) * 100)}%` : String(v));
  const fill = fillMaker(canvas);
  const datasets: Record<string, unknown>[] = spec.datasets.map((d) => ({
    type: (spec.type === "radar" ? "radar" : line || d.asLine ? "line" : "bar") as "bar",
    label: d.label,
    // A floating bar is a [from, to] pair; markers are points without a line.
    data: d.from ? d.data.map((v, i) => (v === null || d.from![i] === null ? null : [d.from![i], v])) : d.data,
    // Markers on a horizontal chart are placed along the value axis too (their own indexAxis), over the bars.
    ...(d.markers ? { showLine: false, pointBorderColor: "#262626", pointBorderWidth: 2, indexAxis: horizontal ? "y" : "x" } : {}),
    backgroundColor: spec.type === "radar" ? hexToRgba(d.color as string, 0.12) : line ? d.color : fill(d.color, d.pattern),
    borderColor: spec.type === "radar" || line ? d.color : "#404040",
    // A thin dark outline keeps a light bar (yellow, light grey) visible on a black-and-white print.
    borderWidth: spec.type === "radar" ? 3 : line ? 4 : 1,
    borderDash: d.dash,
    pointRadius: d.markers ? 11 : spec.type === "radar" || line ? 7 : undefined,
    pointStyle: d.pointStyle,
    pointBackgroundColor: d.color,
    // Only the unit's own shape is filled: the averages are outlines over it.
    fill: spec.type === "radar" ? !d.dash : line ? false : undefined,
    // A year without a figure is a gap in the line, not a line drawn across it.
    spanGaps: line ? false : undefined,
    order: d.markers ? -1 : 0,
    maxBarThickness: horizontal ? 48 : 110,
  }));
  // Bands go after the spec's datasets (the value labels find theirs by index), drawn behind them (a higher order).
  for (const d of spec.datasets) {
    if (!d.band) continue;
    const at = datasets.length;
    const edge = { type: "line", borderWidth: 0, pointRadius: 0, spanGaps: false, order: 1, borderColor: "rgba(0,0,0,0)" };
    datasets.push({ ...edge, label: "", data: d.band.low, fill: false });
    datasets.push({ ...edge, label: "", data: d.band.high, fill: { target: at }, backgroundColor: hexToRgba(d.color as string, 0.18) });
  }
  const breaks = new Set(spec.breaks ?? []);
  const labels = horizontal ? spec.labels.map((l) => l.split("\n")) : spec.labels.map((l) => wrapLabel(l, (spec.width - 160) / Math.max(spec.labels.length, 1) - 12));
  const scales =
    spec.type === "radar"
      ? {
          r: {
            min: spec.valueAxis?.min ?? 0,
            max: spec.valueAxis?.max ?? 1,
            ticks: { callback: tick, stepSize: 0.2, backdropColor: "rgba(255,255,255,0.8)" },
            pointLabels: { font: { size: FONT.title * 0.7 } },
          },
        }
      : {
          [valueAxis]: {
            stacked: spec.stacked,
            min: spec.valueAxis?.min,
            max: spec.valueAxis?.max,
            // Room beyond the longest bars for their labels, measured (see valueAxisRoom).
            afterDataLimits: horizontal && spec.valueAxis?.max === undefined ? (scale: Scale) => valueAxisRoom(spec, scale) : undefined,
            title: { display: Boolean(spec.valueAxis?.title), text: spec.valueAxis?.title ?? "" },
            reverse: spec.valueAxis?.reverse,
            ticks: { callback: tick, precision: spec.valueAxis?.integer ? 0 : undefined },
            // Given ticks replace Chart.js' own (名次 1, 3, 5 … on an axis from 0.5).
            afterBuildTicks: spec.valueAxis?.ticks ? (axis: { ticks: { value: number }[] }) => (axis.ticks = spec.valueAxis!.ticks!.map((value) => ({ value }))) : undefined,
            grid: { color: "#E5E5E5" },
          },
          [categoryAxis]: {
            stacked: spec.stacked,
            // A line's first and last points sit inside the plot, so their labels are not cut by the axis.
            // Set only for lines: an explicit undefined overrides the bar chart's own offset and cuts the first and last bars in half.
            ...(line ? { offset: true } : {}),
            title: { display: Boolean(spec.categoryAxisTitle), text: spec.categoryAxisTitle ?? "" },
            // Horizontal labels, wrapped onto lines when too wide for their slot, never tilted.
            ticks: {
              autoSkip: false,
              maxRotation: 0,
              minRotation: 0,
              font: { size: FONT.axis },
              color: (c: { index: number }) => (breaks.has(c.index) ? BREAK_GREY : "#262626"),
            },
            grid: { display: false },
          },
        };
  const legendItems: ChartJsLegendItem[] | undefined = spec.legendItems?.map((item, i) => ({
    text: item.label,
    fillStyle: item.line ? "rgba(0,0,0,0)" : (fill(item.color, item.pattern) as string),
    strokeStyle: item.line ? item.color : "#404040",
    lineWidth: item.line ? 3 : 1,
    lineDash: item.line ? (spec.lines?.find((l) => l.label === item.label)?.dash ?? [8, 6]) : undefined,
    hidden: false,
    datasetIndex: i,
  }));
  return {
    type: spec.type === "radar" ? "radar" : line ? "line" : "bar",
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: PIXEL_RATIO,
      indexAxis: horizontal ? "y" : "x",
      layout: { padding: { left: 20, right: horizontal ? 40 + labelOverhang(spec) : 30, top: 10, bottom: 10 } },
      plugins: {
        // A line's labels sit above its points: a point at the top of the plot needs a label's height below the title.
        title: { display: true, text: spec.title, font: { size: titleSize, weight: "bold" }, padding: { top: 16, bottom: line && !spec.subtitle ? 6 + FONT.label + 10 : 6 } },
        // A vertical reference line's label sits just above the plot: leave it a line of its own below the subtitle.
        subtitle: { display: Boolean(spec.subtitle), text: spec.subtitle ?? "", font: { size: FONT.subtitle }, color: "#595959", padding: { bottom: (labelsAbovePlot && !spec.legendItems && !spec.legend) || line ? 16 + FONT.label + 6 : 16 } },
        legend: {
          display: Boolean(spec.legend || spec.legendItems?.length),
          position: "top",
          labels: {
            font: { size: FONT.legend },
            boxWidth: spec.type === "radar" ? 18 : 36,
            boxHeight: spec.type === "radar" ? 18 : 22,
            padding: 18,
            usePointStyle: spec.type === "radar" || spec.datasets.some((d) => d.markers),
            ...(legendItems ? { generateLabels: () => legendItems } : {}),
          },
        },
        tooltip: { enabled: false },
      },
      scales,
    } as ChartConfiguration["options"],
    plugins: [whiteBackground, legendGap(labelsAbovePlot && Boolean(spec.legend || spec.legendItems)), breakRules(spec), referenceLines(spec), whiskers(spec), valueLabels(spec)],
  } as unknown as ChartConfiguration;
}

/**
 * Fills for bars: a plain colour, or the colour with a texture (white
 * stripes, dots or a cross-hatch) as a canvas pattern; one tile per
 * colour and texture, drawn at the output's pixel density.
 */
function fillMaker(canvas: Canvas) {
  const cache = new Map<string, unknown>();
  const one = (color: string, pattern: FillPattern | undefined) => {
    if (!pattern || pattern === "solid") return color;
    const key = `${color}/${pattern}`;
    if (!cache.has(key)) cache.set(key, texture(canvas, color, pattern));
    return cache.get(key);
  };
  return (color: string | string[], pattern?: FillPattern | FillPattern[]) =>
    Array.isArray(color) ? color.map((c, i) => one(c, Array.isArray(pattern) ? pattern[i] : pattern)) : one(color, Array.isArray(pattern) ? pattern[0] : pattern);
}

const TILE = 14;

function texture(canvas: Canvas, color: string, pattern: FillPattern): unknown {
  const size = Math.round(TILE * PIXEL_RATIO);
  const tile = createCanvas(size, size);
  const t = tile.getContext("2d");
  t.fillStyle = color;
  t.fillRect(0, 0, size, size);
  t.strokeStyle = "rgba(255,255,255,0.75)";
  t.fillStyle = "rgba(255,255,255,0.8)";
  t.lineWidth = 2.5 * PIXEL_RATIO;
  const diagonal = (flip: boolean) => {
    // Three strokes so the stripes meet across tile edges.
    for (const o of [-size, 0, size]) {
      t.beginPath();
      t.moveTo(o, flip ? 0 : size);
      t.lineTo(o + size, flip ? size : 0);
      t.stroke();
    }
  };
  if (pattern === "hatch") diagonal(false);
  if (pattern === "cross") {
    diagonal(false);
    diagonal(true);
  }
  if (pattern === "dots") {
    for (const [x, y] of [[size / 4, size / 4], [(3 * size) / 4, (3 * size) / 4]]) {
      t.beginPath();
      t.arc(x, y, 2.2 * PIXEL_RATIO, 0, 2 * Math.PI);
      t.fill();
    }
  }
  const p = canvas.getContext("2d").createPattern(tile, "repeat")!;
  // Drawn through Chart.js's PIXEL_RATIO transform: scaled back so one tile pixel is one output pixel.
  p.setTransform({ a: 1 / PIXEL_RATIO, d: 1 / PIXEL_RATIO });
  return p;
}

/**
 * Split a category label into lines that fit `width` logical pixels: first
 * at its line breaks, then before a full-width bracket (「作风与效能建设」
 * 「（20分）」), then into even pieces. Widths are estimated from the
 * characters (CJK a full axis font size, others about 0.6 of it).
 * @example wrapLabel("作风与效能建设（20分）", 150) // => ["作风与效能建设", "（20分）"]
 */
export function wrapLabel(label: string, width: number): string | string[] {
  const lines = label.split("\n").flatMap((line) => {
    if (textWidth(line, FONT.axis) <= width) return [line];
    const at = line.indexOf("（");
    const parts = at > 0 ? [line.slice(0, at), line.slice(at)] : [line];
    return parts.flatMap((part) => {
      const chars = [...part];
      const pieces = Math.ceil(textWidth(part, FONT.axis) / Math.max(width, FONT.axis));
      if (pieces <= 1) return [part];
      const per = Math.ceil(chars.length / pieces);
      return Array.from({ length: Math.ceil(chars.length / per) }, (_, i) => chars.slice(i * per, (i + 1) * per).join(""));
    });
  });
  return lines.length === 1 ? lines[0] : lines;
}

/** Estimated width of a text: CJK (and full-width) characters a full size, others 0.6 of it. */
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) >= 0x2e80 ? size : 0.6 * size;
  return width;
}

/**
 * Widen a horizontal chart's value axis so the label at the end of each
 * bar fits inside the plot: the label is measured, the axis extended
 * until bar plus label ends at the plot's edge (to the right for a rise,
 * to the left for a fall, where it would otherwise run into the names).
 * Chart.js then rounds the limits out to its ticks.
 */
function valueAxisRoom(spec: ChartSpec, scale: Scale): void {
  const ctx = scale.ctx;
  ctx.save();
  ctx.font = `${FONT.label}px ${CJK_FAMILY}`;
  // The scale's width before its tick labels take their margins: leave some of it to them.
  const plot = Math.max(scale.width - 40, 200);
  let lo = scale.min;
  let hi = scale.max;
  const bars: { value: number; width: number }[] = [];
  for (const d of spec.datasets) {
    d.valueLabels?.forEach((text, i) => {
      const value = d.data[i];
      if (text && value !== null && value !== undefined) bars.push({ value, width: ctx.measureText(text).width + 2 * LABEL_PAD });
    });
  }
  ctx.restore();
  // A few rounds: each widening shrinks the pixels per unit, so the labels need a little more.
  for (let round = 0; round < 4; round++) {
    for (const { value, width } of bars) {
      const share = Math.min(width / plot, 0.6);
      if (value >= 0) hi = Math.max(hi, lo + (value - lo) / (1 - share));
      else lo = Math.min(lo, hi - (hi - value) / (1 - share));
    }
  }
  scale.min = lo;
  scale.max = hi;
}

/** Room between the legend and the plot for the labels of vertical reference lines. */
function legendGap(needed: boolean): Plugin {
  return {
    id: "legendGap",
    beforeInit(chart) {
      if (!needed || !chart.legend) return;
      const legend = chart.legend as unknown as { fit: () => void; height: number };
      const fit = legend.fit.bind(legend);
      legend.fit = () => {
        fit();
        legend.height += FONT.label + 10;
      };
    },
  };
}

/** The 省略 rows: a dashed rule across the plot where units are left out. */
function breakRules(spec: ChartSpec): Plugin {
  return {
    id: "breakRules",
    afterDatasetsDraw(chart) {
      if (!spec.breaks?.length) return;
      const { ctx, chartArea } = chart;
      const scale = chart.scales[spec.horizontal ? "y" : "x"];
      ctx.save();
      ctx.strokeStyle = BREAK_GREY;
      ctx.lineWidth = 2;
      ctx.setLineDash([4, 6]);
      for (const i of spec.breaks) {
        const at = scale.getPixelForValue(i);
        ctx.beginPath();
        if (spec.horizontal) {
          ctx.moveTo(chartArea.left, at);
          ctx.lineTo(chartArea.right, at);
        } else {
          ctx.moveTo(at, chartArea.top);
          ctx.lineTo(at, chartArea.bottom);
        }
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

const whiteBackground: Plugin = {
  id: "whiteBackground",
  beforeDraw(chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = "#FFFFFF";
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/**
 * 满分线, 起评线, grade lines: a dashed line across the plot with its
 * label. Labels of vertical lines sit above the plot, centred on their
 * line; two that would overlap move apart (the lower one ends at its line,
 * the higher starts at its), kept inside the picture.
 */
function referenceLines(spec: ChartSpec): Plugin {
  return {
    id: "referenceLines",
    afterDatasetsDraw(chart) {
      if (!spec.lines?.length) return;
      const { ctx, chartArea } = chart;
      const horizontal = Boolean(spec.horizontal);
      ctx.save();
      ctx.font = `bold ${FONT.label}px ${CJK_FAMILY}`;
      const placed = spec.lines.map((line) => {
        const scale = line.axis === "index" ? chart.scales[horizontal ? "y" : "x"] : chart.scales[horizontal ? "x" : "y"];
        return { line, at: scale.getPixelForValue(line.value), vertical: horizontal !== (line.axis === "index"), width: ctx.measureText(line.label).width };
      });
      const above = placed.filter((p) => p.vertical).sort((x, y) => x.at - y.at);
      const starts = verticalLabelStarts(
        above.map((p) => ({ at: p.at, width: p.width })),
        chart.width - 4,
      );
      for (const p of placed) {
        ctx.strokeStyle = p.line.color;
        ctx.fillStyle = p.line.color;
        ctx.lineWidth = 2.5;
        ctx.setLineDash(p.line.dash ?? [8, 6]);
        ctx.beginPath();
        if (p.vertical) {
          ctx.moveTo(p.at, chartArea.top);
          ctx.lineTo(p.at, chartArea.bottom);
        } else {
          ctx.moveTo(chartArea.left, p.at);
          ctx.lineTo(chartArea.right, p.at);
        }
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.textBaseline = "bottom";
        if (p.vertical) {
          ctx.textAlign = "left";
          ctx.fillText(p.line.label, starts[above.indexOf(p)], chartArea.top - 2);
        } else {
          ctx.textAlign = "right";
          ctx.fillText(p.line.label, chartArea.right, p.at - 4);
        }
      }
      ctx.restore();
    },
  };
}

/**
 * Where each label above the plot starts, the lines sorted left to right:
 * centred on its line, unless it would overlap the one before; then that
 * one ends just left of its line and this one starts just right of its
 * own. None runs past `right`.
 * @example verticalLabelStarts([{ at: 100, width: 40 }, { at: 300, width: 40 }], 1000) // => [80, 280]
 * @example verticalLabelStarts([{ at: 100, width: 60 }, { at: 120, width: 60 }], 1000) // => [36, 124]
 * @example verticalLabelStarts([{ at: 100, width: 60 }, { at: 130, width: 60 }, { at: 160, width: 60 }], 1000) // => [36, 104, 172]
 */
export function verticalLabelStarts(labels: { at: number; width: number }[], right: number): number[] {
  const starts = labels.map((l) => l.at - l.width / 2);
  for (let i = 1; i < labels.length; i++) {
    if (starts[i - 1] + labels[i - 1].width + 8 <= starts[i]) continue;
    starts[i - 1] = Math.min(starts[i - 1], labels[i - 1].at - 4 - labels[i - 1].width);
    starts[i] = Math.max(starts[i], labels[i].at + 4);
  }
  // Moving a label left for its right neighbour can put it on the one before (three lines close together): push right in order.
  for (let i = 1; i < labels.length; i++) starts[i] = Math.max(starts[i], starts[i - 1] + labels[i - 1].width + 8);
  return starts.map((x, i) => Math.max(0, Math.min(x, right - labels[i].width)));
}

/**
 * Min–max range of each category, drawn as a whisker over its bar: the
 * highest score's label above the top cap, the lowest's below the bottom
 * cap, on a white ground where it falls on the bar.
 */
function whiskers(spec: ChartSpec): Plugin {
  return {
    id: "whiskers",
    afterDatasetsDraw(chart) {
      if (!spec.ranges) return;
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      const y = chart.scales.y;
      ctx.save();
      ctx.strokeStyle = "#262626";
      ctx.lineWidth = 2.5;
      ctx.font = `${FONT.label}px ${CJK_FAMILY}`;
      ctx.textAlign = "center";
      spec.ranges.forEach((r, i) => {
        const x = meta.data[i].x;
        const top = y.getPixelForValue(r.max);
        const bottom = y.getPixelForValue(r.min);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - 14, top);
        ctx.lineTo(x + 14, top);
        ctx.moveTo(x - 14, bottom);
        ctx.lineTo(x + 14, bottom);
        ctx.stroke();
        const text = spec.rangeLabels?.[i] ?? { max: String(r.max), min: String(r.min) };
        labelOnWhite(ctx, text.max, x, top - 6, "bottom");
        labelOnWhite(ctx, text.min, x, bottom + 6, "top");
      });
      ctx.restore();
    },
  };
}

/** Text centred at x on a white box, so it reads over a bar or a pattern. */
function labelOnWhite(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, baseline: "top" | "bottom"): void {
  const width = ctx.measureText(text).width + 8;
  const height = FONT.label + 4;
  ctx.fillStyle = "rgba(255,255,255,0.9)";
  ctx.fillRect(x - width / 2, baseline === "top" ? y - 2 : y - height + 2, width, height);
  ctx.fillStyle = "#262626";
  ctx.textBaseline = baseline;
  ctx.fillText(text, x, y);
}

/** Values written at the end of each bar, so a printed chart needs no axis reading. */
function valueLabels(spec: ChartSpec): Plugin {
  return {
    id: "valueLabels",
    afterDatasetsDraw(chart) {
      if (spec.type === "radar") return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${FONT.label}px ${CJK_FAMILY}`;
      ctx.fillStyle = "#262626";
      const textWidths = spec.datasets.map((d) => d.valueLabels?.map((text) => (text ? ctx.measureText(text).width : 0)) ?? []);
      // One look for the whole chart: all labels upright as soon as one is wider than its bar.
      const crowded =
        !spec.stacked && !spec.horizontal && textWidths.some((widths, di) => widths.some((w, i) => w > (chart.getDatasetMeta(di).data[i] as unknown as { width: number }).width + LABEL_PAD));
      spec.datasets.forEach((d, di) => {
        if (!d.valueLabels) return;
        const meta = chart.getDatasetMeta(di);
        meta.data.forEach((el, i) => {
          const text = d.valueLabels![i];
          const value = d.data[i];
          if (!text || value === null) return;
          const { x, y, base } = el as unknown as { x: number; y: number; base: number };
          if (spec.type === "line") {
            // Above the point, on a white patch so the band and the line stay behind the text.
            ctx.textAlign = "center";
            ctx.textBaseline = "bottom";
            const width = ctx.measureText(text).width;
            ctx.fillStyle = "rgba(255,255,255,0.85)";
            ctx.fillRect(x - width / 2 - 3, y - 14 - FONT.label, width + 6, FONT.label + 4);
            ctx.fillStyle = "#262626";
            ctx.fillText(text, x, y - 12);
          } else if (spec.stacked) {
            // White with a dark outline: legible on any colour or texture, and in grey.
            ctx.textAlign = "center";
            ctx.textBaseline = "middle";
            ctx.lineWidth = 5;
            ctx.lineJoin = "round";
            ctx.strokeStyle = "#262626";
            ctx.strokeText(text, x, (y + base) / 2);
            ctx.fillStyle = "#FFFFFF";
            ctx.fillText(text, x, (y + base) / 2);
            ctx.fillStyle = "#262626";
          } else if (spec.horizontal) {
            const negative = value < 0;
            ctx.textAlign = negative ? "right" : "left";
            ctx.textBaseline = "middle";
            ctx.fillText(text, x + (negative ? -6 : 6), y);
          } else {
            const place = valueLabelPlacement(crowded, textWidths[di][i], base - y, y - chart.chartArea.top);
            ctx.save();
            if (place === "above") {
              ctx.textAlign = "center";
              ctx.textBaseline = "bottom";
              ctx.fillText(text, x, y - 4);
            } else {
              // Turned upright so neighbouring bars' labels cannot run into each other.
              ctx.translate(x, y);
              ctx.rotate(-Math.PI / 2);
              ctx.textBaseline = "middle";
              if (place === "inside") {
                ctx.textAlign = "right";
                // A halo of the bar's plain colour clears its texture from behind the text.
                ctx.lineWidth = 6;
                ctx.lineJoin = "round";
                ctx.strokeStyle = colourAt(d.color, i);
                ctx.strokeText(text, -LABEL_PAD, 0);
                ctx.fillStyle = textColourOn(d.color, i);
                ctx.fillText(text, -LABEL_PAD, 0);
              } else {
                ctx.textAlign = "left";
                ctx.fillText(text, LABEL_PAD, 0);
              }
            }
            ctx.restore();
          }
        });
      });
      ctx.restore();
    },
  };
}

const LABEL_PAD = 6;

/**
 * Room to keep right of a horizontal chart's plot for the value labels of
 * bars that reach (nearly) a fixed axis maximum, such as rates at 100%:
 * without it "100%" was cut off at the picture's edge. The width is
 * estimated from the text (CJK a full label size, other characters about
 * 0.6 of it), as the canvas is not measured before the layout.
 */
export function labelOverhang(spec: Pick<ChartSpec, "datasets" | "valueAxis">): number {
  const max = spec.valueAxis?.max;
  if (max === undefined || max <= 0) return 0;
  let widest = 0;
  for (const d of spec.datasets) {
    d.valueLabels?.forEach((text, i) => {
      const value = d.data[i];
      if (!text || value === null || value === undefined || Math.abs(value) < 0.85 * max) return;
      let width = 0;
      for (const ch of text) width += ch.charCodeAt(0) >= 0x2e80 ? FONT.label : 0.6 * FONT.label;
      widest = Math.max(widest, width);
    });
  }
  return widest ? Math.ceil(widest) + LABEL_PAD : 0;
}

/**
 * Where a vertical bar's value label goes: above the bar, unless labels
 * are wider than their bars (crowded); then turned upright, inside the top
 * of the bar when it is tall enough, otherwise above it when there is
 * room, and inside as a last resort. Widths and heights in pixels.
 * @example valueLabelPlacement(true, 60, 500, 300) // => "inside"
 */
export function valueLabelPlacement(crowded: boolean, textWidth: number, barHeight: number, roomAbove: number): "above" | "inside" | "upright-above" {
  if (!crowded) return "above";
  if (barHeight >= textWidth + 2 * LABEL_PAD) return "inside";
  return roomAbove >= textWidth + 2 * LABEL_PAD ? "upright-above" : "inside";
}

const colourAt = (color: string | string[], index: number) => (Array.isArray(color) ? color[index] : color);

/** White on a dark bar, near-black on a light one (perceived luminance of the bar's colour). */
function textColourOn(color: string | string[], index: number): string {
  const hex = colourAt(color, index);
  if (!/^#[0-9a-fA-F]{6}$/.test(hex ?? "")) return "#FFFFFF";
  const n = parseInt(hex.slice(1), 16);
  const luminance = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 150 ? "#FFFFFF" : "#262626";
}

function hexToRgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
