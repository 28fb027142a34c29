/**
 * Competition ranking, Excel RANK.EQ with descending order ("美式排名"):
 * equal values share the best place and the next place is skipped (1, 1, 3).
 * Sorts once, so 100,000 totals rank in milliseconds.
 *
 * @example rankCompetition([90, 95, 90, 80]) // => [2, 1, 2, 4]
 */
export function rankCompetition(values: readonly number[]): number[] {
  checkFinite(values, "rankCompetition");
  const order = descendingOrder(values);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; i++) {
    const idx = order[i];
    ranks[idx] = i > 0 && values[idx] === values[order[i - 1]] ? ranks[order[i - 1]] : i + 1;
  }
  return ranks;
}

/** Indexes of values from largest to smallest (stable for ties). */
export function descendingOrder(values: readonly number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
}

export function checkFinite(values: readonly number[], name: string): void {
  if (!Array.isArray(values)) throw new TypeError(`${name} requires an array of numbers`);
  for (const v of values) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`${name} requires finite numbers`);
  }
}
