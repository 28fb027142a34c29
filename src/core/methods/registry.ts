import type { AssessmentMethod, MethodId } from "./types.js";
import { materialsMethod } from "./materials.js";
import { onsiteMethod } from "./onsite.js";
import { surveyMethod } from "./survey.js";
import { opinionsMethod } from "./opinions.js";
import { onlineMethod } from "./online.js";
import { unannouncedMethod } from "./unannounced.js";
import { toHalfWidth } from "../values/normaliseText.js";

/** Every assessment method, in the order the 测评汇总表 shows them. */
export const assessmentMethods: readonly AssessmentMethod[] = [materialsMethod, onsiteMethod, surveyMethod, opinionsMethod, onlineMethod, unannouncedMethod];

export function methodById(id: MethodId): AssessmentMethod {
  return assessmentMethods.find((m) => m.id === id)!;
}

/** One method named in a 测评方法 text, with the share written beside it (0…1), if any. */
export interface NamedMethod {
  method: AssessmentMethod;
  share?: number;
  /** The words it was read from. */
  text: string;
}

/** What separates the methods of one cell: 、，；+ / 和 及 与 and line breaks. */
const SEPARATORS = /[、，,；;+＋/／\n]|和|及|与|以及/;
const SHARE = /(\d+(?:\.\d+)?)\s*[%％]/;

/**
 * The method a phrase names: the one whose words come first in it, so that
 * 「检查组查阅档案资料打分」 (an inspection team reading files) is 实地考察.
 * @example methodOf("查阅会议记录")?.label // => "材料审核"
 * @example methodOf("听取汇报") // => undefined
 */
export function methodOf(phrase: string): AssessmentMethod | undefined {
  let best: { method: AssessmentMethod; at: number } | undefined;
  for (const method of assessmentMethods) {
    const m = method.aliases.exec(phrase);
    if (m && (!best || m.index < best.at)) best = { method, at: m.index };
  }
  return best?.method;
}

/**
 * The methods a 测评方法 cell names, one per phrase, with their shares.
 * A text that names none is description only ([]).
 * @example readMethods("材料审核60%、实地考察40%").map((m) => [m.method.label, m.share]) // => [["材料审核", 0.6], ["实地考察", 0.4]]
 * @example readMethods("对比上年") // => []
 */
export function readMethods(text: string): NamedMethod[] {
  const out: NamedMethod[] = [];
  for (const phrase of toHalfWidth(text).split(SEPARATORS).map((s) => s.trim()).filter(Boolean)) {
    const method = methodOf(phrase);
    if (!method) continue;
    const share = SHARE.exec(phrase);
    out.push({ method, share: share ? Number(share[1]) / 100 : undefined, text: phrase });
  }
  return out;
}
