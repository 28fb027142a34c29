import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, DIAGNOSTICS as D, PRINTING, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { style, type Merge, type SheetSpec, type XlsxRow, type XlsxValue } from "../../xlsx/model.js";
import { DUPLICATE_CORRELATION, LOW_DISCRIMINATION_FULL_SHARE, MIN_DIAGNOSED_UNITS, type ItemDiagnostic, type ItemDiagnostics, type ItemFinding } from "../../../core/analysis/itemDiagnostics.js";
import { CORRELATION_DECIMALS, shownCorrelation } from "../../../core/analysis/shownCorrelation.js";
import { MIN_STABILITY_UNITS, type RankStability } from "../../../core/analysis/rankStability.js";
import { showNumber, showPercent } from "../../../core/rules/format.js";
import { linesNeeded } from "../../xlsx/textLines.js";
import { HEADER, LINE_HEIGHT, bodyRow, looksByFormat, percentFormat, scoreFormat, sheet, type RunInfo } from "../frame.js";

const LABELS = [C.key, C.level1, C.item, C.points, D.columns.meanRate, D.columns.fullShare, D.columns.zeroShare, D.columns.stdDev, D.columns.variation, D.columns.itemTotal, D.columns.diagnosis, D.columns.advice];
const WIDTHS = [8, 14, 28, 7, 10, 10, 10, 9, 9, 10, 14, 56];
const BLOCK_TITLE = style({ bold: true, vertical: "middle" });
const NOTE = style({ wrap: true, vertical: "middle" });
/** Columns C–I (C–H beside the two correlations of 与上年排序相关): where the blocks below the items write their words. */
const WORDS_TO_I = [3, 9] as const;
const WORDS_TO_H = [3, 8] as const;
/** Rows 1–3 are the title, the subtitle and the items' header. */
const FIRST_BODY_ROW = 4;

/** A correlation as the advice says it: 0.96, 1.00. */
const showR = (r: number) => shownCorrelation(r).toFixed(CORRELATION_DECIMALS);

/** One finding's advice, in the words of labels (DIAGNOSTICS.advice). */
export function findingAdvice(f: ItemFinding, d: ItemDiagnostic, percentDecimals: number): string {
  switch (f.kind) {
    case "noVariance": return D.advice.noVariance(showNumber(f.points), f.points >= d.item.points);
    case "nearZeroVariance": return D.advice.nearZeroVariance(showPercent(f.spread, percentDecimals));
    case "lowDiscrimination": return D.advice.lowDiscrimination(f.units, f.full, showPercent(f.full / f.units, percentDecimals));
    case "duplicate": return D.advice.duplicate(`${f.other.key} ${f.other.name}`, showR(f.r));
    case "negativeTotal": return D.advice.negativeTotal(showR(f.r));
  }
}

/**
 * 指标诊断: the items (spread and findings with advice), then the 一级指标
 * (α), the pairs that may count twice, and with last year the rank
 * correlation of the two years; one sheet, blocks one under the other.
 */
export function diagnosticsSheet(a: Assessment, info: RunInfo, fmt: string): SheetSpec {
  const diagnostics = a.diagnostics!;
  const d = a.criteria.settings.percentDecimals;
  const vetoed = a.results.filter((r) => r.vetoes.length).length;
  const scope = PRINTING.eligibleScope(a.results.length - vetoed, vetoed);
  const title = `${yearTitle(info.label)}${D.title}`;
  const merges: Merge[] = [];
  const frame = { name: SHEETS.diagnostics, title, widths: WIDTHS, header: LABELS, merges, orientation: "landscape" as const };
  if (!diagnostics.computed) {
    return sheet({ ...frame, subtitle: `${scope}；${D.notComputed(diagnostics.units, MIN_DIAGNOSED_UNITS)}` }, []);
  }
  const subtitle = D.subtitle(scope, showPercent(LOW_DISCRIMINATION_FULL_SHARE, 0));
  return sheet({ ...frame, subtitle }, body(diagnostics, d, fmt, merges));
}

function* body(g: ItemDiagnostics, percentDecimals: number, fmt: string, merges: Merge[]): Generator<XlsxRow> {
  const pct = percentFormat(percentDecimals);
  const r = scoreFormat(CORRELATION_DECIMALS);
  const none: undefined[] = [undefined, undefined, undefined];
  // Per block, the number format of each column.
  const looks = looksByFormat(
    (block) =>
      block === "items" ? [...none, undefined, pct, pct, pct, fmt, pct, r] : block === "stability" ? [...none, undefined, undefined, undefined, undefined, undefined, r, r] : [...none, undefined, undefined, undefined, undefined, undefined, undefined, r],
    LABELS.length,
  );
  let row = FIRST_BODY_ROW;
  const emit = (x: XlsxRow): XlsxRow => (row++, x);
  /** A line across the sheet: a block's title, or a note. */
  const line = (text: string, bold = false): XlsxRow => {
    merges.push({ top: row, left: 1, bottom: row, right: LABELS.length });
    const lines = linesNeeded(text, WIDTHS.reduce((sum, w) => sum + w, 0));
    return emit({ values: [text], style: bold ? BLOCK_TITLE : NOTE, height: LINE_HEIGHT * Math.max(lines, bold ? 1.4 : 1) });
  };
  const header = (values: XlsxValue[], span: readonly [number, number]): XlsxRow => (spanColumns(span), emit({ values, style: HEADER, height: 2 * LINE_HEIGHT }));
  /** The block's words fill the columns the items' figures take (C–I), not one narrow cell beside empty ones. */
  const spanColumns = ([left, right]: readonly [number, number]) => merges.push({ top: row, left, bottom: row, right });
  const wordsRow = (values: XlsxValue[], block: string, span: readonly [number, number]): XlsxRow => {
    spanColumns(span);
    // The merged cell is as wide as its columns together: the row height follows that width.
    const widths = WIDTHS.map((w, i) => (i === span[0] - 1 ? WIDTHS.slice(span[0] - 1, span[1]).reduce((a, b) => a + b, 0) : w));
    return emit(bodyRow(values, looks(block), widths));
  };

  for (const item of g.items) {
    const names = item.findings.map((f) => D.findingNames[f.kind]);
    const advice = item.findings.map((f) => findingAdvice(f, item, percentDecimals));
    yield emit(
      bodyRow(
        [item.item.key, item.item.level1, item.item.name, item.item.points, item.meanRate, item.fullShare, item.zeroShare, item.stdDev, item.variation ?? null, item.itemTotal ?? null, names.join("、") || D.none, advice.join("；") || null],
        looks("items"),
        WIDTHS,
      ),
    );
  }
  if (g.notDiagnosed.length) yield line(D.notDiagnosed(g.notDiagnosed.map((i) => `${i.key} ${i.name}`).join("、")));

  yield emit({ values: [] });
  yield line(D.blocks.groups, true);
  yield header([null, C.level1, D.columns.items, null, null, null, null, null, null, D.columns.alpha, D.columns.consistency, D.columns.reading], WORDS_TO_I);
  for (const group of g.groups) {
    const reading = group.alpha !== undefined && group.reading ? D.alphaAdvice[group.reading](showR(group.alpha)) : D.alphaNotComputed(group.items - group.leftOut);
    yield wordsRow([null, group.group, D.alphaItems(group.items, group.leftOut), null, null, null, null, null, null, group.alpha ?? null, group.reading ? D.alphaReadings[group.reading] : null, reading], "groups", WORDS_TO_I);
  }

  const cut = showNumber(DUPLICATE_CORRELATION);
  yield emit({ values: [] });
  yield line(D.blocks.pairs(cut), true);
  if (!g.pairs.length) yield line(D.blocks.noPairs(cut));
  else {
    yield header([null, C.level1, D.columns.item, null, null, null, null, null, null, D.columns.r, null, D.columns.pair], WORDS_TO_I);
    for (const p of g.pairs) {
      yield wordsRow([null, p.group, `${p.a.key} ${p.a.name}`, null, null, null, null, null, null, p.r, D.findingNames.duplicate, D.advice.duplicate(`${p.b.key} ${p.b.name}`, showR(p.r))], "pairs", WORDS_TO_I);
    }
  }

  if (g.stability) {
    yield emit({ values: [] });
    yield line(D.blocks.stability, true);
    yield header([null, D.columns.scope, D.columns.units, null, null, null, null, null, D.columns.spearman, D.columns.kendall, D.columns.stability, D.columns.reading], WORDS_TO_H);
    for (const s of g.stability) yield wordsRow(stabilityRow(s), "stability", WORDS_TO_H);
  }
}

function stabilityRow(s: RankStability): XlsxValue[] {
  const reading = s.units < MIN_STABILITY_UNITS ? D.stabilityTooFew(MIN_STABILITY_UNITS) : s.spearman === undefined || !s.reading ? D.stabilityConstant : D.stabilityAdvice[s.reading](showR(s.spearman));
  return [null, s.scope, D.units(s.units), null, null, null, null, null, s.spearman ?? null, s.kendall ?? null, s.reading ? D.stabilityReadings[s.reading] : null, reading];
}

/** The 说明 row of the sheet. */
export function diagnosticsAboutRows(a: Assessment): XlsxValue[][] {
  const g = a.diagnostics;
  if (!g) return [];
  return [[D.aboutLabel, g.computed ? D.about(g.units, showPercent(LOW_DISCRIMINATION_FULL_SHARE, 0), showNumber(DUPLICATE_CORRELATION)) : D.aboutNotComputed(g.units, MIN_DIAGNOSED_UNITS)]];
}
