/**
 * A chart described as plain data: what to draw, not how. The core builds
 * these from an assessment (so tests can compare them with the workbook);
 * src/io/charts renders them with Chart.js.
 */
/**
 * A texture over a bar's colour, so that bars apart in meaning stay apart
 * on a black-and-white printer when their colours print at a similar grey.
 */
export type FillPattern = "solid" | "hatch" | "dots" | "cross";

/** A colour and its texture: one entry of a palette, or of a legend. */
export interface Swatch {
  color: string;
  pattern?: FillPattern;
}

/** One entry of a legend drawn for colours that are not one per dataset (per-bar grades, rate states, reference lines). */
export interface LegendItem extends Swatch {
  label: string;
  /** Drawn as a dashed line (a reference line), not a box. */
  line?: boolean;
}

export interface ChartDataset {
  label: string;
  data: (number | null)[];
  /** One colour for the dataset, or one per bar. */
  color: string | string[];
  /** Texture over the colour, for the dataset or per bar; solid when absent. */
  pattern?: FillPattern | FillPattern[];
  /** A line dataset (radar) drawn dashed, and with which point marker: told apart without colour. */
  dash?: number[];
  pointStyle?: "circle" | "triangle" | "rect" | "rectRot";
  /** Text drawn at the end of each bar (value, rank change); null for none. */
  valueLabels?: (string | null)[];
  /** Draw as a line over the bars (for a radar or an average). */
  asLine?: boolean;
  /** A floating bar: each bar runs from this value to its `data` value (an interval: 5 %–95 % ranks). */
  from?: (number | null)[];
  /** With asLine: only the point markers, no line between them (a median per row). */
  markers?: boolean;
  /** A shaded band from low to high per label behind the line (a range: min–max by year). */
  band?: { low: (number | null)[]; high: (number | null)[] };
}

export interface ReferenceLine {
  /** Position on the value axis (or, for a histogram, the bin axis). */
  value: number;
  label: string;
  color: string;
  /** "index": the value is a fractional category index (histogram bins). */
  axis?: "value" | "index";
  /** Dash pattern in logical pixels; [8, 6] when absent. 起评线 is dotted, so it stays apart from 满分线 in grey. */
  dash?: number[];
}

export interface ChartSpec {
  id: string;
  /** File name without extension, taken as text (a "/" in it is no folder); made safe and unique by the writer. */
  fileName: string;
  /** The subfolder of charts/ (单位, 覆盖率), if any. */
  folder?: string;
  /** "panels": small multiples, each of `panels` drawn as a chart of its own in a grid of `columns`, under one title. */
  type: "bar" | "radar" | "line" | "panels";
  panels?: ChartSpec[];
  columns?: number;
  title: string;
  subtitle?: string;
  labels: string[];
  datasets: ChartDataset[];
  horizontal?: boolean;
  stacked?: boolean;
  /** Min–max whiskers per category (分类对比). */
  ranges?: { min: number; max: number }[];
  /** The whiskers' labels, at the chart's precision (「最高 99.43」「最低 94.60」). */
  rangeLabels?: { min: string; max: string }[];
  /** Rows (category indexes) that stand for units left out («… 省略 N 个单位 …»): no bar, a dashed rule across the plot. */
  breaks?: number[];
  lines?: ReferenceLine[];
  /** integer: a count axis, ticks 0, 1, 2 … never 0.5. */
  /** reverse: the smallest value at the top (名次: first place highest). */
  /** ticks: exactly these tick values (名次 1, 3, 5 … on an axis padded half a place each side). */
  valueAxis?: { title?: string; min?: number; max?: number; percent?: boolean; integer?: boolean; reverse?: boolean; ticks?: number[] };
  categoryAxisTitle?: string;
  /** A legend of the datasets (one colour each). */
  legend?: boolean;
  /** A legend of colours that are not one per dataset; drawn instead of the datasets' legend. */
  legendItems?: LegendItem[];
  /** Logical size; rendered at devicePixelRatio 1.2 (1600 → 1920 px, src/io/charts/renderChart.ts). */
  width: number;
  height: number;
}

export const CHART_SIZE = { width: 1600, height: 900 };

/**
 * Grades, best first: greens to amber at falling darkness (grey 67, 129,
 * 195 in print), the fourth red but hatched (its grey, 87, is near the
 * first's). Only grades use these colours: categories have their own.
 */
export const GRADE_PALETTE = ["#1B5E20", "#5E9E48", "#F2C14E", "#C62828", "#6A1B9A", "#00838F"];
export const GRADE_PATTERNS: FillPattern[] = ["solid", "solid", "solid", "hatch", "cross", "dots"];
/** 一票否决: grey (166) and dotted, apart from every grade. */
export const VETO_COLOUR = "#A6A6A6";
export const VETO_SWATCH: Swatch = { color: VETO_COLOUR, pattern: "dots" };
/**
 * Categories: no green (that is the grades'). Plain ones print at greys
 * 104, 157, 204 (全部单位 38); those near them in grey are textured.
 */
export const CATEGORY_PALETTE = ["#3A6FC4", "#F08A24", "#7E57C2", "#F5D04E", "#8D5B3A", "#56B4E9", "#D81B60", "#5F6B73"];
export const CATEGORY_PATTERNS: FillPattern[] = ["solid", "solid", "hatch", "solid", "dots", "cross", "hatch", "dots"];

/** The i-th grade's colour and texture, repeating. @example gradeSwatch(0) // => { color: "#1B5E20", pattern: "solid" } */
export function gradeSwatch(i: number): Swatch {
  const k = Math.max(i, 0) % GRADE_PALETTE.length;
  return { color: GRADE_PALETTE[k], pattern: GRADE_PATTERNS[k] };
}

/** The i-th category's colour and texture, repeating. @example categorySwatch(9) // => { color: "#F08A24", pattern: "solid" } */
export function categorySwatch(i: number): Swatch {
  const k = Math.max(i, 0) % CATEGORY_PALETTE.length;
  return { color: CATEGORY_PALETTE[k], pattern: CATEGORY_PATTERNS[k] };
}

/** 全部单位 beside the categories: near-black (grey 38). */
export const ALL_UNITS_SWATCH: Swatch = { color: "#262626" };
/** 同比: a rise blue, a fall red (not the grades' green). */
export const CHANGE_SWATCHES = { up: { color: "#2166AC" }, down: { color: "#D6604D" } } satisfies Record<string, Swatch>;
/** A rate against its lines: at the 满分线, between the lines, at or below the 起评线 (no points). */
export const RATE_SWATCHES = { full: { color: "#3B6FB6" }, partial: { color: "#F2B447" }, zero: { color: "#B2182B", pattern: "hatch" } } satisfies Record<string, Swatch>;
/** Reference lines: 满分线 / grade lines red, 起评线 near-black, both dashed. */
export const LINE_COLOURS = { full: "#C62828", zero: "#404040" } as const;
