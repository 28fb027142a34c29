import { pathToFileURL } from "node:url";
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { basename, delimiter, extname, join } from "node:path";
import { tmpdir } from "node:os";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import type { WorkbookGrid } from "../core/table/grid.js";
import { formatMessage, type MessageId } from "../core/i18n/messages.js";
import { parseCsvBounded } from "../core/table/parseCsv.js";
import { InputFileError } from "./errors.js";
import { ZIP_LIMITS, inspectZip, limitMessage } from "./inspectZip.js";
import { rememberBytesRead } from "./fileHash.js";
import { readXlsxStreaming } from "./streamingReader.js";

/** Bound on the file itself; inflated sizes, rows and cells are bounded in ZIP_LIMITS. */
export const LIMITS = {
  fileBytes: 64 * 1024 * 1024,
};

/** Anything that can turn a file into the core's plain grid. */
export interface WorkbookReader {
  read(path: string): Promise<WorkbookGrid>;
}

/**
 * What a file really is, by its first bytes rather than its extension:
 * a renamed text file or an old .xls must be refused with a clear message.
 */
export function sniffFormat(head: Uint8Array): "xlsx" | "ole2" | "html" | "text" | "other" {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole2";
  const text = Buffer.from(head.slice(0, 512)).toString("utf8").trimStart().toLowerCase();
  if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.includes("<table")) return "html";
  // Text has no NUL and few control bytes; GBK bytes are ≥ 0x80, so they pass too.
  const controls = [...head].filter((b) => b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20)).length;
  return head.length && controls === 0 ? "text" : "other";
}

const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
// BOF of a workbook-globals substream: record 0x0809, then BIFF8 (16 bytes, version 0x0600) or BIFF5 (8 bytes, 0x0500), type 0x0005.
const BOF_BIFF8 = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]);
const BOF_BIFF5 = Buffer.from([0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00]);
const FILEPASS = 0x002f;
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * What a ZIP or OLE2 file holds when it is a workbook kaoping cannot read,
 * so the message can name it: an .xlsx with a password (Excel wraps it in
 * an OLE2 file with an EncryptedPackage stream), an .xls with a password
 * (a FILEPASS record right after the globals' BOF), .xlsb, .ods.
 */
export function unreadableKind(bytes: Buffer, format: "xlsx" | "ole2"): "encrypted" | "xlsb" | "ods" | undefined {
  if (format === "ole2") {
    // The directory names streams in UTF-16LE.
    if (bytes.includes(ENCRYPTED_PACKAGE)) return "encrypted";
    for (const [bof, length] of [[BOF_BIFF8, 20], [BOF_BIFF5, 12]] as const) {
      const at = bytes.indexOf(bof);
      if (at >= 0 && at + length + 2 <= bytes.length && bytes.readUInt16LE(at + length) === FILEPASS) return "encrypted";
    }
    return undefined;
  }
  // An .ods starts with its stored mimetype member; an .xlsb names xl/workbook.bin in its directory.
  if (bytes.subarray(30, 30 + 8 + ODS_MIMETYPE.length).toString("latin1").startsWith(`mimetype${ODS_MIMETYPE}`)) return "ods";
  if (bytes.includes("xl/workbook.bin") && !bytes.includes("xl/workbook.xml")) return "xlsb";
  return undefined;
}

const UNREADABLE_MESSAGE = { encrypted: "fileEncrypted", xlsb: "fileXlsb", ods: "fileOds" } as const;

/**
 * CSV bytes as text: UTF-8 (with or without BOM) when they decode cleanly,
 * else GB18030, the superset of GBK that Chinese Excel writes.
 */
export function decodeText(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return new TextDecoder("gb18030").decode(body);
  }
}

/** LibreOffice on PATH, used only to convert legacy .xls / .et when present. */
function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["soffice", "libreoffice"]) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

async function convertLegacy(path: string, file: string): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new InputFileError(`${file}: 这是旧版 Excel（.xls）或 WPS（.et）文件，本机没有 LibreOffice 无法自动转换；请在 Excel 或 WPS 中“另存为” .xlsx 后再导入`);
  }
  const dir = await mkdtemp(join(tmpdir(), "kaoping-convert-"));
  try {
    await new Promise<void>((resolve, reject) =>
      // A profile of its own: with the user's LibreOffice open (or another conversion stuck), soffice would
      // hand the job to that instance and wait on it instead of converting.
      execFile(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--convert-to", "xlsx", "--outdir", dir, path], { timeout: 120_000 }, (err) =>
        err ? reject(err) : resolve(),
      ),
    );
    const out = (await readdir(dir)).find((n) => n.endsWith(".xlsx"));
    if (!out) throw new Error("LibreOffice 没有生成 .xlsx");
    return await readFile(join(dir, out));
  } catch (e) {
    throw new InputFileError(`${file}: 这是旧版 Excel（.xls）或 WPS（.et）文件，用 LibreOffice 转换失败（${(e as Error).message.split("\n")[0]}），请在 Excel 或 WPS 中“另存为” .xlsx 后再导入`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Read one input file of any supported kind. .xlsx goes through the
 * streaming reader (default) or exceljs' object model (kept to check the
 * streaming reader against: both must give the same grid).
 */
async function readInput(path: string, engine: "streaming" | "exceljs"): Promise<WorkbookGrid> {
  const file = basename(path);
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputFileError(s.isDirectory() ? `${path} 是文件夹，不是文件，请指定文件` : `${path}: 不是文件`);
    size = s.size;
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw new InputFileError(`找不到文件：${path}`);
  }
  if (size > LIMITS.fileBytes) {
    throw new InputFileError(`${file}: 文件大小 ${(size / 1048576).toFixed(1)} MB，超过上限 ${LIMITS.fileBytes / 1048576} MB`);
  }
  let buffer: Buffer = await readFile(path);
  rememberBytesRead(path, buffer);
  const format = sniffFormat(buffer.subarray(0, 512));
  const ext = extname(path).toLowerCase();
  if (format === "html") throw new InputFileError(`${file}: 这是网页表格（HTML）改名的文件，不是真正的 Excel 文件，请在 Excel 中打开后另存为 .xlsx`);
  if (format === "text") {
    if (ext === ".csv" || ext === ".txt") {
      const read = parseCsvBounded(decodeText(buffer), "申报数据", { rows: ZIP_LIMITS.rowsPerSheet, cells: ZIP_LIMITS.cellsPerSheet });
      if ("exceeded" in read) throw new InputFileError(limitMessage(file, "申报数据", read.exceeded, read.count));
      return { file, sheets: [read.sheet] };
    }
    throw new InputFileError(`${file}: 不是 .xlsx 文件（内容是文本；如果是 CSV，请把扩展名改为 .csv，或在 Excel 中另存为 .xlsx）`);
  }
  if (format === "ole2" || format === "xlsx") {
    const kind = unreadableKind(buffer, format);
    if (kind) throw new InputFileError(formatMessage(UNREADABLE_MESSAGE[kind], { file }));
  }
  if (format === "ole2") buffer = await convertLegacy(path, file);
  else if (format !== "xlsx") throw new InputFileError(`${file}: 不是 .xlsx 文件（文件内容不是 Excel 工作簿）`);
  if (engine === "streaming") return readXlsxStreaming(buffer, file);
  await inspectZip(buffer, file);
  // exceljs costs a third of a second to load: only the reference path pays it.
  const { readWithExceljs } = await import("./exceljsGrid.js");
  return readWithExceljs(buffer, file);
}

/** The default reader: streaming, bounded, never builds an object model. */
export const streamingReader: WorkbookReader = { read: (path) => readInput(path, "streaming") };

/** exceljs' object model: slower and larger, kept as the reference for the streaming reader. */
export const exceljsReader: WorkbookReader = { read: (path) => readInput(path, "exceljs") };



/** Workbook-like files a folder of returns may hold. */
const RETURN_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".et", ".csv"]);

export interface FolderRead {
  books: WorkbookGrid[];
  /** Path of each book read, in the same order. */
  paths: string[];
  /** Files that could not be read, with the reason; the rest are still used. */
  unreadable: { file: string; message: string }[];
  /** Every other entry of the folder, with why it was not read: nothing in a returns folder is passed over without a word. */
  skipped: { file: string; reason: SkipReason }[];
}

type SkipReason = Extract<MessageId, `fileSkipped${string}`>;

/**
 * Why a folder entry is not read as a return, or undefined when it is one.
 * @example skipReason("甲局.ods", false) // => "fileSkippedOds"
 * @example skipReason("甲局.xlsx", false) // => undefined
 */
export function skipReason(name: string, isDirectory: boolean): SkipReason | undefined {
  if (name.startsWith("~$")) return "fileSkippedLock";
  if (name.startsWith(".")) return "fileSkippedHidden";
  if (isDirectory) return "fileSkippedFolder";
  const ext = extname(name).toLowerCase();
  if (RETURN_EXTENSIONS.has(ext)) return undefined;
  if (ext === ".ods") return "fileSkippedOds";
  if (ext === ".xlsb") return "fileSkippedXlsb";
  return "fileSkippedOther";
}

/** A folder's entries in name order: the workbooks to read, and what is skipped with its reason. */
export async function listFolder(path: string): Promise<{ names: string[]; skipped: FolderRead["skipped"] }> {
  const names: string[] = [];
  const skipped: FolderRead["skipped"] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const reason = skipReason(entry.name, entry.isDirectory());
    if (reason) skipped.push({ file: entry.name, reason });
    else names.push(entry.name);
  }
  return { names, skipped };
}

/** Each named workbook of a folder through the bounded reader; one that cannot be read is kept with its message, not thrown. */
export async function readFolderBooks(path: string, names: string[], reader: WorkbookReader): Promise<Pick<FolderRead, "books" | "paths" | "unreadable">> {
  const books: WorkbookGrid[] = [];
  const paths: string[] = [];
  const unreadable: FolderRead["unreadable"] = [];
  for (const name of names) {
    try {
      books.push(await reader.read(join(path, name)));
      paths.push(join(path, name));
    } catch (e) {
      if (!(e instanceof InputFileError)) throw e;
      unreadable.push({ file: name, message: e.message });
    }
  }
  return { books, paths, unreadable };
}

/**
 * A submissions path: one file, or a folder of returns (every workbook in
 * it, in name order; Office lock files ~$… and hidden files skipped).
 */
export async function readSubmissionsPath(path: string, reader: WorkbookReader = streamingReader): Promise<FolderRead> {
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new InputFileError(`找不到文件：${path}`);
  if (!s.isDirectory()) return { books: [await reader.read(path)], paths: [path], unreadable: [], skipped: [] };
  const { names, skipped } = await listFolder(path);
  const { books, paths, unreadable } = await readFolderBooks(path, names, reader);
  if (!books.length) throw new InputFileError(`${path}: 文件夹中没有可读取的工作簿（.xlsx、.xls、.et、.csv）${unreadable.length ? "；" + unreadable.map((u) => u.message).join("；") : ""}${skipped.length ? "；" + skipped.map((u) => `${u.file} ${formatMessage(u.reason)}`).join("；") : ""}`);
  return { books, paths, unreadable, skipped };
}
