import type { WorkbookGrid } from "../table/grid.js";
import type { MessageId, MessageParams } from "../i18n/messages.js";
import { yearIn } from "../values/yearLabel.js";
import { formYear, isForm } from "../submissions/parseForm.js";
import { titleYear } from "./readHistoryYear.js";

/** Earlier years a history may hold. */
export const HISTORY_MAX_YEARS = 10;

export type HistoryPlacement =
  | { ok: true; files: { book: WorkbookGrid; year: number }[] }
  /** What stops the run: a message id and its words (one Chinese line, exit 2). */
  | { ok: false; id: Extract<MessageId, `history${string}`>; params: MessageParams };

/**
 * The year of each history file, checked before anything is read from it:
 * the year in its name, else its form's 年度, else its title. A file of no
 * year, of this year or later, two files of one year, or more than ten
 * years, cannot be placed and stop the run with the file named.
 */
export function placeHistoryYears(books: readonly WorkbookGrid[], year: number | undefined): HistoryPlacement {
  if (year === undefined) return { ok: false, id: "historyNeedsYear", params: {} };
  const files: { book: WorkbookGrid; year: number }[] = [];
  const byYear = new Map<number, string>();
  for (const book of books) {
    const found = yearIn(book.file) ?? (isForm(book) ? formYear(book) : undefined) ?? titleYear(book);
    if (found === undefined) return { ok: false, id: "historyYearUnknown", params: { file: book.file } };
    if (found >= year) return { ok: false, id: "historyNotEarlier", params: { file: book.file, fileYear: found, year } };
    const other = byYear.get(found);
    if (other) return { ok: false, id: "historySameYear", params: { first: other, second: book.file, year: found } };
    byYear.set(found, book.file);
    files.push({ book, year: found });
  }
  if (files.length > HISTORY_MAX_YEARS) {
    return { ok: false, id: "historyTooManyYears", params: { count: files.length, max: HISTORY_MAX_YEARS, files: files.map((f) => f.book.file).join("、") } };
  }
  return { ok: true, files: files.sort((a, b) => a.year - b.year) };
}
