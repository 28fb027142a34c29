import type { Criteria, UnitResult } from "../model.js";
import { NOTICE } from "../i18n/labels.js";
import { formatMessage } from "../i18n/messages.js";

/** The 通报's 公文 parts, every one filled: from the criteria's 通报 settings or their defaults. */
export interface ReportNotice {
  /** 发文机关 for the red 版头; absent: the 通报 starts at its title (no 版头). */
  issuer?: string;
  /** 发文字号, shown under the 发文机关标志 (with an 发文机关 only). */
  docNumber: string;
  /** 主送机关, written with its colon by the writers. */
  recipients: string;
  /** 称号 the title and the text assess (文明单位 by default). */
  honour: string;
  /** 落款: 落款, else 发文机关, else a place to sign. */
  signature: string;
  /** 成文日期 as written: 2026年12月1日. */
  date: string;
  /** 抄送机关, when set: the 版记's 抄送 line. */
  copyTo?: string;
}

/**
 * The notice's parts with their defaults: 主送机关 各参评单位, 称号 文明单位,
 * 落款 the 发文机关, 成文日期 the run date, 发文字号 the year with a blank
 * for the number (〔2026〕　号).
 */
export function resolveNotice(criteria: Pick<Criteria, "notice">, label: string, today: Date): ReportNotice {
  const n = criteria.notice ?? {};
  const year = /^\d{4}$/.test(label) ? Number(label) : (n.date ?? today).getUTCFullYear();
  return {
    ...(n.issuer ? { issuer: n.issuer } : {}),
    docNumber: n.docNumber ?? NOTICE.docNumberBlank(year),
    recipients: n.recipients ?? NOTICE.defaultRecipients,
    honour: n.honour ?? NOTICE.defaultHonour,
    signature: n.signature ?? n.issuer ?? NOTICE.signaturePlaceholder,
    date: NOTICE.date(n.date ?? today),
    ...(n.copyTo ? { copyTo: n.copyTo } : {}),
  };
}

/**
 * Why a vetoed unit is out, in words: the veto items it met (their names are
 * the events, 发生重大安全、交通责任事故) and what follows, never the cell
 * (「（重大责任事故：是）」). A 负面清单 case that bars keeps its own reason.
 * @example vetoSentence({ unit: { name: "县水务局" }, vetoes: [{ item: { name: "发生重大责任事故" }, reason: "…", outcome: "取消本年度评选资格" }] }) // => "县水务局因发生重大责任事故，取消本年度评选资格，不评定等级、不排名次"
 */
export function vetoSentence(r: { unit: Pick<UnitResult["unit"], "name">; vetoes: { item?: { name: string }; reason: string; outcome: string }[] }): string {
  const events = [...new Set(r.vetoes.map((v) => v.item?.name ?? v.reason))];
  const outcomes = [...new Set(r.vetoes.map((v) => v.outcome).filter(Boolean))];
  return formatMessage("reportVetoSentence", { unit: r.unit.name, events: events.join("、"), outcome: outcomes.length ? `，${outcomes.join("、")}` : "" });
}

