import { percentText, type PhraseReader } from "./common.js";

// 「A档得100%」「B档的得66%」「C类计33%」「D级不得分」「A档得满分」「B档3分」.
const LETTER_GRADE = /([A-D])(?:档|级|类|等次?)?(?:的|者)?(?:为|,)?(?:得|计|给|记|按)?(?:分值的|本项分值的|满分的)?(\d+(?:\.\d+)?%|\d+(?:\.\d+)?分|得满分|不得分)/g;
// 「评为优秀的得满分」「良好的得2分」: grade words that gradeLetter reads as A–D.
const WORD_GRADE = /(优秀|良好|较好|一般|较差|^好|^差)(?:档|等次|等级)?(?:的|者)?(?:,)?(?:得|计|给|记)?(?:分值的)?(\d+(?:\.\d+)?%|\d+(?:\.\d+)?分|得满分|不得分)/g;
const LETTER_OF_WORD: Record<string, string> = { 优秀: "A", 好: "A", 良好: "B", 较好: "B", 一般: "C", 较差: "D", 差: "D" };
// 「按A、B、C三档评分」: the grades named, read with them.
const GRADES_NAMED = /[A-D](?:、|,|\/)[A-D]|[三四34]个?(?:档|等次)/;

function share(value: string, points: number | undefined): number | undefined {
  if (value === "得满分") return 1;
  if (value === "不得分") return 0;
  if (value.endsWith("%")) return Number(value.slice(0, -1)) / 100;
  return points ? Number(value.slice(0, -1)) / points : undefined;
}

/** 档次: two or more grades (A/B/C/D or 优秀/良好/一般/较差), each a share of the points. */
export const graded: PhraseReader = (text, context) => {
  const shares = new Map<string, number>();
  const used = new Set<number>();
  for (const [index, clause] of text.clauses.entries()) {
    for (const [pattern, letterOf] of [[LETTER_GRADE, (g: string) => g], [WORD_GRADE, (g: string) => LETTER_OF_WORD[g]]] as const) {
      for (const m of clause.matchAll(pattern)) {
        const letter = letterOf(m[1]);
        const s = share(m[2], context.points);
        // The same grade twice, or points that are not a share of the item's: not read.
        if (s === undefined || s > 1 || shares.has(letter)) return undefined;
        shares.set(letter, s);
        used.add(index);
      }
    }
  }
  if (shares.size < 2) return undefined;
  text.clauses.forEach((c, i) => GRADES_NAMED.test(c) && used.add(i));
  const parts: string[] = [];
  for (const letter of [...shares.keys()].sort()) {
    const s = shares.get(letter)!;
    const shown = s === 0 ? "0" : percentText(s);
    if (shown === undefined) return undefined;
    parts.push(`${letter}=${shown}`);
  }
  const rule = [...used].sort((a, b) => a - b);
  return { rule: "gradeLetter", params: { shares: parts.join(",") }, basis: { rule, shares: rule } };
};
