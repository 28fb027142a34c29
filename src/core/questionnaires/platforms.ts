import { nameKey } from "../values/normaliseText.js";

/**
 * The columns survey platforms export besides the questions, by platform.
 * The exports share one structure (one header row, one row per respondent,
 * one column per question), so one reader serves them all; what differs is
 * the names of these columns, listed here per platform: a new platform is
 * one more entry.
 */
export interface ExportPlatform {
  label: string;
  /** 答卷编号 columns (the platform's own number of an answer sheet). */
  ids: string[];
  /** Submission time columns, preferred first. */
  times: string[];
  /** Other columns that are not questions (durations, sources, IP, 总分, user ids that name no person). */
  other: string[];
}

export const exportPlatforms: ExportPlatform[] = [
  { label: "问卷星", ids: ["序号", "答卷编号"], times: ["提交答卷时间"], other: ["所用时间", "来源", "来源详情", "来自IP", "总分", "答题时长"] },
  { label: "腾讯问卷", ids: ["编号", "答卷编号"], times: ["结束答题时间", "提交时间", "开始答题时间"], other: ["答题时长", "用户ID", "昵称", "来源IP", "IP属地", "地理位置", "自定义字段", "答题状态"] },
  { label: "金数据", ids: ["序号"], times: ["提交时间", "填写时间", "更新时间", "创建时间"], other: ["提交人", "填写设备", "操作系统", "浏览器", "IP", "IP地址", "微信昵称", "微信openid", "来源渠道", "渠道", "总得分", "填写时长"] },
];

const keys = (pick: (p: ExportPlatform) => string[]) => new Set(exportPlatforms.flatMap(pick).map(nameKey));
const ID_KEYS = keys((p) => p.ids);
const TIME_KEYS = keys((p) => p.times);
const OTHER_KEYS = keys((p) => p.other);

/** What a non-question column is. */
export type MetaRole = "id" | "time" | "other";

/**
 * The role of an export's header when it is not a question: an 答卷编号, a
 * submission time, or another platform column (anything with IP or 时间 in
 * it, 得分, 总分). Undefined for a question or the unit column.
 * @example metaRole("提交答卷时间") // => "time"
 * @example metaRole("来自IP") // => "other"
 * @example metaRole("2、您对该单位服务态度是否满意？") // => undefined
 */
export function metaRole(header: string): MetaRole | undefined {
  const key = nameKey(header);
  if (ID_KEYS.has(key) || /^答卷(?:序号|id)$/.test(key)) return "id";
  if (TIME_KEYS.has(key) || /^(?:提交|结束|完成)(?:答卷|答题|填写)?(?:时间|日期)$/.test(key)) return "time";
  if (OTHER_KEYS.has(key) || /ip/.test(key) || /(?:时间|时长|日期|得分|总分)$/.test(key)) return "other";
  return undefined;
}

/** Times the platforms put first (the submission, not the start). */
export function timePreference(header: string): number {
  const key = nameKey(header);
  const order = exportPlatforms.flatMap((p) => p.times.map(nameKey));
  const at = order.indexOf(key);
  return at < 0 ? order.length : at;
}

// 「1、」「2.」「Q3.」「第4题」「5(」: the number platforms put before a question.
const NUMBERED = /^\s*(?:第\s*(\d+)\s*题[、.:：\s]*|[qQ](\d+)[、.．:：\s]*|(\d+)\s*(?:[、.．:：]|(?=[(（])))\s*/;

/**
 * A header split into the platform's question number and its text.
 * @example splitNumber("2、您对该单位服务态度是否满意？") // => { number: 2, text: "您对该单位服务态度是否满意？" }
 * @example splitNumber("Q3. 办事效率") // => { number: 3, text: "办事效率" }
 * @example splitNumber("总体评价") // => { number: undefined, text: "总体评价" }
 */
export function splitNumber(header: string): { number?: number; text: string } {
  const m = NUMBERED.exec(header);
  if (!m || m[0].length === header.length) return { number: undefined, text: header.trim() };
  return { number: Number(m[1] ?? m[2] ?? m[3]), text: header.slice(m[0].length).trim() };
}

/**
 * Whether a header (without its number) asks which unit is evaluated:
 * 「被评单位」「您评价的单位」「您所评价的单位是：」「测评单位」「单位名称」.
 * @example isUnitHeader("您所评价的单位是：") // => true
 * @example isUnitHeader("您对该单位的总体评价") // => false
 */
export function isUnitHeader(text: string): boolean {
  const key = nameKey(text);
  return /(?:被评|被测评|评价|评议|测评|所评|选择|对象).*单位/.test(key) || /^单位(?:名称)?[:：]?$/.test(key);
}
