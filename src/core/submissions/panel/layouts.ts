import type { PanelLayout } from "./types.js";
import { summaryLayout } from "./summaryLayout.js";
import { wideLayout } from "./wideLayout.js";
import { longLayout } from "./longLayout.js";

/**
 * Every panel layout kaoping reads, tried in this order on each panel
 * sheet; the first that recognises the sheet reads it. 汇总表 comes first:
 * its item names sit above the inspectors, which the other two never have.
 * To add a layout: one file exporting a PanelLayout, one line here.
 */
export const panelLayouts: readonly PanelLayout[] = [summaryLayout, wideLayout, longLayout];
