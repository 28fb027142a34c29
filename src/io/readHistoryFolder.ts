import { stat } from "node:fs/promises";
import { formatMessage } from "../core/i18n/messages.js";
import { HISTORY_MAX_YEARS } from "../core/history/placeYears.js";
import { InputFileError } from "./errors.js";
import { listFolder, readFolderBooks, streamingReader, type FolderRead, type WorkbookReader } from "./readWorkbook.js";

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
  const { names, skipped } = await listFolder(path);
  if (names.length > HISTORY_MAX_YEARS) {
    throw new InputFileError(formatMessage("historyTooManyFiles", { folder: path, count: names.length, files: names.join("、"), max: HISTORY_MAX_YEARS }));
  }
  const { books, paths, unreadable } = await readFolderBooks(path, names, reader);
  if (!books.length) {
    const details = [...unreadable.map((u) => u.message), ...skipped.map((u) => `${u.file} ${formatMessage(u.reason)}`)];
    throw new InputFileError(formatMessage("historyEmpty", { folder: path, details: details.length ? "：" + details.join("；") : "" }));
  }
  return { books, paths, unreadable, skipped };
}
