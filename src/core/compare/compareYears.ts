import type { CriteriaItem, Grade, UnitResult, UnitRow } from "../model.js";
import { mean } from "../math/mean.js";
import { roundExcel } from "../math/roundExcel.js";
import { VETO_LABEL } from "../i18n/labels.js";
import type { FieldDirection } from "../model.js";
import type { FigureKind } from "../criteria/parseFieldProfiles.js";
import { figureValues, type Figure, type FigureValue } from "./figures.js";
import type { MatchStatus, PreviousMatch } from "./matchPrevious.js";
import { describeChange } from "./wording.js";

/** One unit in one year, reduced to what the comparison needs. */
export interface YearUnit {
  name: string;
  category: string;
  total?: number;
  rank?: number;
  vetoed: boolean;
  grade: string;
  figures: Map<string, FigureValue>;
}

export interface FigureChange {
  figure: Pick<Figure, "id" | "name" | "direction" | "measure" | "perMille"> & { kind: FigureKind | "score" };
  current?: number;
  previous?: number;
  change?: number;
  /** Relative change, for counts, amounts and scores; undefined when last year was 0. */
  percent?: number;
  /** Change in 百分点 for rates, in 千分点 for ‰ rates (as their values are shown). */
  points?: number;
  verdict: "改善" | "退步" | "持平" | "";
  note: string;
  wording: string;
}

export interface UnitComparison {
  result: UnitResult;
  status: MatchStatus;
  previousNames: string[];
  previous?: YearUnit;
  totalChange?: number;
  rankChange: string;
  changes: FigureChange[];
  /** The unit's largest changes, in sentences a clerk can paste. */
  highlights: string;
  /**
   * This year on the comparable items, when some are not comparable: the
   * total and rank that 总分增减 and 名次变化 compare with last year's.
   */
  comparable?: ComparableStanding;
}

/** A unit's total and rank without the items last year cannot score. */
export interface ComparableStanding {
  total: number;
  rank?: number;
}

export interface SummaryRow {
  group: string;
  label: string;
  kind: "count" | "score" | "rate";
  current?: number;
  previous?: number;
  change?: number;
}

export interface Comparison {
  mode: "rescored" | "published";
  file: string;
  label: string;
  units: UnitComparison[];
  absent: YearUnit[];
  summary: SummaryRow[];
  figures: Figure[];
  /** 同比 items last year's file could not score (it lacks their year before): both years' totals leave them out. */
  notComparable: CriteriaItem[];
}

/**
 * Decimals a stored change keeps: enough for any figure an office types,
 * few enough that 0.523 − 0.49 is stored as the 0.033 Excel would show,
 * not 0.03300000000000003.
 */
export const CHANGE_DECIMALS = 10;

/** A difference as stored: rounded so binary noise never reaches the workbook. @example storedChange(0.0195 - 0.0245) // => -0.005 */
export const storedChange = (x: number): number => roundExcel(x, CHANGE_DECIMALS);

export const STATUS_LABELS: Record<MatchStatus, string> = { same: "同名", renamed: "更名", merged: "合并", new: "新参评" };
export const ALL_UNITS = "全部单位";
/** The 总分 row's name when some items are left out of both years. */
export const COMPARABLE_TOTAL = "总分（可比指标）";

/** What a scored unit looks like in the comparison. */
export function yearUnit(result: UnitResult, figures: Figure[], row: UnitRow = result.unit): YearUnit {
  return {
    name: result.unit.name,
    category: result.unit.category,
    total: result.total,
    rank: result.rank,
    vetoed: result.vetoes.length > 0,
    grade: result.vetoes.length ? VETO_LABEL : result.grade,
    figures: figureValues(figures, row, result),
  };
}

export interface CompareInput {
  mode: Comparison["mode"];
  file: string;
  label: string;
  figures: Figure[];
  grades: Grade[];
  /** Decimals of 增幅 and rates in the wording (设置 百分比小数位数). */
  percentDecimals?: number;
  /** 小数位数: scores in the wording (94.60). */
  scoreDecimals?: number;
  current: UnitResult[];
  matches: Map<UnitRow, PreviousMatch>;
  /** The year unit standing for each match (the unit, or merged units pooled). */
  previousOf: (match: PreviousMatch) => YearUnit | undefined;
  previousUnits: YearUnit[];
  absent: YearUnit[];
  /** Items left out of both years' totals (see notComparable). */
  notComparable?: CriteriaItem[];
  /** This year's total and rank on the comparable items, when some are not. */
  comparable?: (result: UnitResult) => ComparableStanding;
}

/** Change figures per unit, rank movement, and per-category summaries. */
export function compareYears(input: CompareInput): Comparison {
  const units = input.current.map((result) => compareUnit(result, input));
  // With items not comparable, this year's averages are taken on the same items as last year's.
  const currentYear = input.current.map((r) => ({ ...yearUnit(r, input.figures), ...(input.comparable ? { total: input.comparable(r).total } : {}) }));
  return {
    mode: input.mode,
    file: input.file,
    label: input.label,
    units,
    absent: input.absent,
    summary: summarise(currentYear, input.previousUnits, input.figures, input.grades, Boolean(input.notComparable?.length)),
    figures: input.figures,
    notComparable: input.notComparable ?? [],
  };
}

function compareUnit(result: UnitResult, input: CompareInput): UnitComparison {
  const match = input.matches.get(result.unit) ?? { status: "new" as const, sources: [] };
  const previous = match.status === "new" ? undefined : input.previousOf(match);
  const now = yearUnit(result, input.figures);
  const changes: FigureChange[] = [];
  // With items not comparable, both years' totals leave them out, and the figure says so.
  const comparable = input.comparable?.(result);
  const total = comparable ? comparable.total : result.total;
  const scoreFigure = { id: "total", name: comparable ? COMPARABLE_TOTAL : "总分", kind: "score" as const, direction: "higher" as FieldDirection, measure: "分" };
  const decimals = input.percentDecimals ?? 2;
  const scoreDecimals = input.scoreDecimals ?? 2;
  const totalRow = change(scoreFigure, total, previous?.total, decimals, scoreDecimals);
  if (input.notComparable?.length) totalRow.note = [totalRow.note, `不含上年不可比的 ${input.notComparable.map((i) => i.name).join("、")}`].filter(Boolean).join("；");
  changes.push(totalRow);
  for (const f of input.figures) {
    const cur = now.figures.get(f.id)?.value;
    if (cur === undefined && previous?.figures.get(f.id) === undefined) continue;
    changes.push(change(f, cur, previous?.figures.get(f.id)?.value, decimals, scoreDecimals));
  }
  const totalChange = previous?.total !== undefined ? roundExcel(total - previous.total, 2) : undefined;
  return {
    result,
    status: match.status,
    previousNames: match.sources.map((s) => s.name),
    previous,
    totalChange,
    rankChange: rankChange(match.status, result, previous, comparable?.rank),
    changes,
    highlights: highlights(changes),
    comparable,
  };
}

/**
 * ↑2 / ↓1 / 持平 / 新 / 合并, as reports write it. `rank` is this year's
 * rank to compare: the comparable one when last year lacks some items.
 */
export function rankChange(status: MatchStatus, result: UnitResult, previous: YearUnit | undefined, rank = result.rank): string {
  if (status === "new") return "新";
  if (status === "merged") return "合并";
  if (result.vetoes.length) return VETO_LABEL;
  if (!previous || previous.rank === undefined) return previous?.vetoed ? "上年否决" : "—";
  const moved = previous.rank - rank!;
  return moved > 0 ? `↑${moved}` : moved < 0 ? `↓${-moved}` : "持平";
}

function change(figure: FigureChange["figure"], current: number | undefined, previous: number | undefined, decimals: number, scoreDecimals: number): FigureChange {
  const out: FigureChange = { figure, current, previous, verdict: "", note: "", wording: "" };
  if (current === undefined) {
    out.note = "本年无数据";
    return out;
  }
  out.wording = describeChange(figure.name, figure.kind, figure.measure, current, previous, figure.perMille, decimals, scoreDecimals);
  if (previous === undefined) {
    out.note = "上年无数据";
    return out;
  }
  out.change = storedChange(current - previous);
  // A ‰ rate is shown in ‰, so its change is in 千分点, like its wording.
  if (figure.kind === "rate") out.points = storedChange((current - previous) * (figure.perMille ? 1000 : 100));
  else if (previous !== 0) out.percent = storedChange((current - previous) / Math.abs(previous));
  else out.note = "上年为 0，增幅无法计算";
  const diff = roundExcel(out.change, 9);
  // A neutral figure (a denominator such as 在编人数) shows its change without a verdict.
  if (figure.direction === "neutral") out.note ||= "不评价";
  else out.verdict = diff === 0 ? "持平" : (diff > 0) === (figure.direction === "higher") ? "改善" : "退步";
  return out;
}

/** The total's change, then the three judged figures that moved most (relative to last year); a denominator is never a point. */
function highlights(changes: FigureChange[]): string {
  const [total, ...rest] = changes;
  const size = (c: FigureChange) => (c.previous ? Math.abs((c.change ?? 0) / c.previous) : 0);
  const biggest = rest.filter((c) => c.change && c.previous && c.verdict).sort((a, b) => size(b) - size(a)).slice(0, 3);
  return [total, ...biggest].filter((c) => c.previous !== undefined && c.wording).map((c) => c.wording).join("；");
}

/** How much a change moved, relative to last year's value, so counts and rates rank together. */
function changeSize(c: FigureChange): number {
  if (c.previous) return Math.abs((c.change ?? 0) / c.previous);
  // From 0 last year (0 → 1 起 安全事故): as large as a doubling.
  return c.change ? 1 : 0;
}

/**
 * The changes that explain a unit's move: only those judged `verdict`
 * (a unit that went down is explained by what got worse, never by fewer
 * complaints or a denominator), largest first. Empty when none does: the
 * report then says nothing it cannot back.
 */
export function explainingChanges(u: Pick<UnitComparison, "changes">, verdict: "改善" | "退步", count: number): FigureChange[] {
  const [, ...figures] = u.changes;
  return figures
    .filter((c) => c.verdict === verdict && c.wording && c.previous !== undefined)
    .sort((a, b) => changeSize(b) - changeSize(a))
    .slice(0, count);
}

/**
 * Per-group counts, averages and pooled rates of both years. With items not
 * comparable, last year's grade counts are left out: last year's grades
 * cannot be told on this year's lines (see 上年等级 in the ranking).
 */
function summarise(current: YearUnit[], previous: YearUnit[], figures: Figure[], grades: Grade[], partial: boolean): SummaryRow[] {
  const groups = [ALL_UNITS, ...new Set([...current, ...previous].map((u) => u.category))];
  const rows: SummaryRow[] = [];
  for (const group of groups) {
    const cur = group === ALL_UNITS ? current : current.filter((u) => u.category === group);
    const prev = group === ALL_UNITS ? previous : previous.filter((u) => u.category === group);
    const row = (label: string, kind: SummaryRow["kind"], f: (us: YearUnit[]) => number | undefined, withPrevious = true) => {
      const c = cur.length ? f(cur) : undefined;
      const p = prev.length && withPrevious ? f(prev) : undefined;
      const change = c !== undefined && p !== undefined ? storedChange(kind === "rate" ? (c - p) * 100 : c - p) : undefined;
      rows.push({ group, label, kind, current: c, previous: p, change });
    };
    row("参评单位数", "count", (us) => us.length);
    row(partial ? "平均分（不含否决单位，按可比指标）" : "平均分（不含否决单位）", "score", (us) => {
      const totals = us.filter((u) => !u.vetoed && u.total !== undefined).map((u) => u.total!);
      return totals.length ? mean(totals) : undefined;
    });
    for (const g of [...grades.map((x) => x.name), VETO_LABEL]) row(`${g}单位数`, "count", (us) => us.filter((u) => u.grade === g).length, !partial);
    // Rates, like the mean, over the units that are ranked: vetoed units are out of every statistic.
    const ranked = (us: YearUnit[]) => us.filter((u) => !u.vetoed);
    for (const f of figures.filter((x) => x.itemIndex !== undefined)) {
      row(`${f.name}（合计：Σ分子/Σ分母）`, "rate", (us) => {
        const parts = ranked(us).map((u) => u.figures.get(f.id)?.parts).filter((p) => p && p.denominator > 0);
        if (!parts.length) return undefined;
        return parts.reduce((a, p) => a + p!.numerator, 0) / parts.reduce((a, p) => a + p!.denominator, 0);
      });
      row(`${f.name}（单位平均）`, "rate", (us) => {
        const rates = ranked(us).map((u) => u.figures.get(f.id)?.value).filter((v): v is number => v !== undefined);
        return rates.length ? mean(rates) : undefined;
      });
    }
  }
  return rows;
}
