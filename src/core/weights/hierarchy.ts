import type { Criteria, CriteriaItem } from "../model.js";
import { nameKey } from "../values/normaliseText.js";
import { pointsInName, stripNumbering } from "../criteria/numbering.js";

/**
 * The levels weights are set on: the 一级指标 among themselves (the root),
 * each 一级's 二级指标 (or its items when it has no 二级), each 二级's items.
 * Only basic items with points take part; bonus and veto items keep their 分值.
 */
export interface WeightParent {
  /** 0: the root (一级指标 among themselves); 1: a 一级指标; 2: a 二级指标. */
  level: 0 | 1 | 2;
  /** The 一级 / 二级 name; empty for the root. */
  level1: string;
  level2: string;
  children: WeightChild[];
}

export interface WeightChild {
  name: string;
  /** Current 分值: the sum of the child's items. */
  points: number;
  /** Indices into `WeightTree.items` of the items under this child. */
  items: number[];
  /** The child's own parent node when it has children (a 一级 or 二级), else undefined (an item). */
  node?: WeightParent;
}

export interface WeightTree {
  root: WeightParent;
  /** Every parent, root first, then each 一级 followed by its 二级. */
  parents: WeightParent[];
  /** The basic items weighed, in criteria order. */
  items: CriteriaItem[];
}

/** A basic item that carries points: weighed. Bonus and veto items are not. */
export function isWeighed(item: CriteriaItem): boolean {
  return !item.bonus && !item.rule.pointless && item.points > 0;
}

/**
 * The key two names are compared under: kaoping's nameKey after the
 * numbering (「一、」「1.」) and points (「（15分）」) a clerk writes around a name.
 * @example childKey("一、组织领导（15分）") // => "组织领导"
 */
export function childKey(text: string): string {
  return nameKey(pointsInName(stripNumbering(String(text).trim())).name);
}

/** The tree of a criteria's basic items. */
/**
 * The 二级 an item is weighed under; "" when it hangs from its 一级 directly
 * (no 二级, or a 二级 that is its own name).
 * @example level2Of({ name: "领导小组", level2: "领导体制" } as CriteriaItem) // => "领导体制"
 */
export function level2Of(item: Pick<CriteriaItem, "name" | "level2">): string {
  return item.level2 && item.level2 !== item.name ? item.level2 : "";
}

export function weightTree(criteria: Criteria): WeightTree {
  const items = criteria.items.filter(isWeighed);
  const sumPoints = (idx: number[]) => idx.reduce((s, k) => s + items[k].points, 0);
  const root: WeightParent = { level: 0, level1: "", level2: "", children: [] };
  const parents: WeightParent[] = [root];
  const level1Names = [...new Set(items.map((i) => i.level1))];
  for (const g of level1Names) {
    const inGroup = items.flatMap((it, k) => (it.level1 === g ? [k] : []));
    const group: WeightParent = { level: 1, level1: g, level2: "", children: [] };
    parents.push(group);
    const seen = new Map<string, WeightChild>();
    for (const k of inGroup) {
      const l2 = level2Of(items[k]);
      if (!l2) {
        group.children.push({ name: items[k].name, points: items[k].points, items: [k] });
        continue;
      }
      let child = seen.get(l2);
      if (!child) {
        const sub: WeightParent = { level: 2, level1: g, level2: l2, children: [] };
        child = { name: l2, points: 0, items: [], node: sub };
        seen.set(l2, child);
        group.children.push(child);
        parents.push(sub);
      }
      child.items.push(k);
      child.node!.children.push({ name: items[k].name, points: items[k].points, items: [k] });
    }
    for (const c of group.children) c.points = sumPoints(c.items);
    root.children.push({ name: g, points: sumPoints(inGroup), items: inGroup, node: group });
  }
  return { root, parents, items };
}

/** A parent's identity across two trees of the same criteria (a matrix read against one, weighed in another). */
export function parentKey(parent: WeightParent): string {
  return `${parent.level}\u0000${parent.level1}\u0000${parent.level2}`;
}

/** How a parent is named in messages and on the 权重 sheet: 一级指标, 组织领导, 组织领导 / 领导体制. */
export function parentLabel(parent: WeightParent, rootLabel: string): string {
  return parent.level === 0 ? rootLabel : parent.level === 1 ? parent.level1 : `${parent.level1} / ${parent.level2}`;
}
