/**
 * 层次分析法 (AHP): weights from one pairwise judgement matrix (1–9 scale,
 * reciprocal), by the principal eigenvector and by the geometric mean of
 * each row, with Saaty's consistency check.
 */

/** A square matrix of positive judgements, a[i][j] = how much more child i matters than child j. */
export type JudgementMatrix = readonly (readonly number[])[];

export type AhpMethod = "eigen" | "geometric";

/**
 * Saaty's random index RI for n = 1 … 15 (index n − 1): the mean CI of
 * random reciprocal matrices on the 1–9 scale. Source: T. L. Saaty, *The
 * Analytic Hierarchy Process*, McGraw-Hill 1980 (n ≤ 10), extended to 15 in
 * Saaty, *Fundamentals of Decision Making and Priority Theory with the AHP*,
 * RWS Publications 1994/2000 (the table Chinese textbooks reprint:
 * 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59).
 */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** CR below this is acceptable (Saaty's 10 % rule). */
export const CR_LIMIT = 0.1;

/** Power iteration stops when no weight moves more than this. */
const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 100_000;

export interface AhpResult {
  n: number;
  /** Principal right eigenvector, normalised to sum 1. */
  eigen: number[];
  /** Row geometric means, normalised to sum 1 (方根法). */
  geometric: number[];
  /** The method whose weights are `weights`. */
  used: AhpMethod;
  weights: number[];
  /** The principal eigenvalue (the same whichever method gives the weights, so CR does not depend on it). */
  lambdaMax: number;
  ci: number;
  /** Saaty's RI; undefined for n > 15 (no published value). */
  ri: number | undefined;
  /** CI / RI; 0 for n ≤ 2 (always consistent); NaN when RI is unknown. */
  cr: number;
  consistent: boolean;
}

/**
 * The principal eigenvector by power iteration (w ← Aw / Σ Aw until no
 * component moves more than 1e-12), and λmax = mean of (Aw)_i / w_i.
 * A positive matrix has one positive principal eigenvector (Perron), so the
 * iteration from the uniform vector converges.
 * @example eigenWeights([[1, 2], [0.5, 1]]).weights.map((w) => w.toFixed(4)) // => ["0.6667", "0.3333"]
 */
export function eigenWeights(a: JudgementMatrix): { weights: number[]; lambdaMax: number } {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = multiply(a, w);
    const sum = next.reduce((s, x) => s + x, 0);
    for (let i = 0; i < n; i++) next[i] /= sum;
    const moved = Math.max(...next.map((x, i) => Math.abs(x - w[i])));
    w = next;
    if (moved < TOLERANCE) break;
  }
  return { weights: w, lambdaMax: lambdaOf(a, w) };
}

/**
 * The geometric-mean (方根法) weights: the n-th root of each row's product, normalised.
 * @example geometricWeights([[1, 4], [0.25, 1]]).map((w) => w.toFixed(2)) // => ["0.80", "0.20"]
 */
export function geometricWeights(a: JudgementMatrix): number[] {
  const n = a.length;
  // Through logarithms: a product of 15 nines stays finite either way, but the logs keep precision.
  const roots = a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n));
  const sum = roots.reduce((s, x) => s + x, 0);
  return roots.map((x) => x / sum);
}

/**
 * λ estimated from a weight vector: the mean of (Aw)_i / w_i (exact when w is the eigenvector).
 * @example lambdaOf([[1, 2], [0.5, 1]], [2 / 3, 1 / 3]) // => 2
 */
function lambdaOf(a: JudgementMatrix, w: readonly number[]): number {
  const aw = multiply(a, w);
  return aw.reduce((s, x, i) => s + x / w[i], 0) / a.length;
}

/**
 * Saaty's RI for a matrix of order n (undefined above 15).
 * @example randomIndex(3) // => 0.58
 */
function randomIndex(n: number): number | undefined {
  return RANDOM_INDEX[n - 1];
}

/**
 * Weights and consistency of one judgement matrix: both methods computed,
 * `method` says which gives `weights`. CI = (λmax − n)/(n − 1), CR = CI/RI;
 * a matrix of order 1 or 2 is always consistent (a 2×2 reciprocal matrix
 * has λmax = 2 exactly).
 * @example ahp([[1, 3], [1 / 3, 1]]).cr // => 0
 */
export function ahp(a: JudgementMatrix, method: AhpMethod = "eigen"): AhpResult {
  const n = a.length;
  const geometric = geometricWeights(a);
  const { weights: eigen, lambdaMax } = n <= 2 ? { weights: geometric, lambdaMax: n } : eigenWeights(a);
  const ri = randomIndex(n);
  // λmax ≥ n for a positive reciprocal matrix; rounding can put it 1e-15 below.
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = n <= 2 ? 0 : ri === undefined ? Number.NaN : ci / ri;
  return { n, eigen, geometric, used: method, weights: method === "eigen" ? eigen : geometric, lambdaMax, ci, ri, cr, consistent: cr < CR_LIMIT };
}

function multiply(a: JudgementMatrix, w: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));
}
