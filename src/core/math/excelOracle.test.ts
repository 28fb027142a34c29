/**
 * kaoping's statistics against an independent oracle: formulas evaluated by
 * LibreOffice Calc (test/fixtures/stats-oracle.xlsx, built by
 * scripts/make-stats-oracle.ts and recalculated with soffice; see that
 * script for how to regenerate). Tests only read the cached results.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { exceljsReader } from "../../io/readWorkbook.js";
import type { SheetGrid } from "../table/grid.js";
import { mean } from "./mean.js";
import { median } from "./median.js";
import { sampleStdDev } from "./sampleStdDev.js";
import { populationStdDev } from "./populationStdDev.js";
import { sampleVariance } from "./sampleVariance.js";
import { quartileInclusive } from "./quartileInclusive.js";
import { percentileInclusive } from "./percentileInclusive.js";
import { percentRankInclusive } from "./percentRankInclusive.js";
import { rankCompetition } from "./rankCompetition.js";
import { rankAverage } from "./rankAverage.js";
import { rankDense } from "./rankDense.js";
import { roundExcel } from "./roundExcel.js";

const FIXTURE = join(__dirname, "..", "..", "..", "test", "fixtures", "stats-oracle.xlsx");

interface Case {
  fn: string;
  col: string;
  arg: number | undefined;
  expected: number;
  row: number;
}

let data: Record<string, number[]>;
let cases: Case[];

beforeAll(async () => {
  const book = await exceljsReader.read(FIXTURE);
  const dataSheet = book.sheets.find((s) => s.name === "数据")!;
  data = {};
  for (const [c, col] of ["A", "B", "C", "D", "E"].entries()) {
    data[col] = dataSheet.rows.map((r) => r?.[c]?.v).filter((v): v is number => typeof v === "number");
  }
  const res: SheetGrid = book.sheets.find((s) => s.name === "结果")!;
  cases = res.rows.slice(1).map((r, i) => ({
    fn: String(r[0]!.v),
    col: String(r[1]!.v),
    arg: typeof r[2]?.v === "number" ? r[2].v : undefined,
    expected: r[3]!.v as number,
    row: i + 2,
  }));
});

function ours(c: Case): number {
  const v = data[c.col];
  const x = c.arg!;
  const at = (ranks: number[]) => ranks[v.indexOf(x)];
  switch (c.fn) {
    case "AVERAGE": return mean(v);
    case "MEDIAN": return median(v);
    case "STDEV.S": return sampleStdDev(v);
    case "STDEV.P": return populationStdDev(v);
    case "VAR.S": return sampleVariance(v);
    case "QUARTILE.INC": return quartileInclusive(v, x as 0 | 1 | 2 | 3 | 4);
    case "PERCENTILE.INC": return percentileInclusive(v, x);
    case "PERCENTRANK.INC": return percentRankInclusive(v, x);
    case "RANK.EQ": return at(rankCompetition(v));
    case "RANK.AVG": return at(rankAverage(v));
    case "DENSE": return at(rankDense(v));
    case "ROUND0": return roundExcel(x, 0);
    case "ROUND2": return roundExcel(x, 2);
    default: throw new Error(`unknown oracle function ${c.fn}`);
  }
}

describe("Excel-exact statistics against LibreOffice's results", () => {
  it("the fixture holds every function over every data set", () => {
    expect(new Set(cases.map((c) => c.fn))).toEqual(
      new Set(["AVERAGE", "MEDIAN", "STDEV.S", "STDEV.P", "VAR.S", "QUARTILE.INC", "PERCENTILE.INC", "PERCENTRANK.INC", "RANK.EQ", "RANK.AVG", "DENSE", "ROUND0", "ROUND2"]),
    );
    expect(cases.length).toBeGreaterThan(150);
    expect(cases.every((c) => typeof c.expected === "number")).toBe(true);
  });

  it("every case matches to 12 significant digits (PERCENTRANK.INC: see below)", () => {
    const mismatches = cases
      .filter((c) => c.fn !== "PERCENTRANK.INC")
      .map((c) => {
        const got = ours(c);
        const ok = Math.abs(got - c.expected) <= 1e-12 * Math.max(1, Math.abs(c.expected));
        return ok ? undefined : `row ${c.row}: ${c.fn}(${c.col}${c.arg !== undefined ? ", " + c.arg : ""}) = ${got}, oracle ${c.expected}`;
      })
      .filter(Boolean);
    expect(mismatches).toEqual([]);
  });

  it("PERCENTRANK.INC agrees with LibreOffice to its last digit; kaoping truncates as Excel does", () => {
    // LibreOffice rounds to 3 significant digits (0.667, 0.0833); Excel
    // truncates to 3 decimals (0.666, 0.083: Microsoft's documented example
    // is checked in math.test.ts). So the two may differ
    // by at most 0.001.
    const far = cases
      .filter((c) => c.fn === "PERCENTRANK.INC")
      .filter((c) => Math.abs(ours(c) - c.expected) > 0.001 + 1e-9)
      .map((c) => `row ${c.row}: ${ours(c)} vs ${c.expected}`);
    expect(far).toEqual([]);
    const rounded = cases.filter((c) => c.fn === "PERCENTRANK.INC" && c.expected === 0.667);
    expect(rounded.map(ours)).toEqual(rounded.map(() => 0.666));
  });
});
