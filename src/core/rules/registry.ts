import type { Direction, Measured, ParamSpec, Quantity, RuleType } from "./types.js";
import { honourLevelsIn, withoutLevelWords, type LevelPoints } from "./bonus.js";
import { directRule } from "./direct.js";
import { ratioRule } from "./ratio.js";
import { thresholdRule } from "./threshold.js";
import { completionRule } from "./completion.js";
import { yearOnYearRule } from "./yearOnYear.js";
import { deductionRule } from "./deduction.js";
import { bonusRule } from "./bonus.js";
import { yesNoRule } from "./yesNo.js";
import { satisfactionRule } from "./satisfaction.js";
import { gradeLetterRule } from "./gradeLetter.js";
import { formulaRule } from "./formula.js";
import { vetoRule } from "./veto.js";
import { shortfallRule } from "./shortfall.js";
import { byMethodsRule } from "./byMethods.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";
import { measureFamily, splitMultiplier } from "../values/measureUnits.js";

/** Every rule type kaoping knows, in the order the docs list them. */
export const ruleTypes: readonly RuleType[] = [
  directRule,
  ratioRule,
  thresholdRule,
  completionRule,
  yearOnYearRule,
  deductionRule,
  shortfallRule,
  bonusRule,
  yesNoRule,
  satisfactionRule,
  gradeLetterRule,
  formulaRule,
  byMethodsRule,
  vetoRule,
];

const byName = new Map<string, RuleType>();
for (const rule of ruleTypes) {
  for (const name of [rule.label, rule.id, ...rule.aliases]) byName.set(nameKey(name), rule);
}

/** The rule type a 计分方式 cell names, or undefined. */
export function findRule(name: string): RuleType | undefined {
  return byName.get(nameKey(name));
}

/** Every header or key under which a parameter may be written. */
export function paramNames(spec: ParamSpec): string[] {
  return [spec.label, spec.id, ...(spec.aliases ?? [])];
}

/** Every header or key (as a nameKey) under which some rule's parameter may be written, for recognising criteria columns. */
export function allParamKeys(): Set<string> {
  return new Set(ruleTypes.flatMap((rule) => rule.params.flatMap((p) => paramNames(p).map(nameKey))));
}

/**
 * A parsed parameter. `implies` carries a direction written inside the value
 * (目标值 「≤20‰」, 满分改善 「比上年下降5%」): parseCriteria takes it when
 * 方向 is blank and reports a conflict when 方向 says otherwise.
 */
export type ParamResult = { ok: true; value: unknown; implies?: { direction: Direction } } | { ok: false; reason: string };

/** A comparison written before or after a value: 「≤20‰」「不低于95%」「12次以上」. */
interface Comparison {
  direction?: Direction;
  /** 高于/低于/>/<: the value itself is not included. */
  strict: boolean;
  rest: string;
  /** Prefix and suffix disagree (「≥95%以下」). */
  contradictory?: boolean;
}

// Longest first, so 不低于 is read before 低于 and >= before >.
const COMPARISON_PREFIXES: [string, Direction, boolean][] = (
  [
    ["大于或等于", "higher", false], ["小于或等于", "lower", false],
    ["大于等于", "higher", false], ["小于等于", "lower", false],
    ["不低于", "higher", false], ["不少于", "higher", false], ["不小于", "higher", false],
    ["不高于", "lower", false], ["不超过", "lower", false], ["不大于", "lower", false], ["不多于", "lower", false],
    ["控制在", "lower", false],
    ["至少", "higher", false], ["达到", "higher", false],
    ["至多", "lower", false], ["最多", "lower", false],
    ["高于", "higher", true], ["大于", "higher", true], ["超过", "higher", true], ["多于", "higher", true],
    ["低于", "lower", true], ["小于", "lower", true], ["少于", "lower", true],
    [">=", "higher", false], ["=>", "higher", false], ["≥", "higher", false], ["≧", "higher", false], ["⩾", "higher", false],
    ["<=", "lower", false], ["=<", "lower", false], ["≤", "lower", false], ["≦", "lower", false], ["⩽", "lower", false],
    [">", "higher", true], ["<", "lower", true],
  ] as [string, Direction, boolean][]
).sort((a, b) => b[0].length - a[0].length);
const COMPARISON_SUFFIXES: [string, Direction][] = [
  ["及以上", "higher"], ["或以上", "higher"], ["以上", "higher"],
  ["及以下", "lower"], ["或以下", "lower"], ["以下", "lower"], ["以内", "lower"], ["之内", "lower"],
];

/**
 * Split a comparison off a value (already half-width, without spaces).
 * @example splitComparison("不高于3‰") // => { direction: "lower", strict: false, rest: "3‰" }
 */
export function splitComparison(text: string): Comparison {
  let rest = text;
  let direction: Direction | undefined;
  let strict = false;
  let contradictory = false;
  const prefix = COMPARISON_PREFIXES.find(([word]) => rest.startsWith(word));
  if (prefix) {
    rest = rest.slice(prefix[0].length);
    [, direction, strict] = prefix;
  }
  const suffix = COMPARISON_SUFFIXES.find(([word]) => rest.endsWith(word));
  if (suffix) {
    rest = rest.slice(0, -suffix[0].length);
    if (direction && direction !== suffix[1]) contradictory = true;
    direction = suffix[1];
  }
  return { direction, strict, rest, ...(contradictory ? { contradictory } : {}) };
}

/** Points written with decorations: 「3」「3分」. */
function plainPoints(text: string): number | undefined {
  const r = parseNumber({ v: text.replace(/分$/, "") });
  return r.ok && !r.approximate && r.scale === "plain" ? r.value : undefined;
}

// 每次扣分 as offices write it: 「每次扣3分」「每发现一次扣3分」「少一项扣2分」「扣3分/次」「3分/次」.
const EACH_UNIT = "[次项起个例处件条人宗]";
const POINTS_EACH = new RegExp(
  `^(?:(?:每(?:发现|出现|发生|有|缺|少)?一?${EACH_UNIT}?|少一${EACH_UNIT}|缺一${EACH_UNIT})?(?:扣除|扣减|扣)?)?(\\d+(?:\\.\\d+)?)分?(?:\\/${EACH_UNIT}|每${EACH_UNIT})?$`,
);
// 扣分上限: 「5」「最多扣5分」「累计最多扣5分」「扣分不超过5分」「扣满5分为止」.
const POINTS_CAP = /^(?:累计)?(?:最多|最高|至多|不超过|上限)?(?:扣除|扣分|扣满|扣)?(?:不超过|最多)?(\d+(?:\.\d+)?)分?(?:为止|封顶|为限)?$/;
// 扣完为止 (and 扣完本项分值为止): the cap is the item's own points.
const CAP_IS_POINTS = /^(?:扣完为止|扣完本项分值为止|扣完本项为止|扣完即止|扣完本项分为止|扣至0分为止|扣至零分为止|扣到0分为止)$/;

// 满分改善 as offices write it: 「比上年增长10%得满分」「下降5%」「提高3个百分点」.
const IMPROVEMENT = /^(?:比上年|较上年|比去年|较去年|比上一年|同比|与上年相比)?(?:(增长|增加|提高|上升|提升|增幅达到|增幅)|(下降|减少|降低|压减|降幅达到|降幅))?(\d+(?:\.\d+)?)(%|个百分点|百分点)?(?:及以上|以上)?(?:的)?(?:即)?(?:得满分|为满分|满分|得全分)?(?:[,;，；](?:未(?:增长|增加|提高|下降|减少|降低|改善)|无改善|持平)(?:的)?(?:不得分|得0分|不计分))?$/;

/** Decorations around a rate line: 「95%以上得满分」「60%以下不得分」. */
const LINE_DECORATION = /(?:的)?(?:即)?(?:得满分|为满分|满分|得全分|不得分|得0分|计0分|为0分|不计分)$/;

/**
 * Parse and range-check one parameter: the one place where every rule's
 * parameters are validated.
 */
export function parseParam(spec: ParamSpec, text: string): ParamResult {
  const raw = toHalfWidth(text).trim();
  const compact = raw.replace(/\s+/g, "");
  const range = (n: number, direction?: Direction): ParamResult => {
    if (spec.min !== undefined && n < spec.min) return { ok: false, reason: `不能小于 ${spec.min}` };
    if (spec.max !== undefined && n > spec.max) return { ok: false, reason: `不能大于 ${spec.max}` };
    return { ok: true, value: n, ...(direction ? { implies: { direction } } : {}) };
  };
  switch (spec.kind) {
    case "number": {
      const r = parseNumber({ v: raw.replace(/分$/, "") });
      if (!r.ok || r.approximate) return { ok: false, reason: "需要数字" };
      // 「3万元」 is not 3: a number with a convertible unit needs a parameter that keeps it.
      if (r.measure && measureFamily(r.measure)) return { ok: false, reason: "需要不带计量单位的数字" };
      // 「3万」 is not 3 either: a bare multiplier (万, 亿, 千 …) would be dropped.
      if (r.measure && splitMultiplier(r.measure).factor !== 1) return { ok: false, reason: "需要不带“万”“亿”等倍数的数字" };
      return range(r.value);
    }
    case "pointsEach": {
      const m = POINTS_EACH.exec(compact);
      if (!m) return { ok: false, reason: "需要一个分数，如 3、3分、每次扣3分 或 3分/次" };
      return range(Number(m[1]));
    }
    case "pointsCap": {
      if (CAP_IS_POINTS.test(compact)) return { ok: true, value: undefined };
      const m = POINTS_CAP.exec(compact);
      if (!m) return { ok: false, reason: "需要一个分数，如 5、5分、最多扣5分，或写“扣完为止”（以本项分值为限）" };
      return range(Number(m[1]));
    }
    case "measured": {
      const r = parseNumber({ v: raw });
      if (!r.ok || r.approximate || r.scale !== "plain") return { ok: false, reason: "需要数字，可带计量单位，如 10000万元" };
      const checked = range(r.value);
      return checked.ok ? { ok: true, value: { value: r.value, unit: r.measure ?? "" } satisfies Measured } : checked;
    }
    case "rate": {
      // 满分线 "90%", "0.9" and "90" all mean ninety per cent; "≥90%" and "90%以上得满分" too.
      const c = splitComparison(compact.replace(LINE_DECORATION, ""));
      const example = spec.comparison === "lower" ? "60%、≤60% 或 60%以下不得分" : spec.comparison === "higher" ? "95%、≥95% 或 95%以上得满分" : "90% 或 0.9";
      // The line is reached or not: whether the line itself counts does not change a linear score.
      if (c.direction && !spec.comparison) return { ok: false, reason: `只写比率本身，不带比较，如 ${example}` };
      if (c.direction && (c.direction !== spec.comparison || c.contradictory)) return { ok: false, reason: `比较方向不对，应写成 ${example}` };
      const r = parseNumber({ v: c.rest.replace(/个?百分点$/, "%") });
      if (!r.ok || r.approximate) return { ok: false, reason: "需要比率，如 90% 或 0.9" };
      const value = r.scale === "plain" && r.value > 1 && (spec.max ?? 1) <= 1 ? r.value / 100 : r.value;
      return range(value);
    }
    case "quantity": {
      // 目标值 with its comparison inside: 「≤20‰」「不低于95%」「12次以上」.
      const c = splitComparison(compact);
      if (c.contradictory) return { ok: false, reason: "前后两个比较方向相反，应写成如 ≤20‰、不低于95%、12次以上" };
      if (c.strict) return { ok: false, reason: "“高于/低于/>/<”不含目标值本身，达标按“达到即可”比较：请写成 ≥95%、不低于95%、≤20‰ 或 不高于20‰" };
      const r = parseNumber({ v: c.rest });
      if (!r.ok || r.approximate) return { ok: false, reason: "需要数字，可带 % 或 ‰，可带比较，如 ≤20‰、不低于95%、12次以上" };
      const value: Quantity = { value: r.value, scale: r.scale };
      return { ok: true, value, ...(c.direction ? { implies: { direction: c.direction } } : {}) };
    }
    case "improvement": {
      const m = IMPROVEMENT.exec(compact);
      if (!m) return { ok: false, reason: "需要改善幅度，如 10%、0.1、比上年增长10%得满分、比上年下降5%、提高3个百分点" };
      const [, up, down, digits, sign] = m;
      const n = Number(digits);
      // A bare 10 could be 10% or ten times: ask for the sign rather than guess.
      if (!sign && n > 1) return { ok: false, reason: `“${raw}”不清楚是 ${digits}% 还是 ${digits} 倍，请写成 ${digits}% 或 ${n / 100}` };
      const direction: Direction | undefined = up ? "higher" : down ? "lower" : undefined;
      return range(sign ? n / 100 : n, direction);
    }
    case "direction": {
      const d = parseDirection(raw);
      return d ? { ok: true, value: d } : { ok: false, reason: "应为 ≥/≤、越高越好/越低越好、越多越好/越少越好、不低于/不高于" };
    }
    case "text":
      return raw ? { ok: true, value: text.trim() } : { ok: false, reason: "不能为空" };
    case "formula": {
      // 「得分=文明科室数/科室总数×分值」: the left side names the result, not a field.
      const formula = text.trim().replace(/^(?:本项)?(?:得分|分数|计分|评分)\s*[=＝]\s*/, "");
      return formula ? { ok: true, value: formula } : { ok: false, reason: "不能为空" };
    }
    case "levelPoints":
      return parseLevelPoints(compact);
    case "shares": {
      const out: Record<string, number> = {};
      for (const part of raw.split(/[,;、，；\s]+/).filter(Boolean)) {
        const m = /^([A-Za-z])[=:：](.+)$/.exec(part);
        const r = m ? parseNumber({ v: m[2] }) : undefined;
        if (!m || !r || !r.ok) return { ok: false, reason: "应写成 A=100%,B=66%,C=33%" };
        out[m[1].toUpperCase()] = r.scale === "plain" && r.value > 1 ? r.value / 100 : r.value;
      }
      return { ok: true, value: out };
    }
  }
}

// What may stand around a level and its points: 「国家级每项加3分」「每个国家级荣誉3分」「省级：2」.
const LEVEL_DECORATION = /^(?:每项|每个|每次|每人|每|各|一项|一个|加|得|计|奖励|荣誉|称号|表彰|奖项|的|级|分|项|个|次|:|=|\/)*$/;
const POINTS_IN_SEGMENT = /\d+(?:\.\d+)?/g;

/**
 * 各级分值: 「3/2/1/0.5」 in field order, or named levels in any order and
 * any subset: 「国家级3分、省级2分、市级1分、县级0.5分」.
 */
function parseLevelPoints(compact: string): ParamResult {
  const expected = "写成 3/2/1/0.5（依次对应各数据项），或 国家级3分、省级2分、市级1分、县级0.5分";
  if (!honourLevelsIn(compact).length) {
    const parts = compact.split(/[\/,;、，；]+/).filter(Boolean).map((p) => plainPoints(p));
    if (!parts.length || parts.some((n) => n === undefined || n < 0)) return { ok: false, reason: `需要非负分数，${expected}` };
    return { ok: true, value: parts as number[] };
  }
  const out: LevelPoints = {};
  for (const segment of compact.split(/[,;、，；]+/).filter(Boolean)) {
    const levels = honourLevelsIn(segment);
    const numbers = segment.match(POINTS_IN_SEGMENT) ?? [];
    const left = withoutLevelWords(segment).replace(POINTS_IN_SEGMENT, "");
    if (levels.length !== 1 || numbers.length !== 1 || !LEVEL_DECORATION.test(left)) {
      return { ok: false, reason: `“${segment}”看不懂：每一段应是一个级别和一个分数，${expected}` };
    }
    if (out[levels[0]] !== undefined) return { ok: false, reason: `${levels[0]}写了两次` };
    out[levels[0]] = Number(numbers[0]);
  }
  return { ok: true, value: out };
}

const HIGHER_WORDS = ["越高越好", "越多越好", "越大越好", "高", "higher", "up", "正向", "正向指标"];
const LOWER_WORDS = ["越低越好", "越少越好", "越小越好", "低", "lower", "down", "反向", "逆向", "反向指标", "逆向指标"];

/**
 * 方向 words and signs: ≥ ≧ >= 不低于 以上 越高越好 越多越好 …; ≤ ≦ <= 不高于 不超过 以下 越低越好 越少越好 ….
 * Only higher or lower: a neutral field is a 数据项-sheet setting, not a scoring direction.
 *
 * @example parseDirection("≤") // => "lower"
 * @example parseDirection("＜＝") // => "lower"
 */
export function parseDirection(text: string): Direction | undefined {
  const key = nameKey(text);
  if (HIGHER_WORDS.includes(key)) return "higher";
  if (LOWER_WORDS.includes(key)) return "lower";
  // A comparison with nothing after it: ≥, 不低于, 以上, <= …
  const c = splitComparison(key);
  return c.rest === "" && !c.contradictory ? c.direction : undefined;
}
