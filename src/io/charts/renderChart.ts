import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { Chart, registerables, type ChartConfiguration, type Plugin } from "chart.js";
import type { ChartSpec } from "../../core/charts/chartSpec.js";
import { CJK_FAMILY, registerCjkFont } from "./cjkFont.js";
import { encodePng } from "./encodePng.js";

Chart.register(...registerables);

const PIXEL_RATIO = 2;
/** Font sizes in logical pixels: a 1600-px chart printed 155 mm wide keeps 24 px near 7 pt. */
const FONT = { base: 24, title: 40, subtitle: 24, label: 22, axis: 22, panelTitle: 28 };

/** Draw one chart specification to a PNG (white background, 2× pixels). */
export function renderChart(spec: ChartSpec): Buffer {
  registerCjkFont();
  Chart.defaults.font.family = CJK_FAMILY;
  Chart.defaults.font.size = FONT.base;
  Chart.defaults.color = "#262626";
  if (spec.type === "panels") return renderPanels(spec);
  const canvas = reusableCanvas(spec.width, spec.height);
  const config = toChartJs(spec);
  // Chart.js takes a 2D context; @napi-rs/canvas provides a compatible one.
  const chart = new Chart(canvas.getContext("2d") as unknown as CanvasRenderingContext2D, config);
  try {
    return encodePng(canvas.data(), canvas.width, canvas.height);
  } finally {
    chart.destroy();
  }
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
  sheetInUse ??= createCanvas(spec.width * PIXEL_RATIO, spec.height * PIXEL_RATIO);
  const sheet = sheetInUse;
  sheet.width = spec.width * PIXEL_RATIO;
  sheet.height = spec.height * PIXEL_RATIO;
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
    const chart = new Chart(canvas.getContext("2d") as unknown as CanvasRenderingContext2D, toChartJs(panel, FONT.panelTitle));
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

function toChartJs(spec: ChartSpec, titleSize: number = FONT.title): ChartConfiguration {
  const horizontal = Boolean(spec.horizontal);
  const line = spec.type === "line";
  const labelsAbovePlot = Boolean(spec.lines?.some((line) => horizontal !== (line.axis === "index")));
  const valueAxis = horizontal ? "x" : "y";
  const categoryAxis = horizontal ? "y" : "x";
  const percent = spec.valueAxis?.percent;
  const tick = (v: number | string) => (percent ? `${Math.round(Number(v) * 100)}%` : String(v));
  const datasets: Record<string, unknown>[] = spec.datasets.map((d) => ({
    type: (spec.type === "radar" ? "radar" : line || d.asLine ? "line" : "bar") as "bar",
    label: d.label,
    data: d.data,
    backgroundColor: spec.type === "radar" ? hexToRgba(d.color as string, 0.15) : d.color,
    borderColor: d.color,
    borderWidth: spec.type === "radar" ? 3 : line ? 4 : 0,
    pointRadius: spec.type === "radar" ? 4 : line ? 7 : undefined,
    fill: spec.type === "radar" ? true : line ? false : undefined,
    // A year without a figure is a gap in the line, not a line drawn across it.
    spanGaps: line ? false : undefined,
    order: 0,
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
            // Room beyond the longest bar for its label.
            grace: horizontal && spec.valueAxis?.max === undefined ? "20%" : undefined,
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
            offset: line ? true : undefined,
            title: { display: Boolean(spec.categoryAxisTitle), text: spec.categoryAxisTitle ?? "" },
            ticks: { autoSkip: false, font: { size: FONT.axis } },
            grid: { display: false },
          },
        };
  return {
    type: spec.type === "radar" ? "radar" : line ? "line" : "bar",
    data: { labels: spec.labels, datasets },
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
        subtitle: { display: Boolean(spec.subtitle), text: spec.subtitle ?? "", font: { size: FONT.subtitle }, color: "#595959", padding: { bottom: labelsAbovePlot || line ? 16 + FONT.label + 6 : 16 } },
        legend: { display: Boolean(spec.legend), position: "top" },
        tooltip: { enabled: false },
      },
      scales,
    } as ChartConfiguration["options"],
    plugins: [whiteBackground, referenceLines(spec), whiskers(spec), valueLabels(spec)],
  } as unknown as ChartConfiguration;
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

/** 满分线, grade lines: a dashed line across the plot with its label. */
function referenceLines(spec: ChartSpec): Plugin {
  return {
    id: "referenceLines",
    afterDatasetsDraw(chart) {
      if (!spec.lines?.length) return;
      const { ctx, chartArea } = chart;
      const horizontal = Boolean(spec.horizontal);
      for (const line of spec.lines) {
        const scale = line.axis === "index" ? chart.scales[horizontal ? "y" : "x"] : chart.scales[horizontal ? "x" : "y"];
        const at = scale.getPixelForValue(line.value);
        ctx.save();
        ctx.strokeStyle = line.color;
        ctx.fillStyle = line.color;
        ctx.lineWidth = 2;
        ctx.setLineDash([8, 6]);
        ctx.beginPath();
        const vertical = horizontal !== (line.axis === "index");
        if (vertical) {
          ctx.moveTo(at, chartArea.top);
          ctx.lineTo(at, chartArea.bottom);
        } else {
          ctx.moveTo(chartArea.left, at);
          ctx.lineTo(chartArea.right, at);
        }
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = `bold ${FONT.label}px ${CJK_FAMILY}`;
        ctx.textAlign = vertical ? "center" : "right";
        ctx.textBaseline = "bottom";
        if (vertical) ctx.fillText(line.label, at, chartArea.top - 2);
        else ctx.fillText(line.label, chartArea.right, at - 4);
        ctx.restore();
      }
    },
  };
}

/** Min–max range of each category, drawn as a whisker over its bar. */
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
      ctx.fillStyle = "#262626";
      ctx.lineWidth = 2;
      ctx.font = `${FONT.label}px ${CJK_FAMILY}`;
      ctx.textAlign = "left";
      spec.ranges.forEach((r, i) => {
        const x = meta.data[i].x;
        const top = y.getPixelForValue(r.max);
        const bottom = y.getPixelForValue(r.min);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - 12, top);
        ctx.lineTo(x + 12, top);
        ctx.moveTo(x - 12, bottom);
        ctx.lineTo(x + 12, bottom);
        ctx.stroke();
        // Close together, the two labels move apart (above the top, below the bottom) instead of overprinting.
        const close = bottom - top < FONT.label + 4;
        ctx.textBaseline = close ? "bottom" : "middle";
        ctx.fillText(`最高 ${r.max}`, x + 16, top);
        ctx.textBaseline = close ? "top" : "middle";
        ctx.fillText(`最低 ${r.min}`, x + 16, bottom);
      });
      ctx.restore();
    },
  };
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
            ctx.textAlign = "center";
            ctx.textBaseline = "middle";
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

/** White on a dark bar, near-black on a light one (perceived luminance of the bar's colour). */
function textColourOn(color: string | string[], index: number): string {
  const hex = Array.isArray(color) ? color[index] : color;
  if (!/^#[0-9a-fA-F]{6}$/.test(hex ?? "")) return "#FFFFFF";
  const n = parseInt(hex.slice(1), 16);
  const luminance = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 150 ? "#FFFFFF" : "#262626";
}

function hexToRgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
