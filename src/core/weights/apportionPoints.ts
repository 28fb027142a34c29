/**
 * Proposed 分值 from weights: the same total, rounded to the 小数位数, with
 * every parent still the sum of its children.
 */

/** One basic item to receive points (bonus and veto items are not apportioned: they keep their 分值). */
export interface ApportionItem {
  level1: string;
  level2: string;
  /** Global weight (any scale: shares are taken within the items given). */
  weight: number;
}

export interface Apportioned {
  /** Points per item, in the order given. */
  items: number[];
  /** Points per 一级指标. */
  level1: Map<string, number>;
  /** Points per 二级指标, keyed by level2Key(level1, level2). */
  level2: Map<string, number>;
}

/** The key of a 二级指标 within its 一级 (two 一级 may each have a 二级 of one name). */
export function level2Key(level1: string, level2: string): string {
  return `${level1}\u0000${level2}`;
}

/**
 * Split a whole number of units by shares with the largest-remainder
 * (Hamilton) method: each part gets the floor of its quota, then the units
 * left over go one each to the largest fractional parts (on equal
 * fractions, the earlier part first). The parts add up to `total` exactly.
 * Shares that are all 0 split the total evenly.
 * @example largestRemainder(10, [1, 1, 1]) // => [4, 3, 3]
 * @example largestRemainder(100, [0.333, 0.333, 0.334]) // => [33, 33, 34]
 */
export function largestRemainder(total: number, shares: readonly number[]): number[] {
  if (!shares.length) return [];
  const sum = shares.reduce((s, x) => s + x, 0);
  const quotas = shares.map((s) => (sum > 0 ? (total * s) / sum : total / shares.length));
  const parts = quotas.map((q) => Math.floor(q + 1e-9));
  let left = total - parts.reduce((s, x) => s + x, 0);
  const order = quotas.map((q, i) => ({ i, fraction: q - parts[i] })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k].i]++;
  return parts;
}

/**
 * Points for each item from its weight: the total is split among the 一级指标
 * by their weights (the sum of their items'), each 一级's points among its
 * 二级, each 二级's among its items, every split by the largest remainder in
 * units of 10^−decimals. So items add up to their 二级, 二级 to their 一级
 * and 一级 to the total, exactly as written with that many decimals.
 * @example apportionPoints([{ level1: "甲", level2: "", weight: 1 }, { level1: "乙", level2: "", weight: 2 }], 10, 0).items // => [3, 7]
 */
export function apportionPoints(items: readonly ApportionItem[], total: number, decimals: number): Apportioned {
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const shown = (u: number) => Number((u / scale).toFixed(decimals));
  const level1Names = [...new Set(items.map((i) => i.level1))];
  const weightOf = (pick: (i: ApportionItem) => boolean) => items.filter(pick).reduce((s, i) => s + i.weight, 0);
  const level1Units = largestRemainder(units, level1Names.map((g) => weightOf((i) => i.level1 === g)));
  const itemUnits = new Array<number>(items.length).fill(0);
  const level1 = new Map<string, number>();
  const level2 = new Map<string, number>();
  level1Names.forEach((g, gi) => {
    level1.set(g, shown(level1Units[gi]));
    const level2Names = [...new Set(items.filter((i) => i.level1 === g).map((i) => i.level2))];
    const level2Units = largestRemainder(level1Units[gi], level2Names.map((s) => weightOf((i) => i.level1 === g && i.level2 === s)));
    level2Names.forEach((s, si) => {
      level2.set(level2Key(g, s), shown(level2Units[si]));
      const members = items.flatMap((i, k) => (i.level1 === g && i.level2 === s ? [k] : []));
      const parts = largestRemainder(level2Units[si], members.map((k) => items[k].weight));
      members.forEach((k, mi) => (itemUnits[k] = parts[mi]));
    });
  });
  return { items: itemUnits.map(shown), level1, level2 };
}
