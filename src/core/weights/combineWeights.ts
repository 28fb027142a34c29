import { normalise } from "./objective.js";

export type CombineMethod = "linear" | "multiplicative";

/**
 * Subjective (AHP) and objective (熵权, CRITIC) weights as one.
 * linear: α·w_s + (1 − α)·w_o (α = 1 is AHP alone);
 * multiplicative: w_s·w_o / Σ w_s·w_o (an item either side gives 0 gets 0;
 * when every product is 0, the subjective weights are kept).
 * @example combineWeights([0.5, 0.5], [0.8, 0.2], "linear", 0.5) // => [0.65, 0.35]
 * @example combineWeights([0.5, 0.5], [0.8, 0.2], "multiplicative").map((w) => w.toFixed(2)) // => ["0.80", "0.20"]
 */
export function combineWeights(subjective: readonly number[], objective: readonly number[], method: CombineMethod, alpha = 0.5): number[] {
  if (subjective.length !== objective.length) throw new RangeError("combineWeights requires two weight vectors of one length");
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError("alpha must be between 0 and 1");
  if (method === "linear") return subjective.map((s, i) => alpha * s + (1 - alpha) * objective[i]);
  const products = subjective.map((s, i) => s * objective[i]);
  return products.some((p) => p > 0) ? normalise(products) : [...subjective];
}
