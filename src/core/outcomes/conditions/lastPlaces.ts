import type { UnitResult } from "../../model.js";
import { formatMessage } from "../../i18n/messages.js";
import { lastPlacesOf } from "../../history/history.js";
import { COUNT, countWord, type ConditionType } from "./types.js";

type Params = { n: number; scope: "category" | "all" };

/**
 * Among the last `n` ranked units this year (末位): fewer than
 * lastPlacesOf(m, n) of the m ranked units of its category (or of all,
 * 总排名) scored below it — at most the bottom half; ties at the cut-off are
 * all in, vetoed units are not counted, as the history's isLastPlace counts
 * earlier years.
 */
export function amongLast(r: UnitResult, results: readonly UnitResult[], n: number, scope: Params["scope"]): boolean {
  if (r.vetoes.length) return false;
  const group = results.filter((o) => !o.vetoes.length && (scope === "all" || o.unit.category === r.unit.category));
  const below = group.filter((o) => o.total < r.total).length;
  return below < lastPlacesOf(group.length, n);
}

/**
 * 「类别末位3名」「末位三名」「类别后3名」 (within its category) or
 * 「总排名末位3名」 (among all units), this year.
 * @example lastPlacesCondition.read("类别末位3名", []) // => { n: 3, scope: "category" }
 */
export const lastPlacesCondition: ConditionType<Params> = {
  id: "lastPlaces",
  example: "类别末位3名、总排名末位3名",
  needsHistory: false,
  read(text) {
    const m = new RegExp(`^(?:本年)?(类别|分类|本类别|总排名|全部单位)?(?:排名)?(?:末位|后|倒数)${COUNT}名?(?:以内|之内)?$`).exec(text);
    const n = m && countWord(m[2]);
    if (!m || !n) return undefined;
    return { n, scope: m[1] === "总排名" || m[1] === "全部单位" ? "all" : "category" };
  },
  holds(r, p, env) {
    if (!amongLast(r, env.results, p.n, p.scope)) return undefined;
    const count = env.results.filter((o) => !o.vetoes.length && (p.scope === "all" || o.unit.category === r.unit.category)).length;
    const place = p.scope === "all" ? r.rank : r.categoryRank;
    return formatMessage(p.scope === "all" ? "conditionLastOverall" : "conditionLastInCategory", { n: p.n, category: r.unit.category, place: place ?? "", count });
  },
};
