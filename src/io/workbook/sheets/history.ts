import type { Assessment } from "../../../core/score/assess.js";
import type { UnitYear } from "../../../core/history/history.js";
import { absentYears, bestYear, excellentYears, isNewUnit, lastPlaces, lastPlacesRunning, worstYear, type Extreme } from "../../../core/history/history.js";
import { COLUMNS as C, HISTORY, VETO_LABEL, yearTitle } from "../../../core/i18n/labels.js";
import { style, type Merge, type SheetSpec, type XlsxRow, type XlsxValue } from "../../xlsx/model.js";
import { GRADE_LOOKS, GREY, HEADER, bodyRow, bodyStyles, sheet, type RunInfo } from "../frame.js";

/** The last places of a category that count as 末位 on this sheet (§3 复查 asks for the last three). */
export const LAST_PLACES = 3;

/**
 * 历年对比: per unit of this year, 总分, 名次 and 等级 of each year held,
 * oldest first, this year last; then 连续优秀年数, best and worst 名次 and
 * 总分 with their years, 末位 counts, and a 备注 naming old names, mergers,
 * years absent and units new this year. A note row says which years were
 * published and which rescored.
 */
export function historySheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const h = a.history!;
  const years = h.years;
  const lead = [C.unit, C.category];
  const tail = [
    HISTORY.excellentYears(h.topGrade),
    HISTORY.bestRank,
    HISTORY.worstRank,
    HISTORY.bestTotal,
    HISTORY.worstTotal,
    HISTORY.lastPlaces(LAST_PLACES, years.length),
    HISTORY.lastPlacesRunning,
    C.remark,
  ];
  const width = lead.length + years.length * 3 + tail.length;
  const widths = [26, 12, ...years.flatMap(() => [9, 7, 8]), 10, 16, 16, 18, 18, 14, 9, 50];
  // Two header rows: each year over its 总分 / 名次 / 等级; the other headings span both.
  const top: XlsxValue[] = [...lead, ...years.flatMap((y) => [HISTORY.yearHeading(y.year, y.mode), null, null]), ...tail];
  const bottom: XlsxValue[] = [null, null, ...years.flatMap(() => [C.total, C.rank, C.grade]), ...tail.map(() => null)];
  const merges: Merge[] = [];
  const firstYearCol = lead.length + 1;
  lead.forEach((_, i) => merges.push({ top: 3, left: i + 1, bottom: 4, right: i + 1 }));
  years.forEach((_, i) => merges.push({ top: 3, left: firstYearCol + i * 3, bottom: 3, right: firstYearCol + i * 3 + 2 }));
  tail.forEach((_, i) => merges.push({ top: 3, left: firstYearCol + years.length * 3 + i, bottom: 4, right: firstYearCol + years.length * 3 + i }));
  // The note row follows the units and one blank row: known now, so its merge is in the spec from the start.
  const noteRow = 4 + a.results.length + h.departed.length + 2;
  merges.push({ top: noteRow, left: 1, bottom: noteRow, right: width });
  const formats = [undefined, undefined, ...years.flatMap(() => [fmt, undefined, undefined])];
  const gradeCols = years.map((_, i) => lead.length + i * 3 + 2);

  function* body(): Generator<XlsxRow | null> {
    const looks = bodyStyles(formats, width);
    for (const r of a.results) {
      const unit = r.unit.name;
      const record = h.units.get(unit);
      const byYear = new Map((record?.years ?? []).map((y) => [y.year, y]));
      const cells = years.flatMap((y) => yearCells(byYear.get(y.year)));
      const running = lastPlacesRunning(h, unit, LAST_PLACES);
      const row = bodyRow(
        [
          unit,
          r.unit.category,
          ...cells,
          excellentYears(h, unit),
          shown(bestYear(h, unit, "rank")),
          shown(worstYear(h, unit, "rank")),
          shown(bestYear(h, unit, "total")),
          shown(worstYear(h, unit, "total")),
          lastPlaces(h, unit, LAST_PLACES).length,
          running ? HISTORY.yes : null,
          remark(record?.years ?? [], isNewUnit(h, unit), absentYears(h, unit)) || null,
        ],
        looks,
        widths,
      );
      if (r.vetoes.length) row.style = row.style.map(GREY);
      gradeCols.forEach((col) => {
        const fill = GRADE_LOOKS.get(String(row.values[col] ?? ""));
        if (fill) row.style[col] = fill(row.style[col]);
      });
      yield row;
    }
    // Units of earlier years not in this year's run: their years, and why they have no 本年 figures.
    for (const d of h.departed) {
      const byYear = new Map(d.years.map((y) => [y.year, y]));
      const last = d.years[d.years.length - 1].year;
      const row = bodyRow([d.unit, d.category, ...years.flatMap((y) => yearCells(byYear.get(y.year))), ...tail.slice(0, -1).map(() => null), HISTORY.departed(last)], looks, widths);
      row.style = row.style.map(GREY);
      yield row;
    }
    yield null;
    yield { values: [note(a)], style: style({ wrap: true, vertical: "top" }), height: 45 };
  }

  return sheet(
    {
      name: HISTORY.sheet,
      title: `${yearTitle(info.label)}测评历年对比`,
      subtitle: HISTORY.subtitle(h.topGrade, LAST_PLACES),
      widths,
      header: [
        { values: top, style: HEADER, height: 30 },
        { values: bottom, style: HEADER },
      ],
      frozenCols: 2,
      merges,
    },
    body(),
    // 单位类别 and the grades repeat down the sheet.
    [1, ...gradeCols],
  );
}

/** 总分, 名次, 等级 of one year: blank when the unit did not take part (absent, not 0); before a merger, the shared grade only. */
function yearCells(y: UnitYear | undefined): XlsxValue[] {
  if (!y) return [null, null, null];
  if (y.status === "merged") return [null, null, y.grade || null];
  return [y.total ?? null, y.rank ?? (y.vetoed ? VETO_LABEL : null), y.vetoed ? VETO_LABEL : y.grade || null];
}

/** "1（2024、2026）": the figure and every year it was reached in. */
function shown(e: Extreme | undefined): string | null {
  return e ? HISTORY.extreme(e.value, e.years) : null;
}

/** Old names, years before a merger, years absent, or new this year. */
function remark(years: UnitYear[], isNew: boolean, absent: number[]): string {
  if (isNew) return HISTORY.newUnit;
  const parts: string[] = [];
  for (const y of years) {
    if (y.status === "renamed") parts.push(HISTORY.renamed(y.year, y.parts.map((p) => p.name).join("、")));
    if (y.status === "merged") parts.push(HISTORY.merged(y.year, y.parts.map((p) => p.name).join("、")));
  }
  if (absent.length) parts.push(HISTORY.absent(absent.join("、")));
  return parts.join("；");
}

/** Which years were published and which rescored, and what a rescored year leaves out. */
function note(a: Assessment): string {
  const earlier = a.history!.years.filter((y) => y.mode !== "current");
  const list = (mode: string) => earlier.filter((y) => y.mode === mode).map((y) => y.year).join("、");
  const extra = earlier.flatMap((y) => [
    ...(y.notComparable.length ? [HISTORY.notComparable(y.year, y.notComparable.map((n) => `“${n}”`).join("、"))] : []),
    ...(y.issueCount ? [HISTORY.rescoredIssues(y.year, y.issueCount)] : []),
  ]);
  return [HISTORY.note(list("published"), list("rescored")), ...extra].join("");
}
