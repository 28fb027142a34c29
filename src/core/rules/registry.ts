import type { Direction, Measured, ParamSpec, Quantity, RuleType } from "./types.js";
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
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";
import { measureFamily } from "../values/measureUnits.js";

/** Every rule type kaoping knows, in the order the docs list them. */
export const ruleTypes: readonly RuleType[] = [
  directRule,
  ratioRule,
  thresholdRule,
  completionRule,
  yearOnYearRule,
  deductionRule,
  bonusRule,
  yesNoRule,
  satisfactionRule,
  gradeLetterRule,
  formulaRule,
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

/** All parameter labels of all rules, for recognising criteria columns. */
export function allParamSpecs(): ParamSpec[] {
  const seen = new Map<string, ParamSpec>();
  for (const rule of ruleTypes) for (const p of rule.params) if (!seen.has(p.label)) seen.set(p.label, p);
  return [...seen.values()];
}

export type ParamResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parse and range-check one parameter: the one place where every rule's
 * parameters are validated.
 */
export function parseParam(spec: ParamSpec, text: string): ParamResult {
  const raw = toHalfWidth(text).trim();
  const range = (n: number): ParamResult => {
    if (spec.min !== undefined && n < spec.min) return { ok: false, reason: `不能小于 ${spec.min}` };
    if (spec.max !== undefined && n > spec.max) return { ok: false, reason: `不能大于 ${spec.max}` };
    return { ok: true, value: n };
  };
  switch (spec.kind) {
    case "number": {
      const r = parseNumber({ v: raw.replace(/分$/, "") });
      if (!r.ok || r.approximate) return { ok: false, reason: "需要数字" };
      // 「3万元」 is not 3: a number with a convertible unit needs a parameter that keeps it.
      if (r.measure && measureFamily(r.measure)) return { ok: false, reason: "需要不带计量单位的数字" };
      return range(r.value);
    }
    case "measured": {
      const r = parseNumber({ v: raw });
      if (!r.ok || r.approximate || r.scale !== "plain") return { ok: false, reason: "需要数字，可带计量单位，如 10000万元" };
      const checked = range(r.value);
      return checked.ok ? { ok: true, value: { value: r.value, unit: r.measure ?? "" } satisfies Measured } : checked;
    }
    case "rate": {
      // 满分线 "90%", "0.9" and "90" all mean ninety per cent.
      const r = parseNumber({ v: raw.replace(/个百分点$/, "%") });
      if (!r.ok || r.approximate) return { ok: false, reason: "需要比率，如 90% 或 0.9" };
      const value = r.scale === "plain" && r.value > 1 && (spec.max ?? 1) <= 1 ? r.value / 100 : r.value;
      return range(value);
    }
    case "quantity": {
      const r = parseNumber({ v: raw.replace(/^(≥|≤|>=|<=|不低于|不高于)/, "") });
      if (!r.ok || r.approximate) return { ok: false, reason: "需要数字，可带 % 或 ‰" };
      return { ok: true, value: { value: r.value, scale: r.scale } satisfies Quantity };
    }
    case "direction": {
      const d = parseDirection(raw);
      return d ? { ok: true, value: d } : { ok: false, reason: "应为 ≥/≤、越高越好/越低越好" };
    }
    case "text":
      return raw ? { ok: true, value: text.trim() } : { ok: false, reason: "不能为空" };
    case "numberList": {
      const parts = raw.split(/[\/,;、，；\s]+/).filter(Boolean).map((p) => Number(p.replace(/^[^:：=]*[:：=]/, "")));
      if (!parts.length || parts.some((n) => !Number.isFinite(n) || n < 0)) return { ok: false, reason: "需要用 / 分隔的非负数字，如 3/2/1/0.5" };
      return { ok: true, value: parts };
    }
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

/** @example parseDirection("≤") // => "lower" */
export function parseDirection(text: string): Direction | undefined {
  const key = nameKey(text);
  if (["≥", ">=", ">", "不低于", "以上", "越高越好", "高", "higher", "up", "正向"].includes(key)) return "higher";
  if (["≤", "<=", "<", "不高于", "以下", "越低越好", "低", "lower", "down", "反向", "逆向"].includes(key)) return "lower";
  return undefined;
}
