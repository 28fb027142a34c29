/**
 * A small deterministic generator (mulberry32): the same seed gives the
 * same sequence on every machine and Node version, so a 稳健性 run can be
 * repeated and checked. Not for anything secret.
 *
 * Returns numbers in [0, 1) with 32 bits of resolution.
 * @example seededRandom(1)() // => 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new TypeError("seededRandom requires a finite seed");
  let state = Math.trunc(seed) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
