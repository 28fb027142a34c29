import { checkFinite } from "./rankCompetition.js";

/**
 * Dense ranking, "中国式排名": equal values share a place and no place is
 * skipped (1, 1, 2). Excel users compute it with
 * SUMPRODUCT((range>x)/COUNTIF(range,range))+1.
 *
 * @example rankDense([90, 95, 90, 80]) // => [2, 1, 2, 3]
 */
export function rankDense(values: readonly number[]): number[] {
  checkFinite(values, "rankDense");
  const distinct = [...new Set(values)].sort((a, b) => b - a);
  const place = new Map(distinct.map((v, i) => [v, i + 1]));
  return values.map((v) => place.get(v)!);
}
