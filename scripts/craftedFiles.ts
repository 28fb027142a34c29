/**
 * Crafted inputs shared by the corpus generator (scripts/make-corpus.ts)
 * and the tests that check the same defects more closely: one builder per
 * kind of file, so a case and its test cannot drift apart.
 */
import ExcelJS from "exceljs";

/** The submissions header the corpus cases use (the default criteria's first fields). */
export const CORPUS_HEAD = ["单位名称", "单位类别", "领导小组已成立", "文明科室数", "科室总数"];

/**
 * A compound (OLE2) file as Excel writes it: the 512-byte header, then a
 * directory sector of 128-byte entries whose names are UTF-16LE, then
 * `body` (a stream's first sector) and `padding` zero bytes.
 */
export function ole2(streams: string[], body: Buffer = Buffer.alloc(0), padding = 0): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(9, 0x1e); // 2^9 = 512-byte sectors
  const directory = Buffer.alloc(512);
  ["Root Entry", ...streams].forEach((name, i) => {
    const entry = directory.subarray(i * 128, i * 128 + 128);
    entry.write(name, 0, "utf16le");
    entry.writeUInt16LE((name.length + 1) * 2, 0x40);
    entry[0x42] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return Buffer.concat([header, directory, body, Buffer.alloc(padding)]);
}

/** A stale veryHidden 申报数据 (甲局 1 of 5 科室) and, when `visible`, a visible 2026年申报 (甲局 4 of 5, 乙局 3 of 5). */
export async function hiddenSubmissionsBook(visible: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const stale = wb.addWorksheet("申报数据");
  stale.addRow(CORPUS_HEAD);
  stale.addRow(["甲局", "机关", "是", 1, 5]);
  stale.state = "veryHidden";
  if (visible) {
    const ws = wb.addWorksheet("2026年申报");
    ws.addRow(CORPUS_HEAD);
    ws.addRow(["甲局", "机关", "是", 4, 5]);
    ws.addRow(["乙局", "机关", "是", 3, 5]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One case of test/corpus/manifest.json: written by scripts/make-corpus.ts, run by test/corpus.test.ts. */
export interface CorpusCase {
  /**
   * The input named in the test. Without `command` it is a submissions file
   * in test/corpus itself; with `command` it lives in a folder of its own
   * (test/corpus/<folder>/) with the case's other inputs.
   */
  file: string;
  what: string;
  /**
   * The kaoping command; without it, `validate --submissions <file> --no-previous`.
   * With it the test copies the case's folder to a temporary folder `{dir}`,
   * makes an empty temporary folder `{out}` and runs there (so printed
   * relative paths are relative to `{out}`).
   */
  command?: "validate" | "score" | "template";
  /** Arguments after `command`; `{dir}` and `{out}` are replaced by the test, here and in `message`. */
  args?: string[];
  /** A folder of the case copied into `{out}` before the run (what an earlier run left there). */
  outFrom?: string;
  /** Paths under `{out}` that must exist after the run. */
  present?: string[];
  /** Paths under `{out}` that must not exist after the run. */
  absent?: string[];
  /** Exit code of kaoping. */
  exit: 0 | 1 | 2;
  /** A piece of the Chinese message that must appear (stdout or stderr). */
  message: string;
  /** For readable files: unit rows in the file (ranked + not ranked must add up). */
  unitRows?: number;
  /**
   * Too large for git (10 MB of commas): not committed; the test builds it
   * with `builtCorpusFile(file)` into a temporary folder and runs it there.
   */
  built?: true;
}

/**
 * Corpus files too large for git, built when the test runs (make-corpus.ts
 * lists them with `built: true`): header + 300,000 units = 300,001 lines,
 * one past the row limit; a header of 10,000,001 fields, one past the cell limit.
 */
export const BUILT_CORPUS_FILES: Record<string, () => string> = {
  "CSV超过行数.csv": () => CORPUS_HEAD.join(",") + "\n" + "某局,机关,是,4,5\n".repeat(300_000),
  "CSV字段过多.csv": () => "单位名称" + ",".repeat(10_000_000) + "\n甲局\n",
};
