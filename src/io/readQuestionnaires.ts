import { basename, extname } from "node:path";
import type { WorkbookGrid } from "../core/table/grid.js";
import { readSubmissionsPath, streamingReader, type FolderRead, type WorkbookReader } from "./readWorkbook.js";

/**
 * The questionnaire exports (--questionnaires): one file or a folder of
 * them, read like submissions (format sniffed, CSV as UTF-8 or GB18030,
 * every size bounded). A CSV's one sheet is named after its file, not
 * 申报数据: an export per unit carries the unit in its name, and messages
 * name the file's own sheet.
 */
export async function readQuestionnairesPath(path: string, reader: WorkbookReader = streamingReader): Promise<FolderRead> {
  const read = await readSubmissionsPath(path, reader);
  const books: WorkbookGrid[] = read.books.map((book, i) => {
    if (extname(read.paths[i]).toLowerCase() !== ".csv" || book.sheets.length !== 1) return book;
    return { ...book, sheets: [{ ...book.sheets[0], name: basename(read.paths[i], extname(read.paths[i])) }] };
  });
  return { ...read, books };
}
