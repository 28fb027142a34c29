/**
 * Builds the LibreOffice-recalculated fixture of the result workbook's
 * formulas: the samples' result workbook (with --formulas; 美式 and 中国式)
 * is written by kaoping, every cached value is stripped from its formula
 * cells (so LibreOffice must compute them), and LibreOffice converts it back
 * to .xlsx, storing the values it computed. src/io/workbook/libreOffice.test.ts
 * compares them with kaoping's, cell by cell.
 *
 * Regenerate (needs LibreOffice on your machine, never on CI):
 *   npm run build && node dist/scripts/make-formula-fixture.js
 * which writes formulas-<method>-uncached.xlsx to a temporary folder and runs
 *   soffice --headless --convert-to xlsx --outdir <tmp> formulas-<method>-uncached.xlsx
 * moving the result to test/fixtures/formulas-<method>-recalculated.xlsx.
 */
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sampleFormulaWorkbook } from "../src/io/workbook/formulaFixture.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(root, "test", "fixtures");

for (const method of ["competition", "dense"] as const) {
  const written = join(mkdtempSync(join(tmpdir(), "kaoping-fixture-")), "kaoping.xlsx");
  await sampleFormulaWorkbook(root, method, written);
  const zip = await JSZip.loadAsync(readFileSync(written));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    // <c … t="str"><f>…</f><v>优秀</v></c> → <c …><f>…</f></c>: a formula without a result is computed on load.
    const stripped = xml.replace(/<c([^>]*?)(?: t="(?:str|b)")?([^>]*)><f>([^<]*)<\/f><v>[^<]*<\/v><\/c>/g, "<c$1$2><f>$3</f></c>");
    zip.file(name, stripped);
  }
  const uncached = join(dirname(written), `formulas-${method}-uncached.xlsx`);
  writeFileSync(uncached, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  const out = mkdtempSync(join(tmpdir(), "kaoping-lo-"));
  const profile = mkdtempSync(join(tmpdir(), "kaoping-lo-profile-"));
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", out, uncached], { stdio: "inherit" });
  renameSync(join(out, `formulas-${method}-uncached.xlsx`), join(fixtures, `formulas-${method}-recalculated.xlsx`));
  console.log(`test/fixtures/formulas-${method}-recalculated.xlsx`);
}
