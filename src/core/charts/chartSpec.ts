/**
 * A chart described as plain data: what to draw, not how. The core builds
 * these from an assessment (so tests can compare them with the workbook);
 * src/io/charts renders them with Chart.js.
 */
export interface ChartDataset {
  label: string;
  data: (number | null)[];
  /** One colour for the dataset, or one per bar. */
  color: string | string[];
  /** Text drawn at the end of each bar (value, rank change); null for none. */
  valueLabels?: (string | null)[];
  /** Draw as a line over the bars (for a radar or an average). */
  asLine?: boolean;
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
  lines?: ReferenceLine[];
  /** integer: a count axis, ticks 0, 1, 2 … never 0.5. */
  /** reverse: the smallest value at the top (名次: first place highest). */
  /** ticks: exactly these tick values (名次 1, 3, 5 … on an axis padded half a place each side). */
  valueAxis?: { title?: string; min?: number; max?: number; percent?: boolean; integer?: boolean; reverse?: boolean; ticks?: number[] };
  categoryAxisTitle?: string;
  legend?: boolean;
  /** Logical size; rendered at devicePixelRatio 2. */
  width: number;
  height: number;
}

export const CHART_SIZE = { width: 1600, height: 900 };

export const GRADE_PALETTE = ["#2E7D32", "#1F5FAD", "#E0A100", "#C62828", "#6A1B9A", "#00838F"];
export const VETO_COLOUR = "#A6A6A6";
export const CATEGORY_PALETTE = ["#1F5FAD", "#E07B00", "#2E7D32", "#8E24AA", "#00838F", "#C62828", "#5D4037", "#546E7A"];
