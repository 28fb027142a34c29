import type { CriteriaItem } from "../model.js";

/** The methods an item can be scored by: one file each in this folder, listed in registry.ts. */
export type MethodId = "materials" | "onsite" | "survey" | "opinions" | "online" | "unannounced";

/**
 * One assessment method (材料审核, 实地考察 …): how a 测评方法 cell names
 * it, where its figures come from, and how it scores its part of an item
 * written with shares (「材料审核60%、实地考察40%」).
 */
export interface AssessmentMethod {
  id: MethodId;
  /** The name offices write and kaoping shows (测评汇总表 column, 计分明细). */
  label: string;
  /** Words of a 测评方法 text that name this method: 「查阅档案资料」 names 材料审核. */
  aliases: RegExp;
  /** Where the part's figures come from, shown in 计分明细 (申报数据, 评委打分表 …). */
  source: string;
  /**
   * The part as an item of its own, scored on the item's full 分值 by its
   * rule and fields (the item itself when the item's 计分方式 is the source).
   * `surveyFields` are the 满意度 数据项 written after the rule's own.
   */
  part(item: CriteriaItem, surveyFields: string[]): CriteriaItem;
  /** The part reads the item's own 计分方式 and 数据项 (at most one such part per item). */
  usesItemRule?(item: CriteriaItem): boolean;
}

/** One method of an item with its share of the item's points (0…1). */
export interface MethodPart {
  method: AssessmentMethod;
  share: number;
  /** What scores this part: the item, or an item of the part's own rule and 数据项, worth the item's 分值. */
  item: CriteriaItem;
}

/** The methods a 测评方法 cell names, in the order written. */
export interface ItemMethods {
  named: AssessmentMethod[];
  /** With shares (written for every method, adding to 100 %): the item is scored part by part. */
  parts?: MethodPart[];
}
