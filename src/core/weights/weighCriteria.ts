import type { Criteria, CriteriaItem } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { ScoreMatrix } from "../analysis/scoreMatrix.js";
import { WEIGHTS } from "../i18n/labels.js";
import { ahp, CR_LIMIT, type AhpMethod, type AhpResult } from "./ahp.js";
import { findInconsistentPair } from "./inconsistentPair.js";
import { combineExperts } from "./combineExperts.js";
import { entropyWeights } from "./entropy.js";
import { criticWeights } from "./critic.js";
import { combineWeights, type CombineMethod } from "./combineWeights.js";
import { apportionPoints, level2Key } from "./apportionPoints.js";
import { isWeighed, level2Of, parentKey, parentLabel, weightTree, type WeightParent, type WeightTree } from "./hierarchy.js";
import type { ReadMatrix } from "./readJudgements.js";
import { normalise } from "./objective.js";
import { scaleText } from "./scale.js";

export type ObjectiveMethod = "entropy" | "critic";

export interface WeightOptions {
  method: AhpMethod;
  combine: CombineMethod;
  /** Share of the subjective (AHP) weight in the linear combination. */
  alpha: number;
  /** Which objective weights are combined with AHP's. */
  objective: ObjectiveMethod;
}

/** One matrix's consistency check: an expert's, or the experts' combined. */
export interface ConsistencyRow {
  parent: WeightParent;
  label: string;
  /** The expert (sheet), or WEIGHTS.combinedExperts for the geometric mean of several. */
  expert: string;
  result: AhpResult;
  /** For CR ≥ 0.10: the judgement to revise (names of its row and column). */
  suggestion?: { row: string; column: string; current: number; suggested: number; crAfter: number };
  /** Where the matrix was read (an expert's); absent for a combined one. */
  source?: { file: string; sheet: string; cell: string };
}

export interface ItemWeight {
  item: CriteriaItem;
  currentPoints: number;
  currentWeight: number;
  ahp: number;
  entropy?: number;
  critic?: number;
  combined: number;
  proposedPoints: number;
}

export interface WeightsResult {
  tree: WeightTree;
  items: ItemWeight[];
  consistency: ConsistencyRow[];
  /** Each parent's local weights and where they came from. */
  levels: { parent: WeightParent; label: string; from: "judgements" | "points"; weights: number[] }[];
  /** Proposed points of each 一级 and 二级 (keyed by level2Key). */
  level1Points: Map<string, number>;
  level2Points: Map<string, number>;
  /** Items left as they are: bonus and veto items. */
  kept: CriteriaItem[];
  /** Basic total (the same before and after). */
  total: number;
  objectiveUsed: boolean;
  options: WeightOptions;
}

/**
 * The pure core of `kaoping weights`: AHP weights per level from the
 * experts' matrices (combined by geometric mean; a level without a matrix
 * keeps its current 分值 proportions), global item weights as the product
 * down the levels, objective weights (熵权, CRITIC) from this year's score
 * rates when given, the combination, and proposed 分值 apportioned to the
 * same total with parents still summing.
 */
export function weighCriteria(criteria: Criteria, matrices: readonly ReadMatrix[], scores: ScoreMatrix | undefined, options: WeightOptions, issues: IssueLog): WeightsResult {
  const tree = weightTree(criteria);
  const consistency: ConsistencyRow[] = [];
  const levels: WeightsResult["levels"] = [];
  const local = new Map<WeightParent, number[]>();
  for (const parent of tree.parents) {
    const label = parentLabel(parent, WEIGHTS.rootLabel);
    const own = matrices.filter((m) => parentKey(m.parent) === parentKey(parent));
    const rows = own.map((m) => check(parent, label, m.expert, m.matrix, options.method, issues, m.source));
    consistency.push(...rows);
    if (own.length) {
      const combined = own.length > 1 ? check(parent, label, WEIGHTS.combinedExperts(own.length), combineExperts(own.map((m) => m.matrix)), options.method, issues) : rows[0];
      if (own.length > 1) {
        consistency.push(combined);
        if (rows.some((r) => !r.result.consistent)) issues.warning("weightsInconsistentUsed", { parent: label, count: own.length, cr: crText(combined.result.cr) }, {});
      }
      local.set(parent, combined.result.weights);
      levels.push({ parent, label, from: "judgements", weights: combined.result.weights });
    } else {
      const weights = normalise(parent.children.map((c) => c.points));
      local.set(parent, weights);
      levels.push({ parent, label, from: "points", weights });
      if (parent.children.length > 1) {
        const shares = parent.children.map((c) => `${c.name} ${c.points}`).join("：");
        issues.info("weightsLevelFromPoints", { parent: label, shares }, {});
      }
    }
  }
  // Global weight: the product of the local weights from the root down.
  const ahpWeights = new Array<number>(tree.items.length).fill(0);
  const descend = (parent: WeightParent, above: number) => {
    const w = local.get(parent)!;
    parent.children.forEach((child, k) => {
      if (child.node) descend(child.node, above * w[k]);
      else ahpWeights[child.items[0]] = above * w[k];
    });
  };
  descend(tree.root, 1);

  const total = tree.items.reduce((s, i) => s + i.points, 0);
  const currentWeights = tree.items.map((i) => i.points / total);
  const objective = objectiveWeights(tree, scores, issues);
  const chosen = objective && (options.objective === "entropy" ? objective.entropy : objective.critic);
  const combined = chosen ? combineWeights(ahpWeights, chosen, options.combine, options.alpha) : ahpWeights;
  const apportioned = apportionPoints(
    tree.items.map((item, k) => ({ level1: item.level1, level2: level2Of(item), weight: combined[k] })),
    total,
    criteria.settings.decimals,
  );
  const items: ItemWeight[] = tree.items.map((item, k) => ({
    item,
    currentPoints: item.points,
    currentWeight: currentWeights[k],
    ahp: ahpWeights[k],
    entropy: objective?.entropy[k],
    critic: objective?.critic[k],
    combined: combined[k],
    proposedPoints: apportioned.items[k],
  }));
  // A proposal that drops an item is said at the item, not left to be found in the table.
  for (const w of items) if (w.proposedPoints === 0 && w.currentPoints > 0) issues.warning("weightsProposedZero", { item: w.item.name, points: String(w.currentPoints) }, w.item.source);
  const kept = criteria.items.filter((i) => !isWeighed(i));
  for (const item of kept) {
    const kind = item.rule.pointless ? WEIGHTS.vetoKind : item.bonus ? WEIGHTS.bonusKind : WEIGHTS.zeroKind;
    issues.info("weightsKept", { item: item.name, kind, points: item.rule.pointless ? "" : WEIGHTS.keptPoints(item.points) }, item.source);
  }
  return {
    tree,
    items,
    consistency,
    levels,
    level1Points: apportioned.level1,
    level2Points: apportioned.level2,
    kept,
    total,
    objectiveUsed: Boolean(chosen),
    options,
  };
}

function crText(cr: number): string {
  return Number.isFinite(cr) ? cr.toFixed(4) : "—";
}

function check(parent: WeightParent, label: string, expert: string, matrix: number[][], method: AhpMethod, issues: IssueLog, source?: ConsistencyRow["source"]): ConsistencyRow {
  const result = ahp(matrix, method);
  const row: ConsistencyRow = { parent, label, expert, result, source };
  const where = source ?? {};
  if (result.ri === undefined) {
    issues.warning("weightsNoRandomIndex", { parent: label, n: result.n }, where);
  } else if (result.cr >= CR_LIMIT) {
    const pair = findInconsistentPair(matrix, method);
    if (pair) {
      row.suggestion = { row: parent.children[pair.i].name, column: parent.children[pair.j].name, current: pair.current, suggested: pair.suggested, crAfter: pair.crAfter };
      issues.warning(
        "weightsInconsistent",
        { parent: label, expert, cr: crText(result.cr), row: row.suggestion.row, column: row.suggestion.column, current: scaleText(pair.current), suggested: scaleText(pair.suggested), after: crText(pair.crAfter) },
        where,
      );
    } else issues.warning("weightsInconsistentNoPair", { parent: label, expert, cr: crText(result.cr) }, where);
  }
  return row;
}

/** 熵权 and CRITIC per weighed item from the eligible units' score rates; undefined without data. */
function objectiveWeights(tree: WeightTree, scores: ScoreMatrix | undefined, issues: IssueLog): { entropy: number[]; critic: number[] } | undefined {
  if (!scores) {
    issues.info("weightsNoSubmissions", {}, {});
    return undefined;
  }
  const units = scores.units.length;
  if (units < 2) {
    issues.warning("weightsTooFewUnits", { count: units }, {});
    return undefined;
  }
  // Every weighed item is a basic item of the score matrix.
  const columns = tree.items.map((item) => {
    const c = scores.items.indexOf(item);
    if (c < 0) throw new Error(`weighCriteria requires the score matrix of the same criteria (no column for ${item.key})`);
    return c;
  });
  const m = columns.length;
  const values = new Float64Array(units * m);
  for (let r = 0; r < units; r++) for (let k = 0; k < m; k++) values[r * m + k] = scores.rates[r * scores.items.length + columns[k]];
  const table = { values, columns: m };
  const entropy = entropyWeights(table);
  const critic = criticWeights(table);
  for (const k of entropy.constant) {
    const item = tree.items[k];
    const rate = `${Number((values[k] * 100).toFixed(1))}%`;
    // Both methods find the same columns constant (one test of the spread).
    issues.info("weightsConstantItem", { item: item.name, rate }, item.source);
  }
  return { entropy: entropy.weights, critic: critic.weights };
}
