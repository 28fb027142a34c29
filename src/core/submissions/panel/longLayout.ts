import { cellAddress } from "../../table/grid.js";
import { findHeader } from "../../table/findHeader.js";
import { cellText } from "../../values/cellText.js";
import { CATEGORY_HEADERS, IGNORED_HEADERS, PANEL_FIELD_HEADERS, PANEL_INSPECTOR_HEADERS, PANEL_TEAM_HEADERS, UNIT_NAME_HEADERS, matches } from "../columns.js";
import { bottomText } from "./headerText.js";
import { PanelRows, isSummaryColumn } from "./rows.js";
import type { PanelItem, PanelLayout, RawScore } from "./types.js";

/** 长表: 单位名称 | 评委 | one column per 直接打分 数据项 (or 指标名称); one row per inspector. */
export const longLayout: PanelLayout = {
  id: "long",
  label: "长表（单位名称 | 评委 | 各直接打分数据项，每位评委一行）",
  read(sheet, ctx) {
    const known = (n: string) =>
      ctx.matchItem(n) !== undefined || matches(n, UNIT_NAME_HEADERS) || matches(n, PANEL_INSPECTOR_HEADERS) || matches(n, PANEL_TEAM_HEADERS);
    const header = findHeader(sheet, known, (n) => matches(n, UNIT_NAME_HEADERS));
    if (!header || header.columns.some((c) => matches(c.name, PANEL_FIELD_HEADERS))) return undefined;
    const nameCol = header.columns.find((c) => matches(c.name, UNIT_NAME_HEADERS))!;
    const inspectorCol = header.columns.find((c) => c !== nameCol && matches(c.name, PANEL_INSPECTOR_HEADERS));
    const teamCol = header.columns.find((c) => c !== nameCol && matches(c.name, PANEL_TEAM_HEADERS));
    const scoreCols: { col: number; item: PanelItem; points?: number; text: string }[] = [];
    const unknownCols: { col: number; text: string }[] = [];
    const summaryCols: { col: number; text: string }[] = [];
    for (const c of header.columns) {
      if (c === nameCol || c === inspectorCol || c === teamCol || matches(c.name, IGNORED_HEADERS) || matches(c.name, CATEGORY_HEADERS)) continue;
      const text = bottomText(header, c.col);
      const hit = ctx.matchItem(text);
      if (hit) scoreCols.push({ col: c.col, ...hit, text });
      else if (isSummaryColumn(c.name)) summaryCols.push({ col: c.col, text: c.text });
      else unknownCols.push({ col: c.col, text: c.text });
    }
    // No column names a 直接打分 item: not this layout (the caller reports the sheet once).
    if (!scoreCols.length) return undefined;

    const rows = new PanelRows(sheet, header.filled.rows, ctx);
    for (const u of summaryCols) ctx.issues.info("panelSummaryIgnored", { column: u.text }, { file: ctx.file, sheet: sheet.name, cell: cellAddress(header.bottom, u.col) });
    for (const u of unknownCols) ctx.issues.warning("panelFieldUnknown", { column: u.text }, { file: ctx.file, sheet: sheet.name, cell: cellAddress(header.bottom, u.col) });
    for (const s of scoreCols) rows.checkPoints(s.item, s.points, s.text, cellAddress(header.bottom, s.col));
    const scores: RawScore[] = [];
    for (let r = header.bottom + 1; r < header.filled.rows.length; r++) {
      const at = rows.unitOf(r, nameCol.col, teamCol?.col);
      if (!at) continue;
      const inspector = inspectorCol ? cellText(header.filled.rows[r]?.[inspectorCol.col]) : "";
      for (const s of scoreCols) {
        const score = rows.score(r, s.col, at, s.item, inspector);
        if (score) scores.push(score);
      }
    }
    return scores;
  },
};
