import type { CriteriaItem } from "../model.js";
import type { Comparison } from "../compare/compareYears.js";
import { mean } from "../math/mean.js";
import { sampleStdDev } from "../math/sampleStdDev.js";
import { pearson } from "../math/pearson.js";
import { isConstant } from "../math/isConstant.js";
import { cronbachAlpha } from "../math/cronbachAlpha.js";
import { shownCorrelation } from "./shownCorrelation.js";
import { pointsColumns, type ScoreMatrix } from "./scoreMatrix.js";
import { rankStability, type RankStability } from "./rankStability.js";

/**
 * 区分度低: at least this share of the units take the item's full points.
 * With 12 units, 11 at full points (91.7 %) is flagged, 10 (83.3 %) is not.
 */
export const LOW_DISCRIMINATION_FULL_SHARE = 0.9;
/**
 * 近乎无差异: the units' score rates spread less than this (sample standard
 * deviation of points / 分值): below 1 % of the item's points, the item
 * hardly separates anyone even when not every unit is at full points.
 */
export const NEAR_ZERO_RATE_SPREAD = 0.01;
/** 重复计分: two items of one 一级指标 correlated beyond this (|r|, as shown). */
export const DUPLICATE_CORRELATION = 0.9;
/**
 * 与总分负相关: an item that separates the units and whose corrected
 * item–total r (as shown) is at or below this. Nearer 0 the item is
 * unrelated to the rest rather than running against it, which sampling
 * alone produces with a few dozen units.
 */
export const NEGATIVE_ITEM_TOTAL = -0.1;
/** Below this many eligible units no diagnostic is computed (a correlation of two points says nothing). */
export const MIN_DIAGNOSED_UNITS = 3;
/**
 * Cronbach's α read by the rule of thumb of scale development (DeVellis,
 * Scale Development, 4th ed., 2017: below 0.60 unacceptable, 0.80 and above
 * very good): below 0.6 低, 0.6 up to 0.8 可接受, 0.8 and above 高.
 */
export const ALPHA_LINES = { acceptable: 0.6, high: 0.8 } as const;

export type AlphaReading = "low" | "acceptable" | "high";

/** What the diagnostics say about one item; each has its advice in labels (DIAGNOSTICS.advice). */
export type ItemFinding =
  /** Every unit takes the same points: the item separates nobody. */
  | { kind: "noVariance"; points: number }
  /** The units differ by less than NEAR_ZERO_RATE_SPREAD of 分值. */
  | { kind: "nearZeroVariance"; spread: number }
  | { kind: "lowDiscrimination"; full: number; units: number }
  | { kind: "duplicate"; other: CriteriaItem; r: number }
  | { kind: "negativeTotal"; r: number };

export interface ItemDiagnostic {
  item: CriteriaItem;
  /** Index in criteria.items. */
  index: number;
  /** Mean of points / 分值. */
  meanRate: number;
  /** Share of units at full points, and at 0. */
  fullShare: number;
  zeroShare: number;
  fullCount: number;
  /** STDEV.S of the points. */
  stdDev: number;
  /** stdDev / mean points; undefined when the mean is 0. */
  variation?: number;
  /** Corrected item–total correlation: the item against the sum of the other diagnosed items; undefined when either does not vary. */
  itemTotal?: number;
  findings: ItemFinding[];
}

export interface GroupDiagnostic {
  group: string;
  /** Diagnosed items of the 一级指标. */
  items: number;
  /**
   * Items left out of α because they do not separate the units (无差异,
   * 近乎无差异, 区分度低): SPSS removes zero-variance items; one whose
   * spread is a single unit below full points would make α say how that
   * one unit fared, not whether the items agree.
   */
  leftOut: number;
  /** Over the items that separate the units; undefined with fewer than 2 of them, or totals that do not vary. */
  alpha?: number;
  reading?: AlphaReading;
}

export interface DuplicatePair {
  group: string;
  a: CriteriaItem;
  b: CriteriaItem;
  r: number;
}

export interface ItemDiagnostics {
  computed: true;
  /** Eligible (ranked) units the statistics are over. */
  units: number;
  items: ItemDiagnostic[];
  groups: GroupDiagnostic[];
  pairs: DuplicatePair[];
  /** Bonus and veto items: not diagnosed (they are not meant to separate every unit). */
  notDiagnosed: CriteriaItem[];
  /** With last year: rank correlation overall and per category. */
  stability?: RankStability[];
}

export interface DiagnosticsNotComputed {
  computed: false;
  units: number;
}

export type Diagnostics = ItemDiagnostics | DiagnosticsNotComputed;

/**
 * α's plain reading (ALPHA_LINES).
 * @example readAlpha(0.75) // => "acceptable"
 */
export function readAlpha(alpha: number): AlphaReading {
  const shown = shownCorrelation(alpha);
  return shown >= ALPHA_LINES.high ? "high" : shown >= ALPHA_LINES.acceptable ? "acceptable" : "low";
}

/** Items the diagnostics are about: basic items with points (not bonus, not veto). */
export function isDiagnosed(item: CriteriaItem): boolean {
  return !item.bonus && !item.rule.pointless && item.points > 0;
}

/**
 * 指标诊断 over the eligible units of the score matrix: per basic item its
 * spread and findings, per 一级指标 Cronbach's α, the pairs that may count
 * the same thing twice, and with last year the rank correlation of the two
 * years. Pure; `assess` calls it after ranking.
 */
export function itemDiagnostics(matrix: ScoreMatrix, comparison?: Comparison): Diagnostics {
  const n = matrix.units.length;
  if (n < MIN_DIAGNOSED_UNITS) return { computed: false, units: n };
  const indexes = matrix.items.flatMap((item, j) => (isDiagnosed(item) ? [j] : []));
  const columns = pointsColumns(matrix, indexes);
  const points = new Map(indexes.map((j, k) => [j, columns[k]]));
  // Each unit's sum over the diagnosed items, from which each item's own points are taken for its corrected item–total r.
  const sum = new Float64Array(n);
  for (const j of indexes) points.get(j)!.forEach((p, r) => (sum[r] += p));

  const items = indexes.map((j): ItemDiagnostic => describeItem(matrix.items[j], j, points.get(j)!, sum));
  const pairs = duplicatePairs(items, points);
  for (const p of pairs) {
    byItem(items, p.a).findings.push({ kind: "duplicate", other: p.b, r: p.r });
    byItem(items, p.b).findings.push({ kind: "duplicate", other: p.a, r: p.r });
  }
  const groups = groupDiagnostics(items, points);
  const out: ItemDiagnostics = { computed: true, units: n, items, groups, pairs, notDiagnosed: matrix.items.filter((i) => !isDiagnosed(i)) };
  if (comparison) out.stability = rankStability(comparison);
  return out;
}

function byItem(items: ItemDiagnostic[], item: CriteriaItem): ItemDiagnostic {
  return items.find((d) => d.item === item)!;
}

function describeItem(item: CriteriaItem, index: number, points: Float64Array, sum: Float64Array): ItemDiagnostic {
  const n = points.length;
  let full = 0;
  let zero = 0;
  for (const p of points) {
    if (p >= item.points) full++;
    if (p === 0) zero++;
  }
  const meanPoints = mean(points);
  const stdDev = sampleStdDev(points);
  const rest = sum.map((s, r) => s - points[r]);
  const itemTotal = pearson(points, rest);
  const findings: ItemFinding[] = [];
  const spread = stdDev / item.points;
  if (isConstant(points)) findings.push({ kind: "noVariance", points: points[0] });
  else if (full / n >= LOW_DISCRIMINATION_FULL_SHARE) findings.push({ kind: "lowDiscrimination", full, units: n });
  else if (spread < NEAR_ZERO_RATE_SPREAD) findings.push({ kind: "nearZeroVariance", spread });
  // Only where the item separates the units: one unit missing an item that all others max out sets its r by itself.
  if (itemTotal !== undefined && !findings.length && shownCorrelation(itemTotal) <= NEGATIVE_ITEM_TOTAL) findings.push({ kind: "negativeTotal", r: itemTotal });
  return {
    item,
    index,
    meanRate: meanPoints / item.points,
    fullShare: full / n,
    zeroShare: zero / n,
    fullCount: full,
    stdDev,
    variation: meanPoints > 0 ? stdDev / meanPoints : undefined,
    itemTotal,
    findings,
  };
}

/**
 * Items that separate the units, i.e. without a spread finding: an item
 * where all but one unit takes full points correlates perfectly with any
 * other such item the same unit missed, which says that unit lost points
 * twice, not that the two items measure the same thing.
 */
export function separates(d: Pick<ItemDiagnostic, "findings">): boolean {
  return !d.findings.some((f) => f.kind === "noVariance" || f.kind === "lowDiscrimination" || f.kind === "nearZeroVariance");
}

/** Pairs of separating items within one 一级指标 with |r| > DUPLICATE_CORRELATION (as shown). */
function duplicatePairs(items: ItemDiagnostic[], points: Map<number, Float64Array>): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  const candidates = items.filter(separates);
  for (let a = 0; a < candidates.length; a++) {
    for (let b = a + 1; b < candidates.length; b++) {
      const x = candidates[a];
      const y = candidates[b];
      if (x.item.level1 !== y.item.level1) continue;
      const r = pearson(points.get(x.index)!, points.get(y.index)!);
      if (r !== undefined && Math.abs(shownCorrelation(r)) > DUPLICATE_CORRELATION) pairs.push({ group: x.item.level1, a: x.item, b: y.item, r });
    }
  }
  return pairs;
}

/** Cronbach's α per 一级指标 over its diagnosed items that separate the units. */
function groupDiagnostics(items: ItemDiagnostic[], points: Map<number, Float64Array>): GroupDiagnostic[] {
  const groups = new Map<string, ItemDiagnostic[]>();
  for (const d of items) groups.set(d.item.level1, [...(groups.get(d.item.level1) ?? []), d]);
  return [...groups].map(([group, members]) => {
    const counted = members.filter(separates);
    const alpha = cronbachAlpha(counted.map((d) => points.get(d.index)!));
    return { group, items: members.length, leftOut: members.length - counted.length, alpha, reading: alpha === undefined ? undefined : readAlpha(alpha) };
  });
}
