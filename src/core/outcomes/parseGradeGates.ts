import type { CriteriaGroup, Gate, Grade } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { SheetGrid } from "../table/grid.js";
import { parseBoolean } from "../values/parseBoolean.js";
import { parseNumber } from "../values/parseNumber.js";
import { nameKey } from "../values/normaliseText.js";
import { ruleRows } from "./table.js";

/** Header names of the 等级 sheet's gate columns (besides 等级 and 最低分). */
export const GATE_COLUMNS = {
  grade: ["等级", "等级名称", "等次", "名称"],
  basic: ["基本分不低于", "基本分要求", "基本分最低", "基本分"],
  groupRate: ["一级指标得分率", "一级指标得分率不低于", "得分率要求", "单项得分率", "分项得分率"],
  noWarning: ["无警告", "不得有警告", "警告", "无限期整改"],
};

/** 「思想道德建设≥85%」「各一级指标不低于85%」: a 一级指标 (or all of them) and a share of its points. */
const RATE_CLAUSE = /^(.+?)(?:得分率)?(?:≥|>=|不低于|不少于|达到)\s*(\d+(?:\.\d+)?)\s*%(?:以上)?$/;
const ALL_GROUPS = ["各一级指标", "每个一级指标", "所有一级指标", "各项一级指标", "全部一级指标"];

/**
 * The gates of each grade from the 等级 sheet's extra columns, added to the
 * grades already read (parseGrades). A gate naming a 一级指标 the criteria
 * lack, or a value that is not a number / yes-no, is an error at its cell.
 * @example // 等级 | 最低分 | 基本分不低于 | 一级指标得分率: 优秀 | 90 | 80 | 思想道德建设≥85%
 * // → 优秀.gates = [{ kind: "basic", min: 80 }, { kind: "groupRate", group: "思想道德建设", min: 0.85 }]
 */
export function parseGradeGates(sheet: SheetGrid | undefined, grades: Grade[], groups: CriteriaGroup[], file: string, issues: IssueLog): Grade[] {
  if (!sheet) return grades;
  const table = ruleRows(sheet, GATE_COLUMNS, "grade");
  if (!table || !["basic", "groupRate", "noWarning"].some(table.has)) return grades;
  const byName = new Map(grades.map((g) => [g.name, { ...g }]));
  const where = (cell: string) => ({ file, sheet: sheet.name, cell });
  const groupNames = groups.filter((g) => !g.bonus).map((g) => g.name);
  for (const row of table.rows) {
    const grade = byName.get(row.text("grade"));
    if (!grade) continue;
    const gates: Gate[] = [];
    const basic = row.text("basic");
    if (basic) {
      const n = parseNumber({ v: basic.replace(/分$/, "") });
      if (n.ok && n.value >= 0) gates.push({ kind: "basic", min: n.value, source: where(row.at("basic")) });
      else issues.error("gateBadNumber", { grade: grade.name, value: basic, column: "基本分不低于" }, where(row.at("basic")));
    }
    const rates = row.text("groupRate");
    for (const clause of rates.split(/[；;，,、\n]+/).map((c) => c.trim()).filter(Boolean)) {
      const m = RATE_CLAUSE.exec(clause.replace(/\s+/g, ""));
      if (!m) {
        issues.error("gateBadRate", { grade: grade.name, value: clause }, where(row.at("groupRate")));
        continue;
      }
      const min = Number(m[2]) / 100;
      const named = m[1];
      const targets = ALL_GROUPS.includes(named) ? groupNames : groupNames.filter((g) => nameKey(g) === nameKey(named));
      if (!targets.length) issues.error("gateUnknownGroup", { grade: grade.name, group: named, known: groupNames.join("、") }, where(row.at("groupRate")));
      for (const group of targets) gates.push({ kind: "groupRate", group, min, source: where(row.at("groupRate")) });
    }
    const warning = row.text("noWarning");
    if (warning) {
      const b = parseBoolean({ v: warning });
      if (!b.ok) issues.error("gateBadNumber", { grade: grade.name, value: warning, column: "无警告" }, where(row.at("noWarning")));
      else if (b.value) gates.push({ kind: "noWarning", source: where(row.at("noWarning")) });
    }
    if (gates.length) grade.gates = gates;
  }
  return grades.map((g) => byName.get(g.name)!);
}
