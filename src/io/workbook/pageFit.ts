/**
 * Where a wide sheet breaks between printed pages: bands of whole column
 * groups (分项得分's 一级指标), each page repeating the title columns
 * (名次, 单位名称), at one print scale. Pure arithmetic on column widths.
 */

/** A4 less the frame's margins (0.4 in left and right, 0.6 in top and bottom), in points. */
export const A4_PRINTABLE = {
  landscape: { width: 842 - 2 * 0.4 * 72, height: 595 - 2 * 0.6 * 72 },
  portrait: { width: 595 - 2 * 0.4 * 72, height: 842 - 2 * 0.6 * 72 },
} as const;

/**
 * Points a column of `width` characters takes on paper at 100 %, taken
 * wide enough for both readers: Excel draws (7w + 5) px = 5.25w + 3.75 pt
 * with Calibri; LibreOffice without Calibri falls back to a wider font and
 * draws 7 pt a character (measured from its own conversion). Bands sized
 * for the wider one fit in both.
 * @example columnPoints(10) // => 70
 */
export function columnPoints(width: number): number {
  return Math.max(7 * width, 5.25 * width + 3.75);
}

/** Room kept free on each page for what the estimate cannot know (font hinting, borders). */
const SLACK = 0.97;

/**
 * Column breaks for bands: `groups` are [first, last] column ranges
 * (1-based) that stay on one page; columns 1..`titleColumns` repeat on
 * every page; the page holds `pageWidth` points at `scale` percent. A
 * break is the count of columns before it (Excel's <brk id>). Returns
 * undefined when a group does not fit a page with the title columns.
 * @example bandBreaks([10, 10, 10, 10, 10], 1, [[2, 3], [4, 5]], 220, 100) // => [3]
 */
export function bandBreaks(widths: readonly number[], titleColumns: number, groups: readonly (readonly [number, number])[], pageWidth: number, scale: number): number[] | undefined {
  const room = (pageWidth * SLACK * 100) / scale;
  const span = (first: number, last: number) => widths.slice(first - 1, last).reduce((sum, w) => sum + columnPoints(w), 0);
  const titles = span(1, titleColumns);
  const breaks: number[] = [];
  // The first page also holds the columns between the titles and the first group (类别).
  let used = groups.length ? span(1, groups[0][0] - 1) : 0;
  for (const [first, last] of groups) {
    const width = span(first, last);
    if (titles + width > room) return undefined;
    if (used + width > room) {
      breaks.push(first - 1);
      used = titles;
    }
    used += width;
  }
  return breaks;
}

/** The scales tried, largest first; below 70 % an 11 pt figure prints under 8 pt. */
const SCALES = [100, 95, 90, 85, 80, 75, 70];

/**
 * The fewest bands any allowed scale gives, at the largest scale that
 * gives them: fewer pages without shrinking the print more than needed.
 * Falls back to the smallest scale, breaking inside groups as the reader
 * will, when a group is wider than a page even there.
 * @example bandLayout([10, 10, 10, 10, 10], 1, [[2, 3], [4, 5]], 300) // => { scale: 80, breaks: [] }
 */
export function bandLayout(widths: readonly number[], titleColumns: number, groups: readonly (readonly [number, number])[], pageWidth: number): { scale: number; breaks: number[] } {
  let best: { scale: number; breaks: number[] } | undefined;
  for (const scale of SCALES) {
    const breaks = bandBreaks(widths, titleColumns, groups, pageWidth, scale);
    if (breaks && (!best || breaks.length < best.breaks.length)) best = { scale, breaks };
  }
  return best ?? { scale: SCALES[SCALES.length - 1], breaks: [] };
}
