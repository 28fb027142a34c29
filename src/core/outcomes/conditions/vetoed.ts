import { formatMessage } from "../../i18n/messages.js";
import type { ConditionType } from "./types.js";

/**
 * 「一票否决」: a veto item or a barring 负面清单 case this year.
 * @example vetoedCondition.read("被一票否决", []) // => {}
 */
export const vetoedCondition: ConditionType<Record<string, never>> = {
  id: "vetoed",
  example: "一票否决",
  needsHistory: false,
  read(text) {
    return /^(?:被|有)?一票否决(?:事项)?$|^否决$/.test(text) ? {} : undefined;
  },
  holds(r) {
    return r.vetoes.length ? formatMessage("conditionVetoed", { reasons: r.vetoes.map((v) => v.reason).join("、") }) : undefined;
  },
};
