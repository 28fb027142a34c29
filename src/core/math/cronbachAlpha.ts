import { sampleVariance } from "./sampleVariance.js";

/**
 * Cronbach's α of k items over the same n respondents (here: units):
 * α = k / (k − 1) · (1 − Σσ²ᵢ / σ²ₜ), with σ²ᵢ each item's and σ²ₜ the
 * row totals' sample variance (VAR.S; the n − 1 cancels, so VAR.P gives
 * the same α). `items[j][r]` is respondent r's score on item j. Undefined
 * with fewer than two items or two respondents, or when the totals do not
 * vary (α is 0 / 0 then).
 *
 * @example cronbachAlpha([[1, 2, 3], [1, 2, 3]]) // => 1
 */
export function cronbachAlpha(items: readonly ArrayLike<number>[]): number | undefined {
  if (!Array.isArray(items)) throw new TypeError("cronbachAlpha requires an array of item columns");
  const k = items.length;
  const n = k ? items[0].length : 0;
  for (const item of items) {
    if (item == null || item.length !== n) throw new RangeError("cronbachAlpha requires every item over the same respondents");
    for (let r = 0; r < n; r++) if (typeof item[r] !== "number" || !Number.isFinite(item[r])) throw new TypeError("cronbachAlpha requires finite numbers");
  }
  if (k < 2 || n < 2) return undefined;
  const totals = new Array<number>(n).fill(0);
  let itemVariances = 0;
  for (const item of items) {
    const values = Array.from<number>(item);
    itemVariances += sampleVariance(values);
    for (let r = 0; r < n; r++) totals[r] += values[r];
  }
  const totalVariance = sampleVariance(totals);
  if (!(totalVariance > 0)) return undefined;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}
