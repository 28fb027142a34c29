import { formatMessage } from "../../i18n/messages.js";
import { gradeNamed, type ConditionType } from "./types.js";

type Params = { compare: "below" | "is" | "atMost"; grade: string };

/**
 * This year's grade against a grade of the criteria: 「等级低于合格」,
 * 「等级为合格」, 「等级不高于合格」 (「合格及以下」). A vetoed unit has no
 * grade and is below every grade (it is never 「为」 one).
 * @example gradeCondition.read("等级低于合格", [{ name: "合格", min: 60 }]) // => { compare: "below", grade: "合格" }
 */
export const gradeCondition: ConditionType<Params> = {
  id: "grade",
  example: "等级低于合格、等级为合格、等级不高于合格",
  needsHistory: false,
  read(text, grades) {
    const patterns: [RegExp, Params["compare"]][] = [
      [/^(?:等级|等次)?(?:低于|未达到|达不到)(.+?)(?:等级|等次)?$/, "below"],
      [/^(?:等级|等次)?(?:不高于|不超过)(.+?)(?:等级|等次)?$/, "atMost"],
      [/^(?:等级|等次)?(.+?)及以下$/, "atMost"],
      [/^(?:等级|等次)(?:为|是)?(.+)$/, "is"],
      [/^(?:评为|被评为)(.+)$/, "is"],
    ];
    for (const [re, compare] of patterns) {
      const m = re.exec(text);
      const grade = m && gradeNamed(m[1], grades);
      if (grade) return { compare, grade: grade.name };
    }
    return undefined;
  },
  holds(r, p, env) {
    const order = env.criteria.grades.map((g) => g.name);
    const want = order.indexOf(p.grade);
    if (r.vetoes.length) return p.compare === "is" ? undefined : formatMessage("conditionVetoedBelow", { grade: p.grade });
    const mine = order.indexOf(r.grade);
    if (mine < 0) return undefined;
    if (p.compare === "is") return mine === want ? formatMessage("conditionGradeIs", { grade: r.grade }) : undefined;
    if (p.compare === "below") return mine > want ? formatMessage("conditionGradeBelow", { grade: r.grade, than: p.grade }) : undefined;
    return mine >= want ? formatMessage("conditionGradeAtMost", { grade: r.grade, than: p.grade }) : undefined;
  },
};
