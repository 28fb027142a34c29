import { mean } from "../../math/mean.js";

export interface TeamCoefficient {
  team: string;
  /** How many raw inspector scores the team gave (on the item). */
  count: number;
  /** Mean of the team's raw inspector scores. */
  mean: number;
  /** Mean of all teams' means ÷ this team's mean; 1 when the team's mean is 0 (no correction possible). */
  coefficient: number;
}

/**
 * 二次平均法, the correction for lenient and strict inspection teams: each
 * team's coefficient is the mean of all teams' means divided by that
 * team's mean, so a strict team's scores are raised and a lenient team's
 * lowered until every team's mean is the same. kaoping computes it per
 * 直接打分 item over the team's raw inspector scores, before trimming.
 * Teams in the order given.
 *
 * @example teamCoefficients(new Map([["一组", [90, 90]], ["二组", [80]]])).map((t) => t.coefficient) // => [0.9444444444444444, 1.0625]
 */
export function teamCoefficients(scoresByTeam: ReadonlyMap<string, readonly number[]>): TeamCoefficient[] {
  const teams = [...scoresByTeam].filter(([, s]) => s.length > 0).map(([team, s]) => ({ team, count: s.length, mean: mean(s) }));
  if (!teams.length) return [];
  const overall = mean(teams.map((t) => t.mean));
  return teams.map((t) => ({ ...t, coefficient: t.mean === 0 ? 1 : overall / t.mean }));
}
