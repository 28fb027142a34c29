/**
 * Recalculate a written workbook's formulas with HyperFormula (an engine
 * independent of kaoping and of exceljs) and list every formula cell whose
 * recalculated value differs from the value kaoping cached beside it.
 *
 * HyperFormula 3.5 lacks three functions the result workbook uses, and its
 * ROUND is not Excel's at binary ties; they are added here from Excel's
 * definitions (not from kaoping's code), so a wrong reference, range or
 * operand shows up as a difference:
 * - RANK.EQ(x, range): 1 + the number of values above x.
 * - RANK.AVG(x, range): the mean of the places a tie spans.
 * - LOOKUP(x, ascending, results): the result beside the last bound ≤ x.
 * - ROUND(x, d): Excel works with 15 significant digits and rounds half away
 *   from zero, so ROUND(1.005, 2) = 1.01 (HyperFormula gives 1; see the test).
 */
import ExcelJS from "exceljs";
import { HyperFormula, FunctionPlugin, FunctionArgumentType, type SimpleRangeValue } from "hyperformula";

type Scalar = number | string | boolean | null;

const numbersOf = (range: SimpleRangeValue) => range.valuesFromTopLeftCorner().filter((v): v is number => typeof v === "number");

/** Excel's ROUND: the 15-significant-digit decimal, shifted in text, half away from zero. */
export function excelRound(x: number, digits: number): number {
  if (x === 0) return 0;
  const [mantissa, exp] = Math.abs(x).toPrecision(15).split("e");
  const shifted = Number(`${mantissa}e${Number(exp ?? 0) + digits}`);
  const whole = Math.floor(shifted + 0.5);
  return Math.sign(x) * Number(`${whole}e${-digits}`);
}

class ExcelFunctions extends FunctionPlugin {
  static implementedFunctions = {
    "RANK.EQ": { method: "rankEq", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.RANGE }] },
    "RANK.AVG": { method: "rankAvg", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.RANGE }] },
    LOOKUP: { method: "lookup", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.RANGE }] },
    ROUND: { method: "round", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }] },
  };
  rankEq(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata("RANK.EQ"), (x: number, range: SimpleRangeValue) => 1 + numbersOf(range).filter((v) => v > x).length);
  }
  rankAvg(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata("RANK.AVG"), (x: number, range: SimpleRangeValue) => {
      const values = numbersOf(range);
      const above = values.filter((v) => v > x).length;
      const tied = values.filter((v) => v === x).length;
      return above + (tied + 1) / 2;
    });
  }
  lookup(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata("LOOKUP"), (x: number, bounds: SimpleRangeValue, results: SimpleRangeValue) => {
      const b = bounds.valuesFromTopLeftCorner();
      const r = results.valuesFromTopLeftCorner();
      let found: unknown = undefined;
      b.forEach((v, i) => {
        if (typeof v === "number" && v <= x) found = r[i];
      });
      return (found ?? "#N/A") as never;
    });
  }
  round(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata("ROUND"), (x: number, d: number) => excelRound(x, Math.trunc(d)));
  }
}

let registered = false;
/** HyperFormula's own ROUND plugin, kept to show where it differs from Excel. */
let builtInRound: ReturnType<typeof HyperFormula.getFunctionPlugin>;
function register(): void {
  if (registered) return;
  builtInRound = HyperFormula.getFunctionPlugin("ROUND");
  HyperFormula.unregisterFunction("ROUND");
  HyperFormula.registerFunctionPlugin(ExcelFunctions as never, { enGB: { "RANK.EQ": "RANK.EQ", "RANK.AVG": "RANK.AVG", LOOKUP: "LOOKUP", ROUND: "ROUND" } } as never);
  registered = true;
}

export interface FormulaCheck {
  sheet: string;
  address: string;
  formula: string;
  cached: Scalar;
  recalculated: unknown;
}

/** Every formula cell of the workbook with kaoping's cached value and HyperFormula's recalculated one. */
export async function recalculate(path: string): Promise<FormulaCheck[]> {
  register();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: Record<string, (Scalar | string)[][]> = {};
  const formulas: Omit<FormulaCheck, "recalculated">[] = [];
  for (const ws of wb.worksheets) {
    const grid: (Scalar | string)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value as unknown;
        (grid[r - 1] ??= [])[c - 1] = null;
        if (v && typeof v === "object" && "formula" in (v as object)) {
          const f = v as { formula: string };
          // _xlfn. marks functions newer than Excel 2007 in the file (RANK.EQ); HyperFormula knows them by name alone.
          grid[r - 1][c - 1] = `=${f.formula.replace(/_xlfn\./g, "")}`;
          // cell.result, not value.result: exceljs leaves a cached 0 out of the value object.
          formulas.push({ sheet: ws.name, address: cell.address, formula: f.formula, cached: (cell.result as Scalar | undefined) ?? null });
        } else if (typeof v === "string") {
          // A text that looks like a formula is text: HyperFormula would parse a leading "=".
          grid[r - 1][c - 1] = v.startsWith("=") ? `'${v}` : v;
        } else if (typeof v === "number" || typeof v === "boolean") grid[r - 1][c - 1] = v;
        else if (v instanceof Date) grid[r - 1][c - 1] = v.toISOString();
        else if (v && typeof v === "object" && "richText" in (v as object)) grid[r - 1][c - 1] = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
      });
    });
    sheets[ws.name] = Array.from(grid, (row) => Array.from(row ?? [], (c) => c ?? null));
  }
  // Excel evaluates SUMPRODUCT's arguments as arrays ((range>x)/COUNTIF(range,range)); HyperFormula does so only with array arithmetic on.
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  return formulas.map((f) => {
    const sheetId = hf.getSheetId(f.sheet)!;
    const cell = wb.getWorksheet(f.sheet)!.getCell(f.address);
    const recalculated = hf.getCellValue({ sheet: sheetId, row: Number(cell.row) - 1, col: Number(cell.col) - 1 });
    return { ...f, recalculated };
  });
}

/** The checks whose recalculated value is not kaoping's (numbers equal to 12 significant digits). */
export function differences(checks: FormulaCheck[]): FormulaCheck[] {
  return checks.filter((c) => {
    const r = c.recalculated;
    if (typeof c.cached === "number" && typeof r === "number") return Math.abs(r - c.cached) > 1e-9 * Math.max(1, Math.abs(c.cached));
    return r !== c.cached;
  });
}

/** What HyperFormula's built-in ROUND gives (the Excel ROUND above is put back afterwards). */
export function hyperFormulaRound(x: number, digits: number): unknown {
  register();
  HyperFormula.unregisterFunction("ROUND");
  HyperFormula.registerFunction("ROUND", builtInRound!);
  try {
    const hf = HyperFormula.buildFromArray([[`=ROUND(${x},${digits})`]], { licenseKey: "gpl-v3" });
    return hf.getCellValue({ sheet: 0, row: 0, col: 0 });
  } finally {
    HyperFormula.unregisterFunction("ROUND");
    HyperFormula.registerFunction("ROUND", ExcelFunctions as never);
  }
}
