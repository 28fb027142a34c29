import { roundExcel } from "../math/roundExcel.js";
import type { FigureKind } from "../criteria/parseFieldProfiles.js";

const n = (x: number) => String(roundExcel(x, 2));

/**
 * The sentence reports use for a change, in the office's own wording:
 * counts and amounts by 增加/减少 and a percent, rates by 百分点; 增幅,
 * rates and 百分点 to `decimals` places (设置 百分比小数位数).
 *
 * @example describeChange("火灾次数", "count", "起", 68, 109) // => "火灾次数 68 起，比上年减少 41 起，下降 37.61%"
 * @example describeChange("总分", "score", "分", 94.6, 92) // => "总分 94.60 分，比上年提高 2.60 分"
 */
export function describeChange(name: string, kind: FigureKind | "score", measure: string, current: number, previous: number | undefined, perMille = false, decimals = 2, scoreDecimals = 2): string {
  // One precision per kind of figure, trailing zeros kept: rates, 百分点 and 增幅 at 百分比小数位数, scores at 小数位数.
  const fixed = (x: number, d: number) => roundExcel(x, d).toFixed(d);
  const pct = (x: number) => `${fixed(x * 100, decimals)}%`;
  const m = measure ? ` ${measure}` : "";
  if (kind === "rate") {
    // Rates change in 百分点 (‰ rates in 千分点), never in percent of a percent.
    const factor = perMille ? 1000 : 100;
    const head = `${name} ${perMille ? `${fixed(current * 1000, decimals)}‰` : pct(current)}`;
    if (previous === undefined) return `${head}（上年无数据）`;
    const points = roundExcel((current - previous) * factor, decimals);
    if (points === 0) return `${head}，与上年持平`;
    return `${head}，比上年${points > 0 ? "提高" : "降低"} ${fixed(Math.abs(points), decimals)} 个${perMille ? "千分点" : "百分点"}`;
  }
  const shown = (x: number) => (kind === "score" ? fixed(x, scoreDecimals) : n(x));
  const head = `${name} ${shown(current)}${m}`;
  if (previous === undefined) return `${head}（上年无数据）`;
  const diff = roundExcel(current - previous, kind === "score" ? scoreDecimals : 2);
  if (diff === 0) return `${head}，与上年持平`;
  const more = diff > 0;
  const verb = kind === "score" ? (more ? "提高" : "降低") : more ? "增加" : "减少";
  const change = `比上年${verb} ${shown(Math.abs(diff))}${m}`;
  if (previous === 0) return `${head}，${change}（上年为 0，无增幅）`;
  if (kind === "score") return `${head}，${change}`;
  const rate = roundExcel((Math.abs(current - previous) / Math.abs(previous)) * 100, decimals);
  return `${head}，${change}，${more ? "增长" : "下降"} ${rate.toFixed(decimals)}%`;
}
