/**
 * STAND-IN for i13a's readStandard (issue 13): the interface of
 * /work/notes/i13-shared.md with only two phrasings, so that the
 * `criteria import` command can be built and tested before the phrase
 * readers are merged. At merge, i13a's file replaces this one whole.
 */

export interface ProposedRule {
  /** A RuleType id from rules/registry.ts ruleTypes ("deduction", "shortfall", "ratio", ...). */
  rule: string;
  /** Param id → value text exactly as a clerk would type it in kaoping's own 测评细则 column of that param's label ("3", "扣完为止", "95%", "≤20‰"). */
  params: Record<string, string>;
  /** Proposed 数据项 names, one per field the rule needs ("发现问题次数"); [] when the text names none (the importer then derives them from the item name). */
  fields: string[];
  /** "rule" and each param id → the phrase of the text it was read from (quoted in the 依据 column). */
  basis: Record<string, string>;
}

export interface StandardReading {
  proposal?: ProposedRule;
  /** Clauses of the text that were not understood (shown in 待确认); [] when the whole text was read. */
  unread: string[];
}

const NUMBER = "(\\d+(?:\\.\\d+)?)";
// 「每发现一次扣3分，扣完为止」
const DEDUCTION = new RegExp(`(每[^，,；;。扣]*?扣${NUMBER}分)[，,]?\\s*(扣完为止)`);
// 「≥95%得满分，≤60%不得分」
const RATIO = new RegExp(`([≥>]=?\\s*${NUMBER}%\\s*得满分)[，,]?\\s*([≤<]=?\\s*${NUMBER}%\\s*不得分)`);

/** What is left of a text once the read phrases are taken out: its other clauses. */
function rest(text: string, read: string[]): string[] {
  let left = text;
  for (const phrase of read) left = left.replace(phrase, "");
  return left
    .split(/[，,；;。\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The rule a 评分标准 text describes, for the two phrasings of the stand-in.
 * @example readStandard("每发现一次扣3分，扣完为止", {}).proposal?.params // => { perOccurrence: "3", deductionCap: "扣完为止" }
 * @example readStandard("工作扎实的酌情给分", {}).unread // => ["工作扎实的酌情给分"]
 */
export function readStandard(text: string, _context: { points?: number; name?: string }): StandardReading {
  // Full-width digits read as digits; the phrases quoted stay as written.
  const t = text.replace(/[０-９％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();
  const deduction = DEDUCTION.exec(t);
  if (deduction) {
    return {
      proposal: { rule: "deduction", params: { perOccurrence: deduction[2], deductionCap: "扣完为止" }, fields: [], basis: { rule: deduction[0], perOccurrence: deduction[1], deductionCap: deduction[3] } },
      unread: rest(t, [deduction[0]]),
    };
  }
  const ratio = RATIO.exec(t);
  if (ratio) {
    return {
      proposal: { rule: "ratio", params: { fullLine: `${ratio[2]}%`, zeroLine: `${ratio[4]}%` }, fields: [], basis: { rule: ratio[0], fullLine: ratio[1], zeroLine: ratio[3] } },
      unread: rest(t, [ratio[0]]),
    };
  }
  return { unread: t ? [t] : [] };
}
