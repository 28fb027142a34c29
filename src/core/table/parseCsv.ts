import type { SheetGrid } from "./grid.js";

/**
 * Parse CSV text (already decoded) into a sheet: quoted fields, doubled
 * quotes, CRLF, and the delimiter Chinese Excel uses (comma, or tab for
 * "Unicode text"). Values stay text; parseNumber reads them later.
 *
 * @example parseCsv('单位名称,总分\n"甲,乙",90', "申报数据").rows[1][0] // => { v: "甲,乙" }
 */
export function parseCsv(text: string, name: string): SheetGrid {
  const read = parseCsvBounded(text, name, { rows: Infinity, cells: Infinity });
  if ("exceeded" in read) throw new Error("unreachable: no bound");
  return read.sheet;
}

/** Rows and fields a CSV may hold, the same bounds as an .xlsx sheet's. */
export interface CsvBounds {
  rows: number;
  cells: number;
}

/**
 * parseCsv that stops at the first row or field past the bounds: a 5-million-line
 * file or a header of 60 million commas would otherwise exhaust memory.
 * count is the row number or field count reached.
 * @example parseCsvBounded("a\nb\nc", "申报数据", { rows: 2, cells: 10 }) // => { exceeded: "rows", count: 3 }
 */
export function parseCsvBounded(text: string, name: string, bounds: CsvBounds): { sheet: SheetGrid } | { exceeded: "rows" | "cells"; count: number } {
  const firstLine = text.slice(0, text.indexOf("\n") >= 0 ? text.indexOf("\n") : text.length);
  const delimiter = [",", "\t", ";"].sort((a, b) => count(firstLine, b) - count(firstLine, a))[0];
  const rows: SheetGrid["rows"] = [];
  let row: SheetGrid["rows"][number] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  let cells = 0;
  const endField = () => {
    // Every field counts, empty ones too: an array of 60 million holes is what exhausts memory.
    cells++;
    row.push(field === "" ? undefined : { v: field });
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row.some((c) => c) ? row : []);
    row = [];
  };
  const over = (): { exceeded: "rows" | "cells"; count: number } | undefined =>
    rows.length > bounds.rows ? { exceeded: "rows", count: rows.length } : cells > bounds.cells ? { exceeded: "cells", count: cells } : undefined;
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
    else if (ch === delimiter) {
      endField();
      if (cells > bounds.cells) return { exceeded: "cells", count: cells };
    } else if (ch === "\n") {
      endRow();
      const past = over();
      if (past) return past;
    }
    else if (ch !== "\r") field += ch;
    i++;
  }
  if (field !== "" || row.length) endRow();
  const past = over();
  if (past) return past;
  return { sheet: { name, rows, merges: [] } };
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
