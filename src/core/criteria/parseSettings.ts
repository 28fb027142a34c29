import type { Grade, RankMethod, Settings, TeamCorrection } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, type GridCell, type SheetGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";
import { parseBoolean } from "../values/parseBoolean.js";
import { DEFAULT_QUESTIONNAIRE_SETTINGS, readQuestionnaireSetting } from "../questionnaires/settings.js";
import { methodCapSetting } from "../methods/caps.js";
import { parseOpinionScale } from "../methods/opinionScale.js";
import { parseDate } from "../outcomes/parseDate.js";
import { noticeKey } from "./parseNotice.js";
import { DEFAULT_ROBUSTNESS_SETTINGS, readRobustnessSetting } from "../analysis/robustnessSettings.js";

export const DEFAULT_GRADES: Grade[] = [
  { name: "优秀", min: 90 },
  { name: "良好", min: 80 },
  { name: "合格", min: 60 },
  { name: "不合格", min: 0 },
];

export const DEFAULT_SETTINGS: Omit<Settings, "bonusCap"> = {
  rankMethod: "competition",
  decimals: 2,
  groupField: "单位类别",
  trimPanel: true,
  percentDecimals: 2,
  teamCorrection: "none",
  opinionCombine: "mean",
  opinionScale: [
    { word: "满意", share: 1 },
    { word: "基本满意", share: 0.6 },
    { word: "不满意", share: 0 },
  ],
};

const OPINION_COMBINE: Record<string, Settings["opinionCombine"]> = { 平均: "mean", 平均值: "mean", 取平均: "mean", 最低: "lowest", 取最低: "lowest", 最低分: "lowest", 最低值: "lowest" };

const TEAM_CORRECTIONS: Record<string, TeamCorrection> = {
  二次平均法: "secondAverage", 二次平均: "secondAverage", 是: "secondAverage",
  否: "none", 无: "none", 不校正: "none", "": "none",
};

const RANK_METHODS: Record<string, RankMethod> = {
  美式: "competition", 美式排名: "competition", "rank.eq": "competition", rank: "competition", competition: "competition",
  中国式: "dense", 中国式排名: "dense", 密集: "dense", dense: "dense",
  平均: "average", 平均排名: "average", "rank.avg": "average", average: "average",
};

/** Rows of a two-column sheet (设置, 通报): a name, the value beside it (as text and as the cell) and that cell's address. */
export function pairs(sheet: SheetGrid): { name: string; value: string; valueCell: GridCell | undefined; cell: string; row: number }[] {
  const out = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const first = row.findIndex((c) => cellText(c) !== "");
    if (first < 0) continue;
    out.push({ name: cellText(row[first]), value: cellText(row[first + 1]), valueCell: row[first + 1], cell: cellAddress(r, first + 1), row: r });
  }
  return out;
}

/** A header row's words in such a sheet, not a setting. */
export const SETTING_HEADER_WORDS: ReadonlySet<string> = new Set(["项目", "设置项", "名称", "参数", "内容", "值"]);

/** The 设置 sheet: 排名方式, 小数位数, 百分比小数位数, 分组字段, 评委去极值, 评分组校正, 加分上限. */
export function parseSettings(sheet: SheetGrid | undefined, file: string, issues: IssueLog): Omit<Settings, "bonusCap"> & { bonusCap?: number } {
  const settings: Omit<Settings, "bonusCap"> & { bonusCap?: number } = { ...DEFAULT_SETTINGS };
  if (!sheet) return settings;
  const where = (cell: string) => ({ file, sheet: sheet.name, cell });
  for (const { name, value, cell } of pairs(sheet)) {
    const key = nameKey(name);
    if (SETTING_HEADER_WORDS.has(key)) continue;
    const bad = (known: string) => issues.error("criteriaBadSetting", { name, value, known }, where(cell));
    switch (key) {
      case "排名方式": {
        const m = RANK_METHODS[nameKey(value)];
        if (m) settings.rankMethod = m;
        else bad("美式、中国式、平均");
        break;
      }
      case "小数位数": {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 0 && n <= 6) settings.decimals = n;
        else bad("0～6 的整数");
        break;
      }
      case "百分比小数位数": {
        const n = Number(value);
        if (value !== "" && Number.isInteger(n) && n >= 0 && n <= 6) settings.percentDecimals = n;
        else bad("0～6 的整数");
        break;
      }
      case "分组字段":
        if (value) settings.groupField = value;
        else bad("申报数据中的列名，如 单位类别");
        break;
      case "评委去极值": {
        const b = parseBoolean({ v: value });
        if (b.ok) settings.trimPanel = b.value;
        else bad("是、否");
        break;
      }
      case "评分组校正": {
        const c = TEAM_CORRECTIONS[nameKey(value)];
        if (c) settings.teamCorrection = c;
        else bad("二次平均法、否");
        break;
      }
      case "测评截止日期":
      case "测评时点":
      case "截止日期": {
        const d = parseDate({ v: value });
        if (d.ok) settings.assessmentDate = d.date;
        else bad("日期，如 2026-12-31");
        break;
      }
      case "加分上限": {
        const n = parseNumber({ v: value });
        if (n.ok && n.value >= 0) settings.bonusCap = n.value;
        else bad("非负数字");
        break;
      }
      case "意见汇总方式": {
        const c = OPINION_COMBINE[nameKey(value)];
        if (c) settings.opinionCombine = c;
        else bad("平均、最低");
        break;
      }
      case "意见折算": {
        const scale = parseOpinionScale(value);
        if (scale) settings.opinionScale = scale;
        else bad("如 满意=100%，基本满意=60%，不满意=0");
        break;
      }
      default: {
        // Questionnaire settings are read where questionnaires are (questionnaires/settings.ts);
        // 「材料审核分值 | 50+10」 is a method's points, read and checked by methods/caps.ts.
        const q = readQuestionnaireSetting(name, value);
        // 稳健性抽样次数, 权重扰动幅度 …: the rank robustness analysis (analysis/robustnessSettings.ts).
        const robust = q ? undefined : readRobustnessSetting(name, value);
        if (q?.ok) q.apply((settings.questionnaire ??= { ...DEFAULT_QUESTIONNAIRE_SETTINGS }));
        else if (q) bad(q.known);
        else if (robust?.ok) robust.apply((settings.robustness ??= { ...DEFAULT_ROBUSTNESS_SETTINGS }));
        else if (robust) bad(robust.known);
        else if (!methodCapSetting(name) && !noticeKey(name)) issues.warning("criteriaUnknownSetting", { name }, where(cell));
      }
    }
  }
  return settings;
}

/** The 等级 sheet: grade names with minimum scores, highest first. */
export function parseGrades(sheet: SheetGrid | undefined, file: string, issues: IssueLog): Grade[] {
  if (!sheet) return DEFAULT_GRADES;
  const grades: Grade[] = [];
  for (const { name, value, cell } of pairs(sheet)) {
    const key = nameKey(name);
    if (["等级", "等级名称", "名称", "等次"].includes(key)) continue;
    if (value === "") {
      grades.push({ name, min: 0 });
      continue;
    }
    const n = parseNumber({ v: value.replace(/分$/, "") });
    if (!n.ok) {
      issues.error("criteriaBadGrade", { name, value }, { file, sheet: sheet.name, cell });
      continue;
    }
    grades.push({ name, min: n.value });
  }
  if (!grades.length) return DEFAULT_GRADES;
  return grades.sort((a, b) => b.min - a.min);
}

/** The grade a total earns. */
export function gradeFor(total: number, grades: Grade[]): string {
  return grades.find((g) => total >= g.min)?.name ?? grades[grades.length - 1]?.name ?? "";
}
