/**
 * Competition ranking, Excel RANK.EQ with descending order ("美式排名"):
 * equal values share the best place and the next place is skipped (1, 1, 3).
 *
 * @example rankCompetition([90, 95, 90, 80]) // => [2, 1, 2, 4]
 */
export function rankCompetition(values: readonly number[]): number[] {
  checkFinite(values, "rankCompetition");
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

export function checkFinite(values: readonly number[], name: string): void {
  if (!Array.isArray(values)) throw new TypeError(`${name} requires an array of numbers`);
  for (const v of values) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`${name} requires finite numbers`);
  }
}
