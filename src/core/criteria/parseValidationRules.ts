import type { SourceRef } from "../model.js";
import type { IssueLog, Severity } from "../issues.js";
import { cellAddress, type SheetGrid } from "../table/grid.js";
import { findHeader, type HeaderColumn } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey, splitHeader, toHalfWidth } from "../values/normaliseText.js";
import { headerYear } from "../submissions/previousColumns.js";
import { PREVIOUS_PREFIX } from "../submissions/columns.js";
import { parseNumber } from "../values/parseNumber.js";
import { compileFormula, FormulaError, type CompiledFormula } from "../expression/safeExpression.js";

export type Comparison = "eq" | "le" | "ge" | "lt" | "gt" | "approx";

/** How far two sides may differ and still agree: a number, or a share of the right side's size. */
export interface Tolerance {
  value: number;
  relative: boolean;
}

/** One row of the 校验规则 sheet: 左边 比较 右边, checked for every unit. */
export interface ValidationRule {
  left: CompiledFormula;
  right: CompiledFormula;
  comparison: Comparison;
  /** Given in 容差; ≈ without one uses the 合计 check's allowance (0.5 % or 0.01). */
  tolerance?: Tolerance;
  severity: Severity;
  /** 说明, else the rule as written: 森林火灾 = 火警 + 一般火灾. */
  label: string;
  /** The rule as written, for messages. */
  text: string;
  /** Each name used in the sides and the submissions field it reads. */
  names: { symbol: string; field: string }[];
  source: SourceRef;
}

const HEADERS = {
  left: ["左边", "左式", "左侧", "左项", "left"],
  comparison: ["比较", "比较符", "运算符", "关系", "comparison", "operator"],
  right: ["右边", "右式", "右侧", "右项", "right"],
  whole: ["规则", "校验规则", "校验公式", "表达式", "rule"],
  tolerance: ["容差", "允许误差", "误差", "tolerance"],
  level: ["级别", "严重程度", "问题级别", "level", "severity"],
  label: ["说明", "规则说明", "名称", "描述", "description"],
};
type Role = keyof typeof HEADERS;

/** Comparison signs and words as offices write them (after half-width folding). */
const COMPARISONS: Record<string, Comparison> = {
  "=": "eq", "==": "eq", 等于: "eq",
  "<=": "le", "=<": "le", "≤": "le", "≦": "le", 不大于: "le", 不超过: "le", 不高于: "le", 小于等于: "le", 小于或等于: "le",
  ">=": "ge", "=>": "ge", "≥": "ge", "≧": "ge", 不小于: "ge", 不低于: "ge", 大于等于: "ge", 大于或等于: "ge",
  "<": "lt", 小于: "lt", 低于: "lt",
  ">": "gt", 大于: "gt", 高于: "gt",
  "≈": "approx", "~=": "approx", "≒": "approx", 约等于: "approx", 近似等于: "approx",
};
const COMPARISON_KNOWN = "=、≤、≥、<、>、≈（或 等于、不大于、不小于、小于、大于、约等于，<=、>=）";
/** In a one-column rule, the first of these splits it into two sides (longest signs first). */
const SPLIT = /(<=|>=|=<|=>|==|~=|≤|≦|≥|≧|≈|≒|<|>|=)/;

const LEVELS: Record<string, Severity> = { 错误: "error", 严重: "error", error: "error", 警告: "warning", warning: "warning", 提示: "info", 信息: "info", info: "info" };

export const COMPARISON_SIGNS: Record<Comparison, string> = { eq: "=", le: "≤", ge: "≥", lt: "<", gt: ">", approx: "≈" };

/**
 * The field a name in a rule reads, spelt as the submissions reader keys
 * it: a 数据项 as written; last year's figure in any spelling a header may
 * use (去年X, X上年数, 上年度X → 上年X, as previousColumns reads headers);
 * 本年X → X. A name that is itself a known field is never re-read.
 *
 * @example ruleFieldName("去年森林火灾", new Map([["森林火灾", "森林火灾"]])) // => "上年森林火灾"
 * @example ruleFieldName("本年森林火灾", new Map([["森林火灾", "森林火灾"]])) // => "森林火灾"
 * @example ruleFieldName("上年群众满意率", new Map([["上年群众满意率", "上年群众满意率"]])) // => "上年群众满意率"
 */
export function ruleFieldName(symbol: string, fieldByKey: ReadonlyMap<string, string>): string {
  const key = nameKey(symbol);
  if (fieldByKey.has(key)) return symbol;
  const { name, unit } = splitHeader(key);
  const year = headerYear(name, unit);
  // A written year (2025年X) needs the assessment year, unknown here: such a name stays as written.
  if (!year || year.written !== undefined || year.unit) return symbol;
  const base = fieldByKey.get(nameKey(year.base)) ?? year.base;
  return year.when === "previous" ? PREVIOUS_PREFIX + base : base;
}

/**
 * The optional 校验规则 sheet: 左边 | 比较 | 右边 | 容差 | 级别 | 说明, or one
 * 规则 column holding 「森林火灾 = 火警 + 一般火灾」. The sides go through the
 * formula rule's whitelisted evaluator. Names that are not a 数据项 of any
 * item are returned as checkedFields, so the submissions sheet reads them too.
 */
export function parseValidationRules(
  sheet: SheetGrid | undefined,
  file: string,
  knownFields: readonly string[],
  issues: IssueLog,
): { rules: ValidationRule[]; checkedFields: string[] } {
  const rules: ValidationRule[] = [];
  const checked: string[] = [];
  if (!sheet) return { rules, checkedFields: checked };
  const is = (name: string, role: Role) => HEADERS[role].some((n) => nameKey(n) === name);
  const roles = Object.keys(HEADERS) as Role[];
  const header = findHeader(sheet, (n) => roles.some((r) => is(n, r)), (n) => is(n, "left") || is(n, "whole"));
  if (!header) return { rules, checkedFields: checked };
  const cols = new Map<Role, HeaderColumn>();
  for (const c of header.columns) {
    const role = roles.find((r) => is(c.name, r));
    if (role && !cols.has(role)) cols.set(role, c);
  }
  const fieldByKey = new Map(knownFields.map((f) => [nameKey(f), f]));
  const rows = header.filled.rows;

  for (let r = header.bottom + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const text = (role: Role) => {
      const c = cols.get(role);
      return c ? toHalfWidth(cellText(row[c.col])).trim() : "";
    };
    const where = (role: Role): SourceRef => ({ file, sheet: sheet.name, cell: cellAddress(r, cols.get(role)?.col ?? 0) });
    let leftText = text("left");
    let rightText = text("right");
    let comparisonText = text("comparison");
    let sideRole: { left: Role; right: Role; comparison: Role } = { left: "left", right: "right", comparison: "comparison" };
    if (!leftText && !rightText && text("whole")) {
      const parts = text("whole").split(SPLIT);
      // [left, sign, right]: exactly one comparison in a rule; else the whole text is named as a bad comparison.
      leftText = parts[0].trim();
      comparisonText = parts.length === 3 ? parts[1] : text("whole");
      rightText = parts.length === 3 ? parts[2].trim() : "";
      sideRole = { left: "whole", right: "whole", comparison: "whole" };
    }
    if (!leftText && !rightText && !comparisonText) continue;
    if (/^(注|说明|备注)[:：]/.test(leftText)) break;

    let ok = true;
    const comparison = COMPARISONS[nameKey(comparisonText)] ?? COMPARISONS[comparisonText];
    if (!comparison) {
      issues.error("criteriaBadComparison", { value: comparisonText, known: COMPARISON_KNOWN }, where(sideRole.comparison));
      ok = false;
    }
    const compile = (side: "左边" | "右边", expression: string, role: Role): CompiledFormula | undefined => {
      try {
        return compileFormula(expression);
      } catch (e) {
        if (!(e instanceof FormulaError)) throw e;
        issues.error("criteriaBadValidationExpression", { side, expression, reason: e.message }, where(role));
        return undefined;
      }
    };
    // A one-column rule whose comparison is bad has no sides worth naming.
    const left = ok || sideRole.left === "left" ? compile("左边", leftText, sideRole.left) : undefined;
    const right = ok || sideRole.right === "right" ? compile("右边", rightText, sideRole.right) : undefined;
    if (!left || !right) ok = false;

    let tolerance: Tolerance | undefined;
    const toleranceText = text("tolerance");
    if (toleranceText) {
      const t = parseNumber({ v: toleranceText });
      if (t.ok && t.value >= 0) tolerance = { value: t.value, relative: t.scale !== "plain" };
      else {
        issues.error("criteriaBadTolerance", { value: toleranceText }, where("tolerance"));
        ok = false;
      }
    }
    const levelText = text("level");
    const severity = levelText ? LEVELS[nameKey(levelText)] : "error";
    if (!severity) {
      issues.error("criteriaBadValidationLevel", { value: levelText }, where("level"));
      ok = false;
    }
    if (!ok || !left || !right || !comparison || !severity) continue;

    const names = [...new Set([...left.symbols, ...right.symbols])].map((symbol) => {
      const name = ruleFieldName(symbol, fieldByKey);
      const field = fieldByKey.get(nameKey(name)) ?? name;
      if (!fieldByKey.has(nameKey(name))) {
        fieldByKey.set(nameKey(name), name);
        checked.push(name);
      }
      return { symbol, field };
    });
    const written = `${leftText} ${COMPARISON_SIGNS[comparison]} ${rightText}`;
    rules.push({ left, right, comparison, tolerance, severity, label: text("label") || written, text: written, names, source: where(sideRole.left) });
  }
  return { rules, checkedFields: checked };
}
