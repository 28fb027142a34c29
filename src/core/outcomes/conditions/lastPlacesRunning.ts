import { consecutiveYears, isLastPlace } from "../../history/history.js";
import { formatMessage } from "../../i18n/messages.js";
import { COUNT, countWord, type ConditionType } from "./types.js";

type Params = { years: number; n: number };

/** 末位 without a number: the last three places of the category (the rule offices cite: a city in the last three twice in a row). */
export const DEFAULT_LAST_PLACES = 3;

/**
 * 「连续两年末位」「连续2年类别末位3名」: among the last `n` of its category
 * (history's isLastPlace: ties in, vetoed units not counted) in each of the
 * last `years` calendar years, ending this year. Needs --history.
 * @example lastPlacesRunningCondition.read("连续两年末位", []) // => { years: 2, n: 3 }
 */
export const lastPlacesRunningCondition: ConditionType<Params> = {
  id: "lastPlacesRunning",
  example: "连续两年末位、连续2年类别末位3名",
  needsHistory: true,
  read(text) {
    const m = new RegExp(`^连续${COUNT}年(?:类别|分类|本类别)?(?:排名)?(?:末位|后|倒数)(?:${COUNT}名?)?(?:以内|之内)?$`).exec(text);
    const years = m && countWord(m[1]);
    if (!m || !years || years < 2) return undefined;
    const n = m[2] ? countWord(m[2]) : DEFAULT_LAST_PLACES;
    return n ? { years, n } : undefined;
  },
  holds(r, p, env) {
    const h = env.history!;
    const run = consecutiveYears(h, r.unit.name, (y, year) => isLastPlace(year, y, p.n));
    if (run < p.years) return undefined;
    const first = h.year - run + 1;
    return formatMessage("conditionLastRunning", { from: first, to: h.year, years: run, n: p.n });
  },
};
