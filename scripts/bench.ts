/**
 * npm run bench [-- 1000 20000 100000]
 *
 * Deterministic generated submissions (N units × 60 columns) against the
 * shipped criteria, scored by the real CLI end to end. Reports wall time
 * and peak RSS per stage and in total, the read floor (inflate + cell scan
 * of the same input) and write floor (the output's sheet XML built by a
 * minimal builder and deflated at the level used), and a pandas equivalent
 * when python3 has pandas.
 * Results and machine details go to BENCHMARKS.md. Nothing here asserts.
 */
import ExcelJS from "exceljs";
import { execFile, execFileSync } from "node:child_process";
import { cpus, totalmem, tmpdir } from "node:os";
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { streamingReader } from "../src/io/readWorkbook.js";
import { inflateEntry, readZipDirectory } from "../src/io/zipReader.js";
import { XLSX_DEFLATE_LEVEL } from "../src/io/xlsx/writeXlsx.js";
import { IssueLog } from "../src/core/issues.js";
import { parseCriteria } from "../src/core/criteria/parseCriteria.js";
import { formFields } from "../src/core/submissions/formLayout.js";
import { simulateRanks } from "../src/core/analysis/robustness.js";
import { rankVarianceShares } from "../src/core/analysis/rankSensitivity.js";
import { drawsWithinBudget } from "../src/core/analysis/rankRobustness.js";
import { DETAIL_ROWS_PER_SHEET } from "../src/io/workbook/frame.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(root, "dist", "src", "cli", "main.js");
const COLUMNS = 60;

/** A small deterministic generator (mulberry32), so every run scores the same file. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The inspectors' sheet as kaoping's long table (单位名称 | 评委 | item…, two inspectors a unit) or as an
 * office's 汇总表 (a title row, each item's name merged over 评委1…评委5 and a 平均分 column, units down the side).
 */
type PanelLayoutName = "long" | "summary";

async function generate(n: number, path: string, seed = 20261125, panelLayout: PanelLayoutName = "long"): Promise<void> {
  const criteria = parseCriteria(await streamingReader.read(join(root, "scoring-sheets", "文明机关测评体系.xlsx")), new IssueLog());
  const fields = formFields(criteria);
  const extra = Array.from({ length: COLUMNS - 2 - fields.length }, (_, i) => `备用字段${i + 1}`);
  const rnd = random(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("申报数据");
  ws.addRow(["单位名称", "单位类别", ...fields.map((f) => (f.kind === "percent" ? `${f.field}（%）` : f.kind === "permille" ? `${f.field}（‰）` : f.field)), ...extra]).commit();
  const categories = ["乡镇", "市直机关", "教育系统", "窗口单位", "企业"];
  // Shares and totals are drawn together, as a real office's figures are: a part never exceeds its whole.
  const wholes = new Map<string, string[]>();
  for (const item of criteria.items) {
    if (item.rule.id === "ratio" || (item.rule.id === "completion" && item.fields.length === 2) || (item.rule.id === "formula" && /\//.test(String(item.params.formula)))) wholes.set(item.fields[1], [item.fields[0]]);
    if (item.rule.id === "satisfaction") wholes.set(item.fields[2], [item.fields[0], item.fields[1]]);
  }
  const partOf = new Set([...wholes.values()].flat());
  for (let i = 0; i < n; i++) {
    const drawn = new Map<string, number>();
    for (const [whole, parts] of wholes) {
      const total = 20 + Math.floor(rnd() * 180);
      drawn.set(whole, total);
      let left = total;
      for (const part of parts) {
        const share = Math.round(left * (0.55 + 0.45 * rnd()));
        drawn.set(part, share);
        left -= share;
      }
    }
    const values = fields.map((f) => {
      if (drawn.has(f.field)) return drawn.get(f.field)!;
      const x = rnd();
      if (partOf.has(f.field)) return Math.floor(x * 40);
      switch (f.kind) {
        case "yesno":
          return f.item.rule.id === "veto" ? (x < 0.01 ? "是" : "否") : x < 0.9 ? "是" : "否";
        case "grade":
          return "ABCD"[Math.floor(x * 4)];
        case "percent":
          return Math.round((90 + x * 10) * 10) / 10;
        case "permille":
          return Math.round((8 + x * 16) * 10) / 10;
        case "score":
          return Math.round(x * (f.max ?? 5) * 10) / 10;
        default:
          return Math.floor(x * 40);
      }
    });
    ws.addRow([`单位${String(i + 1).padStart(6, "0")}`, categories[i % categories.length], ...values, ...extra.map(() => Math.floor(rnd() * 100))]).commit();
  }
  ws.commit();
  // The shipped criteria score 6.1.1's 实地考察 part from the inspectors' sheet: without it every unit
  // would carry an error and a 0 part, which no office's run does. Two inspectors per unit, in 长表 layout (300,000 rows is the per-sheet bound).
  const panelItems = criteria.items.filter((item) => item.methods?.parts?.some((part) => part.method.id === "onsite"));
  const panel = wb.addWorksheet("评委打分");
  if (panelLayout === "long") {
    panel.addRow(["单位名称", "评委", ...panelItems.map((item) => item.name)]).commit();
    for (let i = 0; i < n; i++) {
      for (const who of ["评委甲", "评委乙"]) panel.addRow([`单位${String(i + 1).padStart(6, "0")}`, who, ...panelItems.map((item) => Math.round(rnd() * item.points * 2) / 2)]).commit();
    }
  } else {
    const inspectors = ["评委1", "评委2", "评委3", "评委4", "评委5"];
    const span = inspectors.length + 1;
    const width = 1 + panelItems.length * span;
    const head = [
      panel.addRow(["2026年度实地考察评委打分汇总表", ...Array(width - 1).fill(null)]),
      panel.addRow(["单位名称", ...panelItems.flatMap((item) => [`${item.name}（${item.points}分）`, ...Array(span - 1).fill(null)])]),
      panel.addRow([null, ...panelItems.flatMap(() => [...inspectors, "平均分"])]),
    ];
    // Merged while the header rows are still open (the streaming writer refuses cells of committed rows).
    panel.mergeCells(1, 1, 1, width);
    panel.mergeCells(2, 1, 3, 1);
    panelItems.forEach((_, k) => panel.mergeCells(2, 2 + k * span, 2, 1 + (k + 1) * span));
    for (const row of head) row.commit();
    for (let i = 0; i < n; i++) {
      const scores = panelItems.map((item) => inspectors.map(() => Math.round(rnd() * item.points * 2) / 2));
      panel.addRow([`单位${String(i + 1).padStart(6, "0")}`, ...scores.flatMap((list) => [...list, Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 100) / 100])]).commit();
    }
  }
  panel.commit();
  await wb.commit();
}

/** Inflate the first sheet (native zlib) and count its cells: the least any reader must do. */
async function readFloor(path: string): Promise<number> {
  const data = await readFile(path);
  const t = performance.now();
  // Every worksheet kaoping must read: 申报数据 and the inspectors' 评委打分.
  const entries = [...readZipDirectory(data)].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).map(([, entry]) => entry);
  let cells = 0;
  for (const entry of entries) {
    const decoder = new TextDecoder();
    await inflateEntry(data, entry, (chunk) => {
      const text = decoder.decode(chunk, { stream: true });
      for (let i = text.indexOf("<c "); i >= 0; i = text.indexOf("<c ", i + 3)) cells++;
      return true;
    });
  }
  void cells;
  return performance.now() - t;
}

/** One parsed cell of the written output, held for the write floor's builder. */
interface FloorCell {
  r?: string;
  s?: string;
  t?: string;
  /** xml:space="preserve" on the text. */
  keep?: boolean;
  /** A formula as written (already escaped): kaoping writes live formulas with their cached value. */
  f?: string;
  v: string | number;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

// Not src's escapeXml: the floor is an independent minimal builder, not a timing of kaoping's own code.
function escapeForFloor(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;") : text;
}

function parseCells(inner: string): FloorCell[] {
  const cells: FloorCell[] = [];
  for (const m of inner.matchAll(/<c( [^>]*?)?(?:\/>|>(.*?)<\/c>)/gs)) {
    const attrs = m[1] ?? "";
    const cell: FloorCell = { v: "" };
    for (const a of attrs.matchAll(/(\w+)="([^"]*)"/g)) if (a[1] === "r" || a[1] === "s" || a[1] === "t") cell[a[1]] = a[2];
    const body = m[2] ?? "";
    if (cell.t === "inlineStr") {
      const text = /<t( xml:space="preserve")?>(.*?)<\/t>/s.exec(body);
      cell.keep = Boolean(text?.[1]);
      cell.v = unescapeXml(text?.[2] ?? "");
    }
    else {
      const f = /<f>(.*?)<\/f>/.exec(body)?.[1];
      if (f !== undefined) cell.f = f;
      const v = /<v>(.*?)<\/v>/.exec(body)?.[1];
      if (v !== undefined) cell.v = cell.t ? v : Number(v);
    }
    cells.push(cell);
  }
  return cells;
}

/** The least a writer must do to produce one row's XML from values in memory. */
function buildRow(attrs: string, cells: FloorCell[]): string {
  let xml = `<row${attrs}>`;
  for (const c of cells) {
    let head = c.r ? `<c r="${c.r}"` : "<c";
    if (c.s) head += ` s="${c.s}"`;
    if (c.t === "inlineStr") xml += `${head} t="inlineStr"><is><t${c.keep ? ' xml:space="preserve"' : ""}>${escapeForFloor(c.v as string)}</t></is></c>`;
    else if (c.f !== undefined) xml += `${head}${c.t ? ` t="${c.t}"` : ""}><f>${c.f}</f>${c.v === "" ? "" : `<v>${c.v}</v>`}</c>`;
    else if (c.t) xml += `${head} t="${c.t}"><v>${c.v}</v></c>`;
    else if (c.v === "") xml += `${head}/>`;
    else xml += `${head}><v>${c.v}</v></c>`;
  }
  return xml + "</row>";
}

/**
 * The write floor, as the issue defines it: the output's sheet XML built
 * from values in memory and deflated at the level kaoping writes with.
 * Every sheet of the written workbook is parsed back into values (not
 * timed), then rebuilt by a minimal template-string builder encoded
 * row by row into buffers (timed: build), then deflated on this thread
 * (timed: deflate). Building is measured in batches of parsed rows so the
 * parsed values never all sit in memory at once.
 */
async function writeFloor(path: string): Promise<{ build: number; deflate: number }> {
  const data = await readFile(path);
  const sheets = [...readZipDirectory(data).values()].filter((e) => /^xl\/worksheets\/[^/]*\.xml$/.test(e.name));
  let build = 0;
  let deflate = 0;
  for (const e of sheets) {
    const encoded: Buffer[] = [];
    let buffer = Buffer.allocUnsafe(1 << 20);
    let used = 0;
    const put = (s: string) => {
      if (used + s.length * 3 > buffer.length) {
        encoded.push(buffer.subarray(0, used));
        buffer = Buffer.allocUnsafe(Math.max(1 << 20, s.length * 3));
        used = 0;
      }
      used += buffer.write(s, used, "utf8");
    };
    const decoder = new TextDecoder();
    let pending = "";
    let head: string | undefined;
    const rowsIn = (text: string) => {
      const batch: [string, FloorCell[]][] = [];
      let consumed = 0;
      for (const m of text.matchAll(/<row( [^>]*?)(?:\/>|>(.*?)<\/row>)/gs)) {
        batch.push([m[1], parseCells(m[2] ?? "")]);
        consumed = m.index + m[0].length;
      }
      const t = performance.now();
      for (const [attrs, cells] of batch) put(buildRow(attrs, cells));
      build += performance.now() - t;
      return consumed;
    };
    await inflateEntry(data, e, (chunk) => {
      pending += decoder.decode(chunk, { stream: true });
      if (head === undefined) {
        const at = pending.indexOf("<sheetData>");
        if (at < 0) return true;
        head = pending.slice(0, at + "<sheetData>".length);
        put(head);
        pending = pending.slice(head.length);
      }
      pending = pending.slice(rowsIn(pending));
      return true;
    });
    const tail = pending.slice(rowsIn(pending));
    put(tail);
    encoded.push(buffer.subarray(0, used));
    const xml = Buffer.concat(encoded);
    // The rebuilt XML must be the written XML, or the floor measures something else.
    if (xml.length !== e.size) process.stderr.write(`写下限：${e.name} 重建 ${xml.length} 字节，原为 ${e.size} 字节\n`);
    const t = performance.now();
    deflateRawSync(xml, { level: XLSX_DEFLATE_LEVEL });
    deflate += performance.now() - t;
  }
  return { build, deflate };
}

interface Run {
  stages: { stage: string; ms: number; peakRssMb: number }[];
  totalMs: number;
  peakRssMb: number;
  wallMs: number;
}

function runCli(args: string[]): Promise<Run> {
  const t = performance.now();
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, KAOPING_BENCH: "1" }, maxBuffer: 64 << 20, timeout: 30 * 60_000 }, (err, _out, stderr) => {
      const line = stderr.split("\n").find((l) => l.startsWith("KAOPING_BENCH "));
      if (!line) return reject(new Error(`kaoping failed: ${err?.message ?? ""}\n${stderr.slice(-2000)}`));
      resolve({ ...JSON.parse(line.slice("KAOPING_BENCH ".length)), wallMs: performance.now() - t });
    }),
  );
}

const PANDAS = `
import sys, time, pandas as pd
t = time.time()
df = pd.read_excel(sys.argv[1])
num = df.select_dtypes("number")
df["总分"] = (num * 0.5).sum(axis=1)
df["名次"] = df["总分"].rank(method="min", ascending=False)
df.to_excel(sys.argv[2], index=False)
print((time.time() - t) * 1000)
`;

/** A python3 that has pandas and openpyxl: the one on PATH, else the system one (apt's python3-pandas). */
function pandasPython(): string | undefined {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(python, ["-c", "import pandas, openpyxl"], { stdio: "ignore" });
      return python;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/**
 * The pandas anchor for the same rows kaoping writes (issue 17): read the
 * submissions, score every item of the shipped criteria, total, rank and
 * grade, then write 总排名 (a row per unit), 分项得分 (a column per item)
 * and 计分明细 (a row per unit and item, its 11 columns, a 计算过程 text per
 * row, split at Excel's row limit as kaoping splits it) with openpyxl.
 * Every item is scored by one proportional rule (its first 数据项 over the
 * column's largest value, times its 分值), not kaoping's 14 rule types:
 * this is the least pandas would do for these rows, so the ratio flatters
 * pandas if anything.
 */
const PANDAS_SHEETS = `
import sys, json, time, math, pandas as pd, numpy as np
t = time.time()
items = json.load(open(sys.argv[3], encoding="utf-8"))
limit = int(sys.argv[4])
df = pd.read_excel(sys.argv[1], sheet_name="申报数据")
names, cats = df["单位名称"].astype(str), df["单位类别"].astype(str)
scores, details = {}, []
for it in items:
    col = it["columns"][0]
    raw = df[col]
    num = pd.to_numeric(raw.replace({"是": 1, "否": 0, "A": 4, "B": 3, "C": 2, "D": 1}), errors="coerce")
    top = num.max()
    rate = (num / top).clip(0, 1).fillna(0) if top and top > 0 else pd.Series(0.0, index=df.index)
    score = (rate * it["points"]).round(2)
    scores[it["key"]] = score
    shown = raw.astype(str)
    details.append(pd.DataFrame({"单位": names, "类别": cats, "编号": it["key"], "一级指标": it["level1"], "指标": it["name"], "计分方式": it["rule"],
        "数据": col + "=" + shown, "计算过程": shown + " ÷ " + str(top) + " × " + str(it["points"]) + " = " + score.astype(str),
        "得分率": rate.round(4), "得分": score, "分值": it["points"]}))
item_scores = pd.DataFrame(scores)
total = item_scores.sum(axis=1).round(2)
grade = pd.cut(total, [-math.inf, 60, 75, 90, math.inf], labels=["不合格", "合格", "良好", "优秀"], right=False)
ranking = pd.DataFrame({"名次": total.rank(method="min", ascending=False).astype(int), "单位名称": names, "单位类别": cats, "总分": total,
    "等级": grade, "百分位": total.rank(pct=True).round(4)}).sort_values("名次", kind="stable")
detail = pd.concat(details).sort_index(kind="stable")
with pd.ExcelWriter(sys.argv[2], engine="openpyxl") as w:
    ranking.to_excel(w, sheet_name="总排名", index=False)
    pd.concat([names, cats, item_scores, total.rename("总分")], axis=1).to_excel(w, sheet_name="分项得分", index=False)
    for part, start in enumerate(range(0, len(detail), limit)):
        detail.iloc[start:start + limit].to_excel(w, sheet_name="计分明细" if part == 0 else f"计分明细{part + 1}", index=False)
print((time.time() - t) * 1000)
`;

/** Milliseconds for the three-sheet pandas anchor on one input, or NaN when it fails. */
async function pandasSheetsMs(python: string, input: string, dir: string): Promise<number> {
  const criteria = parseCriteria(await streamingReader.read(join(root, "scoring-sheets", "文明机关测评体系.xlsx")), new IssueLog());
  // The column headers generate() wrote for each item's 数据项 (a % or ‰ field carries its unit).
  const header = new Map(formFields(criteria).map((f) => [f.field, f.kind === "percent" ? `${f.field}（%）` : f.kind === "permille" ? `${f.field}（‰）` : f.field]));
  const items = criteria.items
    .filter((i) => i.fields.some((f) => header.has(f)))
    .map((i) => ({ key: i.key, name: i.name, level1: i.level1, rule: i.rule.id, points: i.points, columns: i.fields.filter((f) => header.has(f)).map((f) => header.get(f)) }));
  await writeFile(join(dir, "items.json"), JSON.stringify(items));
  await writeFile(join(dir, "bench-sheets.py"), PANDAS_SHEETS);
  try {
    const out = execFileSync(python, [join(dir, "bench-sheets.py"), input, join(dir, "pandas-sheets.xlsx"), join(dir, "items.json"), String(DETAIL_ROWS_PER_SHEET)], { encoding: "utf8", maxBuffer: 1 << 20, timeout: 60 * 60_000 });
    return Number(out.trim());
  } catch (e) {
    process.stderr.write(`pandas 三表对照失败：${(e as Error).message.split("\n")[0]}\n`);
    return NaN;
  }
}

/** One timed process: wall, CPU (user + sys) and peak RSS, the last two from GNU time where it is installed. */
interface Timed {
  wallMs: number;
  cpuS?: number;
  peakRssMb?: number;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";

function timedRun(command: string, args: string[], opts: { cwd?: string } = {}): Promise<Timed> {
  const gnu = process.platform === "linux" && existsSync(GNU_TIME);
  const [file, argv] = gnu ? [GNU_TIME, ["-f", "KAOPING_TIME %U %S %M", command, ...args]] : [command, args];
  const t = performance.now();
  return new Promise((resolve, reject) =>
    execFile(file, argv, { cwd: opts.cwd, env: { ...process.env, KAOPING_BENCH: "1" }, maxBuffer: 64 << 20, timeout: 30 * 60_000 }, (err, _out, stderr) => {
      const wallMs = performance.now() - t;
      if (err) return reject(new Error(`${command} ${args.join(" ")} failed: ${err.message}\n${stderr.slice(-2000)}`));
      const m = /KAOPING_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      resolve({ wallMs, cpuS: m ? Number(m[1]) + Number(m[2]) : undefined, peakRssMb: m ? Number(m[3]) / 1024 : undefined, stderr });
    }),
  );
}

/**
 * The runs of issue 17, as an office PC sees them: the 12-unit `npm start`
 * on a fresh copy of the project (first run: build included) and again
 * (built: nothing to rebuild), `template` for 300 units, `--all-units` for
 * 300 units, and 1,000 units with charts and the 通报. A markdown table.
 */
async function officeRuns(dir: string): Promise<string> {
  const rows: string[] = [];
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const row = (what: string, t: Timed, extra: string, target: string) =>
    rows.push(`| ${what} | ${s(t.wallMs)} | ${t.cpuS?.toFixed(2) ?? "—"} | ${t.peakRssMb?.toFixed(0) ?? "—"} | ${extra} | ${target} |`);

  // A fresh clone as far as the build can tell: sources, samples and settings copied, no dist/, node_modules linked.
  const copy = join(dir, "fresh-copy");
  await mkdir(copy);
  for (const part of ["package.json", "tsconfig.json", "src", "scripts", "samples", "scoring-sheets"]) await cp(join(root, part), join(copy, part), { recursive: true });
  await symlink(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  process.stderr.write("npm start（首次，含构建）…\n");
  row("12 个单位 `npm start`，首次（含构建）", await timedRun(npm, ["start", "--silent"], { cwd: copy }), "", "—");
  process.stderr.write("npm start（已构建）…\n");
  row("12 个单位 `npm start`，已构建", await timedRun(npm, ["start", "--silent"], { cwd: copy }), "", "≤ 3 s");

  const list = join(dir, "名单-300.xlsx");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: list, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("名单");
  ws.addRow(["单位名称", "单位类别"]).commit();
  for (let i = 1; i <= 300; i++) ws.addRow([`单位${String(i).padStart(6, "0")}`, ["乡镇", "市直机关", "教育系统"][i % 3]]).commit();
  await wb.commit();
  process.stderr.write("template 300…\n");
  row("`template`，300 个单位", await timedRun(process.execPath, [CLI, "template", "--units", list, "--year", "2026", "-o", join(dir, "forms-300")]), "301 个文件", "≤ 10 s");

  const input300 = join(dir, "office-300.xlsx");
  await generate(300, input300);
  process.stderr.write("--all-units 300…\n");
  const all = await timedRun(process.execPath, [CLI, "score", "--submissions", input300, "--no-previous", "--all-units", "--quiet", "--out", join(dir, "all-300")]);
  const book = (await stat(join(dir, "all-300", "office-300-排名结果.xlsx"))).size / 1e6;
  row("`--all-units`，300 个单位", all, `结果工作簿 ${book.toFixed(1)} MB`, "≤ 15 s，≤ 1 GB，≤ 20 MB");

  const input1000 = join(dir, "office-1000.xlsx");
  await generate(1000, input1000);
  process.stderr.write("1000 含图表与通报…\n");
  row("1,000 个单位，含图表与通报", await timedRun(process.execPath, [CLI, "score", "--submissions", input1000, "--no-previous", "--report", "--quiet", "--out", join(dir, "report-1000")]), "", "≤ 2 s，≤ 400 MB");

  return `## 办公室电脑上的几项（议题 17）

同一次运行测得。CPU = 用户态 + 内核态时间，峰值内存 = 进程的最大常驻内存（GNU time；没有它的系统上留空）。

| 场景 | 耗时 (s) | CPU (s) | 峰值内存 (MB) | 其他 | 目标 |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  if (!sizes.length) sizes.push(1000, 20000, 100000);
  const dir = await mkdtemp(join(tmpdir(), "kaoping-bench-"));
  const python = pandasPython();
  const pandas = Boolean(python);
  const rows: string[] = [];
  let summaryLayoutRow = "";
  const s = (ms: number) => (ms / 1000).toFixed(2);
  for (const n of sizes) {
    const input = join(dir, `${n}.xlsx`);
    process.stderr.write(`生成 ${n} 个单位 × ${COLUMNS} 列…\n`);
    await generate(n, input);
    const out = join(dir, `out-${n}`);
    process.stderr.write(`计分 ${n}…\n`);
    let run: Run | undefined;
    let failure = "";
    try {
      run = await runCli(["score", "--submissions", input, "--no-previous", "--no-charts", "--quiet", "--out", out]);
    } catch (e) {
      failure = (e as Error).message.split("\n").slice(0, 3).join(" ");
    }
    const rf = await readFloor(input);
    const wf = run ? await writeFloor(join(out, `${n}-排名结果.xlsx`)) : undefined;
    let charts = "";
    if (n <= 1000) {
      const withCharts = await runCli(["score", "--submissions", input, "--no-previous", "--quiet", "--out", join(dir, `charts-${n}`)]);
      charts = `${s(withCharts.wallMs)} s`;
    }
    let pandasMs = NaN;
    if (pandas) {
      await writeFile(join(dir, "bench.py"), PANDAS);
      pandasMs = Number(execFileSync(python!, [join(dir, "bench.py"), input, join(dir, `pandas-${n}.xlsx`)], { encoding: "utf8", maxBuffer: 1 << 20 }).trim());
    }
    const pandasSheets = pandas ? await pandasSheetsMs(python!, input, dir) : NaN;
    const stageText = run ? run.stages.map((x) => `${x.stage} ${s(x.ms)} s / ${x.peakRssMb.toFixed(0)} MB`).join("，") : failure;
    const floors = wf ? rf + wf.build + wf.deflate : NaN;
    rows.push(
      `| ${n.toLocaleString("en")} | ${run ? s(run.wallMs) : "失败"} | ${stageText} | ${run ? run.peakRssMb.toFixed(0) : "—"} | ${s(rf)} | ${wf ? `${s(wf.build + wf.deflate)}（生成 ${s(wf.build)} + 压缩 ${s(wf.deflate)}）` : "—"} | ${run && wf ? (run.wallMs / floors).toFixed(1) + "×" : "—"} | ${pandas ? s(pandasMs) + " s（" + (run ? (pandasMs / run.wallMs).toFixed(1) : "—") + "×）" : "未安装，跳过"} | ${pandas ? (Number.isNaN(pandasSheets) ? "失败" : s(pandasSheets) + " s（" + (run ? (pandasSheets / run.wallMs).toFixed(1) : "—") + "×）") : "未安装，跳过"} | ${charts || "—"} |`,
    );
    process.stderr.write(rows[rows.length - 1] + "\n");
    await rm(out, { recursive: true, force: true });
    if (n === Math.max(...sizes) && run) summaryLayoutRow = await summaryLayoutRun(n, dir, run);
  }
  const office = await officeRuns(dir);
  const machine = `${cpus()[0]?.model ?? "unknown CPU"}，${cpus().length} 核，内存 ${(totalmem() / 1024 ** 3).toFixed(0)} GB，Node ${process.version}`;
  const md = `# 性能基准 / Benchmarks

由 \`npm run bench\` 生成（${new Date().toISOString().slice(0, 10)}）。机器：${machine}。

输入：确定性生成的申报数据，N 个单位 × ${COLUMNS} 列，按自带测评体系计分；运行真实的 \`kaoping score --no-previous --no-charts\`（1,000 个单位另测一次含图表）。
读下限 = 解压输入工作表 XML 并扫描单元格；写下限 = 按议题的定义，生成并压缩输出的全部工作表 XML：把写出的工作表读回成值（不计时），用最简单的模板字符串逐行生成同样的 XML 并编码（生成），再在同一线程以 kaoping 的压缩级别（${XLSX_DEFLATE_LEVEL}）压缩（压缩）；读下限用同样的原生 zlib 解压。pandas 对照：read_excel、加权求和、排名、to_excel（一张表）；pandas 三表：写出与 kaoping 同样的总排名、分项得分和计分明细各行（每单位每指标一行、11 列、每行一段计算过程，超过 Excel 行数上限时分表；每项按同一个比例规则计分，比 kaoping 的 14 种计分方式省事，倍数只会偏向 pandas）。倍数 = pandas 耗时 ÷ kaoping 耗时。

| 单位数 | 总耗时 (s) | 各阶段（耗时 / 阶段结束时的峰值内存） | 峰值内存 (MB) | 读下限 (s) | 写下限 (s) | 总耗时 ÷ 两下限之和 | pandas (s，倍数) | pandas 三表 (s，倍数) | 1,000 单位含图表 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

${summaryLayoutRow}
${office}
目标（2 核机器，议题 17）：100k × 60 端到端不超过两下限之和的 1.5 倍、峰值内存 ≤ 500 MB；办公室电脑上的几项见上表“目标”列。未达到的目标及原因见下方说明。
${robustnessBench()}`;
  await writeFile(join(root, "BENCHMARKS.md"), md + (await readFile(join(root, "docs", "benchmark-notes.md"), "utf8").catch(() => "")));
  await rm(dir, { recursive: true, force: true });
  console.log(md);
}

/**
 * The same units with the inspectors' sheet as an office lays it out (汇总表: title row, merged two-row header,
 * five inspectors and a 平均分 column per item) instead of kaoping's long table: what a clerk's layout costs.
 */
async function summaryLayoutRun(n: number, dir: string, long: Run): Promise<string> {
  const input = join(dir, `${n}-汇总表.xlsx`);
  process.stderr.write(`生成 ${n} 个单位（评委打分为汇总表）…\n`);
  await generate(n, input, 20261125, "summary");
  const out = join(dir, `out-${n}-summary`);
  const run = await runCli(["score", "--submissions", input, "--no-previous", "--no-charts", "--quiet", "--out", out]);
  await rm(out, { recursive: true, force: true });
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const row = `| ${n.toLocaleString("en")} | 长表（每单位 2 位评委，kaoping 的生成器） | ${s(long.wallMs)} | ${long.peakRssMb.toFixed(0)} |\n| ${n.toLocaleString("en")} | 汇总表（标题行、两行合并表头，每项 5 位评委 + 平均分列） | ${s(run.wallMs)} | ${run.peakRssMb.toFixed(0)} |`;
  process.stderr.write(`汇总表 ${row}\n`);
  return `
### 评委打分表的版式（同一批单位，评委打分表分别按两种版式）

| 单位数 | 评委打分表 | 总耗时 (s) | 峰值内存 (MB) |
| --- | --- | --- | --- |
${row}
`;
}

/**
 * 名次稳健性 alone (issue 16): the Monte Carlo and the sensitivity shares on a
 * generated units × 6 一级指标 matrix, 1,000 draws × 1,000 units and 100,000
 * units with the draws the budget allows; CPU time (user + sys) and wall time.
 */
function robustnessBench(): string {
  const points = [15, 20, 20, 15, 15, 15];
  const rows = [1000, 100_000].map((n) => {
    const rnd = random(n);
    const subtotals = new Float64Array(n * points.length);
    const totals = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      let t = 0;
      points.forEach((p, g) => {
        const v = Math.round(p * (0.6 + 0.4 * rnd()) * 100) / 100;
        subtotals[u * points.length + g] = v;
        t += v;
      });
      totals[u] = Math.round(t * 100) / 100;
    }
    const draws = drawsWithinBudget(1000, n);
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const sim = simulateRanks({ groupPoints: points, subtotals, totals, decimals: 2, rankMethod: "competition", gradeMins: [90, 80, 60, 0], topN: 10, draws, delta: 0.25, seed: 20261201 });
    rankVarianceShares(sim.ranks, draws, n, sim.shifts, points.length, 0.25);
    const used = process.cpuUsage(cpu);
    const row = `| ${n.toLocaleString("en")} | ${draws.toLocaleString("en")}${draws < 1000 ? "（按预算从 1,000 减少）" : ""} | ${((used.user + used.system) / 1e6).toFixed(2)} | ${((performance.now() - wall) / 1000).toFixed(2)} |`;
    process.stderr.write(`稳健性 ${row}\n`);
    return row;
  });
  return `
### 名次稳健性（蒙特卡罗，单独测量）

各一级指标分值 ±25% 浮动、6 个一级指标，模拟与一阶敏感度合计（不含读写）。目标：1,000 次 × 1,000 个单位 ≤ 2 s（2 核）。

| 单位数 | 模拟次数 | CPU 时间 (s) | 耗时 (s) |
| --- | --- | --- | --- |
${rows.join("\n")}
`;
}

// `node dist/scripts/bench.js --generate N file.xlsx [seed]` only writes the input, for profiling or
// for looking at outputs at size (two seeds give a previous year to compare with: 同比 charts, print-pages.ts).
if (process.argv[2] === "--generate") await generate(Number(process.argv[3]), process.argv[4], process.argv[5] ? Number(process.argv[5]) : undefined, process.argv[6] === "summary" ? "summary" : "long");
else await main();
