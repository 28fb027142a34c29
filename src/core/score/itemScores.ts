import type { CriteriaItem, ItemResult } from "../model.js";

// Per item: points, extra, rate, numerator, denominator, missing (NaN: none).
const STRIDE = 6;

/**
 * A unit's item results, packed into one Float64Array: about 1.6 KB a
 * unit for 33 items, where 33 objects with boxed numbers took over 4 KB,
 * which at 100,000 units was half a gigabyte the garbage collector kept
 * walking. `get(i)` makes a fresh ItemResult when one is wanted.
 * @example new ItemScores([]).length // => 0
 */
export class ItemScores implements Iterable<ItemResult> {
  private readonly numbers: Float64Array;

  constructor(private readonly criteriaItems: readonly CriteriaItem[]) {
    this.numbers = new Float64Array(criteriaItems.length * STRIDE).fill(Number.NaN);
  }

  get length(): number {
    return this.criteriaItems.length;
  }

  set(i: number, r: Omit<ItemResult, "item">): void {
    const n = this.numbers;
    const at = i * STRIDE;
    n[at] = r.points;
    n[at + 1] = r.extra;
    n[at + 2] = r.rate ?? Number.NaN;
    n[at + 3] = r.parts?.numerator ?? Number.NaN;
    n[at + 4] = r.parts?.denominator ?? Number.NaN;
    n[at + 5] = r.missing ? 1 : 0;
  }

  /** Points of item i, without making an object. */
  points(i: number): number {
    return this.numbers[i * STRIDE];
  }

  /** Rate of item i, or undefined. */
  rate(i: number): number | undefined {
    const v = this.numbers[i * STRIDE + 2];
    return Number.isNaN(v) ? undefined : v;
  }

  /** Numerator and denominator behind item i's rate (NaN when it has none). */
  numerator(i: number): number {
    return this.numbers[i * STRIDE + 3];
  }
  denominator(i: number): number {
    return this.numbers[i * STRIDE + 4];
  }

  get(i: number): ItemResult {
    if (!(i >= 0 && i < this.criteriaItems.length)) throw new RangeError(`ItemScores.get requires an index from 0 to ${this.criteriaItems.length - 1}`);
    const n = this.numbers;
    const at = i * STRIDE;
    const result: ItemResult = { item: this.criteriaItems[i], points: n[at], extra: n[at + 1], missing: n[at + 5] === 1 };
    if (!Number.isNaN(n[at + 2])) result.rate = n[at + 2];
    if (!Number.isNaN(n[at + 3])) result.parts = { numerator: n[at + 3], denominator: n[at + 4] };
    return result;
  }

  *[Symbol.iterator](): Iterator<ItemResult> {
    for (let i = 0; i < this.criteriaItems.length; i++) yield this.get(i);
  }
}
