import type { PhraseReader, PhraseReading } from "./common.js";
import { findClause } from "./common.js";

// Not a bare 否决: 「未发生否决事项的得满分」 is a tick, not a veto.
const VETO = /一票否决|实行否决|予以否决|否决项/;
// What the veto does, kept as the 否决结果: 「取消当年评选资格」「不得评定等级」「撤销文明单位称号」.
const OUTCOME = /(取消[^,;]*?(?:资格|称号)|撤销[^,;]*?称号|不得评定[^,;]*|不予评定[^,;]*|不得参[加与][^,;]*?评[^,;]*|不得申报[^,;]*|不予推荐[^,;]*)/;

/** 否决: 一票否决, or an outcome that removes the unit from grading (不得评定等级). */
export const veto: PhraseReader = (text): PhraseReading | undefined => {
  const vetoed = findClause(text, VETO);
  const outcome = findClause(text, OUTCOME);
  if ([vetoed, outcome].some((f) => f && /得满分|不得分|得\d/.test(text.clauses[f.index]))) return undefined;
  if (!vetoed && !outcome) return undefined;
  const rule = [...new Set([vetoed?.index, outcome?.index].filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
  if (!outcome) return { rule: "veto", params: {}, basis: { rule } };
  return { rule: "veto", params: { outcome: outcome.match[1] }, basis: { rule, outcome: [outcome.index] } };
};
