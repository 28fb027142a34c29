import { cellAddress } from "../../table/grid.js";
import { findHeader } from "../../table/findHeader.js";
import { cellText } from "../../values/cellText.js";
import { nameKey } from "../../values/normaliseText.js";
import { CATEGORY_HEADERS, IGNORED_HEADERS, PANEL_FIELD_HEADERS, PANEL_INSPECTOR_HEADERS, PANEL_TEAM_HEADERS, UNIT_NAME_HEADERS, matches } from "../columns.js";
import { bottomText } from "./headerText.js";
import { PanelRows, isSummaryColumn } from "./rows.js";
import { INSPECTOR_LABEL } from "./sheets.js";
import type { PanelLayout, RawScore } from "./types.js";

/** 宽表: 单位名称 | 数据项 | one column per inspector; one row per unit and item. */
export const wideLayout: PanelLayout = {
  id: "wide",
  label: "宽表（单位名称 | 数据项 | 评委1 | 评委2 …，每个单位每项一行）",
  read(sheet, ctx) {
    const known = (n: string) =>
      matches(n, UNIT_NAME_HEADERS) || matches(n, PANEL_FIELD_HEADERS) || matches(n, PANEL_INSPECTOR_HEADERS) || matches(n, PANEL_TEAM_HEADERS) || INSPECTOR_LABEL.test(n);
    const header = findHeader(sheet, known, (n) => matches(n, UNIT_NAME_HEADERS));
    if (!header) return undefined;
    const nameCol = header.columns.find((c) => matches(c.name, UNIT_NAME_HEADERS))!;
    const fieldCol = header.columns.find((c) => c !== nameCol && matches(c.name, PANEL_FIELD_HEADERS));
    if (!fieldCol) return undefined;
    const teamCol = header.columns.find((c) => c !== nameCol && matches(c.name, PANEL_TEAM_HEADERS));
    // Every other column is an inspector's, but for numbering, categories and a 平均分 column.
    const others = header.columns.filter((c) => c !== nameCol && c !== fieldCol && c !== teamCol && !matches(c.name, IGNORED_HEADERS) && !matches(c.name, CATEGORY_HEADERS));
    const inspectorCols = others.filter((c) => !isSummaryColumn(c.name));
    if (!inspectorCols.length) return undefined;
    // 合计, 平均分, 最终得分 …: left out, and said so (a column of 9.9 beside the inspectors is not a sixth inspector).
    for (const c of others) if (isSummaryColumn(c.name)) ctx.issues.info("panelSummaryIgnored", { column: c.text }, { file: ctx.file, sheet: sheet.name, cell: cellAddress(header.bottom, c.col) });

    const rows = new PanelRows(sheet, header.filled.rows, ctx);
    const unknown = new Set<string>();
    const scores: RawScore[] = [];
    for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
      const at = rows.unitOf(r, nameCol.col, teamCol?.col);
      if (!at) continue;
      const itemText = cellText(header.filled.rows[r]?.[fieldCol.col]);
      const hit = ctx.matchItem(itemText);
      if (!hit) {
        if (!unknown.has(nameKey(itemText))) {
          unknown.add(nameKey(itemText));
          ctx.issues.warning("panelFieldUnknown", { column: itemText }, { file: ctx.file, sheet: sheet.name, cell: cellAddress(r, fieldCol.col) });
        }
        continue;
      }
      rows.checkPoints(hit.item, hit.points, itemText, cellAddress(r, fieldCol.col));
      for (const c of inspectorCols) {
        const score = rows.score(r, c.col, at, hit.item, bottomText(header, c.col));
        if (score) scores.push(score);
      }
    }
    return scores;
  },
};
