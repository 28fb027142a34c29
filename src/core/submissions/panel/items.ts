import type { Criteria } from "../../model.js";
import { nameKey, splitHeader } from "../../values/normaliseText.js";
import type { PanelItem } from "./types.js";

/** Leading numbering of a header: 1.2.2, 一、, (三). */
const NUMBERING = /^(\d+(\.\d+)*[.、．]?|[一二三四五六七八九十]+[.、．]|\([一二三四五六七八九十\d]+\))(?=\D)/;
/** Points in brackets: 4分, 满分4分, 4. */
const POINTS = /^(?:满分)?(\d+(?:\.\d+)?)分?$/;
/** 档案资料得分 and 档案资料 name the same item. */
const scoreWord = (key: string) => key.replace(/(得分|分数|评分)$/, "");

/**
 * A header as an item reference: name without numbering and bracketed points, and the points.
 * @example itemReference("领导班子履职（4分）") // => { name: "领导班子履职", points: 4 }
 * @example itemReference("1.2 档案资料") // => { name: "档案资料", points: undefined }
 */
export function itemReference(text: string): { name: string; points?: number } {
  const { name, unit } = splitHeader(text);
  const points = POINTS.exec(unit);
  // A bracket that is not points (（自评）) stays part of the name.
  const bare = points || !unit ? name : nameKey(text);
  return { name: bare.replace(NUMBERING, ""), points: points ? Number(points[1]) : undefined };
}

/** The criteria's 直接打分 items, found by 数据项 or 指标名称 (brackets, numbering and a trailing 得分 ignored). */
export function panelItems(criteria: Criteria): { all: PanelItem[]; match(text: string): { item: PanelItem; points?: number } | undefined } {
  const all: PanelItem[] = [];
  const byKey = new Map<string, PanelItem>();
  // An item's 实地考察 part first: a panel column named by the item's 测评内容 scores that part.
  for (const item of criteria.items) {
    for (const part of item.methods?.parts ?? []) {
      if (part.method.id !== "onsite") continue;
      const entry = { item: part.item, field: part.item.fields[0] };
      all.push(entry);
      for (const key of [entry.field, item.name].map((n) => scoreWord(nameKey(n)))) if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  for (const item of criteria.items) {
    if (item.rule.id !== "direct") continue;
    const entry = { item, field: item.fields[0] };
    all.push(entry);
    for (const key of [entry.field, item.name].map((n) => scoreWord(nameKey(n)))) if (!byKey.has(key)) byKey.set(key, entry);
  }
  return {
    all,
    match(text) {
      if (!text) return undefined;
      const ref = itemReference(text);
      const item = byKey.get(scoreWord(ref.name)) ?? byKey.get(scoreWord(nameKey(text)));
      return item ? { item, points: ref.points } : undefined;
    },
  };
}
