import type { Assessment } from "../score/assess.js";
import { pooled } from "../questionnaires/applyQuestionnaires.js";
import { roundExcel } from "../math/roundExcel.js";
import { SATISFACTION_CHART, yearTitle } from "../i18n/labels.js";
import { CHART_SIZE, categorySwatch, type ChartSpec } from "./chartSpec.js";
import { percentText } from "./chartNumbers.js";

/**
 * 满意度 by category from the raw questionnaires: per category, the answers
 * of all its units and questions pooled, (满意 + 基本满意) / 有效回答.
 * Categories with no valid answer are left out.
 */
export function satisfactionChart(a: Assessment, label: string): ChartSpec | undefined {
  const s = a.questionnaires;
  if (!s) return undefined;
  const tallies = new Map(s.units.map((t) => [t.unit, t]));
  const groups = a.categories
    .map((category, index) => {
      const units = a.results.filter((r) => r.unit.category === category).map((r) => tallies.get(r.unit.name)).filter((t) => t !== undefined);
      const p = pooled(units.flatMap((t) => t.questions));
      return { category, swatch: categorySwatch(index), units: units.length, questionnaires: units.reduce((n, t) => n + t.valid, 0), rate: p.valid ? (p.satisfied + p.basic) / p.valid : undefined };
    })
    .filter((g): g is typeof g & { rate: number } => g.rate !== undefined);
  if (!groups.length) return undefined;
  const pct = percentText(a);
  return {
    id: "satisfaction",
    fileName: "07-问卷满意度",
    type: "bar",
    title: yearTitle(label, SATISFACTION_CHART.title),
    subtitle: SATISFACTION_CHART.subtitle(s.settings.unknownIsValid),
    labels: groups.map((g) => `${g.category}（${g.units} 个单位，${g.questionnaires} 份）`),
    datasets: [
      {
        label: SATISFACTION_CHART.dataset,
        data: groups.map((g) => roundExcel(g.rate, 4)),
        // Each category keeps its colour of the other charts, even when one before it has no answers.
        color: groups.map((g) => g.swatch.color),
        pattern: groups.map((g) => g.swatch.pattern ?? "solid"),
        valueLabels: groups.map((g) => pct(g.rate)),
      },
    ],
    valueAxis: { title: SATISFACTION_CHART.axis, min: 0, max: 1, percent: true },
    ...CHART_SIZE,
  };
}
