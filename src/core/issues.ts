import { formatMessage, type MessageId, type MessageParams } from "./i18n/messages.js";

export type Severity = "error" | "warning" | "info";

export interface IssueLocation {
  file?: string;
  sheet?: string;
  cell?: string;
  unit?: string;
  item?: string;
}

/** A data problem: collected into the output, never thrown. */
export interface Issue extends IssueLocation {
  severity: Severity;
  id: MessageId;
  message: string;
}

/**
 * Collects data issues. Duplicates (same cell, same message) are kept once,
 * because several rules may read the same bad cell.
 */
export class IssueLog {
  readonly items: Issue[] = [];
  private seen = new Set<string>();

  add(severity: Severity, id: MessageId, params: MessageParams, where: IssueLocation = {}): void {
    const message = formatMessage(id, params);
    const key = [where.file, where.sheet, where.cell, where.unit, where.item, message].join("\u0000");
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ severity, id, message, ...where });
  }

  error(id: MessageId, params: MessageParams, where?: IssueLocation): void {
    this.add("error", id, params, where);
  }
  warning(id: MessageId, params: MessageParams, where?: IssueLocation): void {
    this.add("warning", id, params, where);
  }
  info(id: MessageId, params: MessageParams, where?: IssueLocation): void {
    this.add("info", id, params, where);
  }

  get errorCount(): number {
    return this.items.filter((i) => i.severity === "error").length;
  }
}

/** "申报数据!D7: message", the form used on the terminal. */
export function describeIssue(issue: Issue): string {
  const place = issue.sheet ? `${issue.sheet}${issue.cell ? "!" + issue.cell : ""}` : (issue.file ?? "");
  const who = [issue.unit, issue.item].filter(Boolean).join(" / ");
  return `${place ? place + ": " : ""}${issue.message}${who ? `（${who}）` : ""}`;
}

/**
 * A log that keeps nothing: for re-running rules whose issues were already
 * collected (explaining a unit's items while the workbook is written).
 */
export class DiscardingIssueLog extends IssueLog {
  override add(): void {}
}
