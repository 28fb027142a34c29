import { consecutiveYears, excellentYears } from "../../history/history.js";
import { formatMessage } from "../../i18n/messages.js";
import { COUNT, countWord, gradeNamed, type ConditionType } from "./types.js";

type Params = { years: number; grade: string };

/**
 * 「连续三年优秀」: the grade named (a grade of the criteria, so 「连续三年
 * 优秀」 is read only where 优秀 is one) or better, in each of the last
 * `years` calendar years ending this year. For the criteria's top grade
 * this is the history's excellentYears. Needs --history.
 * @example gradeRunningCondition.read("连续三年优秀", [{ name: "优秀", min: 90 }]) // => { years: 3, grade: "优秀" }
 */
export const gradeRunningCondition: ConditionType<Params> = {
  id: "gradeRunning",
  example: "连续三年优秀（等级名称按“等级”表）",
  needsHistory: true,
  read(text, grades) {
    const m = new RegExp(`^连续${COUNT}年(?:被?评为|获评|为)?(.+?)(?:等级|等次)?(?:及以上)?$`).exec(text);
    const years = m && countWord(m[1]);
    const grade = m && gradeNamed(m[2], grades);
    return years && grade ? { years, grade: grade.name } : undefined;
  },
  holds(r, p, env) {
    const h = env.history!;
    const order = env.criteria.grades.map((g) => g.name);
    const limit = order.indexOf(p.grade);
    const run =
      p.grade === h.topGrade
        ? excellentYears(h, r.unit.name)
        : consecutiveYears(h, r.unit.name, (y) => !y.vetoed && order.indexOf(y.grade) >= 0 && order.indexOf(y.grade) <= limit);
    if (run < p.years) return undefined;
    return formatMessage("conditionGradeRunning", { from: h.year - run + 1, to: h.year, years: run, grade: p.grade });
  },
};
