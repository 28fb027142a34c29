import type { Robustness } from "../analysis/rankRobustness.js";
import { formatMessage } from "../i18n/messages.js";
import { ROBUSTNESS } from "../i18n/labels.js";

/** Units named per line in the 通报 (the rest are in the 稳健性 sheet). */
const NAMED = 5;

/**
 * The 通报's one sentence on robustness: per decision line, the units whose
 * result falls on both sides of it in the draws (with whom they cannot be
 * told from), or that every grade and place held.
 */
export function robustnessSentence(rb: Robustness): string {
  const common = { delta: ROBUSTNESS.deltaText(rb.delta), draws: rb.draws };
  const byLine = new Map<string, { units: string[]; others: Set<string> }>();
  for (const u of rb.units) {
    for (const x of u.unstable) {
      const line = x.line.kind === "grade" ? `“${x.line.name}”等级` : `“${x.line.name}”结果`;
      let entry = byLine.get(line);
      if (!entry) byLine.set(line, (entry = { units: [], others: new Set() }));
      entry.units.push(u.result.unit.name);
      for (const o of x.others) entry.others.add(o);
    }
  }
  if (!byLine.size) return formatMessage("reportRobust", { ...common, quota: rb.quota ? `和“${rb.quota.outcome}”结果` : "" });
  const lines = [...byLine].map(([line, { units, others }]) => {
    const named = units.slice(0, NAMED).join("、") + (units.length > NAMED ? `等 ${units.length} 个单位` : "");
    const outside = [...others].filter((o) => !units.includes(o));
    return formatMessage("reportNotRobustLine", { units: named, line, others: outside.length ? `（与${outside.slice(0, NAMED).join("、")}${outside.length > NAMED ? "等" : ""}难以区分）` : "" });
  });
  return formatMessage("reportNotRobust", { ...common, lines: lines.join("；") });
}
