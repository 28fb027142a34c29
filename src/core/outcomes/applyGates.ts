import type { Criteria, Gate, Grade, UnitResult } from "../model.js";
import { formatMessage } from "../i18n/messages.js";
import { gradeFor } from "../criteria/parseSettings.js";
import { roundExcel } from "../math/roundExcel.js";

/** Consequences of a counted 负面清单 case that fail a 无警告 gate. */
const WARNINGS = new Set(["限期整改", "警告"]);

/** Whether a unit has a counted 负面清单 case that warns (限期整改, 警告). */
export function hasWarning(r: UnitResult): boolean {
  return Boolean(r.negative?.cases.some((c) => c.counted && c.consequence && WARNINGS.has(c.consequence)));
}

/** Why a gate fails for a unit, in words; undefined when it holds. */
function failure(gate: Gate, r: UnitResult, criteria: Criteria, grade: Grade): string | undefined {
  const d = criteria.settings.decimals;
  switch (gate.kind) {
    case "basic":
      return r.basic >= gate.min ? undefined : formatMessage("gateBasicFails", { grade: grade.name, basic: r.basic.toFixed(d), min: gate.min });
    case "groupRate": {
      const group = criteria.groups.find((g) => g.name === gate.group)!;
      const got = r.groupScores.get(gate.group) ?? 0;
      // Compared as points (got ≥ min × 分值) so 85% of 20 = 17.00 is reached by 17.00 exactly.
      const needed = roundExcel(gate.min * group.points, 10);
      if (got >= needed) return undefined;
      const rate = group.points ? roundExcel((got / group.points) * 100, criteria.settings.percentDecimals) : 0;
      return formatMessage("gateGroupFails", { grade: grade.name, group: gate.group, got: got.toFixed(d), points: group.points, rate: rate.toFixed(criteria.settings.percentDecimals), min: roundExcel(gate.min * 100, 4) });
    }
    case "noWarning":
      return hasWarning(r) ? formatMessage("gateWarningFails", { grade: grade.name }) : undefined;
  }
}

/**
 * Each eligible unit's grade from its total and the grades' gates: the
 * highest grade whose minimum it reaches and whose every gate it passes.
 * A unit a gate moved down keeps the grade its total alone earns in
 * scoreGrade, and the reasons in its outcome.
 * @example // 优秀 ≥ 90 with 基本分不低于 80; total 92, basic 78 → grade 良好, scoreGrade 优秀
 */
export function applyGates(results: UnitResult[], criteria: Criteria): void {
  const grades = criteria.grades;
  for (const r of results) {
    if (r.vetoes.length) {
      r.grade = "";
      continue;
    }
    const byTotal = gradeFor(r.total, grades);
    const reasons: string[] = [];
    let grade = byTotal;
    for (const g of grades) {
      if (r.total < g.min) continue;
      const failed = (g.gates ?? []).map((gate) => failure(gate, r, criteria, g)).filter((x): x is string => Boolean(x));
      if (!failed.length) {
        grade = g.name;
        break;
      }
      reasons.push(...failed);
      grade = grades[grades.length - 1].name;
    }
    r.grade = grade;
    if (grade !== byTotal) {
      r.scoreGrade = byTotal;
      r.outcome = { result: r.outcome?.result ?? "", reasons: [...(r.outcome?.reasons ?? []), ...reasons] };
    }
  }
}
