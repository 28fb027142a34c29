import type { SheetGrid } from "./grid.js";

/**
 * Parse CSV text (already decoded) into a sheet: quoted fields, doubled
 * quotes, CRLF, and the delimiter Chinese Excel uses (comma, or tab for
 * "Unicode text"). Values stay text; parseNumber reads them later.
 *
 * @example parseCsv('单位名称,总分\n"甲,乙",90', "申报数据").rows[1][0] // => { v: "甲,乙" }
 */
export function parseCsv(text: string, name: string): SheetGrid {
  const firstLine = text.slice(0, text.indexOf("\n") >= 0 ? text.indexOf("\n") : text.length);
  const delimiter = [",", "\t", ";"].sort((a, b) => count(firstLine, b) - count(firstLine, a))[0];
  const rows: SheetGrid["rows"] = [];
  let row: SheetGrid["rows"][number] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field === "" ? undefined : { v: field });
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row.some((c) => c) ? row : []);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\n") endRow();
    else if (ch !== "\r") field += ch;
    i++;
  }
  if (field !== "" || row.length) endRow();
  return { name, rows, merges: [] };
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
