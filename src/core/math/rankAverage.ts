import { checkFinite } from "./rankCompetition.js";

/**
 * Excel RANK.AVG with descending order: tied values get the mean of the
 * places they occupy (90, 90 in places 2 and 3 both get 2.5).
 *
 * @example rankAverage([90, 95, 90, 80]) // => [2.5, 1, 2.5, 4]
 */
export function rankAverage(values: readonly number[]): number[] {
  checkFinite(values, "rankAverage");
  return values.map((v) => {
    const better = values.filter((w) => w > v).length;
    const equal = values.filter((w) => w === v).length;
    return better + (equal + 1) / 2;
  });
}
