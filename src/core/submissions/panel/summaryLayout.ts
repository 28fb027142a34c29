import { cellAddress, sheetWidth } from "../../table/grid.js";
import { findHeader } from "../../table/findHeader.js";
import { nameKey, splitHeader } from "../../values/normaliseText.js";
import { cellText } from "../../values/cellText.js";
import { CATEGORY_HEADERS, IGNORED_HEADERS, PANEL_TEAM_HEADERS, UNIT_NAME_HEADERS, matches } from "../columns.js";
import { headerTextAt } from "./headerText.js";
import { PanelRows, isSummaryColumn } from "./rows.js";
import { INSPECTOR_LABEL } from "./sheets.js";
import type { PanelItem, PanelLayout, RawScore } from "./types.js";

/**
 * 汇总表: a title row, then a two-row header in which each 直接打分 item's
 * name (「领导班子履职（4分）」) is merged over its inspectors' columns
 * (评委1…评委N, 组长/组员, names); units down the side. A 合计/平均分
 * column, under an item or at the right, is not a score.
 */
export const summaryLayout: PanelLayout = {
  id: "summary",
  label: "汇总表（单位名称 | 各指标名称合并在其评委列之上，如“领导班子履职（4分）”下为 评委1…评委N）",
  read(sheet, ctx) {
    const known = (n: string) =>
      matches(n, UNIT_NAME_HEADERS) || matches(n, IGNORED_HEADERS) || matches(n, PANEL_TEAM_HEADERS) || INSPECTOR_LABEL.test(n) || isSummaryColumn(n) || ctx.matchItem(n) !== undefined;
    const found = findHeader(sheet, known, (n) => matches(n, UNIT_NAME_HEADERS));
    if (!found) return undefined;
    const nameCol = found.columns.find((c) => matches(c.name, UNIT_NAME_HEADERS))!;
    // Nothing merged: the row of 评委1, 组长 … under the item names, with no unit in it, is still the header's second row.
    const next = found.filled.rows[found.bottom + 1] ?? [];
    const inspectorsBelow = found.bottom === found.top && !cellText(next[nameCol.col]) && next.some((c) => INSPECTOR_LABEL.test(nameKey(cellText(c))));
    const header = inspectorsBelow ? { ...found, bottom: found.bottom + 1 } : found;
    if (header.bottom === header.top) return undefined;
    const teamCol = header.columns.find((c) => c !== nameCol && matches(c.name, PANEL_TEAM_HEADERS));
    const at = (r: number, c: number) => cellAddress(r, c);

    const scoreCols: { col: number; item: PanelItem; inspector: string }[] = [];
    const ignored: { col: number; text: string }[] = [];
    const unknownGroups = new Map<string, { text: string; cell: string }>();
    const points: { item: PanelItem; points?: number; text: string; cell: string }[] = [];
    // An item's name written once over its first inspector (not merged) still covers the columns after it.
    let group: { item: PanelItem; text: string } | undefined;
    for (let c = 0; c < sheetWidth(header.filled); c++) {
      let upper = "";
      let upperRow = header.top;
      for (let r = header.top; r < header.bottom && !upper; r++) if ((upper = headerTextAt(header, r, c))) upperRow = r;
      const lower = headerTextAt(header, header.bottom, c);
      if (c === nameCol.col || c === teamCol?.col) {
        group = undefined;
        continue;
      }
      const lowerName = splitHeader(lower).name;
      if (!upper && !lower) continue;
      if (upper && upper !== lower) {
        const hit = ctx.matchItem(upper);
        if (hit) {
          if (group?.text !== upper) points.push({ ...hit, text: upper, cell: at(upperRow, c) });
          group = { item: hit.item, text: upper };
        } else {
          group = undefined;
          if (!isSummaryColumn(splitHeader(upper).name) && !matches(splitHeader(upper).name, IGNORED_HEADERS) && !unknownGroups.has(nameKey(upper))) {
            unknownGroups.set(nameKey(upper), { text: upper, cell: at(upperRow, c) });
          }
          if (isSummaryColumn(splitHeader(upper).name)) ignored.push({ col: c, text: [upper, lower].filter(Boolean).join(" / ") });
          continue;
        }
      } else if (upper) {
        // One text over both rows: 序号, 平均分 at the right, or an item scored in one column.
        group = undefined;
        const hit = ctx.matchItem(upper);
        if (hit) {
          points.push({ ...hit, text: upper, cell: at(upperRow, c) });
          scoreCols.push({ col: c, item: hit.item, inspector: "" });
        } else if (isSummaryColumn(lowerName)) ignored.push({ col: c, text: lower });
        else if (!matches(lowerName, IGNORED_HEADERS) && !matches(lowerName, CATEGORY_HEADERS)) unknownGroups.set(nameKey(upper), { text: upper, cell: at(upperRow, c) });
        continue;
      }
      if (!group) continue;
      if (lower && (isSummaryColumn(lowerName) || matches(lowerName, CATEGORY_HEADERS))) {
        ignored.push({ col: c, text: `${group.text} / ${lower}` });
        continue;
      }
      // An item with no label under it is one score column.
      scoreCols.push({ col: c, item: group.item, inspector: lower });
    }
    if (!scoreCols.length) return undefined;

    const rows = new PanelRows(sheet, header.filled.rows, ctx);
    for (const p of points) rows.checkPoints(p.item, p.points, p.text, p.cell);
    for (const g of unknownGroups.values()) ctx.issues.warning("panelFieldUnknown", { column: g.text }, { file: ctx.file, sheet: sheet.name, cell: g.cell });
    for (const i of ignored) ctx.issues.info("panelSummaryIgnored", { column: i.text }, { file: ctx.file, sheet: sheet.name, cell: at(header.bottom, i.col) });
    const scores: RawScore[] = [];
    for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
      const unit = rows.unitOf(r, nameCol.col, teamCol?.col);
      if (!unit) continue;
      for (const s of scoreCols) {
        const score = rows.score(r, s.col, unit, s.item, s.inspector);
        if (score) scores.push(score);
      }
    }
    return scores;
  },
};
