import { dropXmlInvalid } from "../xlsx/escapeXml.js";

/**
 * Text for HTML: the five special characters as entities, and the control
 * characters dropped as in the workbook (HTML forbids them too, and a browser shows them as boxes).
 * @example escapeHtml('<b title="x">') // => "&lt;b title=&quot;x&quot;&gt;"
 */
export const escapeHtml = (s: string | number): string =>
  dropXmlInvalid(String(s)).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The start of every page kaoping writes, up to <body>: Chinese, UTF-8,
 * phone-width viewport, the title escaped and the page's own style inline.
 */
export function htmlHead(title: string, css: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}
</style>
</head>
<body>`;
}
