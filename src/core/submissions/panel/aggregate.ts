import type { CriteriaItem, Settings, UnitRow } from "../../model.js";
import type { IssueLog } from "../../issues.js";
import { cellText } from "../../values/cellText.js";
import { panelMean } from "../../math/panelMean.js";
import { roundExcel } from "../../math/roundExcel.js";
import { NO_TEAM, UNNAMED_INSPECTOR } from "../../i18n/labels.js";
import { teamCoefficients, type TeamCoefficient } from "./teamCoefficients.js";
import type { PanelItem, PanelSheetRead, RawScore } from "./types.js";

/** What the panel sheets gave, for the 说明 sheet. */
export interface PanelSummary {
  /** Teams that scored, in the order first met (NO_TEAM for scores that name none beside others that do). */
  teams: string[];
  correction: Settings["teamCorrection"];
  /** Items whose scores were corrected (two or more teams scored them), with each team's mean and coefficient. */
  calibration: { item: CriteriaItem; field: string; overall: number; teams: TeamCoefficient[] }[];
  /** Each panel sheet that was read, in the order read, with its layout. */
  sheets: PanelSheetRead[];
}

const where = (s: RawScore) => ({ file: s.file, sheet: s.sheet, cell: s.cell, unit: s.unit.name, item: s.item.field });
const place = (s: RawScore) => `${s.sheet}!${s.unitCell}`;
/** A number in a note: two decimals at most. */
const show = (x: number) => String(roundExcel(x, 2));

/**
 * The shared step after every layout: one team per unit and item, scores
 * outside 0…分值 listed, the 二次平均法 correction when set, then the
 * 评委去极值 mean rounded to two decimals as panels publish it, with the
 * note shown in 计分明细. Units the panel missed are listed.
 *
 * Out-of-range scores enter the mean as typed (trimming usually drops
 * them); a result still outside 0…分值 is capped by the 直接打分 rule.
 */
export function aggregatePanelScores(raw: readonly RawScore[], units: readonly UnitRow[], settings: Settings, issues: IssueLog): Omit<PanelSummary, "sheets"> {
  const named = raw.some((s) => s.team !== "");
  const teamOf = (s: RawScore) => s.team || (named ? NO_TEAM : "");

  // One team per unit and item: a second team's scores are an error and dropped.
  const byUnit = new Map<UnitRow, Map<PanelItem, { team: string; first: RawScore; scores: RawScore[] }>>();
  const reported = new Set<string>();
  for (const s of raw) {
    let perItem = byUnit.get(s.unit);
    if (!perItem) byUnit.set(s.unit, (perItem = new Map()));
    const entry = perItem.get(s.item);
    if (!entry) {
      perItem.set(s.item, { team: teamOf(s), first: s, scores: [s] });
      continue;
    }
    if (entry.team === teamOf(s)) {
      entry.scores.push(s);
      continue;
    }
    const key = [s.unit.name, s.item.field, teamOf(s)].join("\u0000");
    if (reported.has(key)) continue;
    reported.add(key);
    const first = entry.first;
    issues.error(
      "panelTwoTeams",
      { unit: s.unit.name, item: s.item.item.name, first: `“${entry.team}”（${place(first)}）`, second: `“${teamOf(s)}”（${place(s)}）`, kept: entry.team },
      { file: s.file, sheet: s.sheet, cell: s.unitCell, unit: s.unit.name, item: s.item.field },
    );
  }

  const max = (s: RawScore) => s.item.item.points;
  for (const perItem of byUnit.values()) {
    for (const { scores } of perItem.values()) {
      for (const s of scores) {
        if (s.value >= 0 && s.value <= max(s)) continue;
        issues.warning("panelScoreOutOfRange", { value: show(s.value), max: max(s), inspector: s.inspector || UNNAMED_INSPECTOR }, where(s));
      }
    }
  }

  // 二次平均法, per item over each team's raw scores.
  const coefficients = new Map<PanelItem, Map<string, TeamCoefficient>>();
  const calibration: PanelSummary["calibration"] = [];
  const teams: string[] = [];
  const perItemTeams = new Map<PanelItem, Map<string, number[]>>();
  for (const perItem of byUnit.values()) {
    for (const [item, { team, scores }] of perItem) {
      if (team && !teams.includes(team)) teams.push(team);
      let byTeam = perItemTeams.get(item);
      if (!byTeam) perItemTeams.set(item, (byTeam = new Map()));
      let list = byTeam.get(team);
      if (!list) byTeam.set(team, (list = []));
      for (const s of scores) list.push(s.value);
    }
  }
  if (settings.teamCorrection === "secondAverage") {
    for (const [item, byTeam] of perItemTeams) {
      if (byTeam.size < 2) {
        issues.info("panelCorrectionOneTeam", { item: item.item.name }, { item: item.field });
        continue;
      }
      const list = teamCoefficients(byTeam);
      coefficients.set(item, new Map(list.map((t) => [t.team, t])));
      calibration.push({ item: item.item, field: item.field, overall: list.reduce((a, t) => a + t.mean, 0) / list.length, teams: list });
    }
  }

  const trim = settings.trimPanel;
  for (const [unit, perItem] of byUnit) {
    for (const [item, { team, first, scores }] of perItem) {
      const values = scores.map((s) => s.value);
      const k = coefficients.get(item)?.get(team);
      const corrected = k ? values.map((v) => v * k.coefficient) : values;
      const value = roundExcel(panelMean(corrected, trim), 2);
      const field = item.field;
      const previous = unit.values.get(field);
      if (previous && cellText(previous.cell) !== "") {
        issues.info("panelOverrides", { field, count: values.length }, { ...previous.source, unit: unit.name, item: field });
      }
      // A lone inspector's score is taken as it is: with 评委去极值 on, the note says why nothing was trimmed.
      const how = trim && values.length >= 3 ? "去掉一个最高分和一个最低分后平均" : values.length === 1 && trim ? "只有 1 位评委，不去极值" : "平均";
      const outside = values.filter((v) => v < 0 || v > item.item.points);
      const parts = [
        `${team ? `${team}：` : ""}评委 ${values.length} 人打分 ${values.join("、")}`,
        outside.length ? `（其中 ${outside.join("、")} 超出 0～${item.item.points} 分，按原值计入）` : "",
        k ? `，二次平均法校正系数 ${roundExcel(calibration.find((c) => c.item === item.item)!.overall, 4)} ÷ ${roundExcel(k.mean, 4)} = ${roundExcel(k.coefficient, 4)}，校正后 ${corrected.map(show).join("、")}` : "",
        `，${how}`,
      ];
      unit.values.set(field, {
        cell: { v: value },
        unit: "",
        source: { file: first.file, sheet: first.sheet, cell: first.unitCell },
        note: parts.join(""),
      });
    }
  }

  // A unit the panel did not score while it scored others.
  const scoredBy = new Map<PanelItem, number>();
  for (const perItem of byUnit.values()) for (const item of perItem.keys()) scoredBy.set(item, (scoredBy.get(item) ?? 0) + 1);
  for (const [item, count] of scoredBy) {
    for (const unit of units) {
      if (byUnit.get(unit)?.has(item)) continue;
      const own = unit.values.get(item.field);
      const at = { ...(own?.source ?? unit.source), unit: unit.name, item: item.field };
      if (own && cellText(own.cell) !== "") issues.warning("panelScoreMissingOwnUsed", { unit: unit.name, item: item.item.name, count, value: cellText(own.cell) }, at);
      else {
        issues.warning("panelScoreMissing", { unit: unit.name, item: item.item.name, count }, at);
        // Said once here; the rule then scores it as missing without saying it again.
        unit.values.set(item.field, { cell: undefined, unit: "", source: own?.source ?? { ...unit.source }, note: "评委打分表中没有该单位的分数", missingReported: true });
      }
    }
  }
  return { teams, correction: settings.teamCorrection, calibration };
}
