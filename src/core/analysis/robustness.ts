import type { RankMethod } from "../model.js";
import { roundExcel } from "../math/roundExcel.js";
import { seededRandom } from "./seededRandom.js";

/**
 * The Monte Carlo of the 稳健性 analysis, on plain numbers (no unit
 * objects): each draw multiplies every basic 一级指标's 分值 P_g by
 * (1 + u_g), u_g ~ U(−δ, δ), renormalises so the 分值 still sum to the basic
 * total, scales each unit's group subtotals by P'_g / P_g, keeps bonus and
 * 负面清单 deductions as they are, rounds the total with Excel's ROUND and
 * ranks with the assessment's tie convention. Item points are fixed, so a
 * draw is a units × groups product over typed arrays reused from draw to
 * draw.
 */
export interface RankSimulationInput {
  /** 分值 of each perturbed (basic, > 0) 一级指标. */
  groupPoints: readonly number[];
  /** subtotals[u * groups + g]: unit u's points in group g, as published. */
  subtotals: Float64Array;
  /** Each unit's published total (bonus and deductions included): what a draw starts from. */
  totals: Float64Array;
  decimals: number;
  rankMethod: RankMethod;
  /** Grade minimums, highest grade first (the 等级 sheet's lines). */
  gradeMins: readonly number[];
  /** P(top N) counts rank ≤ topN. */
  topN: number;
  /** A 推荐名额 line: each unit's scope (−1: not a candidate), the places per scope, and the lowest grade a candidate needs. */
  quota?: { scope: Int32Array; places: readonly number[]; minGradeIndex?: number };
  draws: number;
  /** δ: the largest relative change of a 分值 (0.25 = ±25 %). */
  delta: number;
  seed: number;
}

export interface RankSimulation {
  units: number;
  draws: number;
  /** ranks[u * draws + d]: unit u's rank in draw d. */
  ranks: Float32Array;
  /** shifts[d * groups + g]: the u_g of draw d. */
  shifts: Float64Array;
  /** gradeCounts[u * grades + k]: draws in which unit u's total reached grade k (and no higher). */
  gradeCounts: Int32Array;
  /** Draws in which the unit ranked within the top N. */
  topCounts: Int32Array;
  /** Draws in which the unit was within its scope's places (present with a quota). */
  quotaCounts?: Int32Array;
}

/**
 * The 分值 of one draw: P'_g = P_g (1 + u_g) · T / Σ_h P_h (1 + u_h), so
 * Σ P'_g = T = Σ P_g. Written into `out` (reused between draws).
 * @example Array.from(perturbedPoints([60, 40], [0.25, -0.25], new Float64Array(2))) // => [71.42857142857143, 28.57142857142857]
 */
export function perturbedPoints(points: ArrayLike<number>, shifts: ArrayLike<number>, out: Float64Array): Float64Array {
  let total = 0;
  let scaled = 0;
  for (let g = 0; g < points.length; g++) {
    total += points[g];
    scaled += points[g] * (1 + shifts[g]);
  }
  const factor = scaled > 0 ? total / scaled : 1;
  for (let g = 0; g < points.length; g++) out[g] = points[g] * (1 + shifts[g]) * factor;
  return out;
}

/**
 * Index of the grade a total earns among minimums sorted highest first;
 * below every minimum, the last grade (as gradeFor does).
 * @example gradeIndex(85, [90, 80, 60, 0]) // => 1
 */
export function gradeIndex(total: number, mins: readonly number[]): number {
  for (let k = 0; k < mins.length; k++) if (total >= mins[k]) return k;
  return Math.max(mins.length - 1, 0);
}

/** Run the draws. Deterministic: the same input and seed give the same ranks. */
export function simulateRanks(input: RankSimulationInput): RankSimulation {
  const { groupPoints, subtotals, totals, decimals, rankMethod, gradeMins, topN, quota, draws, delta } = input;
  const n = totals.length;
  const groups = groupPoints.length;
  if (subtotals.length !== n * groups) throw new RangeError("simulateRanks requires units × groups subtotals");
  if (!(delta >= 0 && delta < 1)) throw new RangeError("simulateRanks requires 0 ≤ δ < 1");
  const grades = gradeMins.length;
  const ranks = new Float32Array(n * draws);
  const shifts = new Float64Array(draws * groups);
  const gradeCounts = new Int32Array(n * Math.max(grades, 1));
  const topCounts = new Int32Array(n);
  const quotaCounts = quota ? new Int32Array(n) : undefined;
  const random = seededRandom(input.seed);
  // Buffers reused by every draw.
  const shift = new Float64Array(groups);
  const points = new Float64Array(groups);
  const change = new Float64Array(groups);
  const scaled = new Float64Array(n);
  const order = new Uint32Array(n);
  const place = new Float64Array(n);
  let buckets = new Int32Array(0);
  const gradeOf = new Int32Array(n);
  const scopes = quota ? quota.places.length : 0;
  const seen = new Int32Array(scopes);
  const lastScaled = new Float64Array(scopes);
  const lastRank = new Int32Array(scopes);
  const scale = 10 ** decimals;
  const byScaled = (a: number, b: number) => scaled[b] - scaled[a] || a - b;

  for (let d = 0; d < draws; d++) {
    for (let g = 0; g < groups; g++) {
      shift[g] = delta * (2 * random() - 1);
      shifts[d * groups + g] = shift[g];
    }
    perturbedPoints(groupPoints, shift, points);
    for (let g = 0; g < groups; g++) change[g] = points[g] / groupPoints[g] - 1;
    let lowest = Infinity;
    let highest = -Infinity;
    for (let u = 0; u < n; u++) {
      // Starting from the published total keeps δ = 0 exact: the same total, the same rank.
      let t = totals[u];
      const row = u * groups;
      for (let g = 0; g < groups; g++) t += subtotals[row + g] * change[g];
      t = roundExcel(t, decimals);
      // Rounded totals as integers: equal published totals are equal here, so ties are real ties.
      const m = Math.round(t * scale);
      scaled[u] = m;
      if (m < lowest) lowest = m;
      if (m > highest) highest = m;
      gradeOf[u] = gradeIndex(t, gradeMins);
    }
    const span = highest - lowest + 1;
    if (span <= COUNTING_SPAN_PER_UNIT * n + COUNTING_SPAN_FLOOR) {
      // Published totals take few values (100 points at 2 decimals: 10,001), so a counting sort ranks
      // in linear time; a comparison sort of 100,000 units took 10 ms a draw.
      if (buckets.length < span + 1) buckets = new Int32Array(span + 1);
      rankByCounting(scaled, lowest, span, buckets, rankMethod, order, place);
    } else {
      for (let u = 0; u < n; u++) order[u] = u;
      order.sort(byScaled);
      rankSorted(scaled, order, rankMethod, place);
    }
    for (let u = 0; u < n; u++) ranks[u * draws + d] = place[u];
    if (scopes) {
      seen.fill(0);
      lastScaled.fill(Number.NaN);
    }
    for (let u = 0; u < n; u++) {
      if (ranks[u * draws + d] <= topN) topCounts[u]++;
      if (grades) gradeCounts[u * grades + gradeOf[u]]++;
    }
    if (quota && quotaCounts) {
      // Places within each scope among its candidates, ties at the cut-off all in (competition ranks within the scope).
      for (let i = 0; i < n; i++) {
        const u = order[i];
        const s = quota.scope[u];
        if (s < 0 || (quota.minGradeIndex !== undefined && gradeOf[u] > quota.minGradeIndex)) continue;
        seen[s]++;
        const place = scaled[u] === lastScaled[s] ? lastRank[s] : seen[s];
        lastScaled[s] = scaled[u];
        lastRank[s] = place;
        if (place <= quota.places[s]) quotaCounts[u]++;
      }
    }
  }
  return { units: n, draws, ranks, shifts, gradeCounts, topCounts, quotaCounts };
}

/** Totals spanning at most this many values per unit (plus the floor) are ranked by counting. */
const COUNTING_SPAN_PER_UNIT = 8;
const COUNTING_SPAN_FLOOR = 1 << 17;

/**
 * Ranks (into `place`) and the best-first order (ties by index) of integer
 * totals by a counting sort over lowest … lowest + span − 1; `buckets` has
 * at least span + 1 entries and is overwritten.
 */
function rankByCounting(scaled: Float64Array, lowest: number, span: number, buckets: Int32Array, method: RankMethod, order: Uint32Array, place: Float64Array): void {
  const n = scaled.length;
  buckets.fill(0, 0, span + 1);
  // Bucket 0 holds the highest total, so positions ascend as totals descend.
  for (let u = 0; u < n; u++) buckets[lowest + span - 1 - scaled[u] + 1]++;
  for (let b = 1; b <= span; b++) buckets[b] += buckets[b - 1];
  // buckets[b] is now the number of units in buckets before b: the start of bucket b.
  for (let u = 0; u < n; u++) {
    const b = lowest + span - 1 - scaled[u];
    order[buckets[b]++] = u;
  }
  rankSorted(scaled, order, method, place);
}

/** Ranks of units already in best-first order, by the tie convention. */
function rankSorted(scaled: Float64Array, order: Uint32Array, method: RankMethod, place: Float64Array): void {
  const n = order.length;
  let dense = 0;
  for (let i = 0; i < n; ) {
    let end = i;
    while (end + 1 < n && scaled[order[end + 1]] === scaled[order[i]]) end++;
    dense++;
    const rank = method === "competition" ? i + 1 : method === "average" ? (i + end + 2) / 2 : dense;
    for (let k = i; k <= end; k++) place[order[k]] = rank;
    i = end + 1;
  }
}
