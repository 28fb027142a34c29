/**
 * The 自评表's sheet protection: the password hash is made once per run and
 * every sheet of every form carries it, and it is the hash Excel checks the
 * published password against (ISO/IEC 29500 agile hashing: SHA-512 over
 * salt + UTF-16LE password, then spinCount rounds of SHA-512 over the
 * previous hash + the round number as 4 little-endian bytes).
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { parseCriteriaRows } from "../../test/grids.js";
import { buildForm, FORM_PASSWORD, hashFormPassword } from "./writeForms.js";

/** Excel's sheet-password hash, written out from the standard rather than taken from exceljs. */
function excelPasswordHash(password: string, saltBase64: string, spinCount: number): string {
  let key = createHash("sha512").update(Buffer.from(saltBase64, "base64")).update(Buffer.from(password, "utf16le")).digest();
  const round = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i++) {
    round.writeUInt32LE(i, 0);
    key = createHash("sha512").update(key).update(round).digest();
  }
  return key.toString("base64");
}

async function reopened(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

type Protection = { sheet?: boolean; algorithmName?: string; saltValue?: string; hashValue?: string; spinCount?: number; formatColumns?: boolean };
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection: Protection | null }).sheetProtection;

describe("form protection", () => {
  it("protects both sheets of every form with one hash that the published password opens", async () => {
    const { criteria } = parseCriteriaRows([["1", "组织领导", "成立领导小组", 10, "是否", "领导小组已成立"]]);
    const stamp = { criteriaFile: "体系.xlsx", criteriaHash: "0", year: "2026" };
    const hash = await hashFormPassword();
    const forms = await Promise.all([{ name: "甲局", category: "" }, { name: "乙局", category: "" }].map((u) => reopened(buildForm(criteria, stamp, hash, u))));
    const protections = forms.flatMap((wb) => wb.worksheets.map(protectionOf));
    // 2 forms × (自评表 + the hidden stamp sheet)
    expect(protections).toHaveLength(4);
    for (const p of protections) {
      expect(p).toMatchObject({ sheet: true, algorithmName: "SHA-512", spinCount: 100000, saltValue: hash.saltValue, hashValue: hash.hashValue });
    }
    // Columns may be widened on the 自评表 (formatColumns="0" in the file), not on the stamp sheet.
    expect(protections.map((p) => p?.formatColumns ?? false)).toEqual([true, false, true, false]);
    expect(excelPasswordHash(FORM_PASSWORD, hash.saltValue, 100000)).toBe(hash.hashValue);
    expect(excelPasswordHash("kaoping2", hash.saltValue, 100000)).not.toBe(hash.hashValue);
  });
});
