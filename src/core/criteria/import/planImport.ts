/**
 * The 测评体系 workbook `kaoping criteria import` writes for review, as plain
 * data: kaoping's own layout (测评细则, 等级, 设置, 数据项) with every
 * proposal marked and quoted, and a 待确认 sheet of what was not read. The
 * plan is checked by parsing it as `score` will: a proposal that would not
 * parse is withdrawn and listed, so the readable rows of the file parse.
 */
import { IssueLog, type IssueLocation } from "../../issues.js";
import { formatMessage, type MessageId, type MessageParams } from "../../i18n/messages.js";
import { directionLabels, FIGURE_KIND_LABELS, IMPORT_LABELS } from "../../i18n/labels.js";
import { cellAddress, readCellAddress, type CellRange, type SheetGrid } from "../../table/grid.js";
import { ruleTypes } from "../../rules/registry.js";
import type { RuleType } from "../../rules/types.js";
import { DEFAULT_GRADES } from "../parseSettings.js";
import { parseCriteria } from "../parseCriteria.js";
import type { Criteria } from "../../model.js";
import type { OfficeItem, OfficeTable } from "./readOfficeTable.js";
import type { StandardReading } from "./readStandard.js";

/** How a written cell looks: a proposal to review, a blank to fill, or the sheet's own frame. */
export type CellMark = "proposed" | "pending" | "header" | "title";

export interface PlanCell {
  value: string | number | null;
  mark?: CellMark;
}

export interface PlanSheet {
  name: string;
  rows: PlanCell[][];
  merges: CellRange[];
  widths: number[];
  /** Rows frozen at the top (title, legend and header). */
  frozenRows: number;
}

/** One thing the reviewer must look at, with the office's cell and, where there is one, the cell to fill. */
export interface PendingEntry {
  id: MessageId;
  message: string;
  where: IssueLocation;
  name: string;
  text: string;
  /** The cell of the written 测评细则 sheet (「F7」), when the entry belongs to an item. */
  outCell?: string;
}

export interface ImportPlan {
  sheets: PlanSheet[];
  pending: PendingEntry[];
  items: number;
  /** Items whose 计分方式 is proposed (the rest are left blank). */
  proposed: number;
}

export type StandardReader = (text: string, context: { points?: number; name?: string }) => StandardReading;

/** The written 测评细则 sheet's name (kaoping's own). */
export const CRITERIA_SHEET = IMPORT_LABELS.sheets.criteria;
const H = IMPORT_LABELS.columns;
const FIRST_ITEM_ROW = 3;

interface Proposal {
  rule: RuleType;
  params: Record<string, string>;
  fields: string[];
  /** The fields were made from the item's name, the text naming none. */
  derivedFields: boolean;
  basis: string[];
}

/** What was decided for one item: a proposal to write, or why there is none. */
interface Decision {
  item: OfficeItem;
  proposal?: Proposal;
  /** Entries for this item, their `cell` param filled in once the output cell is known. */
  entries: { id: MessageId; params: MessageParams; where: IssueLocation; text: string; column: "rule" | "points" }[];
}

/** Characters a 数据项 name cannot hold: separators of the 数据项 cell, brackets read as units in headers. */
const NOT_IN_FIELD = /[,，;；/、\n\r\t\s()（）【】[\]:：]/g;

/**
 * A 数据项 name made from an item's name and what the field is.
 * @example fieldName("年初有计划、半年有检查", "发生次数") // => "年初有计划半年有检查发生次数"
 */
export function fieldName(itemName: string, label: string): string {
  return `${itemName}${label}`.replace(NOT_IN_FIELD, "");
}

/** Plan the reviewed-to-be workbook of an office table; `read` is readStandard. */
export function planImport(table: OfficeTable, file: string, read: StandardReader): ImportPlan {
  const usedFields = new Set<string>();
  const decisions = table.items.map((item) => decide(item, file, table.sheet, read, usedFields));
  // Points not read as typed belong to their item: listed with the cell of 分值 to fill or check.
  for (const d of decisions) {
    // A 否决 item carries no points: its missing 分值 is nothing to fill.
    const veto = d.proposal?.rule.id === "veto";
    for (const n of table.notes.filter((n) => n.row === d.item.row && !(veto && n.id === "importNoPoints"))) d.entries.push({ id: n.id, params: n.params, where: n.where, text: d.item.name, column: "points" });
  }
  // Parse the plan as score will; a proposal it refuses is withdrawn and said (a second pass only blanks cells).
  let built = build(table, file, decisions);
  for (let pass = 0; pass < 2; pass++) {
    const rejected = rejectedRows(built.parsedIssues, built.proposedColumns);
    let changed = false;
    for (const [row, message] of rejected) {
      const d = built.rowDecision.get(row);
      if (!d?.proposal) continue;
      d.entries.unshift({ id: "importRejected", params: { text: d.item.standard, rule: d.proposal.rule.label, reason: message }, where: where(file, table.sheet, d.item.standardCell), text: d.item.standard, column: "rule" });
      d.entries = d.entries.filter((e) => e.id !== "importUnreadClauses");
      d.proposal = undefined;
      changed = true;
    }
    if (!changed) break;
    built = build(table, file, decisions);
  }

  const pending: PendingEntry[] = [];
  for (const d of decisions) {
    const outRow = built.itemRow.get(d)!;
    for (const e of d.entries) {
      const outCell = cellAddress(outRow, built.columns[e.column]);
      pending.push({ id: e.id, message: formatMessage(e.id, { ...e.params, cell: outCell }), where: e.where, name: d.item.name, text: e.text, outCell });
    }
  }
  // Rows that are no item (小计, headings without points) are listed with the office's cell.
  for (const n of table.notes.filter((n) => !table.items.some((i) => i.row === n.row))) {
    pending.push({ id: n.id, message: formatMessage(n.id, n.params), where: n.where, name: "", text: String(n.params.text ?? "") });
  }
  // What the parse says of the office's own figures (a 一级 worth 15 over items adding to 14, a 合计 that disagrees).
  for (const issue of built.parsedIssues) {
    if (issue.id === "criteriaRuleMissing" || issue.severity === "info") continue;
    if (issue.cell && rowOf(issue.cell) !== undefined && built.rowDecision.has(rowOf(issue.cell)!) && isProposedCell(issue.cell, built.proposedColumns)) continue;
    pending.push({ id: "importCheck", message: formatMessage("importCheck", { message: issue.message }), where: { sheet: CRITERIA_SHEET, cell: issue.cell }, name: "", text: "", outCell: issue.cell });
  }
  pending.sort((a, b) => order(a) - order(b));
  const sheets = [built.criteriaSheet, gradesSheet(), settingsSheet(), fieldsSheet(built.criteria, decisions), pendingSheet(pending, table.sheet)];
  return { sheets, pending, items: decisions.length, proposed: decisions.filter((d) => d.proposal).length };

  function order(e: PendingEntry): number {
    const r = e.where.sheet === table.sheet && e.where.cell ? rowOf(e.where.cell) : undefined;
    return r ?? Number.MAX_SAFE_INTEGER;
  }
}

function where(file: string, sheet: string, cell: string): IssueLocation {
  return { file, sheet, cell };
}

function decide(item: OfficeItem, file: string, sheet: string, read: StandardReader, usedFields: Set<string>): Decision {
  const d: Decision = { item, entries: [] };
  const at = where(file, sheet, item.standardCell);
  const text = item.standard || item.name;
  const reading = read(item.standard, { ...(item.points !== undefined ? { points: item.points } : {}), name: item.name });
  const proposed = reading.proposal;
  const rule = proposed && ruleTypes.find((t) => t.id === proposed.rule);
  if (!proposed) d.entries.push({ id: "importNoRule", params: { text }, where: at, text, column: "rule" });
  else if (!rule) d.entries.push({ id: "importUnknownRule", params: { text, rule: proposed.rule }, where: at, text, column: "rule" });
  else {
    const strange = Object.keys(proposed.params).find((id) => !rule.params.some((p) => p.id === id));
    if (strange) {
      const reason = formatMessage("criteriaUnknownParam", { param: strange, rule: rule.label });
      d.entries.push({ id: "importRejected", params: { text, rule: rule.label, reason }, where: at, text, column: "rule" });
    } else {
      d.proposal = propose(item, rule, proposed, usedFields);
      if (reading.unread.length) {
        d.entries.push({ id: "importUnreadClauses", params: { clauses: reading.unread.join("”“"), rule: rule.label }, where: at, text: item.standard, column: "rule" });
      }
    }
  }
  return d;
}

function propose(item: OfficeItem, rule: RuleType, proposed: NonNullable<StandardReading["proposal"]>, usedFields: Set<string>): Proposal {
  const basis: string[] = [];
  basis.push(IMPORT_LABELS.basisRule(rule.label, proposed.basis.rule ?? item.standard));
  for (const spec of rule.params) {
    const value = proposed.params[spec.id];
    if (value !== undefined) basis.push(IMPORT_LABELS.basisParam(spec.label, value, proposed.basis[spec.id] ?? ""));
  }
  const count = proposed.fields.length;
  const named = count >= rule.fields.min && count <= rule.fields.max && count > 0;
  const wanted = named
    ? proposed.fields.map((f) => f.replace(NOT_IN_FIELD, ""))
    : rule.fields.labels.slice(0, Math.max(rule.fields.min, 1)).map((label) => fieldName(item.name, label));
  if (!named && rule.fields.min > 0) basis.push(IMPORT_LABELS.basisFieldsDerived(wanted.join("、")));
  // Two items never share a 数据项 by accident: both would score from the same cell.
  const fields = rule.fields.max === 0 ? [] : wanted.map((f) => {
    let unique = f;
    if (usedFields.has(unique)) unique = fieldName(item.name, f);
    for (let n = 2; usedFields.has(unique); n++) unique = `${f}${n}`;
    if (unique !== f) basis.push(IMPORT_LABELS.basisFieldsRenamed(f, unique));
    usedFields.add(unique);
    return unique;
  });
  if (item.pointsText !== undefined && item.points !== undefined) basis.push(IMPORT_LABELS.basisPoints(item.pointsText, item.points));
  return { rule, params: proposed.params, fields, derivedFields: !named && rule.fields.min > 0, basis };
}

interface Built {
  criteriaSheet: PlanSheet;
  criteria: Criteria;
  parsedIssues: IssueLog["items"];
  /** Zero-based column of each role in the written sheet. */
  columns: { rule: number; points: number };
  /** The columns (zero-based) that hold proposals: 计分方式 through the last parameter. */
  proposedColumns: { from: number; to: number };
  itemRow: Map<Decision, number>;
  rowDecision: Map<number, Decision>;
}

/** The 测评细则 sheet of the current decisions, and what parsing it (with the other sheets) says. */
function build(table: OfficeTable, file: string, decisions: Decision[]): Built {
  // One column per parameter any proposal uses, in the registry's order; a label shared by rules is one column.
  const paramLabels: string[] = [];
  for (const rule of ruleTypes) {
    for (const spec of rule.params) {
      if (decisions.some((d) => d.proposal?.rule === rule && d.proposal.params[spec.id] !== undefined) && !paramLabels.includes(spec.label)) paramLabels.push(spec.label);
    }
  }
  const headers: string[] = [H.key, H.level1, H.level2, H.name, H.points, H.rule, H.fields, ...paramLabels, H.method, H.standard, IMPORT_LABELS.basis, IMPORT_LABELS.source];
  const col = (name: string) => headers.indexOf(name);
  const width = headers.length;
  const rows: PlanCell[][] = [];
  rows.push([{ value: IMPORT_LABELS.title(table.title || file.replace(/\.[^.]+$/, "")), mark: "title" }]);
  rows.push([
    { value: IMPORT_LABELS.legendProposed, mark: "proposed" },
    { value: IMPORT_LABELS.legendPending, mark: "pending" },
    { value: IMPORT_LABELS.legend },
  ]);
  rows.push(headers.map((h) => ({ value: h, mark: "header" as const })));
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 2, bottom: 1, right: width - 1 },
  ];

  const l1Order: string[] = [];
  const l2Order = new Map<string, string[]>();
  const counters = new Map<string, number>();
  const itemRow = new Map<Decision, number>();
  const rowDecision = new Map<number, Decision>();
  for (const d of decisions) {
    const { item, proposal } = d;
    const l1 = item.level1.name;
    if (!l1Order.includes(l1)) l1Order.push(l1);
    const l2 = item.level2?.name ?? "";
    const l2s = l2Order.get(l1) ?? [];
    if (l2 && !l2s.includes(l2)) l2s.push(l2);
    l2Order.set(l1, l2s);
    const scope = `${l1}\u0000${l2}`;
    const n = (counters.get(scope) ?? 0) + 1;
    counters.set(scope, n);
    const key = [l1Order.indexOf(l1) + 1, ...(l2 ? [l2s.indexOf(l2) + 1] : []), n].join(".");
    const row: PlanCell[] = headers.map(() => ({ value: null }));
    const set = (name: string, value: string | number | null | undefined, mark?: CellMark) => (row[col(name)] = { value: value ?? null, ...(mark ? { mark } : {}) });
    set(H.key, key);
    set(H.level1, withPoints(item.level1.name, item.level1.points));
    set(H.level2, item.level2 ? withPoints(item.level2.name, item.level2.points) : null);
    set(H.name, item.name);
    const pointsMark = item.points === undefined ? (proposal?.rule.id === "veto" ? undefined : "pending") : item.pointsText !== undefined ? "proposed" : undefined;
    set(H.points, item.points ?? null, pointsMark);
    set(H.method, item.method || null);
    set(H.standard, item.standard || null, proposal ? undefined : "pending");
    set(IMPORT_LABELS.source, `${table.sheet}!${item.standardCell}`);
    if (proposal) {
      set(H.rule, proposal.rule.label, "proposed");
      set(H.fields, proposal.fields.join("、") || null, "proposed");
      for (const spec of proposal.rule.params) {
        const value = proposal.params[spec.id];
        if (value !== undefined) set(spec.label, value, "proposed");
      }
      set(IMPORT_LABELS.basis, proposal.basis.join(IMPORT_LABELS.basisSeparator), "proposed");
    } else {
      set(H.rule, null, "pending");
      if (item.pointsText !== undefined && item.points !== undefined) set(IMPORT_LABELS.basis, IMPORT_LABELS.basisPoints(item.pointsText, item.points), "proposed");
    }
    itemRow.set(d, rows.length);
    rowDecision.set(rows.length, d);
    rows.push(row);
  }
  // 一级 and 二级 merged down, as offices and kaoping's own sheet lay them out.
  for (const [c, keyOf] of [
    [col(H.level1), (d: Decision) => d.item.level1.name],
    [col(H.level2), (d: Decision) => (d.item.level2 ? `${d.item.level1.name}\u0000${d.item.level2.name}` : "")],
  ] as const) {
    let start = 0;
    for (let i = 1; i <= decisions.length; i++) {
      if (i < decisions.length && keyOf(decisions[i]) === keyOf(decisions[start])) continue;
      if (i - 1 > start && keyOf(decisions[start])) merges.push({ top: FIRST_ITEM_ROW + start, left: c, bottom: FIRST_ITEM_ROW + i - 1, right: c });
      start = i;
    }
  }
  if (table.total) {
    const totalRow: PlanCell[] = headers.map(() => ({ value: null }));
    totalRow[col(H.level1)] = { value: IMPORT_LABELS.total };
    totalRow[col(H.points)] = { value: table.total.text };
    rows.push(totalRow);
  }
  const widthOf: Record<string, number> = { [H.key]: 8, [H.level1]: 16, [H.level2]: 14, [H.name]: 28, [H.points]: 8, [H.rule]: 10, [H.fields]: 26, [H.method]: 14, [H.standard]: 36, [IMPORT_LABELS.basis]: 48 };
  const widths = headers.map((h) => widthOf[h] ?? 10);
  const criteriaSheet: PlanSheet = { name: CRITERIA_SHEET, rows, merges, widths, frozenRows: FIRST_ITEM_ROW };

  // Checked as score will read it, except that a row left blank counts with its points (as 直接打分 of a
  // placeholder field): the office's 一级 and 合计 figures are then compared with every item, not only the read ones.
  const checked = toGrid(criteriaSheet);
  const direct = ruleTypes.find((t) => t.id === "direct")!;
  for (const [r, d] of rowDecision) {
    if (d.proposal) continue;
    const row = (checked.rows[r] ??= []);
    row[col(H.rule)] = { v: direct.label };
    row[col(H.fields)] = { v: placeholderField(r) };
  }
  const issues = new IssueLog();
  const criteria = parseCriteria({ file, sheets: [checked, toGrid(gradesSheet()), toGrid(settingsSheet())] }, issues);
  criteria.fields = criteria.fields.filter((f) => !isPlaceholderField(f));
  const firstParam = col(H.fields) + 1;
  return {
    criteriaSheet,
    criteria,
    parsedIssues: issues.items,
    columns: { rule: col(H.rule), points: col(H.points) },
    proposedColumns: { from: col(H.rule), to: firstParam + paramLabels.length - 1 },
    itemRow,
    rowDecision,
  };
}

const PLACEHOLDER = "\u0001待确认行";
function placeholderField(row: number): string {
  return `${PLACEHOLDER}${row}`;
}
function isPlaceholderField(field: string): boolean {
  return field.startsWith(PLACEHOLDER);
}

/** 「组织领导（15分）」, as kaoping's sheet writes a parent's points. */
function withPoints(name: string, points: number | undefined): string {
  return points === undefined ? name : IMPORT_LABELS.withPoints(name, points);
}

/** Zero-based row of an A1 address. */
function rowOf(cell: string): number | undefined {
  return readCellAddress(cell)?.row;
}

function columnOf(cell: string): number {
  return readCellAddress(cell)?.col ?? -1;
}

function isProposedCell(cell: string, columns: { from: number; to: number }): boolean {
  const c = columnOf(cell);
  return c >= columns.from && c <= columns.to;
}

/** Rows whose proposal the parse refused (an error in a proposed cell), with the parse's message. */
function rejectedRows(issues: IssueLog["items"], columns: { from: number; to: number }): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of issues) {
    if (i.severity !== "error" || i.sheet !== CRITERIA_SHEET || !i.cell || i.id === "criteriaRuleMissing") continue;
    const r = rowOf(i.cell);
    if (r !== undefined && isProposedCell(i.cell, columns) && !out.has(r)) out.set(r, i.message);
  }
  return out;
}

function toGrid(sheet: PlanSheet): SheetGrid {
  return { name: sheet.name, rows: sheet.rows.map((row) => row.map((c) => (c.value === null || c.value === "" ? undefined : { v: c.value }))), merges: sheet.merges };
}

function plain(name: string, headers: readonly string[], body: PlanCell[][], widths: number[]): PlanSheet {
  return { name, rows: [headers.map((h) => ({ value: h, mark: "header" as const })), ...body], merges: [], widths, frozenRows: 1 };
}

/** The default grades, marked as proposed: an office's own grades are local rules. */
function gradesSheet(): PlanSheet {
  const body = DEFAULT_GRADES.map((g, i) => [
    { value: g.name, mark: "proposed" as const },
    { value: i === DEFAULT_GRADES.length - 1 ? null : g.min, mark: "proposed" as const },
    { value: IMPORT_LABELS.gradeNote },
  ]);
  return plain(IMPORT_LABELS.sheets.grades, IMPORT_LABELS.gradeHeaders, body, [12, 10, 36]);
}

function settingsSheet(): PlanSheet {
  return plain(IMPORT_LABELS.sheets.settings, IMPORT_LABELS.settingsHeaders, IMPORT_LABELS.settings.map((r) => r.map((v) => ({ value: v }))), [12, 10, 60]);
}

/** Each proposed 数据项 with the kind, direction and unit the rules give it, all to review. */
/** Rule types whose 数据项 hold words, not figures. */
const WORD_RULES = new Set(["yesNo", "gradeLetter", "veto"]);

function fieldsSheet(criteria: Criteria, decisions: Decision[]): PlanSheet {
  const derived = new Set(decisions.flatMap((d) => (d.proposal?.derivedFields ? d.proposal.fields : [])));
  // 是否, 档次 and 否决 items read words (是/否, A/B/C), not figures: a kind and direction would say nothing true of them.
  const numeric = new Set(criteria.items.filter((i) => !WORD_RULES.has(i.rule.id)).flatMap((i) => i.fields));
  const body = criteria.fields.filter((field) => numeric.has(field)).map((field) => {
    const m = criteria.fieldMeanings.get(field);
    const kind = !m ? "" : m.kind !== "rate" ? FIGURE_KIND_LABELS[m.kind] : m.scale === "permille" ? IMPORT_LABELS.permilleKind : m.scale === "percent" ? IMPORT_LABELS.percentKind : FIGURE_KIND_LABELS.rate;
    return [
      { value: field, mark: "proposed" as const },
      { value: kind || null, mark: "proposed" as const },
      { value: m ? directionLabels[m.direction] : null, mark: "proposed" as const },
      { value: m?.measure || null, mark: "proposed" as const },
      { value: derived.has(field) ? IMPORT_LABELS.fieldDerived : IMPORT_LABELS.fieldRead },
    ];
  });
  return plain(IMPORT_LABELS.sheets.fields, IMPORT_LABELS.fieldHeaders, body, [26, 8, 10, 10, 36]);
}

function pendingSheet(pending: PendingEntry[], officeSheet: string): PlanSheet {
  const body = pending.map((p, i) => [
    { value: i + 1 },
    { value: p.where.sheet === CRITERIA_SHEET ? "" : `${p.where.sheet ?? officeSheet}!${p.where.cell ?? ""}` },
    { value: p.name || null },
    { value: p.text || null },
    { value: p.message },
    { value: p.outCell ? `${CRITERIA_SHEET}!${p.outCell}` : null, mark: p.outCell ? ("pending" as const) : undefined },
  ]);
  return plain(IMPORT_LABELS.pendingSheet, IMPORT_LABELS.pendingHeaders, body.map((r) => r.map((c) => ({ value: c.value, ...(c.mark ? { mark: c.mark } : {}) }))), [6, 14, 24, 40, 60, 14]);
}
