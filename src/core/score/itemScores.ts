import type { CriteriaItem, GroupScores, ItemResult } from "../model.js";

/** Where each number of a unit's item results sits: shared by every unit scored on the same criteria. */
interface Layout {
  count: number;
  /** Slot of item i's numerator (denominator next to it), or −1 when its rule reports none. */
  partsAt: Int32Array;
  /** Slot of item i's over-achievement points, or −1 when its rule has none. */
  extraAt: Int32Array;
  /** First slot of the missing-value bits (32 items a slot). */
  missingAt: number;
  /** Slot of each 一级指标's subtotal, in first-use order. */
  groupAt: Map<string, number>;
  width: number;
}

const layouts = new WeakMap<readonly CriteriaItem[], Layout>();

function layoutFor(items: readonly CriteriaItem[]): Layout {
  let layout = layouts.get(items);
  if (layout) return layout;
  const count = items.length;
  // points × n, then rate × n, then the optional numbers only for the rules that report them.
  let next = 2 * count;
  const partsAt = new Int32Array(count).fill(-1);
  const extraAt = new Int32Array(count).fill(-1);
  items.forEach((item, i) => {
    if (item.rule.reports?.parts) (partsAt[i] = next), (next += 2);
    if (item.rule.reports?.extra) (extraAt[i] = next), (next += 1);
  });
  const missingAt = next;
  next += Math.ceil(count / 32);
  const groupAt = new Map<string, number>();
  for (const item of items) if (!groupAt.has(item.level1)) groupAt.set(item.level1, next++);
  layout = { count, partsAt, extraAt, missingAt, groupAt, width: next };
  layouts.set(items, layout);
  return layout;
}

/** Doubles handed out to units in large blocks: one typed array per unit cost more in headers than in numbers. */
const BLOCK = 1 << 16;
let block = new Float64Array(0);
let used = 0;

function allocate(width: number): { data: Float64Array; at: number } {
  if (used + width > block.length) {
    block = new Float64Array(Math.max(BLOCK, width));
    used = 0;
  }
  const at = used;
  used += width;
  return { data: block, at };
}

/**
 * A unit's item results as numbers in a shared block: points and rate for
 * every item, numerator and denominator or over-achievement points only
 * for rule types that report them (declared in the registry), missing
 * flags as bits. About 0.6 KB a unit for 33 items, where 33 objects with
 * boxed numbers took over 4 KB: at 100,000 units, gigabytes the garbage
 * collector kept walking. `get(i)` makes an ItemResult when one is wanted.
 * @example new ItemScores([]).length // => 0
 */
export class ItemScores implements Iterable<ItemResult> {
  private readonly layout: Layout;
  private readonly data: Float64Array;
  private readonly at: number;

  constructor(private readonly criteriaItems: readonly CriteriaItem[]) {
    this.layout = layoutFor(criteriaItems);
    ({ data: this.data, at: this.at } = allocate(this.layout.width));
    this.data.fill(Number.NaN, this.at + this.layout.count, this.at + this.layout.missingAt);
    this.data.fill(0, this.at + this.layout.missingAt, this.at + this.layout.width);
  }

  get length(): number {
    return this.layout.count;
  }

  set(i: number, r: Omit<ItemResult, "item">): void {
    const { data, at, layout } = this;
    data[at + i] = r.points;
    data[at + layout.count + i] = r.rate ?? Number.NaN;
    const parts = layout.partsAt[i];
    const extra = layout.extraAt[i];
    // A rule reporting what the registry does not declare would lose it here: fail loudly instead.
    if ((r.parts && parts < 0) || (r.extra && extra < 0)) throw new Error(`计分方式“${this.criteriaItems[i].rule.id}”返回了未在登记表中声明的数值（reports）`);
    if (parts >= 0) {
      data[at + parts] = r.parts?.numerator ?? Number.NaN;
      data[at + parts + 1] = r.parts?.denominator ?? Number.NaN;
    }
    if (extra >= 0) data[at + extra] = r.extra;
    if (r.missing !== this.missing(i)) data[at + layout.missingAt + (i >> 5)] += (r.missing ? 1 : -1) * 2 ** (i & 31);
  }

  /**
   * Item i's missing flag: bit i % 32 of a double holding 32 of them (integers up to 2³² are exact, so
   * `>>> 0` gives the same 32 bits; the division and Math.floor took ~0.7 s of CPU at 100,000 units).
   */
  private missing(i: number): boolean {
    return ((this.data[this.at + this.layout.missingAt + (i >> 5)] >>> 0) >>> (i & 31)) % 2 === 1;
  }

  /** Over-achievement points of item i (0 when its rule has none), without making an object. */
  extra(i: number): number {
    const e = this.layout.extraAt[i];
    return e < 0 ? 0 : this.data[this.at + e];
  }

  /** A 一级指标's subtotal (0 until set). */
  group(name: string): number | undefined {
    const slot = this.layout.groupAt.get(name);
    return slot === undefined ? undefined : this.data[this.at + slot];
  }

  setGroup(name: string, value: number): void {
    const slot = this.layout.groupAt.get(name);
    if (slot === undefined) throw new RangeError(`ItemScores.setGroup requires a 一级指标 of the criteria, not “${name}”`);
    this.data[this.at + slot] = value;
  }

  /** The subtotals as a read-only map view: [一级指标, points] in criteria order. */
  get groups(): GroupScores {
    return new GroupView(this);
  }

  /** 一级指标 names in criteria order. */
  groupNames(): IterableIterator<string> {
    return this.layout.groupAt.keys();
  }

  /** Points of item i, without making an object. */
  points(i: number): number {
    return this.data[this.at + i];
  }

  /** Rate of item i, or undefined. */
  rate(i: number): number | undefined {
    const v = this.data[this.at + this.layout.count + i];
    return Number.isNaN(v) ? undefined : v;
  }

  /** Numerator and denominator behind item i's rate (NaN when it has none). */
  numerator(i: number): number {
    const p = this.layout.partsAt[i];
    return p < 0 ? Number.NaN : this.data[this.at + p];
  }
  denominator(i: number): number {
    const p = this.layout.partsAt[i];
    return p < 0 ? Number.NaN : this.data[this.at + p + 1];
  }

  get(i: number): ItemResult {
    if (!(i >= 0 && i < this.layout.count)) throw new RangeError(`ItemScores.get requires an index from 0 to ${this.layout.count - 1}`);
    const { data, at, layout } = this;
    const extraAt = layout.extraAt[i];
    const result: ItemResult = { item: this.criteriaItems[i], points: data[at + i], extra: extraAt < 0 ? 0 : data[at + extraAt], missing: this.missing(i) };
    const rate = this.rate(i);
    if (rate !== undefined) result.rate = rate;
    const n = this.numerator(i);
    if (!Number.isNaN(n)) result.parts = { numerator: n, denominator: this.denominator(i) };
    return result;
  }

  *[Symbol.iterator](): Iterator<ItemResult> {
    for (let i = 0; i < this.layout.count; i++) yield this.get(i);
  }
}

/** One reference per unit: its methods live on the prototype, so the view costs no more than a pointer. */
class GroupView implements GroupScores {
  constructor(private readonly scores: ItemScores) {}

  get(group: string): number | undefined {
    return this.scores.group(group);
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (const name of this.scores.groupNames()) yield [name, this.scores.group(name)!];
  }
}
