import { findHeader } from "../table/findHeader.js";
import { cellAddress, type GridCell, type SheetGrid } from "../table/grid.js";
import { cellText } from "../values/cellText.js";
import { nameKey, toHalfWidth } from "../values/normaliseText.js";

/** A data row of a small rules sheet: each role's text and cell address, by role. */
export interface RuleRow {
  row: number;
  text(role: string): string;
  cell(role: string): GridCell | undefined;
  /** The address of a role's cell, or of the row's first cell when the role has no column. */
  at(role: string): string;
}

/**
 * The rows of a small sheet whose header names columns by role (aliases per
 * role): title rows above the header and merged cells allowed, as offices
 * make them. Undefined when no header row names the required role.
 * @example ruleRows(sheet, { name: ["事项"], points: ["每次扣分"] }, "name")?.rows.length // => 3
 */
export function ruleRows(sheet: SheetGrid, roles: Record<string, string[]>, required: string): { rows: RuleRow[]; has: (role: string) => boolean } | undefined {
  const keys = Object.fromEntries(Object.entries(roles).map(([role, names]) => [role, names.map(nameKey)]));
  const roleOf = (name: string) => Object.keys(keys).find((role) => keys[role].includes(nameKey(name)));
  const header = findHeader(sheet, (n) => roleOf(n) !== undefined, (n) => roleOf(n) === required);
  if (!header) return undefined;
  const cols = new Map<string, number>();
  for (const c of header.columns) {
    const role = roleOf(c.name) ?? roleOf(c.text);
    if (role && !cols.has(role)) cols.set(role, c.col);
  }
  const rows: RuleRow[] = [];
  for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
    const line = header.filled.rows[r] ?? [];
    if (!line.some((c) => cellText(c).trim() !== "")) continue;
    const first = Math.max(0, line.findIndex((c) => cellText(c).trim() !== ""));
    rows.push({
      row: r,
      text: (role) => (cols.has(role) ? toHalfWidth(cellText(line[cols.get(role)!])).trim() : ""),
      cell: (role) => (cols.has(role) ? line[cols.get(role)!] : undefined),
      at: (role) => cellAddress(r, cols.get(role) ?? first),
    });
  }
  return { rows, has: (role) => cols.has(role) };
}
