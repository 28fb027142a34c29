import type { Assessment } from "../../../core/score/assess.js";
import { explainUnit } from "../../../core/score/scoreUnit.js";
import { COLUMNS as C, METHOD_SUMMARY, SHEETS, yearTitle } from "../../../core/i18n/labels.js";
import { type RowXmlContext, type SheetSpec, type Style, type XlsxRow, type XlsxValue } from "../../xlsx/model.js";
import { escapeXml } from "../../xlsx/escapeXml.js";
import { linesNeeded } from "../../xlsx/textLines.js";
import { EXCEL_MAX_CELL_CHARS, keepSpaces } from "../../xlsx/writeXlsx.js";
import { itemRateScale } from "../../../core/criteria/fieldMeaning.js";
import { criteriaUseMethods, describeMethods } from "../../../core/methods/subtotals.js";
import { type RunInfo, DETAIL_ROWS_PER_SHEET, LINE_HEIGHT, percentFormat, perMilleFormat, sheet, looksByFormat, bodyRow } from "../frame.js";

/** 计分明细: one row per unit and item, in parts of at most perSheet rows (Excel's sheet limit). */
export function detailParts(a: Assessment, info: RunInfo): { rows: number; perSheet: number; parts: number } {
  const rows = a.results.length * a.criteria.items.length;
  const perSheet = info.detailRowsPerSheet ?? DETAIL_ROWS_PER_SHEET;
  return { rows, perSheet, parts: Math.max(1, Math.ceil(rows / perSheet)) };
}

export function* detailsSheets(a: Assessment, info: RunInfo, fmt: string): Generator<SheetSpec> {
  const labels: string[] = [C.unit, C.category, C.key, C.level1, C.item, C.rule, C.inputs, C.computation, C.rate, C.score, C.points];
  const widths = [22, 10, 8, 14, 26, 10, 36, 64, 9, 8, 7];
  // Criteria naming methods: each row says which, with each part's share and source.
  const methods = criteriaUseMethods(a.criteria) ? a.criteria.items.map(describeMethods) : undefined;
  if (methods) labels.push(METHOD_SUMMARY.methodColumn), widths.push(30);
  const d = a.criteria.settings.percentDecimals;
  const looks = looksByFormat((rateFmt) => [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, rateFmt, fmt, undefined], labels.length);
  const perMille = a.criteria.items.map((item) => itemRateScale(item, a.criteria.fieldMeanings) === "permille");
  const [percentFmt, perMilleFmt] = [percentFormat(d), perMilleFormat(d)];
  const { perSheet, parts } = detailParts(a, info);
  function* all(): Generator<XlsxRow> {
    const shapes = a.criteria.items.map((item, i): DetailItem => {
      const cells = [item.key, item.level1, item.name, item.rule.label] as const;
      const method = methods ? methods[i] || null : undefined;
      const tooLong = [...cells, method ?? ""].some((t) => t.length > EXCEL_MAX_CELL_CHARS);
      return { cells, points: item.points, methods: method, looks: looks(perMille[i] ? perMilleFmt : percentFmt), widths, tooLong };
    });
    for (const r of a.results) {
      const words = explainUnit(r.unit, a.criteria);
      const unit: DetailUnit = { name: r.unit.name, category: r.unit.category };
      for (let i = 0; i < shapes.length; i++) {
        const rate = r.items.rate(i);
        yield new DetailRow(shapes[i], unit, words[i].inputs, words[i].explanation, rate === undefined ? null : perMille[i] ? rate * 1000 : rate, r.items.points(i));
      }
    }
  }
  const cursor = all();
  // Pull perSheet rows, leaving the shared cursor open for the next part.
  function* take(n: number): Generator<XlsxRow> {
    for (let i = 0; i < n; i++) {
      const next = cursor.next();
      if (next.done) return;
      yield next.value;
    }
  }
  for (let part = 1; part <= parts; part++) {
    // Excel holds 1,048,576 rows a sheet: a province's 计分明细 continues on 计分明细2, 计分明细3 …
    yield sheet(
      {
        name: part === 1 ? SHEETS.details : `${SHEETS.details}${part}`,
        title: `${yearTitle(info.label)}测评计分明细${parts > 1 ? `（第 ${part}/${parts} 部分）` : ""}`,
        subtitle: "每个单位每项指标一行：输入数据、计分规则与计算过程；千分率指标的比率以千分数显示（19.5‰ 记为 19.5）",
        widths,
        header: labels,
        autoFilter: true,
      },
      take(perSheet),
      // 单位名称, 类别, 编号, 一级指标, 测评内容, 计分方式 repeat on every unit's or item's rows.
      [0, 1, 2, 3, 4, 5],
    );
  }
}


/** What every 计分明细 row of one item shares: its cells after the unit's, looks and widths. */
interface DetailItem {
  /** 编号, 一级指标, 测评内容, 计分方式. */
  cells: readonly [string, string, string, string];
  points: number;
  /** 测评方法 text (null when the item names none); undefined when the criteria use no methods (no column). */
  methods: string | null | undefined;
  looks: { plain: Style[]; wrapped: Style[] };
  widths: readonly number[];
  /** A text of the item's longer than Excel's cell limit: its rows are left to the writer. */
  tooLong: boolean;
  /** The item's cells' XML, made on its first row (their looks and shared strings do not change from unit to unit); the rows are written once. */
  made?: ItemCells;
}

interface ItemCells {
  /** 编号 … 计分方式 (shared strings). */
  middle: string;
  /** 分值 and 测评方法. */
  tail: string;
  lines: number;
  sharedUses: number;
}

interface DetailUnit {
  name: string;
  category: string;
  /** Lines its name and category need, counted on its first row. */
  lines?: [number, number];
}

/**
 * One 计分明细 row. `values`, `style` and `height` are what bodyRow makes
 * (the exceljs reference reads them); `xml` makes the same XML as the
 * streaming writer would from them, with the item's cells made once: at
 * 100,000 units the sheet has 3.3 million rows, and building each row's
 * 12 values, looks and cell texts anew was most of its writing time.
 */
class DetailRow implements XlsxRow {
  private shaped?: XlsxRow;
  constructor(
    private readonly item: DetailItem,
    private readonly unit: DetailUnit,
    private readonly inputs: string,
    private readonly explanation: string,
    private readonly rate: number | null,
    private readonly points: number,
  ) {}

  private get row(): XlsxRow {
    if (!this.shaped) {
      const it = this.item;
      const values: XlsxValue[] = [this.unit.name, this.unit.category, ...it.cells, this.inputs, this.explanation, this.rate, this.points, it.points];
      if (it.methods !== undefined) values.push(it.methods);
      this.shaped = bodyRow(values, it.looks, it.widths);
    }
    return this.shaped;
  }
  get values(): readonly XlsxValue[] {
    return this.row.values;
  }
  get style(): XlsxRow["style"] {
    return this.row.style;
  }
  get height(): number | undefined {
    return this.row.height;
  }

  xml(r: number, ctx: RowXmlContext): string | undefined {
    const { item, unit, inputs, explanation } = this;
    // Texts Excel would cut are left to the writer, which cuts and reports them.
    if (item.tooLong || unit.name.length > EXCEL_MAX_CELL_CHARS || unit.category.length > EXCEL_MAX_CELL_CHARS || inputs.length > EXCEL_MAX_CELL_CHARS || explanation.length > EXCEL_MAX_CELL_CHARS) return undefined;
    const { plain, wrapped } = item.looks;
    const w = item.widths;
    const [nameLines, categoryLines] = (unit.lines ??= [linesNeeded(unit.name, w[0]), linesNeeded(unit.category, w[1])]);
    // Cells in column order, as the writer registers looks and shared strings (a look first used on this row gets the writer's next number).
    let cells = sharedCell(`<c r="A${r}"`, ctx.styleIndex(nameLines > 1 ? wrapped[0] : plain[0]), ctx, 0, unit.name);
    cells += sharedCell("<c", ctx.styleIndex(categoryLines > 1 ? wrapped[1] : plain[1]), ctx, 1, unit.category);
    const made = item.made;
    const middle = made ?? itemMiddle(item, ctx);
    if (made) ctx.countShared(made.sharedUses);
    cells += middle.middle;
    const inputLines = linesNeeded(inputs, w[6]);
    const explanationLines = linesNeeded(explanation, w[7]);
    cells += inlineCell(ctx.styleIndex(inputLines > 1 ? wrapped[6] : plain[6]), inputs);
    cells += inlineCell(ctx.styleIndex(explanationLines > 1 ? wrapped[7] : plain[7]), explanation);
    cells += numberCell(ctx.styleIndex(plain[8]), this.rate);
    cells += numberCell(ctx.styleIndex(plain[9]), this.points);
    const done = made ?? (item.made = itemTail(item, ctx, middle));
    cells += done.tail;
    const lines = Math.max(nameLines, categoryLines, done.lines, inputLines, explanationLines);
    return `${lines > 1 ? `<row r="${r}" ht="${LINE_HEIGHT * lines}" customHeight="1">` : `<row r="${r}">`}${cells}</row>`;
  }
}

/** The item's cells 编号 … 计分方式 (shared strings), registered on its first row before the unit's words. */
function itemMiddle(item: DetailItem, ctx: RowXmlContext): Omit<ItemCells, "tail"> {
  const { plain, wrapped } = item.looks;
  let middle = "";
  let lines = 1;
  let sharedUses = 0;
  item.cells.forEach((text, k) => {
    const c = k + 2;
    const needed = linesNeeded(text, item.widths[c]);
    lines = Math.max(lines, needed);
    if (text) sharedUses++;
    middle += sharedCell("<c", ctx.styleIndex(needed > 1 ? wrapped[c] : plain[c]), ctx, c, text);
  });
  return { middle, lines, sharedUses };
}

/** Then, after the words and figures, 分值 and 测评方法: the whole of the item's cells. */
function itemTail(item: DetailItem, ctx: RowXmlContext, first: Omit<ItemCells, "tail">): ItemCells {
  const { plain, wrapped } = item.looks;
  let lines = first.lines;
  let tail = numberCell(ctx.styleIndex(plain[10]), item.points);
  if (item.methods !== undefined) {
    const needed = item.methods ? linesNeeded(item.methods, item.widths[11]) : 1;
    lines = Math.max(lines, needed);
    tail += inlineCell(ctx.styleIndex(needed > 1 ? wrapped[11] : plain[11]), item.methods);
  }
  return { ...first, tail, lines };
}

// The writer's cell forms (writeXlsx rowXml) for a styled cell; every 计分明细 cell has the bordered look.
function styled(head: string, s: number): string {
  if (!s) throw new Error("计分明细 cells are all styled");
  return `${head} s="${s}"`;
}
function sharedCell(head: string, s: number, ctx: RowXmlContext, c: number, text: string): string {
  return text ? `${styled(head, s)} t="s"><v>${ctx.sharedIndex(c, text)}</v></c>` : `${styled(head, s)}/>`;
}
function inlineCell(s: number, text: string | null): string {
  if (!text) return `${styled("<c", s)}/>`;
  return `${styled("<c", s)} t="inlineStr"><is><t${keepSpaces(text)}>${escapeXml(text)}</t></is></c>`;
}
function numberCell(s: number, v: number | null): string {
  return v === null || !Number.isFinite(v) ? `${styled("<c", s)}/>` : `${styled("<c", s)}><v>${v}</v></c>`;
}
