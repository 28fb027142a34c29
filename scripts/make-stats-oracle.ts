/**
 * Builds test/fixtures/stats-oracle-formulas.xlsx: data ranges (ties,
 * negatives, decimals that round at .5, a single value) and one Excel
 * formula per row, with no cached results. LibreOffice then recalculates it
 * into test/fixtures/stats-oracle.xlsx, the independent oracle that
 * src/core/math/excelOracle.test.ts compares kaoping's functions against.
 * The 相关 and 相关结果 sheets hold paired columns and PEARSON, CORREL,
 * Spearman (PEARSON over LibreOffice's own RANK.AVG of each column) and
 * Cronbach's α (from VAR.S of the items and of the row totals), for
 * src/core/math/correlationOracle.test.ts.
 *
 * Regenerate (needs LibreOffice on your machine, never on CI):
 *   npm run build && node dist/scripts/make-stats-oracle.js
 *   cd test/fixtures && soffice --headless --convert-to xlsx --outdir recalculated stats-oracle-formulas.xlsx
 *   mv recalculated/stats-oracle-formulas.xlsx stats-oracle.xlsx && rmdir recalculated
 */
import ExcelJS from "exceljs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const DATA: Record<string, number[]> = {
  A: [90, 85, 90, 70, 85, 60, 90],
  B: [-2.5, 3.75, 0, -1.25, 10.125, 4.5],
  C: [1.005, 2.675, 0.285, 89.995, 72.225, -2.5],
  D: [42],
  E: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
};

const ref = (col: string) => `数据!$${col}$1:$${col}$${DATA[col].length}`;

/** [function id, data column, argument, formula] */
function rows(): [string, string, number | "", string][] {
  const out: [string, string, number | "", string][] = [];
  for (const col of Object.keys(DATA)) {
    const r = ref(col);
    const many = DATA[col].length > 1;
    out.push(["AVERAGE", col, "", `AVERAGE(${r})`], ["MEDIAN", col, "", `MEDIAN(${r})`], ["STDEV.P", col, "", `_xlfn.STDEV.P(${r})`]);
    if (many) out.push(["STDEV.S", col, "", `_xlfn.STDEV.S(${r})`], ["VAR.S", col, "", `_xlfn.VAR.S(${r})`]);
    for (const q of [0, 1, 2, 3, 4]) out.push(["QUARTILE.INC", col, q, `_xlfn.QUARTILE.INC(${r},${q})`]);
    for (const k of [0.1, 0.33, 0.9]) out.push(["PERCENTILE.INC", col, k, `_xlfn.PERCENTILE.INC(${r},${k})`]);
    const sorted = [...DATA[col]].sort((a, b) => a - b);
    const between = many ? [(sorted[0] + sorted[1]) / 2, (sorted[sorted.length - 2] + sorted[sorted.length - 1]) / 2] : [];
    for (const x of [...new Set([...DATA[col], ...between])]) out.push(["PERCENTRANK.INC", col, x, `_xlfn.PERCENTRANK.INC(${r},${x})`]);
    for (const x of new Set(DATA[col])) {
      out.push(["RANK.EQ", col, x, `_xlfn.RANK.EQ(${x},${r},0)`], ["RANK.AVG", col, x, `_xlfn.RANK.AVG(${x},${r},0)`]);
      out.push(["DENSE", col, x, `SUMPRODUCT((${r}>${x})/COUNTIF(${r},${r}))+1`]);
    }
  }
  for (const x of DATA.C) for (const d of [0, 2]) out.push([`ROUND${d}`, "C", x, `ROUND(${x},${d})`]);
  return out;
}

/**
 * Paired columns for the correlations: scores with ties, a falling pair, and
 * item points as units take them (mostly full, a few below). Each key is
 * "x,y" of columns in the 相关 sheet.
 */
export const PAIRS: Record<string, [number[], number[]]> = {
  "A,B": [[92.5, 88, 88, 75.25, 60, 99, 81, 70], [90, 85.5, 91, 70, 65, 95, 80, 80]],
  "C,D": [[1, 2, 3, 4, 5, 6], [10.5, 8, 8, 3, 4, 1]],
  "E,F": [[10, 10, 9, 10, 8, 10, 10, 9, 7, 10], [5, 5, 4.5, 5, 4, 5, 4.5, 4, 3, 5]],
};

/** Items × units for Cronbach's α in 相关 (columns after the pairs): 4 items over 6 units. */
export const ALPHA_ITEMS: number[][] = [
  [4, 5, 3, 4, 2, 5],
  [3, 5, 3, 4, 2, 4],
  [4, 4, 2, 5, 3, 5],
  [2, 3, 3, 1, 2, 3],
];

/** Column letter of a 1-based index (1 → A, 27 → AA). */
function letter(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 相关 sheet (data, LibreOffice's ranks and row totals) and 相关结果 (function, columns, formula). */
function addCorrelationSheets(wb: ExcelJS.Workbook): void {
  const data = wb.addWorksheet("相关");
  const res = wb.addWorksheet("相关结果");
  res.addRow(["函数", "数据列", "结果"]);
  const columns = Object.entries(PAIRS).flatMap(([key, [x, y]]) => { const [a, b] = key.split(","); return [[a, x], [b, y]] as [string, number[]][]; });
  // Ranks in the columns after the data, one per data column, by RANK.AVG (ascending: the direction does not change ρ).
  const rankCol = new Map<string, string>();
  columns.forEach(([col, values], i) => {
    const rc = letter(columns.length + 1 + i);
    rankCol.set(col, rc);
    values.forEach((v, r) => {
      data.getCell(`${col}${r + 1}`).value = v;
      data.getCell(`${rc}${r + 1}`).value = { formula: `_xlfn.RANK.AVG(${col}${r + 1},$${col}$1:$${col}$${values.length},1)` } as ExcelJS.CellFormulaValue;
    });
  });
  const range = (col: string, n: number) => `相关!$${col}$1:$${col}$${n}`;
  for (const [key, [x]] of Object.entries(PAIRS)) {
    const [a, b] = key.split(",");
    const n = x.length;
    for (const [fn, formula] of [
      ["PEARSON", `PEARSON(${range(a, n)},${range(b, n)})`],
      ["CORREL", `CORREL(${range(a, n)},${range(b, n)})`],
      ["SPEARMAN", `PEARSON(${range(rankCol.get(a)!, n)},${range(rankCol.get(b)!, n)})`],
    ]) res.addRow([fn, key]).getCell(3).value = { formula } as ExcelJS.CellFormulaValue;
  }
  // α: items in columns after the ranks, a row total beside them, the formula over VAR.S.
  const first = 2 * columns.length + 1;
  const k = ALPHA_ITEMS.length;
  const n = ALPHA_ITEMS[0].length;
  const itemCols = ALPHA_ITEMS.map((_, j) => letter(first + j));
  const totalCol = letter(first + k);
  ALPHA_ITEMS.forEach((item, j) => item.forEach((v, r) => (data.getCell(`${itemCols[j]}${r + 1}`).value = v)));
  for (let r = 1; r <= n; r++) data.getCell(`${totalCol}${r}`).value = { formula: `SUM(${itemCols[0]}${r}:${itemCols[k - 1]}${r})` } as ExcelJS.CellFormulaValue;
  const variances = itemCols.map((c) => `_xlfn.VAR.S(${range(c, n)})`).join("+");
  res.addRow(["CRONBACH", itemCols.join(",")]).getCell(3).value = { formula: `${k}/${k - 1}*(1-(${variances})/_xlfn.VAR.S(${range(totalCol, n)}))` } as ExcelJS.CellFormulaValue;
}

export async function makeStatsOracle(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("数据");
  for (const [col, values] of Object.entries(DATA)) values.forEach((v, i) => (data.getCell(`${col}${i + 1}`).value = v));
  const res = wb.addWorksheet("结果");
  res.addRow(["函数", "数据列", "参数", "结果"]);
  for (const [fn, col, arg, formula] of rows()) {
    const row = res.addRow([fn, col, arg === "" ? null : arg]);
    row.getCell(4).value = { formula } as ExcelJS.CellFormulaValue;
  }
  addCorrelationSheets(wb);
  const path = join(root, "test", "fixtures", "stats-oracle-formulas.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`已生成 ${await makeStatsOracle()}`);
}
