import type { GridCell } from "./table/grid.js";
import type { NoticeSettings } from "./criteria/parseNotice.js";
import type { ItemScores } from "./score/itemScores.js";
import type { RuleType } from "./rules/types.js";
import type { FieldProfileSetting, FigureKind } from "./criteria/parseFieldProfiles.js";
import type { NumberScale } from "./values/parseNumber.js";
import type { ValidationRule } from "./criteria/parseValidationRules.js";
import type { QuestionnaireSettings } from "./questionnaires/types.js";
import type { ItemMethods } from "./methods/types.js";
import type { MethodCap } from "./methods/caps.js";
import type { Condition } from "./outcomes/conditions/types.js";
import type { RobustnessSettings } from "./analysis/robustnessSettings.js";

export type RankMethod = "competition" | "dense" | "average";

export type TeamCorrection = "none" | "secondAverage";

export interface Settings {
  rankMethod: RankMethod;
  decimals: number;
  groupField: string;
  trimPanel: boolean;
  /** 评分组校正: correct lenient and strict inspection teams by the 二次平均法, or not at all (the default). */
  teamCorrection: TeamCorrection;
  /** Cap on the bonus total; defaults to the sum of the bonus items' 分值. */
  bonusCap: number;
  /** Decimals of rates and 增幅 wherever they are shown (百分比小数位数). */
  percentDecimals: number;
  /** Questionnaire rows of 设置 (满意度口径, 最少有效问卷, 雷同答卷剔除 …); absent: the defaults. */
  questionnaire?: QuestionnaireSettings;
  /** 意见汇总方式: several departments' opinions of a unit averaged (the default) or the lowest taken. */
  opinionCombine: "mean" | "lowest";
  /** 意见折算: each opinion word as a share of 分值 (满意 100 %, 基本满意 60 %, 不满意 0 unless set). */
  opinionScale: { word: string; share: number }[];
  /** 测评截止日期: 负面清单 windows end there (the end of the assessment year otherwise). */
  assessmentDate?: Date;
  /** 稳健性 rows of 设置 (稳健性抽样次数, 权重扰动幅度, 稳健性随机种子, 稳健性前N名); absent: the defaults. */
  robustness?: RobustnessSettings;
}

export interface Grade {
  name: string;
  min: number;
  /** Further conditions of the grade (等级 sheet columns 基本分不低于, 一级指标得分率, 无警告): all must hold. */
  gates?: Gate[];
}

/** A condition a grade requires beside its minimum total. */
export type Gate =
  | { kind: "basic"; min: number; source: SourceRef }
  | { kind: "groupRate"; group: string; min: number; source: SourceRef }
  | { kind: "noWarning"; source: SourceRef };

/** One line of the 评定规则 sheet: recommended places, or the bottom places that are not renewed. */
export interface QuotaRule {
  kind: "recommend" | "bottom";
  /** "all": one list of every unit; "each": every category apart; otherwise the one category named. */
  scope: { kind: "all" } | { kind: "each" } | { kind: "category"; name: string };
  /** A number of places, a share of the units in scope (at most: floor(n × share)), or every unit meeting the rule's condition. */
  places: { count: number } | { share: number } | { all: true };
  /** Only units meeting it are candidates (条件 column, or a 规则 that is itself a condition: 连续三年优秀). */
  condition?: Condition;
  /** Only units of this grade or better are candidates. */
  minGrade?: string;
  /** Units tied at the cut-off: all selected, none selected, or ordered by an item's or 一级指标's points. */
  tie: { kind: "all" } | { kind: "none" } | { kind: "by"; target: string };
  /** What a selected unit's outcome is called (推荐, 不予保留 …). */
  outcome: string;
  source: SourceRef;
}

/** A 复查 conclusion for a titled unit, least severe first; 递补 names an untitled unit in a withdrawn one's place (撤一补一). */
export type ReviewResult = "keep" | "warn" | "withdraw" | "replace";

/** One line of the 复查 rules (a 复查 sheet, or 复查 rows of 评定规则): a condition and what it brings to a titled unit. */
export interface ReviewRule {
  condition: Condition;
  result: Exclude<ReviewResult, "replace">;
  /** 撤一补一: a unit this rule withdraws is replaced by the best untitled eligible unit of its category. */
  replace: boolean;
  /** The grade a replacement must reach (递补等级要求); the criteria's top grade when not set. */
  replaceGrade?: string;
  /** Only units holding this title (适用称号); every titled unit when not set. */
  title?: string;
  source: SourceRef;
}

/** One line of the 负面清单 sheet of the criteria. */
export interface NegativeListEntry {
  name: string;
  serious: boolean;
  /** Points deducted per case. */
  pointsEach: number;
  /** Most deducted for this entry; undefined = no cap beyond the total. */
  cap?: number;
  /** Cases within this many months before the assessment date count. */
  windowMonths: number;
  /** What a case brings beside its deduction: 取消申报资格, 限期整改, 撤销称号, 警告. */
  consequence?: string;
  source: SourceRef;
}

export interface SourceRef {
  file: string;
  sheet: string;
  cell: string;
}

export interface CriteriaItem {
  /** 编号 as written, or one derived from the hierarchy. */
  key: string;
  name: string;
  level1: string;
  level2: string;
  points: number;
  rule: RuleType;
  fields: string[];
  params: Record<string, unknown>;
  /** Counts toward 加分 rather than 基本分. */
  bonus: boolean;
  method: string;
  /** The methods the 测评方法 cell names (材料审核, 实地考察 …), and the parts with shares when it gives them. */
  methods?: ItemMethods;
  standard: string;
  source: SourceRef;
}

export interface CriteriaGroup {
  name: string;
  points: number;
  bonus: boolean;
  items: CriteriaItem[];
}

export interface Criteria {
  file: string;
  items: CriteriaItem[];
  groups: CriteriaGroup[];
  grades: Grade[];
  settings: Settings;
  basicTotal: number;
  /** Every 数据项 name the items read, in first-use order. */
  fields: string[];
  /** The optional 数据项 sheet: kind, direction and measure word per field. */
  fieldProfiles: Map<string, FieldProfileSetting>;
  /** What each numeric field means, resolved once (resolveFieldMeanings) and used to read, score, compare and show it. */
  fieldMeanings: Map<string, FieldMeaning>;
  /** The optional 评定规则 sheet: recommended places and bottom places per category. */
  quotas: QuotaRule[];
  /** The optional 负面清单 sheet: negative events with their points and consequences. */
  negativeList: NegativeListEntry[];
  /** The optional 复查 rules for units already holding a title (保留 / 警告 / 撤销, 撤一补一). */
  reviewRules: ReviewRule[];
  /** The optional 校验规则 sheet: declared relations between fields, checked per unit. */
  validationRules: ValidationRule[];
  /** Columns read from the submissions only to be checked (named by 校验规则, not by any item): never scored. */
  checkedFields: string[];
  /** Each method's declared 分值 (测评方法 sheet or 设置), checked against the items. */
  methodCaps: MethodCap[];
  /** The 通报 as a 公文: 发文机关, 发文字号, 主送机关, 称号, 落款, 成文日期, 抄送 (the 通报 sheet or 设置); absent fields take the report's defaults. */
  notice?: NoticeSettings;
}

/** A field's direction: better higher, better lower, or not judged (a denominator, a target). */
export type FieldDirection = "higher" | "lower" | "neutral";

/**
 * One meaning for a field, everywhere: how its cells are read (unit, scale),
 * scored (a 同比 on a rate compares in 百分点), compared and shown.
 */
export interface FieldMeaning {
  kind: FigureKind;
  /** The unit every value of the field is expressed in (亿元, 人, 篇); empty when none is known. */
  measure: string;
  /** Rates: percent or permille; counts and amounts: plain. */
  scale: NumberScale;
  direction: FieldDirection;
  /**
   * Where a rate's scale came from (the 数据项 sheet, a (%)/(‰) header on this
   * year's or the 上年 column, a 达标 target, a cell typed 「87%」, or the name
   * …率 / …满意度). Whatever the source, a plain number in a cell without its
   * own (%) is read in the field's scale (52.3 → 52.3%, noted; 0.523 is the
   * fraction): every unit and the 上年 column are read alike.
   */
  scaleFrom?: "declared" | "header" | "target" | "values" | "name";
}

/** One submitted value, with where it came from. */
export interface FieldValue {
  cell: GridCell | undefined;
  /** Unit written in the header, e.g. "%" for "政策符合率(%)". */
  unit: string;
  source?: SourceRef;
  /** How the value was obtained when it is not a plain cell (panel aggregation). */
  note?: string;
  /** Missing, and already reported where it was found missing (a unit the panel did not score): readers stay quiet. */
  missingReported?: boolean;
}

/** A unit's submitted values by field: a Map, or a view over its sheet row (RowValues). */
export interface FieldValues {
  get(field: string): FieldValue | undefined;
  set(field: string, value: FieldValue): unknown;
  keys(): Iterable<string>;
  /** [field, value] pairs, as a Map gives them. */
  [Symbol.iterator](): Iterator<[string, FieldValue]>;
}

export interface UnitRow {
  name: string;
  category: string;
  /** 1-based row in the submissions sheet, for messages. */
  row: number;
  source: SourceRef;
  values: FieldValues;
}

export interface RejectedRow {
  row: number;
  label: string;
  reason: string;
  source: SourceRef;
}

export interface ItemResult {
  item: CriteriaItem;
  /** Points after Excel rounding to the configured decimals. */
  points: number;
  /** Points above 分值 earned by over-achievement, counted as bonus. */
  extra: number;
  rate?: number;
  parts?: { numerator: number; denominator: number };
  missing: boolean;
}

/** What an item read and how it was scored, in words (produced on demand by explainUnit). */
export interface ItemExplanation {
  inputs: string;
  explanation: string;
}

export interface VetoHit {
  /** The veto item; absent for a 负面清单 case that bars the unit. */
  item?: CriteriaItem;
  reason: string;
  outcome: string;
}

/** Subtotals by 一级指标: a Map, or a view over packed scores. */
export interface GroupScores {
  get(group: string): number | undefined;
  [Symbol.iterator](): Iterator<[string, number]>;
}

export interface UnitResult {
  unit: UnitRow;
  /** Item results in criteria order, packed (ItemScores: get(i), points(i), rate(i)). */
  items: ItemScores;
  /** Subtotal per 一级指标 (kept with the item scores). */
  groupScores: GroupScores;
  basic: number;
  bonus: number;
  total: number;
  vetoes: VetoHit[];
  grade: string;
  rank?: number;
  categoryRank?: number;
  /** PERCENTRANK.INC of the total among eligible units. */
  percentile?: number;
  issueCount: number;
  /** A value that cannot be true was found (an error of a built-in or declared check): 备注 says 数据待核实. */
  toVerify?: boolean;
  /** The grade the total alone earns, when a gate of the 等级 sheet lowered it (grade is then the lower one). */
  scoreGrade?: string;
  /** 负面清单 cases of this unit and the points they deduct (already taken from total). */
  negative?: { points: number; cases: NegativeCaseResult[] };
  /** What the 评定规则, gates and 负面清单 decided, with the reasons in words. */
  outcome?: { result: string; reasons: string[] };
  /** A titled unit's 复查 conclusion (or an untitled unit named 递补), with every reason. */
  review?: {
    title: string;
    titleYear?: number;
    result: ReviewResult;
    reasons: string[];
    /** Why each rule that held holds, in the 通报's words (「等级为“合格”」, dates as 2026年4月18日), for its sentences. */
    causes?: string[];
    /** A withdrawn unit's 递补, or the withdrawn unit a 递补 replaces, with the 递补's place and grade. */
    replacement?: { unit: string; categoryPlace: number | string; grade: string };
    /** Withdrawn under 撤一补一, but no unit of its category could replace it. */
    unreplaced?: boolean;
  };
}

/** A 负面事项 case as judged for its unit. */
export interface NegativeCaseResult {
  entry: string;
  date: string;
  counted: boolean;
  points: number;
  consequence?: string;
  note: string;
  source: SourceRef;
}
