import type { WorkbookGrid } from "../table/grid.js";
import { yearIn } from "../values/yearLabel.js";
import { formYear, isForm } from "./parseForm.js";

export type RunYear =
  | { ok: true; year?: number; source: "option" | "forms" | "fileNames" | "none" }
  /** Forms (or, without forms, file names) that name different years: the files of each year. */
  | { ok: false; id: "formYearsDisagree" | "fileYearsDisagree"; list: string };

/**
 * The year a run is about: --year, else the 年度 every returned form
 * carries, else the year in the files' names (2026-申报数据.xlsx). A
 * folder's name is never read: 「收回年度文明单位测评结果的通报」 is not a year.
 */
export function runYear(books: WorkbookGrid[], option?: number): RunYear {
  if (option !== undefined) return { ok: true, year: option, source: "option" };
  const forms = books.filter(isForm).map((b) => ({ file: b.file, year: formYear(b) }));
  const fromForms = forms.filter((f) => f.year !== undefined);
  if (fromForms.length) return agree(fromForms, "forms", "formYearsDisagree");
  const fromNames = books.map((b) => ({ file: b.file, year: yearIn(b.file) })).filter((f) => f.year !== undefined);
  if (fromNames.length) return agree(fromNames, "fileNames", "fileYearsDisagree");
  return { ok: true, source: "none" };
}

function agree(found: { file: string; year?: number }[], source: "forms" | "fileNames", id: "formYearsDisagree" | "fileYearsDisagree"): RunYear {
  const byYear = new Map<number, string[]>();
  for (const f of found) byYear.set(f.year!, [...(byYear.get(f.year!) ?? []), f.file]);
  if (byYear.size === 1) return { ok: true, year: found[0].year, source };
  const list = [...byYear].sort((a, b) => b[0] - a[0]).map(([y, files]) => `${y} 年：${files.join("、")}`).join("；");
  return { ok: false, id, list };
}
