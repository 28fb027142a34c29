/**
 * The correlations against LibreOffice Calc: PEARSON, CORREL, Spearman as
 * PEARSON over Calc's own RANK.AVG columns, and Cronbach's α from VAR.S
 * (the 相关 and 相关结果 sheets of test/fixtures/stats-oracle.xlsx, built by
 * scripts/make-stats-oracle.ts and recalculated with soffice).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { exceljsReader } from "../../io/readWorkbook.js";
import { PAIRS, ALPHA_ITEMS } from "../../../scripts/make-stats-oracle.js";
import { pearson } from "./pearson.js";
import { spearman } from "./spearman.js";
import { cronbachAlpha } from "./cronbachAlpha.js";

const FIXTURE = join(__dirname, "..", "..", "..", "test", "fixtures", "stats-oracle.xlsx");

let cases: { fn: string; columns: string; expected: unknown }[];
let sheetData: Map<string, number[]>;

beforeAll(async () => {
  const book = await exceljsReader.read(FIXTURE);
  const results = book.sheets.find((s) => s.name === "相关结果")!;
  cases = results.rows.slice(1).map((r) => ({ fn: String(r[0]!.v), columns: String(r[1]!.v), expected: r[2]?.v }));
  // The data as the fixture holds them (not only as the script says): columns A, B … of 相关.
  const data = book.sheets.find((s) => s.name === "相关")!;
  sheetData = new Map();
  for (let c = 0; c < 17; c++) {
    const col = String.fromCharCode(65 + c);
    sheetData.set(col, data.rows.map((row) => row?.[c]?.v).filter((v): v is number => typeof v === "number"));
  }
});

describe("correlations against LibreOffice's results", () => {
  it("the fixture holds each function over each pair, and the data the script declares", () => {
    expect(cases.map((c) => c.fn)).toEqual([...Object.keys(PAIRS).flatMap(() => ["PEARSON", "CORREL", "SPEARMAN"]), "CRONBACH"]);
    expect(cases.every((c) => typeof c.expected === "number")).toBe(true);
    for (const [key, [x, y]] of Object.entries(PAIRS)) {
      const [a, b] = key.split(",");
      expect([sheetData.get(a), sheetData.get(b)]).toEqual([x, y]);
    }
  });

  it("every case matches to 12 significant digits", () => {
    const mismatches = cases
      .map((c) => {
        let got: number | undefined;
        if (c.fn === "CRONBACH") got = cronbachAlpha(c.columns.split(",").map((col) => sheetData.get(col)!));
        else {
          const [x, y] = c.columns.split(",").map((col) => sheetData.get(col)!);
          got = c.fn === "SPEARMAN" ? spearman(x, y) : pearson(x, y);
        }
        const expected = c.expected as number;
        return got !== undefined && Math.abs(got - expected) <= 1e-12 * Math.max(1, Math.abs(expected)) ? undefined : `${c.fn}(${c.columns}) = ${got}, oracle ${expected}`;
      })
      .filter(Boolean);
    expect(mismatches).toEqual([]);
    expect(ALPHA_ITEMS.length).toBe(4);
  });
});
