import { roundExcel } from "../math/roundExcel.js";
import { fixed } from "../math/fixed.js";
import type { FigureChange } from "../compare/compareYears.js";
import type { Settings } from "../model.js";
import { NOTICE } from "../i18n/labels.js";

export { fixed };

/**
 * A rate (a fraction) as a percent at 百分比小数位数, trailing zeros kept.
 * @example fixedPercent(0.9042, 2) // => "90.42%"
 * @example fixedPercent(1, 1) // => "100.0%"
 */
export function fixedPercent(rate: number, decimals: number): string {
  return `${fixed(rate * 100, decimals)}%`;
}

/**
 * A counted value as typed (up to two decimals, no padding: 5 个, 148 人次).
 * @example plain(148) // => "148"
 */
export function plain(x: number): string {
  return String(roundExcel(x, 2));
}

/**
 * A unit's change as the 通报 writes it: the total at 小数位数, rates and
 * 百分点 (千分点 for ‰ rates) and 增幅 at 百分比小数位数, counts as typed.
 * The same facts as the 同比 sheet's wording, each kind at its one precision.
 */
export function reportChange(ch: FigureChange, settings: Pick<Settings, "decimals" | "percentDecimals">): string {
  const { figure, current, previous } = ch;
  if (current === undefined || previous === undefined) return ch.wording;
  const pd = settings.percentDecimals;
  if (figure.kind === "score") {
    const diff = roundExcel(current - previous, settings.decimals);
    return NOTICE.change.score(figure.name, fixed(current, settings.decimals), diff, fixed(Math.abs(diff), settings.decimals));
  }
  if (figure.kind === "rate") {
    const factor = figure.perMille ? 1000 : 100;
    const shown = figure.perMille ? `${fixed(current * 1000, pd)}‰` : fixedPercent(current, pd);
    const diff = roundExcel((current - previous) * factor, pd);
    return NOTICE.change.rate(figure.name, shown, diff, fixed(Math.abs(diff), pd), Boolean(figure.perMille));
  }
  const measure = figure.measure ? ` ${figure.measure}` : "";
  const diff = roundExcel(current - previous, 2);
  const percent = previous === 0 ? undefined : fixedPercent(Math.abs(current - previous) / Math.abs(previous), pd);
  return NOTICE.change.count(figure.name, plain(current), measure, diff, plain(Math.abs(diff)), percent);
}
