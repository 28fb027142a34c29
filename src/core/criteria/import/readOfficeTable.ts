/**
 * An office's own 测评细则 table as it is typed — title rows, 一级/二级
 * merged down or written as outline numbering (一、 （一） 1. Ⅰ-1), points
 * in the text (「组织领导（15分）」「１０分」), 小计 and 合计 rows — read into
 * plain items for `kaoping criteria import`. Pure: no rule is decided here.
 */
import type { IssueLocation } from "../../issues.js";
import type { MessageId, MessageParams } from "../../i18n/messages.js";
import { cellAddress, findSheet, type SheetGrid, type WorkbookGrid } from "../../table/grid.js";
import { findHeader, type HeaderColumn } from "../../table/findHeader.js";
import { cellText } from "../../values/cellText.js";
import { nameKey, toHalfWidth } from "../../values/normaliseText.js";
import { parseNumber } from "../../values/parseNumber.js";
import { CRITERIA_COLUMNS, CRITERIA_SHEET_NAMES } from "../columns.js";
import { pointsInName, readNumbering, sequenceLevel, type NumberingLevel } from "../numbering.js";

/** The columns an office table is read by; 评分标准 has more names in offices' own tables than in kaoping's. */
export const OFFICE_COLUMNS = {
  id: CRITERIA_COLUMNS.id,
  level1: CRITERIA_COLUMNS.level1,
  level2: CRITERIA_COLUMNS.level2,
  name: CRITERIA_COLUMNS.name,
  points: CRITERIA_COLUMNS.points,
  method: CRITERIA_COLUMNS.method,
  standard: [...CRITERIA_COLUMNS.standard, "测评标准", "考核标准", "考评标准", "评分办法", "评分要求", "评价标准"],
} as const;
type OfficeColumn = keyof typeof OFFICE_COLUMNS;

function officeRole(name: string): OfficeColumn | undefined {
  const key = nameKey(name);
  for (const [role, names] of Object.entries(OFFICE_COLUMNS)) if (names.some((n) => nameKey(n) === key)) return role as OfficeColumn;
  return undefined;
}

/** A 一级 or 二级 heading: its name without numbering and points, and the points it declares. */
export interface OfficeParent {
  name: string;
  points?: number;
}

export interface OfficeItem {
  /** Zero-based row in the office's sheet. */
  row: number;
  level1: OfficeParent;
  level2?: OfficeParent;
  /** The item's name, without its numbering and without points written into it. */
  name: string;
  nameCell: string;
  points?: number;
  pointsCell: string;
  /** The text the points were read from when it was not a plain number in 分值 (「１０分」, 「…（2分）」). */
  pointsText?: string;
  standard: string;
  standardCell: string;
  method: string;
}

/** Something the reader did not take as written, said with the office's cell. */
export interface OfficeNote {
  id: MessageId;
  params: MessageParams;
  where: IssueLocation;
  /** The office's row it concerns (zero-based), to find the item it belongs to. */
  row: number;
}

export interface OfficeTable {
  sheet: string;
  /** The title above the header (「2026年度文明机关测评细则」), if any. */
  title: string;
  items: OfficeItem[];
  /** Rows not imported (小计, rows with neither points nor standard) and points not read as typed. */
  notes: OfficeNote[];
  /** The 合计 row's 分值 as written (「100」, 「100+10」). */
  total?: { text: string; cell: string };
}

/** Why a workbook is no office table at all: exit 2 in the CLI. */
export type OfficeTableFailure = { id: "importNoHeader" | "importNoItems"; params: MessageParams };

const NOTE_ROW = /^(注|说明|备注|附注)[:：\s]?/;
const TOTAL_ROW = /^(合计|总计|总分)/;
const SUBTOTAL_ROW = /^小计/;
/** A parent cell's points in words: 「组织领导（15分）」 or 「组织领导 15分」. */
const TRAILING_POINTS = /^(.*?)\s*(\d+(?:\.\d+)?)\s*分$/;

/**
 * A heading or name without its numbering and with the points written into it.
 * @example splitName("一、组织领导（15分）") // => { name: "组织领导", points: 15 }
 * @example splitName("（二）制度建设") // => { name: "制度建设", points: undefined }
 */
export function splitName(text: string): { name: string; points?: number } {
  const t = toHalfWidth(text).trim();
  const rest = readNumbering(t)?.rest ?? t;
  const inBrackets = pointsInName(rest);
  if (inBrackets.points !== undefined) return inBrackets;
  const trailing = TRAILING_POINTS.exec(rest);
  return trailing && trailing[1] && !/\d$/.test(trailing[1]) ? { name: trailing[1].trim(), points: Number(trailing[2]) } : { name: rest };
}

/**
 * Points as an office types them: 10, 「10」, 「10分」, 「１０分」, 「（10分）」.
 * @example readPoints("１０分") // => 10
 * @example readPoints("（15分）") // => 15
 * @example readPoints("十分") // => undefined
 */
export function readPoints(text: string): number | undefined {
  const t = toHalfWidth(text).trim().replace(/^[（(](.*)[)）]$/, "$1").replace(/\s*分$/, "");
  const r = parseNumber({ v: t });
  return r.ok && !r.approximate && r.scale === "plain" && r.value >= 0 ? r.value : undefined;
}

/** The sheet to read: one named like a 测评细则, else the first whose header has 分值 and 评分标准. */
function chooseSheet(book: WorkbookGrid): { sheet: SheetGrid; header: NonNullable<ReturnType<typeof findOfficeHeader>> } | undefined {
  const named = findSheet(book, ...CRITERIA_SHEET_NAMES);
  const candidates = named ? [named, ...book.sheets.filter((s) => s !== named)] : book.sheets;
  for (const sheet of candidates) {
    if (sheet.state) continue;
    const header = findOfficeHeader(sheet);
    if (header) return { sheet, header };
  }
  return undefined;
}

function findOfficeHeader(sheet: SheetGrid) {
  const header = findHeader(sheet, (n) => officeRole(n) !== undefined, (n) => officeRole(n) === "points");
  if (!header) return undefined;
  const roles = new Map<OfficeColumn, HeaderColumn>();
  for (const col of header.columns) {
    const role = officeRole(col.name);
    if (role && !roles.has(role)) roles.set(role, col);
  }
  return roles.has("name") && roles.has("standard") ? { ...header, roles } : undefined;
}

/**
 * Read an office's 测评细则 workbook into items, or say why it is none.
 * Hierarchy comes from the 一级/二级 columns (merged down, or written once and
 * left blank below) or, without them, from outline-numbered heading rows.
 */
export function readOfficeTable(book: WorkbookGrid): { ok: true; table: OfficeTable } | { ok: false; failure: OfficeTableFailure } {
  const chosen = chooseSheet(book);
  if (!chosen) return { ok: false, failure: { id: "importNoHeader", params: { file: book.file } } };
  const { sheet, header } = chosen;
  const rows = header.filled.rows;
  const col = (role: OfficeColumn) => header.roles.get(role)?.col;
  const text = (r: number, role: OfficeColumn) => {
    const c = col(role);
    return c === undefined ? "" : cellText(rows[r]?.[c]);
  };
  const at = (r: number, role: OfficeColumn) => cellAddress(r, col(role) ?? 0);
  const where = (cell: string): IssueLocation => ({ file: book.file, sheet: sheet.name, cell });
  const title = rows
    .slice(0, header.top)
    .map((row) => (row ?? []).map((c) => cellText(c)).find((t) => t !== "") ?? "")
    .find((t) => t !== "" && !NOTE_ROW.test(t)) ?? "";

  const items: OfficeItem[] = [];
  const notes: OfficeNote[] = [];
  const note = (row: number, id: MessageId, params: MessageParams, cell: string) => notes.push({ id, params, where: where(cell), row });
  let total: OfficeTable["total"];
  // Columns written once and left blank below (not merged) still head the rows under them.
  let column: { l1?: OfficeParent; l2?: OfficeParent } = {};
  // Outline numbering: the level the outermost headings use, and the headings in force.
  let outlineTop: NumberingLevel | undefined;
  let outline: { l1?: OfficeParent; l2?: OfficeParent } = {};
  const outlineLevel = (level: NumberingLevel | undefined): NumberingLevel => {
    if (!level || level === 3) return 3;
    if (outlineTop === undefined || level <= outlineTop) return 1;
    return 2;
  };
  const nonStandardTexts = (r: number) => (rows[r] ?? []).map((c, i) => (i === col("standard") ? "" : cellText(c)));

  for (let r = header.bottom + 1; r < rows.length; r++) {
    const texts = (rows[r] ?? []).map((c) => cellText(c));
    if (texts.every((t) => t === "")) continue;
    const firstText = texts.find((t) => t !== "") ?? "";
    if (NOTE_ROW.test(firstText)) break;
    const labels = nonStandardTexts(r).map(nameKey);
    if (labels.some((t) => SUBTOTAL_ROW.test(t))) {
      note(r, "importSubtotalSkipped", { text: texts.filter(Boolean).join(" ") }, cellAddress(r, texts.findIndex((t) => SUBTOTAL_ROW.test(nameKey(t)))));
      continue;
    }
    if (labels.some((t) => TOTAL_ROW.test(t))) {
      const written = text(r, "points");
      if (written && !total) total = { text: written, cell: at(r, "points") };
      continue;
    }

    const nameText = text(r, "name");
    const standard = text(r, "standard");
    const pointsCell = rows[r]?.[col("points") ?? -1];
    const pointsWritten = text(r, "points");
    const idLevel = text(r, "id") ? sequenceLevel(text(r, "id")) : undefined;
    const level = idLevel !== undefined && idLevel < 3 ? idLevel : readNumbering(toHalfWidth(nameText))?.level;

    // 「一、组织领导（15分）」 with no 评分标准: the heading of the rows below.
    if (!standard && nameText && outlineLevel(level) < 3) {
      const named = splitName(nameText);
      const parent: OfficeParent = { name: named.name, points: pointsWritten ? readPoints(pointsWritten) : named.points };
      if (outlineLevel(level) === 1) {
        outlineTop = Math.min(outlineTop ?? 3, level!) as NumberingLevel;
        outline = { l1: parent };
      } else outline.l2 = parent;
      continue;
    }
    if (!standard && !pointsWritten) {
      note(r, "importRowSkipped", { text: texts.filter(Boolean).join(" ") }, at(r, nameText ? "name" : "standard"));
      continue;
    }

    // Hierarchy by columns (merges already filled); a blank cell under a written one keeps it.
    const l1Text = text(r, "level1");
    const l2Text = text(r, "level2");
    if (l1Text) {
      const l1 = splitName(l1Text);
      if (l1.name !== column.l1?.name) column = { l1 };
    }
    if (l2Text) column.l2 = splitName(l2Text);

    const named = splitName(nameText);
    // An item numbered at a heading's level (「五、一票否决」 with its standard) ends that heading.
    const itemLevel = outlineLevel(level);
    if (itemLevel === 1) outline = {};
    else if (itemLevel === 2) outline.l2 = undefined;

    let points: number | undefined;
    let pointsText: string | undefined;
    if (pointsWritten) {
      points = readPoints(pointsWritten);
      if (points === undefined) note(r, "importBadPoints", { value: pointsWritten }, at(r, "points"));
      else if (typeof pointsCell?.v !== "number") pointsText = pointsWritten;
      if (points !== undefined && named.points !== undefined && named.points !== points) {
        note(r, "importPointsConflict", { points, named: named.points, name: nameText }, at(r, "points"));
      }
    } else if (named.points !== undefined) {
      points = named.points;
      pointsText = nameText;
    }
    const name = named.name || (column.l2 ?? column.l1 ?? outline.l2 ?? outline.l1)?.name || "";
    if (points === undefined && !pointsWritten) note(r, "importNoPoints", { name }, at(r, "points"));
    const level1 = column.l1 ?? outline.l1 ?? { name };
    const level2 = column.l1 ? column.l2 : outline.l2;
    items.push({
      row: r,
      level1,
      ...(level2 ? { level2 } : {}),
      name,
      nameCell: at(r, "name"),
      ...(points !== undefined ? { points } : {}),
      pointsCell: at(r, "points"),
      ...(pointsText !== undefined ? { pointsText } : {}),
      standard,
      standardCell: at(r, "standard"),
      method: text(r, "method"),
    });
  }
  if (!items.length) return { ok: false, failure: { id: "importNoItems", params: { file: book.file, sheet: sheet.name } } };
  return { ok: true, table: { sheet: sheet.name, title, items, notes, ...(total ? { total } : {}) } };
}
