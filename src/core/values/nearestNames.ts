import { nameKey } from "./normaliseText.js";

/**
 * Levenshtein distance between two texts, counted in code points (a CJK
 * character or one outside the BMP is one edit).
 * @example editDistance("县水务局", "县水利局") // => 1
 * @example editDistance("水务局", "某县水务局") // => 2
 * @example editDistance("", "甲局") // => 2
 */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length];
}

/**
 * The names nearest to one that was not found, compared as nameKey compares
 * names (full-width letters, spaces, brackets): at most `limit`, nearest
 * first (ties in the list's order), and only names within a third of the
 * typed name's length in edits (at least 1), or containing it; so 「乙」
 * suggests nothing from a list of 县水务局, 县林业局.
 * @example nearestNames("县水物局", ["县水务局", "县林业局", "市水务局"]) // => ["县水务局"]
 * @example nearestNames("一中", ["第一中学", "市一中", "县一中", "一中分校"]) // => ["第一中学", "市一中", "县一中"]
 * @example nearestNames("水务局", ["某县水务局", "县林业局"]) // => ["某县水务局"]
 * @example nearestNames("乙", ["县水务局", "县林业局"]) // => []
 */
export function nearestNames(typed: string, names: readonly string[], limit = 3): string[] {
  const key = nameKey(typed);
  const allowed = Math.max(1, Math.floor(Array.from(key).length / 3));
  return [...new Set(names)]
    .map((name, order) => {
      const other = nameKey(name);
      // A name that contains what was typed (水务局 in 某县水务局) is near however much longer it is.
      const distance = key && other.includes(key) ? 0.5 : editDistance(key, other);
      return { name, order, distance };
    })
    .filter((c) => c.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.name);
}
