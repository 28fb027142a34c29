import { WEIGHTS } from "../i18n/labels.js";
import { RANDOM_INDEX } from "./ahp.js";
import { scaleText } from "./scale.js";
import { level2Of } from "./hierarchy.js";
import type { ConsistencyRow, WeightsResult } from "./weighCriteria.js";
import { describeIssue, type Issue } from "../issues.js";
import { severityLabels } from "../i18n/labels.js";

export type TableValue = string | number | null;

/** A block of the 权重 sheet: a heading, a header row, rows, and which columns are weights (shown 0.0000) or points. */
export interface WeightsBlock {
  heading: string;
  header: readonly string[];
  rows: TableValue[][];
  weightColumns: number[];
  pointColumns: number[];
}

/** The 权重 sheet as plain data: per item, the matrices' checks, where each level's weights came from, and the items kept. */
export function weightsSheet(result: WeightsResult, issues: readonly Issue[] = []): { title: string; subtitle: string; blocks: WeightsBlock[] } {
  const { options } = result;
  const objective = WEIGHTS.objectives[options.objective];
  const subtitle = WEIGHTS.subtitle(WEIGHTS.methods[options.method], WEIGHTS.combineText(result.objectiveUsed, options.combine, options.alpha, objective));
  const round = (x: number | undefined, d = 6) => (x === undefined ? null : Number(x.toFixed(d)));
  const items: TableValue[][] = result.items.map((w) => [
    w.item.level1,
    level2Of(w.item),
    w.item.name,
    w.currentPoints,
    round(w.currentWeight),
    round(w.ahp),
    round(w.entropy),
    round(w.critic),
    round(w.combined),
    w.proposedPoints,
    round(w.proposedPoints - w.currentPoints, 4),
  ]);
  const sum = (k: number) => Number(result.items.reduce((s, w) => s + (k === 0 ? w.currentPoints : w.proposedPoints), 0).toFixed(6));
  items.push([WEIGHTS.totalRow, "", "", sum(0), 1, 1, result.objectiveUsed ? 1 : null, result.objectiveUsed ? 1 : null, 1, sum(1), 0]);
  // Objective weights are per item; a 一级's is the sum of its items' (as every method's is here).
  const groups: TableValue[][] = [...result.level1Points.keys()].map((g) => {
    const members = result.items.filter((w) => w.item.level1 === g);
    const total = (pick: (w: (typeof members)[number]) => number | undefined) => (members.some((w) => pick(w) === undefined) ? null : round(members.reduce((acc, w) => acc + pick(w)!, 0)));
    const current = Number(members.reduce((acc, w) => acc + w.currentPoints, 0).toFixed(6));
    const proposed = result.level1Points.get(g)!;
    return [g, current, total((w) => w.currentWeight), total((w) => w.ahp), total((w) => w.entropy), total((w) => w.critic), total((w) => w.combined), proposed, round(proposed - current, 4)];
  });
  const fixed = (x: number, d = 4) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
  const consistency: TableValue[][] = result.consistency.map((r) => [r.label, r.expert, r.result.n, fixed(r.result.lambdaMax), fixed(r.result.ci), r.result.ri ?? RANDOM_INDEX[r.result.n - 1] ?? null, fixed(r.result.cr), verdictText(r), adviceText(r)]);
  const levels: TableValue[][] = result.levels
    .filter((l) => l.parent.children.length > 1)
    .map((l) => [l.label, l.from === "judgements" ? WEIGHTS.fromJudgements : WEIGHTS.fromPoints, l.parent.children.map((c, k) => `${c.name} ${l.weights[k].toFixed(4)}`).join("；")]);
  const kept: TableValue[][] = result.kept.map((i) => [i.level1, i.name, i.rule.pointless ? null : i.points, i.rule.pointless ? WEIGHTS.vetoKind : i.bonus ? WEIGHTS.bonusKind : WEIGHTS.zeroKind]);
  return {
    title: WEIGHTS.title,
    subtitle,
    blocks: [
      { heading: "", header: WEIGHTS.columns, rows: items, weightColumns: [4, 5, 6, 7, 8], pointColumns: [3, 9, 10] },
      { heading: WEIGHTS.groupsHeading, header: WEIGHTS.groupsColumns, rows: groups, weightColumns: [2, 3, 4, 5, 6], pointColumns: [1, 7, 8] },
      { heading: WEIGHTS.consistencyHeading, header: WEIGHTS.consistencyColumns, rows: consistency, weightColumns: [3, 4, 6], pointColumns: [] },
      { heading: WEIGHTS.levelsHeading, header: WEIGHTS.levelsColumns, rows: levels, weightColumns: [], pointColumns: [] },
      ...(issues.length ? [{ heading: WEIGHTS.issuesBlock, header: WEIGHTS.issuesColumns, rows: issues.map((i) => [severityLabels[i.severity], i.file ?? "", describeIssue(i)]), weightColumns: [], pointColumns: [] }] : []),
      ...(kept.length ? [{ heading: WEIGHTS.keptHeading, header: WEIGHTS.keptColumns, rows: kept, weightColumns: [], pointColumns: [2] }] : []),
    ],
  };
}

/** A matrix's conclusion: 一致性检验通过 / 未通过, or why it cannot fail (order ≤ 2) or cannot be checked (no RI). */
export function verdictText(r: ConsistencyRow): string {
  return r.result.n <= 2 ? WEIGHTS.alwaysConsistent : r.result.ri === undefined ? WEIGHTS.noRi : r.result.consistent ? WEIGHTS.passed : WEIGHTS.failed;
}

/** For a failed matrix: the judgement to revise, or that no single revision helps; empty otherwise. */
export function adviceText(r: ConsistencyRow): string {
  if (r.result.consistent || r.result.ri === undefined || r.result.n <= 2) return "";
  const s = r.suggestion;
  return s ? WEIGHTS.revise(s.row, s.column, scaleText(s.current), scaleText(s.suggested), s.crAfter.toFixed(4)) : WEIGHTS.reviseNone;
}
