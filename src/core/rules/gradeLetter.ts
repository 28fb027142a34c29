import type { RuleType } from "./types.js";
import { missingOutcome, showPercent, showPoints } from "./format.js";
import { toHalfWidth } from "../values/normaliseText.js";

const SYNONYMS: Record<string, string> = { 优: "A", 好: "A", 良: "B", 较好: "B", 中: "C", 一般: "C", 差: "D" };

/** 档次: A/B/C(/D) → a share of 分值, by default 100% / 66% / 33% / 0. */
export const gradeLetterRule: RuleType = {
  id: "gradeLetter",
  label: "档次",
  aliases: ["等次", "分档", "ABC", "档次计分"],
  description: "按档次 A/B/C/D（或 优/良/中/差）取分值的比例，默认 100%/66%/33%/0",
  fields: { min: 1, max: 1, labels: ["档次"] },
  params: [
    { id: "shares", label: "档次比例", kind: "shares", default: { A: 1, B: 0.66, C: 0.33, D: 0 }, description: "如 A=100%,B=66%,C=33%,D=0" },
  ],
  score(item, read) {
    const [field] = item.fields;
    const shares = item.params.shares as Record<string, number>;
    const text = read.text(field);
    if (text === undefined) return missingOutcome(`${field}：缺失`);
    const letter = gradeLetterOf(text);
    const share = shares[letter];
    if (share === undefined) {
      read.issue("warning", "notAGradeLetter", { value: text, letters: Object.keys(shares).join("/") }, field);
      return missingOutcome(`${field} ${text}`);
    }
    const points = share * item.points;
    return { points, inputs: `${field} ${letter}`, explanation: `${field} ${letter} 档，得分值的 ${showPercent(share, read.percentDigits)} ${showPoints(points, item.points)}` };
  },
};

/**
 * The letter a 档次 cell is read as: synonyms (优/良/中/差) and a trailing 档/级/等 allowed.
 * @example [gradeLetterOf("优"), gradeLetterOf(" b档 ")] // => ["A", "B"]
 */
export function gradeLetterOf(text: string): string {
  const key = toHalfWidth(text).trim().toUpperCase();
  return SYNONYMS[key] ?? key.replace(/[档级等]$/, "");
}
