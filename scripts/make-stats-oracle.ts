/**
 * Builds test/fixtures/stats-oracle-formulas.xlsx: data ranges (ties,
 * negatives, decimals that round at .5, a single value) and one Excel
 * formula per row, with no cached results. LibreOffice then recalculates it
 * into test/fixtures/stats-oracle.xlsx, the independent oracle that
 * src/core/math/excelOracle.test.ts compares kaoping's functions against.
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
  const path = join(root, "test", "fixtures", "stats-oracle-formulas.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`已生成 ${await makeStatsOracle()}`);
}
