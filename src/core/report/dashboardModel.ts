import type { Assessment } from "../score/assess.js";
import type { UnitResult } from "../model.js";
import { mean } from "../math/mean.js";
import { roundExcel } from "../math/roundExcel.js";
import { DASHBOARD, VETO_LABEL, severityLabels, yearTitle } from "../i18n/labels.js";
import { STATUS_LABELS, type UnitComparison } from "../compare/compareYears.js";
import { max } from "../math/max.js";
import { min } from "../math/min.js";

/**
 * What report.html's dashboard shows, as plain numbers and words: built from
 * the Assessment (not from the 通报's ReportModel), embedded in the page as
 * JSON and laid out there by its script. Figures are already rounded as the
 * workbook publishes them (totals and item points to 小数位数, rates to
 * 百分比小数位数 as fractions), so the page only formats.
 */
export interface DashboardModel {
  title: string;
  /** Decimals of totals and points (小数位数) and of percentages (百分比小数位数). */
  decimals: number;
  percentDecimals: number;
  /** Grade names best first, then 否决 (what the 等级 column and filter show). */
  grades: string[];
  /** Which optional columns the ranking shows. */
  has: { outcome: boolean; previous: boolean };
  /** The year compared with, when there is one. */
  previousLabel?: string;
  /** Scored items in criteria order (veto items, which carry no points, are left out). */
  items: DashboardItem[];
  /** 一级指标 of the basic score (the radar's axes): bonus and pointless groups left out. */
  groups: { name: string; points: number }[];
  units: DashboardUnit[];
  categories: DashboardCategory[];
  /** Every unit together, in the same shape as a category (全部单位). */
  overall: DashboardCategory;
  /** Said once on the page: means, maxima and minima leave vetoed units out, like the 通报. */
  population: string;
}

export interface DashboardItem {
  key: string;
  name: string;
  group: string;
  points: number;
  bonus: boolean;
}

export interface DashboardUnit {
  name: string;
  category: string;
  basic: number;
  bonus: number;
  total: number;
  /** The grade, or 否决 for a vetoed unit. */
  grade: string;
  rank?: number;
  categoryRank?: number;
  vetoed: boolean;
  /** Each veto in words: reason and outcome. */
  vetoes: string[];
  outcome?: string;
  toVerify: boolean;
  /** Points per item of `items`, in order. */
  items: number[];
  /** Indices into `items` of those whose data was missing (scored 0). */
  missing: number[];
  /** Score rate per group of `groups` (subtotal / 分值), a fraction. */
  groupRates: (number | null)[];
  previous?: DashboardPrevious;
  issues: { severity: string; place: string; item?: string; message: string }[];
}

export interface DashboardPrevious {
  status: string;
  names: string[];
  total?: number;
  totalChange?: number;
  rank?: number;
  /** ↑2 / ↓1 / 持平 / 新 …, as 总排名 writes it, and the same as a number for sorting (up is positive). */
  rankChange: string;
  rankMove?: number;
  grade?: string;
  /** Each figure's change in words, with its verdict (改善 / 退步 / 持平 / empty when not judged). */
  changes: { name: string; verdict: string; wording: string; note: string }[];
}

export interface DashboardCategory {
  name: string;
  count: number;
  vetoed: number;
  mean?: number;
  max?: number;
  min?: number;
  /** Units per grade of `grades` (the last, 否决, counts vetoed units). */
  grades: number[];
  /** Mean points per item and mean score rate per group, over eligible members. */
  itemMeans: (number | null)[];
  groupRateMeans: (number | null)[];
  /** Indices into `units`, in ranking order. */
  members: number[];
}

/** The dashboard of an assessment, labelled with the run's year label. */
export function buildDashboard(a: Assessment, label: string): DashboardModel {
  const s = a.criteria.settings;
  const d = s.decimals;
  const rateDigits = s.percentDecimals + 2;
  const itemIndex = a.criteria.items.flatMap((item, i) => (item.rule.pointless ? [] : [i]));
  const items = itemIndex.map((i) => {
    const item = a.criteria.items[i];
    return { key: item.key, name: item.name, group: item.level1, points: item.points, bonus: item.bonus };
  });
  const groups = a.criteria.groups.filter((g) => !g.bonus && g.points > 0).map((g) => ({ name: g.name, points: g.points }));
  const grades = [...a.criteria.grades.map((g) => g.name), VETO_LABEL];
  const byResult = new Map<UnitResult, UnitComparison>(a.comparison?.units.map((u) => [u.result, u]));
  const issuesByUnit = new Map<string, DashboardUnit["issues"]>();
  for (const i of a.issues) {
    if (!i.unit) continue;
    const list = issuesByUnit.get(i.unit) ?? [];
    list.push({ severity: severityLabels[i.severity], place: [i.file, i.sheet && i.cell ? `${i.sheet}!${i.cell}` : i.sheet].filter(Boolean).join(" "), item: i.item, message: i.message });
    issuesByUnit.set(i.unit, list);
  }

  const units: DashboardUnit[] = a.results.map((r) => {
    const vetoed = r.vetoes.length > 0;
    const unit: DashboardUnit = {
      name: r.unit.name,
      category: r.unit.category,
      basic: r.basic,
      bonus: r.bonus,
      total: r.total,
      grade: vetoed ? VETO_LABEL : r.grade,
      rank: r.rank,
      categoryRank: r.categoryRank,
      vetoed,
      vetoes: r.vetoes.map((v) => `${v.reason}：${v.outcome}`),
      outcome: r.outcome?.result || undefined,
      toVerify: Boolean(r.toVerify),
      items: itemIndex.map((i) => r.items.points(i)),
      missing: itemIndex.flatMap((i, k) => (r.items.get(i).missing ? [k] : [])),
      groupRates: groups.map((g) => {
        const score = r.groupScores.get(g.name);
        return score === undefined ? null : roundExcel(score / g.points, rateDigits);
      }),
      issues: issuesByUnit.get(r.unit.name) ?? [],
    };
    const c = byResult.get(r);
    if (c) unit.previous = previousOf(c, Boolean(a.comparison?.notComparable.length));
    return unit;
  });

  const summarise = (name: string, members: number[]): DashboardCategory => {
    const eligible = members.filter((m) => !units[m].vetoed).map((m) => units[m]);
    const totals = eligible.map((u) => u.total);
    const avg = (xs: (number | null)[], digits: number) => {
      const known = xs.filter((x): x is number => x !== null);
      return known.length ? roundExcel(mean(known), digits) : null;
    };
    return {
      name,
      count: members.length,
      vetoed: members.length - eligible.length,
      ...(totals.length ? { mean: roundExcel(mean(totals), d), max: max(totals), min: min(totals) } : {}),
      grades: grades.map((g) => members.filter((m) => units[m].grade === g).length),
      itemMeans: items.map((_, k) => avg(eligible.map((u) => u.items[k]), d)),
      groupRateMeans: groups.map((_, k) => avg(eligible.map((u) => u.groupRates[k]), rateDigits)),
      members,
    };
  };
  const all = units.map((_, i) => i);
  return {
    title: DASHBOARD.title(yearTitle(label)),
    decimals: d,
    percentDecimals: s.percentDecimals,
    grades,
    has: { outcome: Boolean(a.outcomes), previous: Boolean(a.comparison) },
    previousLabel: a.comparison?.label,
    items,
    groups,
    units,
    categories: a.categories.map((cat) => summarise(cat, all.filter((i) => units[i].category === cat))),
    overall: summarise(DASHBOARD.allUnits, all),
    population: DASHBOARD.population,
  };
}

/**
 * A unit's 同比 as 总排名 shows it: last year's rank only for a unit of the
 * same name or renamed (a merged unit had several), last year's grade only
 * when every item was comparable.
 */
function previousOf(c: UnitComparison, partial: boolean): DashboardPrevious {
  const sameUnit = c.status === "same" || c.status === "renamed";
  return {
    status: STATUS_LABELS[c.status],
    names: c.status === "same" ? [] : c.previousNames,
    total: c.previous?.total,
    totalChange: c.totalChange,
    rank: sameUnit ? c.previous?.rank : undefined,
    rankChange: c.rankChange,
    rankMove: rankMove(c.rankChange),
    grade: partial ? undefined : c.previous?.grade || undefined,
    changes: c.changes
      .filter((ch) => ch.wording || ch.note)
      .map((ch) => ({ name: ch.figure.name, verdict: ch.verdict, wording: ch.wording, note: ch.note }))
      // The total first, then what improved or declined, then what did not move or is not judged: a leader reads the top rows.
      .sort((x, y) => Number(x.name !== c.changes[0]?.figure.name) - Number(y.name !== c.changes[0]?.figure.name) || Number(!MOVED.has(x.verdict)) - Number(!MOVED.has(y.verdict))),
  };
}

const MOVED = new Set(["改善", "退步"]);

/**
 * A rank change as a number, up positive, for sorting; none for 新, 合并, 否决.
 * @example rankMove("↑2") // => 2
 * @example rankMove("↓1") // => -1
 * @example rankMove("持平") // => 0
 * @example rankMove("新") // => undefined
 */
export function rankMove(change: string): number | undefined {
  const m = /^([↑↓])(\d+)$/.exec(change);
  if (m) return (m[1] === "↑" ? 1 : -1) * Number(m[2]);
  return change === "持平" ? 0 : undefined;
}
