import { toHalfWidth } from "../values/normaliseText.js";

/**
 * 设置 意见折算: 「满意=100%，基本满意=60%，不满意=0」 → each word's share of 分值.
 * undefined when a pair is not 「词=比例」 with a share from 0 to 100 %.
 * @example parseOpinionScale("满意=100%，基本满意=80%，不满意=0") // => [{ word: "满意", share: 1 }, { word: "基本满意", share: 0.8 }, { word: "不满意", share: 0 }]
 */
export function parseOpinionScale(text: string): { word: string; share: number }[] | undefined {
  const pairs = toHalfWidth(text).split(/[,;，；、\n]+/).map((s) => s.trim()).filter(Boolean);
  const out: { word: string; share: number }[] = [];
  for (const pair of pairs) {
    const m = /^(.+?)\s*[=:：]\s*(\d+(?:\.\d+)?)\s*(%?)$/.exec(pair);
    if (!m) return undefined;
    const share = m[3] ? Number(m[2]) / 100 : Number(m[2]) > 1 ? Number(m[2]) / 100 : Number(m[2]);
    if (!(share >= 0 && share <= 1)) return undefined;
    out.push({ word: m[1].trim(), share });
  }
  return out.length ? out : undefined;
}
