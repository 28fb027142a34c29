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

/** Per-item statistics over all scored units (vetoed ones too: their items were scored). */
export function itemStatistics(results: UnitResult[], items: CriteriaItem[]): ItemStatistic[] {
  return items.flatMap((item, index) => {
    if (item.rule.pointless) return [];
    // Read the packed numbers directly: no object per unit and item.
    const points = results.map((r) => r.items.points(index));
    const stat: ItemStatistic = { item, count: points.length, fullCount: points.filter((p) => p >= item.points).length };
    if (points.length) {
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
    if (points.length >= 2) stat.stdDev = sampleStdDev(points);
    let num = 0;
    let den = 0;
    const rates: number[] = [];
    for (const r of results) {
      const d = r.items.denominator(index);
      if (d > 0) {
        num += r.items.numerator(index);
        den += d;
      }
      const rate = r.items.rate(index);
      if (rate !== undefined) rates.push(rate);
    }
    if (den > 0) stat.pooledRate = num / den;
    if (rates.length) stat.meanRate = mean(rates);
    return [stat];
  });
}
