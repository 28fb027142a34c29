import { findClause, type PhraseReader } from "./common.js";

// Someone named gives the points: 「检查组现场打分」「评委打分」「由考核组根据…评分」「专家组赋分」.
const BY_INSPECTORS =
  /(?:检查组|考核组|考评组|测评组|评审组|专家组|评委|评审专家|督查组|考察组|暗访组|工作组|评估组|现场检查|实地考察|实地察看|现场察看|现场查看)[^,;]*?(?:打分|评分|赋分|计分|评定分数|给分)|现场打分|直接打分/;

/** 直接打分: the points are given by inspectors or a panel, not computed. A bare 「酌情给分」 names no one: declined. */
export const inspectorScore: PhraseReader = (text) => {
  const scored = findClause(text, BY_INSPECTORS);
  if (!scored) return undefined;
  const combined = text.clauses.flatMap((c, i) => (i !== scored.index && /平均|去掉(?:1个)?最高|去掉(?:1个)?最低|去极值/.test(c) ? [i] : []));
  return { rule: "direct", params: {}, basis: { rule: [scored.index, ...combined].sort((a, b) => a - b) } };
};
