import type { Grade, QuotaRule } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { SheetGrid } from "../table/grid.js";
import { nameKey } from "../values/normaliseText.js";
import { ruleRows } from "./table.js";
import { conditionExamples, readCondition } from "./conditions/registry.js";
import type { Condition } from "./conditions/types.js";

export const QUOTA_SHEET_NAMES = ["评定规则", "评定办法", "推荐规则", "名额"];

export const QUOTA_COLUMNS = {
  rule: ["规则", "规则类型", "类型", "事项"],
  scope: ["范围", "类别", "单位类别", "适用范围"],
  places: ["名额", "数量", "比例", "名额或比例"],
  minGrade: ["等级要求", "最低等级", "须达到等级"],
  tie: ["并列处理", "并列", "同分处理"],
  outcome: ["结果", "评定结果", "结论"],
  condition: ["条件", "适用条件", "推荐条件", "复查条件"],
};

/** 规则 words of a 复查 row in 评定规则: read by parseReviewRules, not as a quota. */
export const REVIEW_RULE_WORDS = ["复查", "称号复查", "复查规则", "动态管理"];

/** 名额 words of a rule with a 条件: every unit meeting it. */
const ALL_PLACES = ["", "不限", "全部", "不限名额", "符合条件的全部"];

const KINDS: Record<string, QuotaRule["kind"]> = {
  推荐名额: "recommend", 推荐: "recommend", 推荐名额数: "recommend", 入选名额: "recommend", 名额: "recommend",
  末位不续评: "bottom", 末位淘汰: "bottom", 末位: "bottom", 末位不予保留: "bottom", 末位不保留: "bottom",
};

const DEFAULT_OUTCOME: Record<QuotaRule["kind"], string> = { recommend: "推荐", bottom: "末位不予保留" };

/**
 * 「3」「3个」「3名」 → a count; 「20%」「前20%」「末位10%」 → a share.
 * @example parsePlaces("前20%") // => { share: 0.2 }
 * @example parsePlaces("3个") // => { count: 3 }
 */
export function parsePlaces(text: string): QuotaRule["places"] | undefined {
  const t = text.replace(/\s+/g, "").replace(/^(?:前|末位|后|最后)/, "");
  let m = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (m && Number(m[1]) > 0 && Number(m[1]) <= 100) return { share: Number(m[1]) / 100 };
  m = /^(\d+)(?:个|名|家|位)?$/.exec(t);
  if (m) return { count: Number(m[1]) };
  return undefined;
}

/**
 * The 评定规则 sheet: one rule per row (推荐名额 per category, 末位 X% not
 * renewed), with scope, places, a grade requirement, how ties at the
 * cut-off are settled and the outcome's name. What cannot be read is an
 * error at its cell; nothing is guessed.
 */
export function parseQuotas(sheet: SheetGrid | undefined, grades: Grade[], targets: string[], file: string, issues: IssueLog): QuotaRule[] {
  if (!sheet) return [];
  const where = (cell: string) => ({ file, sheet: sheet.name, cell });
  const table = ruleRows(sheet, QUOTA_COLUMNS, "rule");
  if (!table) {
    issues.error("quotaNoHeader", { sheet: sheet.name }, where("A1"));
    return [];
  }
  const out: QuotaRule[] = [];
  for (const row of table.rows) {
    const kindText = row.text("rule");
    if (REVIEW_RULE_WORDS.some((w) => nameKey(w) === nameKey(kindText))) continue;
    // A 规则 may be a condition itself (连续三年优秀 → 推荐省级): every unit meeting it, unless 名额 says otherwise.
    const ruleCondition = KINDS[nameKey(kindText)] ? undefined : readCondition(kindText, grades);
    const kind = KINDS[nameKey(kindText)] ?? (ruleCondition ? "recommend" : undefined);
    if (!kind) {
      issues.error("quotaUnknownRule", { value: kindText, known: `推荐名额、末位不续评，或一个条件（${conditionExamples()}）` }, where(row.at("rule")));
      continue;
    }
    let condition: Condition | undefined = ruleCondition;
    const conditionText = row.text("condition");
    if (conditionText) {
      condition = readCondition(conditionText, grades);
      if (!condition) {
        issues.error("quotaBadCondition", { value: conditionText, known: conditionExamples() }, where(row.at("condition")));
        continue;
      }
    }
    if (ruleCondition && !row.text("outcome")) {
      issues.error("quotaConditionNoOutcome", { value: kindText }, where(row.at("rule")));
      continue;
    }
    const placesText = row.text("places");
    const places: QuotaRule["places"] | undefined = condition && ALL_PLACES.includes(placesText) ? { all: true } : parsePlaces(placesText);
    if (!places) {
      issues.error("quotaBadPlaces", { value: placesText }, where(row.at("places")));
      continue;
    }
    const scopeText = row.text("scope");
    const scope: QuotaRule["scope"] =
      scopeText === "" || ["全部", "全部单位", "所有单位", "总排名"].includes(scopeText) ? { kind: "all" } : ["各类别", "每个类别", "分类别", "各类"].includes(scopeText) ? { kind: "each" } : { kind: "category", name: scopeText };
    const minGrade = row.text("minGrade") || undefined;
    if (minGrade && !grades.some((g) => g.name === minGrade)) {
      issues.error("quotaUnknownGrade", { value: minGrade, known: grades.map((g) => g.name).join("、") }, where(row.at("minGrade")));
      continue;
    }
    const tieText = row.text("tie");
    let tie: QuotaRule["tie"];
    const by = /^按[“"「]?(.+?)[”"」]?(?:得分|分数|小计)?(?:高低)?(?:决定|排序|确定)?$/.exec(tieText);
    if (tieText === "") tie = kind === "recommend" ? { kind: "all" } : { kind: "none" };
    else if (/^(?:并列)?(?:全部|均|都)(?:入选|推荐|计入|列入)$/.test(tieText)) tie = { kind: "all" };
    else if (/^(?:并列)?(?:全部|均|都)(?:不入选|不推荐|不计入|保留|不列入)$/.test(tieText)) tie = { kind: "none" };
    else if (by && targets.some((t) => nameKey(t) === nameKey(by[1]))) tie = { kind: "by", target: targets.find((t) => nameKey(t) === nameKey(by[1]))! };
    else {
      issues.error("quotaBadTie", { value: tieText }, where(row.at("tie")));
      continue;
    }
    out.push({ kind, scope, places, minGrade, tie, outcome: row.text("outcome") || DEFAULT_OUTCOME[kind], ...(condition ? { condition } : {}), source: where(row.at("rule")) });
  }
  return out;
}
