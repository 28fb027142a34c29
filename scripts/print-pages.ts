/**
 * node dist/scripts/print-pages.js [units=300] [--keep dir] [--file result.xlsx]
 *
 * How many A4 pages each sheet of the result workbook prints to, measured
 * with LibreOffice (`soffice --headless --convert-to pdf`, `pdfinfo`): on
 * the samples (with 2025 and the questionnaires) and on a generated office
 * of N units in 5 categories (bench.ts's generator, this year and last
 * year with another seed). Each sheet is converted alone: a copy of the
 * workbook with every other sheet hidden (Calc prints no hidden sheet), so
 * the count is the sheet's own. Prints a Markdown table for docs/printing.md.
 * LibreOffice is not on CI: nothing here is asserted.
 */
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(root, "dist", "src", "cli", "main.js");
const BENCH = join(root, "dist", "scripts", "bench.js");

function node(args: string[]): void {
  execFileSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

/** The workbook's sheet names, in tab order. */
async function sheetNames(zip: JSZip): Promise<string[]> {
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
}

/** One copy per sheet with every other sheet hidden; returns the copies' paths, in tab order. */
async function splitBySheet(path: string, dir: string): Promise<{ name: string; path: string }[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const names = await sheetNames(zip);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const copies: { name: string; path: string }[] = [];
  for (let k = 0; k < names.length; k++) {
    let i = -1;
    const shown = xml
      .replace(/<sheet name=/g, () => (++i === k ? "<sheet name=" : '<sheet state="hidden" name='))
      .replace(/activeTab="\d+"/, `activeTab="${k}"`)
      // Calc prints a hidden sheet that has a print area: only the shown sheet keeps its names.
      .replace(/<definedName [^>]*localSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (name, id) => (Number(id) === k ? name : ""))
      .replace("<definedNames></definedNames>", "");
    // The first sheet is the selected tab: a hidden selected tab confuses readers, so select the one shown.
    const copy = await JSZip.loadAsync(await readFile(path));
    copy.file("xl/workbook.xml", shown);
    for (const sheetFile of Object.keys(copy.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      const n = Number(/sheet(\d+)\.xml$/.exec(sheetFile)![1]);
      const text = await copy.file(sheetFile)!.async("string");
      copy.file(sheetFile, text.replace(/ tabSelected="1"/, "").replace(/<sheetView /, n === k + 1 ? '<sheetView tabSelected="1" ' : "<sheetView "));
    }
    const out = join(dir, `${String(k + 1).padStart(2, "0")}.xlsx`);
    await writeFile(out, await copy.generateAsync({ type: "nodebuffer" }));
    copies.push({ name: names[k], path: out });
  }
  return copies;
}

/** Pages per sheet of one workbook, converted by LibreOffice. */
async function pagesPerSheet(path: string, dir: string): Promise<{ name: string; pages: number }[]> {
  await mkdir(dir, { recursive: true });
  const copies = await splitBySheet(path, dir);
  // A profile of its own: soffice hands a conversion to a running instance of the same profile and waits on it.
  execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...copies.map((c) => c.path)], { stdio: "ignore" });
  return copies.map((c) => {
    const info = execFileSync("pdfinfo", [c.path.replace(/\.xlsx$/, ".pdf")], { encoding: "utf8" });
    return { name: c.name, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
  });
}

async function resultOf(dir: string): Promise<string> {
  const file = (await readdir(dir)).find((f) => f.endsWith("排名结果.xlsx"));
  return join(dir, file!);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keepAt = args.indexOf("--keep");
  const dir = keepAt >= 0 ? args[keepAt + 1] : await mkdtemp(join(tmpdir(), "kaoping-pages-"));
  const units = Number(args.find((x, i) => /^\d+$/.test(x) && args[i - 1] !== "--keep") ?? 300);
  await mkdir(dir, { recursive: true });
  // `--file x.xlsx`: only that workbook's pages per sheet.
  const fileAt = args.indexOf("--file");
  if (fileAt >= 0) {
    for (const s of await pagesPerSheet(args[fileAt + 1], join(dir, "pdf-file"))) console.log(`${s.name}\t${s.pages}`);
    return;
  }

  node([CLI, "score", "--questionnaires", join(root, "samples", "2026-问卷调查.xlsx"), "--no-charts", "--quiet", "--out", join(dir, "samples")]);
  const office = join(dir, "office");
  await mkdir(office, { recursive: true });
  node([BENCH, "--generate", String(units), join(office, `${units}-2026.xlsx`)]);
  node([BENCH, "--generate", String(units), join(office, `${units}-2025.xlsx`), "20251125"]);
  node([CLI, "score", "--submissions", join(office, `${units}-2026.xlsx`), "--previous", join(office, `${units}-2025.xlsx`), "--no-charts", "--quiet", "--out", join(office, "out")]);

  const samples = await pagesPerSheet(await resultOf(join(dir, "samples")), join(dir, "pdf-samples"));
  const big = await pagesPerSheet(await resultOf(join(office, "out")), join(dir, "pdf-office"));
  const per100 = (pages: number, n: number) => ((pages / n) * 100).toFixed(1);
  const names = [...new Set([...samples.map((s) => s.name), ...big.map((s) => s.name)])];
  const lines = [`| 工作表 | 示例（12 个单位）页数 | 每 100 个单位 | 生成的 ${units} 个单位（5 类）页数 | 每 100 个单位 |`, "| --- | --- | --- | --- | --- |"];
  for (const name of names) {
    const s = samples.find((x) => x.name === name);
    const b = big.find((x) => x.name === name);
    lines.push(`| ${name} | ${s?.pages ?? "—"} | ${s ? per100(s.pages, 12) : "—"} | ${b?.pages ?? "—"} | ${b ? per100(b.pages, units) : "—"} |`);
  }
  const sum = (list: { pages: number }[]) => list.reduce((n, x) => n + x.pages, 0);
  lines.push(`| 合计 | ${sum(samples)} | ${per100(sum(samples), 12)} | ${sum(big)} | ${per100(sum(big), units)} |`);
  console.log(lines.join("\n"));
  console.log(`\nPDF: ${dir}/pdf-samples, ${dir}/pdf-office`);
}

await main();
