import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { formatMessage } from "../core/i18n/messages.js";
import { HISTORY_MAX_YEARS } from "../core/history/placeYears.js";
import { InputFileError } from "./errors.js";
import { skipReason, streamingReader, type FolderRead, type WorkbookReader } from "./readWorkbook.js";

/**
 * The --history folder: every workbook in it (name order), each read by the
 * same bounded reader as any input; files that are not workbooks are
 * listed with the reason, as in a returns folder. More workbooks than
 * years allowed are refused before any is read (one file a year).
 */
export async function readHistoryFolder(path: string, reader: WorkbookReader = streamingReader): Promise<FolderRead> {
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new InputFileError(formatMessage("historyNotFound", { path }));
  if (!s.isDirectory()) throw new InputFileError(formatMessage("historyNotFolder", { path }));
  const names: string[] = [];
  const skipped: FolderRead["skipped"] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const reason = skipReason(entry.name, entry.isDirectory());
    if (reason) skipped.push({ file: entry.name, reason });
    else names.push(entry.name);
  }
  if (names.length > HISTORY_MAX_YEARS) {
    throw new InputFileError(formatMessage("historyTooManyFiles", { folder: path, count: names.length, files: names.join("、"), max: HISTORY_MAX_YEARS }));
  }
  const books: FolderRead["books"] = [];
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
  if (!books.length) {
    const details = [...unreadable.map((u) => u.message), ...skipped.map((u) => `${u.file} ${formatMessage(u.reason)}`)];
    throw new InputFileError(formatMessage("historyEmpty", { folder: path, details: details.length ? "：" + details.join("；") : "" }));
  }
  return { books, paths, unreadable, skipped };
}
