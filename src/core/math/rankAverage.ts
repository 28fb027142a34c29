import { checkFinite, descendingOrder } from "./rankCompetition.js";

/**
 * Excel RANK.AVG with descending order: tied values get the mean of the
 * places they occupy (90, 90 in places 2 and 3 both get 2.5).
 *
 * @example rankAverage([90, 95, 90, 80]) // => [2.5, 1, 2.5, 4]
 */
export function rankAverage(values: readonly number[]): number[] {
  checkFinite(values, "rankAverage");
  const order = descendingOrder(values);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    // places start+1 … end+1 share their mean
    const place = (start + end + 2) / 2;
    for (let k = start; k <= end; k++) ranks[order[k]] = place;
    start = end + 1;
  }
  return ranks;
}
