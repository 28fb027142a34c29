/** Run the real CLI (the built dist/) as a user would. */
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "dist", "src", "cli", "main.js");

/** Build once if the test runner was started without `npm test`. */
export function ensureBuilt(): void {
  if (!existsSync(CLI)) execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", ROOT], { stdio: "inherit" });
}

export function runCli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // A bounded run: a child that hangs is killed rather than left behind.
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 180_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The rows of a sheet of a written workbook, read back with exceljs: from
 * `firstRow` (1-based; 4 skips a result sheet's title, subtitle and header),
 * cells as written.
 */
export async function readSheetRows(path: string, name: string, firstRow = 1): Promise<unknown[][]> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row, n) => n >= firstRow && rows.push(shownValues(row)));
  return rows;
}

/**
 * A row's cells from column A as a reader that does not recalculate sees
 * them: a formula cell (总分, 名次, 等级 …) shows the value kaoping cached.
 * (exceljs gives formula cells as { formula, result } and leaves a cached 0
 * out of that object; cell.result has it.)
 */
export function shownValues(row: import("exceljs").Row): unknown[] {
  const values = (row.values as unknown[]).slice(1);
  row.eachCell((cell, col) => {
    values[col - 1] = shownValue(cell);
  });
  return values;
}

/**
 * One cell as a reader that does not recalculate sees it: a formula cell's
 * cached value (0 included: `<f>…</f><v>0</v>` is { formula } in cell.value
 * but 0 in cell.result), null when none was cached; any other cell its value.
 */
export function shownValue(cell: import("exceljs").Cell): unknown {
  if (cell.formula) return cell.result ?? null;
  return cell.value;
}

/** Write a workbook of plain rows per sheet with exceljs, as a clerk's file for the CLI to read. */
export async function writeBook(path: string, sheets: [string, unknown[][]][]): Promise<void> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = book.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await book.xlsx.writeFile(path);
}
