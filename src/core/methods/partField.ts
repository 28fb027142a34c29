import type { CriteriaItem } from "../model.js";

/**
 * The 数据项 a method part of an item is filled into (by the panel, the
 * opinions sheet, the 暗访 sheet): the item's name with the method's.
 * A 申报数据 column of that name fills it too.
 * @example partField({ name: "档案资料" } as CriteriaItem, "实地考察") // => "档案资料（实地考察）"
 */
export function partField(item: Pick<CriteriaItem, "name">, methodLabel: string): string {
  return `${item.name}（${methodLabel}）`;
}
