import { formatMessage } from "../../i18n/messages.js";
import { CONSEQUENCES } from "../parseNegativeList.js";
import type { ConditionEnv, ConditionType } from "./types.js";
import type { UnitResult } from "../../model.js";
import { writtenDate } from "../../values/writtenDate.js";

type Params = { consequence?: string; serious?: boolean };

/**
 * A counted 负面清单 case of this year's window: 「负面清单撤销称号」 (a case
 * whose 严重后果 is 撤销称号; also 限期整改, 取消申报资格, 警告),
 * 「负面清单严重事项」 (an entry of 类别 严重), 「负面清单」 (any case counted).
 * @example negativeCondition.read("负面清单限期整改", []) // => { consequence: "限期整改" }
 */
export const negativeCondition: ConditionType<Params> = {
  id: "negative",
  example: "负面清单撤销称号、负面清单限期整改、负面清单严重事项",
  needsHistory: false,
  read(text) {
    const m = /^(?:有|存在)?负面清单(?:事项)?(.*)$/.exec(text);
    if (!m) return undefined;
    const rest = m[1].replace(/^(?:后果为|为|中的?)/, "").replace(/(?:的?事项)$/, "");
    if (rest === "" || rest === "扣分") return {};
    if (/^严重/.test(rest)) return { serious: true };
    const consequence = CONSEQUENCES.find((c) => rest === c || (c === "限期整改" && rest === "整改"));
    return consequence ? { consequence } : undefined;
  },
  holds(r, p, env) {
    return heldCases(r, p, env, (date) => date);
  },
  noticeWords(r, p, env) {
    return heldCases(r, p, env, writtenDate);
  },
};

/** The counted cases the condition names, each with its date as `date` writes it. */
function heldCases(r: UnitResult, p: Params, env: ConditionEnv, date: (iso: string) => string): string | undefined {
  const serious = new Set(env.criteria.negativeList.filter((e) => e.serious).map((e) => e.name));
  const cases = (r.negative?.cases ?? []).filter((c) => c.counted && (p.consequence ? c.consequence === p.consequence : p.serious ? serious.has(c.entry) : true));
  if (!cases.length) return undefined;
  return cases.map((c) => formatMessage("negativeVetoReason", { entry: c.entry, date: date(c.date) }) + (c.consequence ? `：${c.consequence}` : "")).join("、");
}
