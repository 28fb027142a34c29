import type { IssueLog } from "../issues.js";
import { cellAddress, type SheetGrid } from "../table/grid.js";
import { findHeader } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey } from "../values/normaliseText.js";
import { parseDirection } from "../rules/registry.js";
import type { FieldDirection } from "../model.js";
import type { NumberScale } from "../values/parseNumber.js";

export type FigureKind = "count" | "amount" | "rate";

/** What the optional 数据项 sheet says about a field: its kind, direction and unit. */
export interface FieldProfileSetting {
  kind?: FigureKind;
  /** A rate's scale when the 类型 says it (千分率 → permille). */
  scale?: NumberScale;
  direction?: FieldDirection;
  measure?: string;
}

const KINDS: Record<string, { kind: FigureKind; scale?: NumberScale }> = {
  数量: { kind: "count" }, 个数: { kind: "count" }, 次数: { kind: "count" }, 金额: { kind: "amount" },
  比率: { kind: "rate" }, 比例: { kind: "rate" }, 百分比: { kind: "rate", scale: "percent" }, 百分率: { kind: "rate", scale: "percent" },
  千分率: { kind: "rate", scale: "permille" }, 千分比: { kind: "rate", scale: "permille" },
  count: { kind: "count" }, amount: { kind: "amount" }, rate: { kind: "rate" },
};
/** 方向 words meaning "do not judge a change" (denominators, targets). */
const NEUTRAL_WORDS = new Set(["不评价", "中性", "无", "—", "-", "--", "——", "/", "不判断", "neutral"]);
const HEADERS = { field: ["数据项", "字段", "field"], kind: ["类型", "数据类型", "kind"], direction: ["方向", "direction"], measure: ["计量单位", "单位", "unit"] };
const is = (name: string, list: string[]) => list.some((n) => nameKey(n) === name);

/**
 * The optional 数据项 sheet: 数据项 | 类型 (数量/金额/比率/百分率/千分率) | 方向 (越高越好/越低越好/不评价) | 计量单位.
 * Without it, kinds and directions are inferred from the rules that use each field.
 */
export function parseFieldProfiles(sheet: SheetGrid | undefined, file: string, issues: IssueLog): Map<string, FieldProfileSetting> {
  const out = new Map<string, FieldProfileSetting>();
  if (!sheet) return out;
  const header = findHeader(sheet, (n) => Object.values(HEADERS).some((l) => is(n, l)), (n) => is(n, HEADERS.field));
  if (!header) return out;
  const col = (list: string[]) => header.columns.find((c) => is(c.name, list))?.col;
  const [fieldCol, kindCol, dirCol, measureCol] = [col(HEADERS.field), col(HEADERS.kind), col(HEADERS.direction), col(HEADERS.measure)];
  for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
    const row = header.filled.rows[r] ?? [];
    const name = cellText(row[fieldCol!]);
    if (!name) continue;
    const setting: FieldProfileSetting = {};
    const where = (c: number) => ({ file, sheet: sheet.name, cell: cellAddress(r, c) });
    const kindText = kindCol !== undefined ? cellText(row[kindCol]) : "";
    if (kindText) {
      const kind = KINDS[nameKey(kindText)];
      if (kind) Object.assign(setting, kind);
      else issues.error("criteriaBadFieldProfile", { name, column: "类型", value: kindText, known: "数量、金额、比率（百分率、百分比）、千分率" }, where(kindCol!));
    }
    const dirText = dirCol !== undefined ? cellText(row[dirCol]) : "";
    if (dirText) {
      // 不评价 is the 数据项 sheet's own word: rules have no neutral direction.
      setting.direction = NEUTRAL_WORDS.has(nameKey(dirText)) ? "neutral" : parseDirection(dirText);
      if (!setting.direction) issues.error("criteriaBadFieldProfile", { name, column: "方向", value: dirText, known: "越高越好、越低越好、不评价" }, where(dirCol!));
    }
    const measure = measureCol !== undefined ? cellText(row[measureCol]) : "";
    if (measure) setting.measure = measure;
    out.set(name, setting);
  }
  return out;
}
