import { mean } from "./mean.js";

/**
 * An inspection panel's score: with three or more scores and trimming on,
 * drop one highest and one lowest (去掉一个最高分和一个最低分) and average
 * the rest; otherwise the plain mean. Rounding is left to the caller.
 *
 * @example panelMean([8, 9, 10, 6, 9], true) // => 8.666666666666666
 */
export function panelMean(scores: readonly number[], trim: boolean): number {
  if (scores.length === 0) throw new RangeError("panelMean requires at least one score");
  if (!trim || scores.length < 3) return mean(scores);
  const sorted = [...scores].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}
