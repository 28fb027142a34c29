import type { CriteriaItem, FieldMeaning } from "../model.js";
import type { NumberScale } from "../values/parseNumber.js";

export type ParamKind =
  | "number"
  | "measured"
  | "rate"
  | "quantity"
  | "direction"
  | "text"
  | "formula"
  | "levelPoints"
  | "improvement"
  | "pointsEach"
  | "pointsCap"
  | "shares";

export interface ParamSpec {
  id: string;
  /** Column header or key in the 参数 column. */
  label: string;
  aliases?: string[];
  kind: ParamKind;
  min?: number;
  max?: number;
  default?: unknown;
  required?: boolean;
  /**
   * For a "rate" line: the comparison it may be written with. 满分线 may say
   * 「≥95%」「95%以上得满分」 (higher); 起评线 「60%以下不得分」 (lower).
   */
  comparison?: Direction;
  description: string;
}

export interface FieldSpec {
  min: number;
  max: number;
  /** What each field is, for messages and docs: ["分子", "分母"]. */
  labels: string[];
}

/** A number with the scale it was written in (12 次, 97%, 20‰). */
export interface Quantity {
  value: number;
  scale: NumberScale;
}

/** A number with the measure unit it was written in (10000 万元); unit empty when none. */
export interface Measured {
  value: number;
  unit: string;
}

export type Direction = "higher" | "lower";

/** What a rule sees of one unit: typed reads that record their own issues. */
export interface FieldReader {
  /** A number; undefined when missing or unreadable (the issue is logged). */
  quantity(field: string): Quantity | undefined;
  number(field: string): number | undefined;
  /** A non-negative count: "无" reads as 0; negatives are logged and read as 0. */
  count(field: string, opts?: { blankIsZero?: boolean }): number | undefined;
  /** A count with the unit its value is in (the field's 计量单位, or 元 for 「3万元」 in a field without one). */
  measured(field: string): Measured | undefined;
  boolean(field: string): boolean | undefined;
  /** Trimmed text; undefined when blank (logged unless quiet). */
  text(field: string, opts?: { quiet?: boolean }): string | undefined;
  /** Last year's figure for a field, from its 上年 column. */
  previous(field: string): Quantity | undefined;
  /** How a value was obtained when not typed in one cell (panel scores). */
  note(field: string): string | undefined;
  /** What a field means (kind, unit, scale, direction), resolved once for the run; undefined when unknown. */
  meaning(field: string): FieldMeaning | undefined;
  /** Decimals of rates and changes in explanations (设置 百分比小数位数). */
  readonly percentDigits: number;
  /** Log a data issue for this unit and item. */
  issue(severity: "error" | "warning" | "info", id: import("../i18n/messages.js").MessageId, params: Record<string, string | number>, field?: string): void;
}

export interface RuleOutcome {
  points: number;
  /** Over-achievement above 分值, counted as bonus. */
  extra?: number;
  rate?: number;
  /** Numerator and denominator behind a rate, for pooled rates. */
  parts?: { numerator: number; denominator: number };
  missing?: boolean;
  inputs: string;
  explanation: string;
  veto?: { reason: string; outcome: string };
}

export interface RuleType {
  id: string;
  /** The 计分方式 name written in criteria sheets. */
  label: string;
  aliases: string[];
  description: string;
  fields: FieldSpec;
  params: ParamSpec[];
  /** Items of this type count toward 加分 rather than 基本分. */
  bonus?: boolean;
  /** Items of this type carry no points (否决). */
  pointless?: boolean;
  /** Numbers the outcome may carry besides points and rate: a numerator/denominator (parts), over-achievement points (extra). Results store only what is declared. */
  reports?: { parts?: boolean; extra?: boolean };
  /**
   * Check that needs the whole item (e.g. compile a formula); returns the
   * problem, naming the parameter whose cell it concerns when there is one.
   */
  validate?(item: CriteriaItem): { reason: string; param?: string } | undefined;
  score(item: CriteriaItem, read: FieldReader): RuleOutcome;
}
