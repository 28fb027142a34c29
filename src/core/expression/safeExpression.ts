import type { MathNode, create as createMath, FactoryFunctionMap } from "mathjs";
import { createRequire } from "node:module";
import { roundExcel } from "../math/roundExcel.js";
import { toHalfWidth } from "../values/normaliseText.js";
import { numberLiteral } from "./numberLiteral.js";

/**
 * Criteria formulas come from untrusted workbooks. mathjs is used only to
 * parse; the tree is checked against a whitelist and evaluated here, so no
 * import, createUnit, evaluate, property access or function definition can
 * ever run, whatever the text says.
 */
const math = loadParser();
const baseIsAlpha = math.parse.isAlpha;
// Field names are Chinese: let CJK characters form identifiers.
math.parse.isAlpha = (c: string, cPrev: string, cNext: string) =>
  baseIsAlpha(c, cPrev, cNext) || /[\u3400-\u9fff\uf900-\ufaff]/.test(c);

/**
 * Only mathjs' parser and what it depends on, loaded from its own module
 * files: the package's entry builds every function (1.3 s at start-up for
 * the full build, 0.6 s for the number build); this takes 0.2 s. The paths
 * are mathjs 15's CommonJS layout (the version is pinned; every formula
 * test fails if they move).
 */
function loadParser(): ReturnType<typeof createMath> {
  const require = createRequire(import.meta.url);
  const root = require.resolve("mathjs/package.json").replace(/package\.json$/, "");
  const { create } = require(`${root}lib/cjs/core/create.js`) as { create: typeof createMath };
  const { parseDependencies } = require(`${root}lib/cjs/entry/dependenciesNumber/dependenciesParse.generated.js`) as { parseDependencies: FactoryFunctionMap };
  return create({ parseDependencies });
}

type Fn = (...args: number[]) => number;

/** A lookup table with no prototype, so a name read from a workbook can find only what is listed. */
function nullPrototype<T extends object>(entries: T): T {
  return Object.assign(Object.create(null) as T, entries);
}

// Null-prototype maps: 「constructor(1)」 or 「toString(1)」 must find nothing, not Object.prototype's members.
const FUNCTION_DEFS = {
  min: { arity: [1, 64], fn: (...a) => Math.min(...a) },
  max: { arity: [1, 64], fn: (...a) => Math.max(...a) },
  round: { arity: [1, 2], fn: (x, d = 0) => roundExcel(x, d) },
  abs: { arity: [1, 1], fn: (x) => Math.abs(x) },
  floor: { arity: [1, 1], fn: (x) => Math.floor(x) },
  ceil: { arity: [1, 1], fn: (x) => Math.ceil(x) },
  if: { arity: [3, 3], fn: (c: number, a: number, b: number) => (c ? a : b) },
} satisfies Record<string, { arity: [number, number]; fn: Fn }>;
const FUNCTIONS = nullPrototype<Record<string, { arity: [number, number]; fn: Fn }>>(FUNCTION_DEFS);

const OPERATOR_DEFS = {
  add: (a, b) => a + b!,
  subtract: (a, b) => a - b!,
  multiply: (a, b) => a * b!,
  divide: (a, b) => a / b!,
  pow: (a, b) => a ** b!,
  mod: (a, b) => a % b!,
  unaryMinus: (a) => -a,
  unaryPlus: (a) => a,
  smaller: (a, b) => Number(a < b!),
  larger: (a, b) => Number(a > b!),
  smallerEq: (a, b) => Number(a <= b!),
  largerEq: (a, b) => Number(a >= b!),
  equal: (a, b) => Number(a === b!),
  unequal: (a, b) => Number(a !== b!),
  and: (a, b) => Number(Boolean(a) && Boolean(b)),
  or: (a, b) => Number(Boolean(a) || Boolean(b)),
  not: (a: number) => Number(!a),
} satisfies Record<string, (a: number, b?: number) => number>;
const OPERATORS = nullPrototype<Record<string, (a: number, b?: number) => number>>(OPERATOR_DEFS);

export class FormulaError extends Error {}

export interface CompiledFormula {
  text: string;
  symbols: string[];
  evaluate(scope: Record<string, number>): number;
  /**
   * Whether every step of the evaluation is a finite number: Excel stops at
   * #DIV/0! where JavaScript carries Infinity on (min(4 / 0, 1) is 1 here).
   */
  finiteThroughout(scope: Record<string, number>): boolean;
  /**
   * The same formula in Excel syntax, each name replaced by what `refOf`
   * gives (a cell reference, or a number for 分值); undefined when a name
   * has no reference.
   */
  toExcel(refOf: (name: string) => string | undefined): string | undefined;
}

/**
 * Parse and check a formula. Throws FormulaError with a Chinese reason.
 *
 * @example compileFormula("min(文明科室数 / 科室总数, 1) * 分值").evaluate({ 文明科室数: 4, 科室总数: 5, 分值: 10 }) // => 8
 */
export function compileFormula(text: string): CompiledFormula {
  if (typeof text !== "string" || !text.trim()) throw new FormulaError("公式为空");
  if (text.length > 1000) throw new FormulaError("公式过长（超过 1000 个字符）");
  const normalised = toHalfWidth(text).replace(/×/g, "*").replace(/÷/g, "/").replace(/≥/g, ">=").replace(/≤/g, "<=");
  let tree: MathNode;
  try {
    tree = math.parse(normalised);
  } catch (e) {
    throw new FormulaError(`无法解析（${(e as Error).message}）`);
  }
  const symbols = new Set<string>();
  check(tree, symbols);
  return {
    text,
    symbols: [...symbols],
    evaluate: (scope) => evaluateNode(tree, scope),
    toExcel: (refOf) => excelNode(tree, refOf),
    finiteThroughout: (scope) => {
      try {
        evaluateNode(tree, scope, true);
        return true;
      } catch {
        return false;
      }
    },
  };
}

function check(node: MathNode, symbols: Set<string>): void {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case "ConstantNode":
      if (typeof n.value !== "number") throw new FormulaError("只允许数字常量");
      return;
    case "SymbolNode":
      symbols.add(n.name as string);
      return;
    case "ParenthesisNode":
      return check(n.content as MathNode, symbols);
    case "ConditionalNode":
      for (const part of [n.condition, n.trueExpr, n.falseExpr]) check(part as MathNode, symbols);
      return;
    case "OperatorNode":
      if (!(String(n.fn) in OPERATORS)) throw new FormulaError(`不允许的运算符“${String(n.op)}”`);
      for (const a of n.args as MathNode[]) check(a, symbols);
      return;
    case "FunctionNode": {
      const fnNode = n.fn as MathNode & { name?: string };
      const name = fnNode.type === "SymbolNode" ? fnNode.name! : "";
      const spec = FUNCTIONS[name];
      if (!spec) throw new FormulaError(`不允许的函数“${name || node.toString()}”，可用：${Object.keys(FUNCTIONS).join("、")}`);
      const args = n.args as MathNode[];
      if (args.length < spec.arity[0] || args.length > spec.arity[1]) throw new FormulaError(`函数 ${name} 的参数个数不对`);
      for (const a of args) check(a, symbols);
      return;
    }
    default:
      throw new FormulaError(`不允许的写法（${node.type}）`);
  }
}

function evaluateNode(node: MathNode, scope: Record<string, number>, finite = false): number {
  const value = evaluateStep(node, scope, finite);
  if (finite && !Number.isFinite(value)) throw new FormulaError("结果无效");
  return value;
}

function evaluateStep(node: MathNode, scope: Record<string, number>, finite: boolean): number {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case "ConstantNode":
      return n.value as number;
    case "SymbolNode": {
      const name = n.name as string;
      if (!Object.prototype.hasOwnProperty.call(scope, name)) throw new FormulaError(`未知的名称“${name}”`);
      return scope[name];
    }
    case "ParenthesisNode":
      return evaluateNode(n.content as MathNode, scope, finite);
    case "ConditionalNode":
      return evaluateNode(n.condition as MathNode, scope, finite)
        ? evaluateNode(n.trueExpr as MathNode, scope, finite)
        : evaluateNode(n.falseExpr as MathNode, scope, finite);
    case "OperatorNode": {
      const args = (n.args as MathNode[]).map((a) => evaluateNode(a, scope, finite));
      return OPERATORS[String(n.fn)](args[0], args[1]);
    }
    case "FunctionNode": {
      const name = (n.fn as { name: string }).name;
      const args = (n.args as MathNode[]).map((a) => evaluateNode(a, scope, finite));
      return FUNCTIONS[name].fn(...args);
    }
    default:
      throw new FormulaError(`不允许的写法（${node.type}）`);
  }
}

/**
 * Excel text of each operator, every operation in parentheses so Excel's
 * precedence (unary minus before ^: -2^2 is 4 there) never differs from
 * mathjs'. JavaScript's % keeps the dividend's sign where Excel's MOD takes
 * the divisor's: written with TRUNC, it means what kaoping computed.
 */
// Typed by the evaluator's tables: an operator or function added there without its Excel form does not compile.
const EXCEL_OPERATORS = nullPrototype<Record<string, (a: string, b: string) => string>>({
  add: (a, b) => `(${a}+${b})`,
  subtract: (a, b) => `(${a}-${b})`,
  multiply: (a, b) => `(${a}*${b})`,
  divide: (a, b) => `(${a}/${b})`,
  pow: (a, b) => `(${a}^${b})`,
  mod: (a, b) => `(${a}-${b}*TRUNC(${a}/${b}))`,
  unaryMinus: (a) => `(-${a})`,
  unaryPlus: (a) => a,
  // Comparisons and logic give 1 or 0, as kaoping's evaluator does (Excel's TRUE/FALSE times 1).
  smaller: (a, b) => `((${a}<${b})*1)`,
  larger: (a, b) => `((${a}>${b})*1)`,
  smallerEq: (a, b) => `((${a}<=${b})*1)`,
  largerEq: (a, b) => `((${a}>=${b})*1)`,
  equal: (a, b) => `((${a}=${b})*1)`,
  unequal: (a, b) => `((${a}<>${b})*1)`,
  and: (a, b) => `(AND(${a}<>0,${b}<>0)*1)`,
  or: (a, b) => `(OR(${a}<>0,${b}<>0)*1)`,
  not: (a) => `((${a}=0)*1)`,
} satisfies Record<keyof typeof OPERATOR_DEFS, (a: string, b: string) => string>);

const EXCEL_FUNCTIONS = nullPrototype<Record<string, (args: string[]) => string>>({
  min: (a) => `MIN(${a.join(",")})`,
  max: (a) => `MAX(${a.join(",")})`,
  round: (a) => `ROUND(${a[0]},${a[1] ?? 0})`,
  abs: (a) => `ABS(${a[0]})`,
  floor: (a) => `INT(${a[0]})`,
  ceil: (a) => `(-INT(-${a[0]}))`,
  if: (a) => `IF(${a[0]}<>0,${a[1]},${a[2]})`,
} satisfies Record<keyof typeof FUNCTION_DEFS, (args: string[]) => string>);

function excelNode(node: MathNode, refOf: (name: string) => string | undefined): string | undefined {
  const n = node as MathNode & Record<string, unknown>;
  const all = (nodes: MathNode[]) => {
    const out: string[] = [];
    for (const a of nodes) {
      const t = excelNode(a, refOf);
      if (t === undefined) return undefined;
      out.push(t);
    }
    return out;
  };
  switch (node.type) {
    case "ConstantNode":
      return numberLiteral(n.value as number);
    case "SymbolNode":
      return refOf(n.name as string);
    case "ParenthesisNode":
      return excelNode(n.content as MathNode, refOf);
    case "ConditionalNode": {
      const parts = all([n.condition, n.trueExpr, n.falseExpr] as MathNode[]);
      return parts && `IF(${parts[0]}<>0,${parts[1]},${parts[2]})`;
    }
    case "OperatorNode": {
      const args = all(n.args as MathNode[]);
      return args && EXCEL_OPERATORS[String(n.fn)](args[0], args[1]);
    }
    case "FunctionNode": {
      const args = all(n.args as MathNode[]);
      return args && EXCEL_FUNCTIONS[(n.fn as { name: string }).name](args);
    }
    default:
      return undefined;
  }
}
