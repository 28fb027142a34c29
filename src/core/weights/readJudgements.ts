import { cellAddress, fillMergedCells, sheetWidth, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import type { IssueLog, IssueLocation } from "../issues.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { childKey, parentLabel, type WeightParent, type WeightTree } from "./hierarchy.js";
import { readJudgement } from "./readJudgement.js";
import { WEIGHTS } from "../i18n/labels.js";
import type { MessageId, MessageParams } from "../i18n/messages.js";

/** One expert's judgement matrix of one parent, in the order of the parent's children. */
export interface ReadMatrix {
  parent: WeightParent;
  /** The expert: the sheet's name without 「判断矩阵」 (专家1), or the sheet's name. */
  expert: string;
  matrix: number[][];
  /** The title's cell (or the header's corner). */
  source: { file: string; sheet: string; cell: string };
}

/**
 * Sheets holding judgements: 判断矩阵, 判断矩阵-专家1, 判断矩阵（专家2）…, one per expert.
 * @example isJudgementSheet("判断矩阵（专家2）") // => true
 */
function isJudgementSheet(name: string): boolean {
  return nameKey(name).startsWith("判断矩阵");
}

/**
 * The expert a sheet stands for: its name without 判断矩阵 and the brackets or dash around the rest.
 * @example expertName("判断矩阵（专家2）") // => "专家2"
 * @example expertName("判断矩阵") // => "判断矩阵"
 */
export function expertName(sheet: string): string {
  const rest = toHalfWidth(sheet).trim().replace(/^判断矩阵\s*/, "").replace(/^[-—_－·:：(（\s]+|[)）\s]+$/g, "");
  return rest || sheet.trim();
}

/** Columns a clerk adds beside a matrix (its weights worked by hand): not children. */
const SIDE_COLUMNS = new Set(["权重", "权重值", "w", "wi", "权向量", "特征向量", "归一化", "几何平均", "排序", "aw", "备注"].map(nameKey));

/** Words around a parent's name in a title: 「组织领导下属二级指标判断矩阵」 → 组织领导. */
const TITLE_WORDS = /判断矩阵|比较矩阵|两两比较|矩阵|之间|下属|所属|各项|二级指标|测评内容|三级指标|的|[:：、，,。.]/g;
const ROOT_TITLES = new Set(["一级指标", "准则层", "目标层", "一级"].map(nameKey));

/**
 * Read every judgement matrix of a workbook: one sheet per expert, each
 * matrix a block — a title naming the parent (「一级指标」 for the 一级 among
 * themselves, a 一级 name for its 二级 or items, a 二级 name for its items),
 * a header row of the children's names, the square matrix below with row
 * labels. Values are read as a clerk types them, blanks filled by the
 * reciprocal; every problem is an issue with its cell, and a matrix with an
 * error is not used.
 */
export function readJudgements(book: WorkbookGrid, tree: WeightTree, issues: IssueLog): ReadMatrix[] {
  let sheets = book.sheets.filter((s) => isJudgementSheet(s.name));
  if (!sheets.length) {
    issues.info("judgementNoSheet", {}, { file: book.file });
    sheets = book.sheets;
  }
  const out: ReadMatrix[] = [];
  for (const sheet of sheets) {
    const found = readSheet(book.file, sheet, tree, issues);
    if (!found.blocks) issues.warning("judgementNoMatrix", { sheet: sheet.name }, { file: book.file, sheet: sheet.name });
    out.push(...found.matrices);
  }
  return out;
}

function readSheet(file: string, raw: SheetGrid, tree: WeightTree, issues: IssueLog): { matrices: ReadMatrix[]; blocks: number } {
  const sheet = fillMergedCells(raw);
  const width = sheetWidth(sheet);
  const expert = expertName(raw.name);
  const where = (r: number, c: number): IssueLocation => ({ file, sheet: raw.name, cell: cellAddress(r, c) });
  const texts = (r: number) => {
    const out: { c: number; text: string }[] = [];
    for (let c = 0; c < width; c++) {
      const t = cellText(sheet.rows[r]?.[c]).trim();
      if (t) out.push({ c, text: t });
    }
    return out;
  };
  const isValue = (r: number, c: number) => readJudgement(sheet.rows[r]?.[c]).kind === "value";
  const matrices: ReadMatrix[] = [];
  const seen = new Map<WeightParent, string>();
  let title: { text: string; r: number; c: number } | undefined;
  let blocks = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = texts(r);
    if (!cells.length) continue;
    const distinct = new Set(cells.map((x) => x.text));
    // A title: one text across the row (a merged title repeats it), not a judgement.
    if (distinct.size === 1 && !isValue(r, cells[0].c)) {
      title = { text: cells[0].text, r, c: cells[0].c };
      continue;
    }
    // A header: names across, then a row with a label and judgements under them.
    const next = texts(r + 1);
    if (!next.length || cells.filter((x) => !isValue(r, x.c)).length < 2) continue;
    const labelCol = next[0].c;
    if (!next.some((x) => x.c > labelCol && isValue(r + 1, x.c))) {
      // An expert's matrix left as the blank template (names across and down, no judgement): say so at its header, not "no matrix".
      const empty = unfilledBlock(sheet, r, labelCol, width);
      if (empty) {
        blocks++;
        const titled = title && r - title.r <= 3 ? title : undefined;
        issues.warning("judgementEmpty", { parent: titled?.text ?? empty.names.join("、") }, where(titled?.r ?? r, titled?.c ?? labelCol));
        title = undefined;
        r += empty.names.length;
      }
      continue;
    }
    const names: { c: number; text: string }[] = [];
    for (let c = labelCol + 1; c < width; c++) {
      const t = cellText(sheet.rows[r]?.[c]).trim();
      if (!t || SIDE_COLUMNS.has(nameKey(t))) break;
      names.push({ c, text: t });
    }
    // A column after the names that is no name down the side (行和, 合计, a weight column not in SIDE_COLUMNS): the matrix ends before it.
    const down = new Set<string>();
    for (let k = 1; k <= names.length && cellText(sheet.rows[r + k]?.[labelCol]).trim(); k++) down.add(childKey(cellText(sheet.rows[r + k]?.[labelCol])));
    while (names.length > 2 && names.length > down.size && !down.has(childKey(names[names.length - 1].text))) names.pop();
    if (names.length < 2) continue;
    blocks++;
    const corner = cellText(sheet.rows[r]?.[labelCol]).trim();
    const titled = title && r - title.r <= 3 ? title : corner ? { text: corner, r, c: labelCol } : undefined;
    title = undefined;
    const n = names.length;
    // The block's rows: as many as there are names, each with a label.
    let rows = 0;
    while (rows < n && cellText(sheet.rows[r + 1 + rows]?.[labelCol]).trim()) rows++;
    const at = titled ? where(titled.r, titled.c) : where(r, labelCol);
    const parent = resolveParent(titled?.text ?? "", names.map((x) => x.text), tree, at, issues);
    const lastRow = r + rows;
    if (!parent) {
      r = lastRow;
      continue;
    }
    const label = parentLabel(parent, WEIGHTS.rootLabel);
    const first = seen.get(parent);
    if (first) {
      issues.error("judgementDuplicate", { parent: label, first }, at);
      r = lastRow;
      continue;
    }
    seen.set(parent, at.cell!);
    if (rows < n) {
      issues.error("judgementNotSquare", { parent: label, columns: n, rows }, where(r, labelCol));
      r = lastRow;
      continue;
    }
    const matrix = readBlock(sheet, r, labelCol, names, parent, label, where, issues);
    if (matrix) matrices.push({ parent, expert, matrix, source: { file, sheet: raw.name, cell: at.cell! } });
    r = lastRow;
  }
  return { matrices, blocks };
}

/**
 * A matrix block nobody filled in: at least two names across the header
 * row, the same names (in any order) down the label column under it, and
 * every judgement cell blank. Undefined for anything else (a title, a note,
 * a block with some judgement), which the caller reads as before.
 */
function unfilledBlock(sheet: SheetGrid, header: number, labelCol: number, width: number): { names: string[] } | undefined {
  const names: string[] = [];
  for (let c = labelCol + 1; c < width; c++) {
    const t = cellText(sheet.rows[header]?.[c]).trim();
    if (!t || SIDE_COLUMNS.has(nameKey(t))) break;
    names.push(t);
  }
  if (names.length < 2) return undefined;
  const across = names.map(childKey).sort();
  const down = names.map((_, k) => childKey(cellText(sheet.rows[header + 1 + k]?.[labelCol]).trim())).sort();
  if (across.some((key, k) => key !== down[k])) return undefined;
  for (let k = 1; k <= names.length; k++) {
    for (let j = 1; j <= names.length; j++) if (readJudgement(sheet.rows[header + k]?.[labelCol + j]).kind !== "blank") return undefined;
  }
  return { names };
}

/** The parent a block's title names; by its header's names when the title names none. */
function resolveParent(titleText: string, names: string[], tree: WeightTree, at: IssueLocation, issues: IssueLog): WeightParent | undefined {
  const byTitle = parentByTitle(titleText, names, tree);
  if (byTitle) return byTitle;
  const keys = new Set(names.map(childKey));
  const byNames = tree.parents.find((p) => p.children.length === keys.size && p.children.every((c) => keys.has(childKey(c.name))));
  if (byNames) {
    issues.info("judgementTitleByNames", { title: titleText, parent: parentLabel(byNames, WEIGHTS.rootLabel) }, at);
    return byNames;
  }
  issues.error("judgementTitleUnknown", { title: titleText }, at);
  return undefined;
}

function parentByTitle(titleText: string, names: string[], tree: WeightTree): WeightParent | undefined {
  // A title names its parent as the criteria do: numbering and 「（15分）」 read off by the hierarchy's childKey.
  const key = childKey(titleText).replace(TITLE_WORDS, "");
  if (!key && !titleText) return undefined;
  if (ROOT_TITLES.has(key) || ROOT_TITLES.has(nameKey(titleText).replace(TITLE_WORDS, ""))) return tree.root;
  const nameOf = (p: WeightParent) => childKey(p.level === 1 ? p.level1 : p.level2);
  const keys = new Set(names.map(childKey));
  const overlap = (p: WeightParent) => p.children.filter((c) => keys.has(childKey(c.name))).length;
  const best = (list: WeightParent[]) => list.sort((a, b) => overlap(b) - overlap(a))[0];
  const parents = tree.parents.filter((p) => p.level > 0);
  const exact = parents.filter((p) => nameOf(p) === key);
  if (exact.length) return best(exact);
  // 「作风与效能建设—工作效能」 or 「关于组织领导的比较」: of the parent names the title contains, the one
  // whose children the header names most, then the longest (a 一级 name longer than its 二级 must not win).
  const within = parents.filter((p) => nameOf(p) && key.includes(nameOf(p)));
  return within.sort((a, b) => overlap(b) - overlap(a) || nameOf(b).length - nameOf(a).length)[0];
}

/** The block's values, checked, in the parent's children order; undefined after an error. */
function readBlock(
  sheet: SheetGrid,
  header: number,
  labelCol: number,
  names: { c: number; text: string }[],
  parent: WeightParent,
  label: string,
  where: (r: number, c: number) => IssueLocation,
  issues: IssueLog,
): number[][] | undefined {
  const n = names.length;
  let ok = true;
  const fail = (id: MessageId, params: MessageParams, at: IssueLocation) => {
    issues.error(id, params, at);
    ok = false;
  };
  // Names against the parent's children, exactly.
  const expected = parent.children.map((c) => c.name);
  const headerKeys = names.map((x) => childKey(x.text));
  const childKeys = expected.map(childKey);
  const missing = expected.filter((_, i) => !headerKeys.includes(childKeys[i]));
  const extra = names.filter((x) => !childKeys.includes(childKey(x.text))).map((x) => x.text);
  const at = where(header, names[0].c);
  if (missing.length) fail("judgementNamesMissing", { parent: label, names: missing.join("、"), expected: expected.join("、") }, at);
  if (extra.length) fail("judgementNamesExtra", { parent: label, names: extra.join("、"), expected: expected.join("、") }, at);
  // Rows by their labels (a clerk may order them differently from the header).
  const rowOf: number[] = new Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const r = header + 1 + k;
    const text = cellText(sheet.rows[r]?.[labelCol]).trim();
    const i = headerKeys.indexOf(childKey(text));
    if (i < 0 || rowOf[i] >= 0) fail("judgementRowUnknown", { label: text, names: names.map((x) => x.text).join("、") }, where(r, labelCol));
    else rowOf[i] = r;
  }
  if (!ok) return undefined;
  // Values (i, j) = header order.
  const typed: (number | undefined)[][] = Array.from({ length: n }, () => new Array(n).fill(undefined));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = rowOf[i];
      const c = names[j].c;
      const read = readJudgement(sheet.rows[r]?.[c]);
      if (read.kind === "blank") continue;
      if (read.kind === "bad") {
        fail("judgementBadValue", { value: read.text }, where(r, c));
        continue;
      }
      if (read.note) issues.add(read.note.id === "judgementSnapped" ? "info" : "warning", read.note.id, read.note.params, where(r, c));
      if (read.value < (1 / 9) * 0.99 || read.value > 9 * 1.01) {
        fail("judgementOutOfRange", { value: cellText(sheet.rows[r]?.[c]) }, where(r, c));
        continue;
      }
      typed[i][j] = read.value;
    }
  }
  if (!ok) return undefined;
  const matrix: number[][] = Array.from({ length: n }, () => new Array(n).fill(1));
  const filled: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const cell = where(rowOf[i], names[j].c);
      const a = typed[i][j];
      if (i === j) {
        if (a === undefined) filled.push(cell.cell!);
        else if (Math.abs(a - 1) > 1e-9) fail("judgementDiagonal", { name: names[i].text, value: cellText(sheet.rows[rowOf[i]]?.[names[j].c]) }, cell);
        continue;
      }
      const b = typed[j][i];
      if (a !== undefined) {
        matrix[i][j] = a;
        // Checked once per pair, at the lower of the two cells.
        if (b !== undefined && i > j && Math.abs(a * b - 1) > 0.01) {
          fail("judgementNotReciprocal", { row: names[i].text, column: names[j].text, value: cellText(sheet.rows[rowOf[i]]?.[names[j].c]), other: cellText(sheet.rows[rowOf[j]]?.[names[i].c]) }, cell);
        }
      } else if (b !== undefined) {
        matrix[i][j] = 1 / b;
        filled.push(cell.cell!);
      } else if (i < j) fail("judgementMissing", { row: names[i].text, column: names[j].text }, cell);
    }
  }
  if (!ok) return undefined;
  // Exactly reciprocal from here on: the upper triangle as typed, the lower its reciprocal (within 1 % of what was typed).
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) matrix[i][j] = 1 / matrix[j][i];
  if (filled.length) issues.info("judgementBlankFilled", { parent: label, count: filled.length, cells: filled.join("、") }, where(header, labelCol));
  // Into the parent's children order.
  const order = childKeys.map((k) => headerKeys.indexOf(k));
  return order.map((i) => order.map((j) => matrix[i][j]));
}
