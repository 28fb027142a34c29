import type { CriteriaItem, SourceRef } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, type SheetGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { assessmentMethods, methodOf } from "./registry.js";
import type { AssessmentMethod } from "./types.js";

/** A method's points as the system declares them: 材料审核 50 + 10 (基本分 + 特色/加分). */
export interface MethodCap {
  method: AssessmentMethod;
  basic: number;
  /** The 特色/加分 part when written as 「50+10」. */
  bonus?: number;
  text: string;
  where: SourceRef;
}

/** Sheet names of the optional 测评方法 sheet (one row per method with its 分值). */
export const METHOD_SHEET_NAMES = ["测评方法", "测评方法分值", "方法分值"];

const CAP_SUFFIX = /(分值|上限|满分|总分)$/;

/**
 * A 设置 row naming a method's points: the method's own name, optionally
 * with 分值/上限/满分 (材料审核分值). Only the exact names: 「评委去极值」 is no method.
 * @example methodCapSetting("材料审核分值")?.label // => "材料审核"
 * @example methodCapSetting("加分上限") // => undefined
 */
export function methodCapSetting(name: string): AssessmentMethod | undefined {
  const key = nameKey(name).replace(CAP_SUFFIX, "");
  return assessmentMethods.find((m) => nameKey(m.label) === key);
}

/**
 * 「50+10」, 「50」, 「50分」 → basic and bonus points; undefined when not points.
 * @example capPoints("50+10") // => { basic: 50, bonus: 10 }
 */
export function capPoints(text: string): { basic: number; bonus?: number } | undefined {
  const parts = toHalfWidth(text).replace(/分/g, "").split("+").map((t) => t.trim());
  if (parts.length > 2 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) return undefined;
  return parts.length === 2 ? { basic: Number(parts[0]), bonus: Number(parts[1]) } : { basic: Number(parts[0]) };
}

/** The caps of the 测评方法 sheet (a method and its 分值 on each row) and of 设置 rows such as 「材料审核分值 | 50+10」. */
export function readMethodCaps(methodSheet: SheetGrid | undefined, settingsSheet: SheetGrid | undefined, file: string, issues: IssueLog): MethodCap[] {
  const caps: MethodCap[] = [];
  const add = (method: AssessmentMethod | undefined, name: string, value: string, where: SourceRef) => {
    if (!method) {
      issues.error("methodCapUnknown", { name, known: assessmentMethods.map((m) => m.label).join("、") }, where);
      return;
    }
    const points = capPoints(value);
    if (!points) issues.error("methodCapBadPoints", { method: method.label, value }, where);
    else if (caps.some((c) => c.method === method)) issues.error("methodCapTwice", { method: method.label }, where);
    else caps.push({ method, ...points, text: value, where });
  };
  for (const [sheet, isCap] of [
    [methodSheet, (name: string) => methodOf(name)],
    [settingsSheet, methodCapSetting],
  ] as const) {
    if (!sheet) continue;
    const fromSettings = sheet === settingsSheet;
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const first = row.findIndex((c) => cellText(c) !== "");
      if (first < 0) continue;
      const name = cellText(row[first]);
      const value = cellText(row[first + 1]);
      // The 测评方法 sheet's header (测评方法 | 分值) and, in 设置, every row that is not a method's.
      const method = isCap(name);
      if (fromSettings && !method) continue;
      if (/^(合计|总计|小计|注|说明|备注)/.test(nameKey(name))) continue;
      if (!fromSettings && (!value || !/\d/.test(value)) && !method) continue;
      add(method, name, value, { file, sheet: sheet.name, cell: cellAddress(r, first + 1) });
    }
  }
  return caps;
}

/**
 * Each item's points by method: share × 分值 for an item written with
 * shares, the whole 分值 for the first method an item names otherwise.
 */
export function methodPoints(item: CriteriaItem, method: AssessmentMethod): number {
  const m = item.methods;
  if (!m || item.rule.pointless) return 0;
  if (m.parts) return m.parts.filter((p) => p.method === method).reduce((a, p) => a + p.share * item.points, 0);
  return m.named[0] === method ? item.points : 0;
}

/** A declared cap against the items' method points: a system whose methods do not add up is a criteria error. */
export function checkMethodCaps(caps: readonly MethodCap[], items: readonly CriteriaItem[], issues: IssueLog): void {
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  for (const cap of caps) {
    const basic = round(items.filter((i) => !i.bonus).reduce((a, i) => a + methodPoints(i, cap.method), 0));
    const bonus = round(items.filter((i) => i.bonus).reduce((a, i) => a + methodPoints(i, cap.method), 0));
    const agrees = cap.bonus !== undefined ? basic === round(cap.basic) && bonus === round(cap.bonus) : basic === round(cap.basic) || round(basic + bonus) === round(cap.basic);
    if (!agrees) issues.error("methodCapMismatch", { method: cap.method.label, cap: cap.text, basic, bonus }, cap.where);
  }
}
