import type { IssueLog } from "../issues.js";
import type { GridCell, SheetGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { parseDate } from "../outcomes/parseDate.js";
import { pairs, SETTING_HEADER_WORDS } from "./parseSettings.js";

/**
 * What the 通报 says of itself as a 公文 (GB/T 9704): who issues it, its
 * number, whom it is sent to, the title it assesses, the signature, the date
 * and the copies. Every field is optional; the report fills natural defaults
 * (see `noticeDefaults` in core/report).
 */
export interface NoticeSettings {
  /** 发文机关 (the red 发文机关标志 of the 版头, and the 印发机关). */
  issuer?: string;
  /** 发文字号, brackets normalised to 〔〕: 某文明办〔2026〕3号. */
  docNumber?: string;
  /** 主送机关, without the closing colon. */
  recipients?: string;
  /** 称号 assessed: 文明单位 (the default), 文明机关, 文明校园 … */
  honour?: string;
  /** 落款 (发文机关署名). */
  signature?: string;
  /** 成文日期, a calendar day (UTC). */
  date?: Date;
  /** 抄送机关, without the closing 。. */
  copyTo?: string;
}

export type NoticeKey = keyof NoticeSettings;

/** The names a row of the 通报 sheet (or of 设置) may give each field. */
const NOTICE_KEYS: Record<NoticeKey, string[]> = {
  issuer: ["发文机关", "发文单位", "发文机关标志", "发文机关名称"],
  docNumber: ["发文字号", "文号", "发文号"],
  recipients: ["主送机关", "主送", "主送单位"],
  honour: ["称号", "创建称号", "评选称号", "测评称号"],
  signature: ["落款", "署名", "发文机关署名", "落款单位"],
  date: ["成文日期", "发文日期", "印发日期"],
  copyTo: ["抄送", "抄送机关", "抄送单位"],
};

export const NOTICE_SHEET_NAMES = ["通报", "通报设置", "公文", "公文设置"];

/**
 * Which 通报 field a row name gives, if any.
 * @example noticeKey("发文字号") // => "docNumber"
 * @example noticeKey("排名方式") // => undefined
 */
export function noticeKey(name: string): NoticeKey | undefined {
  const key = nameKey(name);
  for (const [field, names] of Object.entries(NOTICE_KEYS)) if (names.some((n) => nameKey(n) === key)) return field as NoticeKey;
  return undefined;
}

/** Header words of a 项目 | 内容 sheet, skipped as rows. */

/**
 * The 通报 settings: the 通报 sheet's rows (项目 | 内容), then the same keys
 * in 设置 for a field the sheet does not give. Bad values are logged with
 * their cell and left to the default; values read differently from how they
 * were typed (brackets of a 文号) are said.
 */
export function parseNotice(noticeSheet: SheetGrid | undefined, settingsSheet: SheetGrid | undefined, file: string, issues: IssueLog): NoticeSettings {
  const notice: NoticeSettings = {};
  const from = new Map<NoticeKey, string>();
  for (const sheet of [noticeSheet, settingsSheet]) {
    if (!sheet) continue;
    const inNoticeSheet = sheet === noticeSheet;
    for (const { name, valueCell: cell, cell: address } of pairs(sheet)) {
      const where = { file, sheet: sheet.name, cell: address };
      const key = noticeKey(name);
      if (!key) {
        // 设置's own rows are parseSettings'; only the 通报 sheet's strangers are ours to report (a title row has no value beside it).
        if (inNoticeSheet && !SETTING_HEADER_WORDS.has(nameKey(name)) && cellText(cell) !== "") issues.warning("noticeUnknownSetting", { name }, where);
        continue;
      }
      if (from.has(key)) {
        issues.warning("noticeSettingTwice", { name, first: from.get(key)! }, where);
        continue;
      }
      const text = toHalfWidthSpaces(cellText(cell));
      if (text === "" && !(cell?.v instanceof Date)) continue; // blank: the default
      from.set(key, `${sheet.name}!${address}`);
      readField(notice, key, name, cell, text, where, issues);
    }
  }
  return notice;
}

function readField(notice: NoticeSettings, key: NoticeKey, name: string, cell: GridCell | undefined, text: string, where: { file: string; sheet: string; cell: string }, issues: IssueLog): void {
  switch (key) {
    case "date": {
      const d = parseDate(cell);
      if (d.ok && !d.monthOnly) notice.date = d.date;
      else issues.error("noticeBadDate", { name, value: text }, where);
      return;
    }
    case "docNumber": {
      const read = readDocNumber(text);
      if (!read) {
        issues.warning("noticeBadDocNumber", { value: text }, where);
        notice.docNumber = text;
        return;
      }
      if (read !== text) issues.info("noticeDocNumberNormalised", { value: text, read }, where);
      notice.docNumber = read;
      return;
    }
    case "recipients":
      notice.recipients = text.replace(/[：:，,。.;；\s]+$/, "");
      return;
    case "copyTo":
      notice.copyTo = text.replace(/[。.;；，,\s]+$/, "");
      return;
    case "honour":
      if (/[，,。；;：:\s]/.test(text) || text.length > 12) {
        issues.error("noticeBadHonour", { value: text }, where);
        return;
      }
      notice.honour = text;
      return;
    default:
      notice[key] = text;
  }
}

/**
 * A 发文字号 as GB/T 9704 writes it: 机关代字, the year in 六角括号 〔〕, the
 * number without padding zeros, 号. Brackets typed otherwise ([ ] 【】 （） ［］)
 * and padded numbers are rewritten; undefined when it is no 文号 at all.
 *
 * @example readDocNumber("龙文明办[2026]03号") // => "龙文明办〔2026〕3号"
 * @example readDocNumber("〔2026〕3号") // => "〔2026〕3号"
 * @example readDocNumber("第三号") // => undefined
 */
export function readDocNumber(text: string): string | undefined {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  const m = /^(.*?)[〔[【（(［﹝]\s*(\d{4})\s*[〕\]】）)］﹞](\d+)号$/.exec(t);
  if (!m) return undefined;
  return `${m[1]}〔${m[2]}〕${Number(m[3])}号`;
}

/** Full-width spaces and runs of spaces read as one, ends trimmed. */
function toHalfWidthSpaces(text: string): string {
  return text.replace(/[\u3000\s]+/g, " ").trim();
}

