import type { CriteriaItem, UnitResult } from "../model.js";
import { mean } from "../math/mean.js";
import { percentileSorted } from "../math/percentileInclusive.js";
import { sortedNumbers } from "../math/sortedNumbers.js";
import { sampleStdDev } from "../math/sampleStdDev.js";

export interface ItemStatistic {
  item: CriteriaItem;
  count: number;
  mean?: number;
  median?: number;
  /** QUARTILE.INC 1 and 3. */
  q1?: number;
  q3?: number;
  stdDev?: number;
  max?: number;
  min?: number;
  /** Mean points / 分值. */
  scoreRate?: number;
  fullCount: number;
  /** For rate items: Σ分子 / Σ分母 over units, and the mean of the unit rates. */
  pooledRate?: number;
  meanRate?: number;
}

/** Per-item statistics over the given units (assess passes the ranked ones: vetoed units are left out). */
export function itemStatistics(results: UnitResult[], items: CriteriaItem[]): ItemStatistic[] {
  return items.flatMap((item, index) => {
    if (item.rule.pointless) return [];
    // Read the packed numbers straight into typed arrays, in one pass: no object per unit and item.
    const n = results.length;
    const points = new Float64Array(n);
    const rates = new Float64Array(n);
    let rateCount = 0;
    let fullCount = 0;
    let num = 0;
    let den = 0;
    for (let u = 0; u < n; u++) {
      const scores = results[u].items;
      const p = scores.points(index);
      points[u] = p;
      if (p >= item.points) fullCount++;
      const d = scores.denominator(index);
      if (d > 0) {
        num += scores.numerator(index);
        den += d;
      }
      const rate = scores.rate(index);
      if (rate !== undefined) rates[rateCount++] = rate;
    }
    const stat: ItemStatistic = { item, count: n, fullCount };
    if (n) {
      stat.mean = mean(points);
      // One sort for MEDIAN, QUARTILE.INC 1 and 3, MAX and MIN (MEDIAN is PERCENTILE.INC at 50%).
      const sorted = sortedNumbers(points);
      stat.median = percentileSorted(sorted, 0.5);
      stat.q1 = percentileSorted(sorted, 0.25);
      stat.q3 = percentileSorted(sorted, 0.75);
      stat.max = sorted[sorted.length - 1];
      stat.min = sorted[0];
      stat.scoreRate = item.points > 0 ? stat.mean / item.points : undefined;
    }
    if (n >= 2) stat.stdDev = sampleStdDev(points);
    if (den > 0) stat.pooledRate = num / den;
    if (rateCount) stat.meanRate = mean(rates.subarray(0, rateCount));
    return [stat];
  });
}
