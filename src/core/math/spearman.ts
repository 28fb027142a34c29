import { checkPairs, pearson } from "./pearson.js";
import { rankAverage } from "./rankAverage.js";

/**
 * Spearman's rank correlation: each array ranked with tied values sharing
 * their mean place (RANK.AVG), then Pearson on the ranks — the standard
 * handling of ties (without ties it equals 1 − 6Σd² / (n(n² − 1))).
 * Undefined when either array does not vary or has fewer than two values.
 *
 * @example spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) // => 0.8
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | undefined {
  checkPairs(x, y, "spearman");
  return pearson(rankAverage(Array.from(x)), rankAverage(Array.from(y)));
}
