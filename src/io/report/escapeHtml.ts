import { dropXmlInvalid } from "../xlsx/escapeXml.js";

/**
 * Text for HTML: the five special characters as entities, and the control
 * characters dropped as in the workbook (HTML forbids them too, and a browser shows them as boxes).
 * @example escapeHtml('<b title="x">') // => "&lt;b title=&quot;x&quot;&gt;"
 */
export const escapeHtml = (s: string | number): string =>
  dropXmlInvalid(String(s)).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
