// Characters XML 1.0 cannot hold at all (C0 controls other than tab, LF, CR; lone surrogates are left to the encoder).
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Text made safe for an XML attribute or element: & < > " escaped, control
 * characters XML cannot carry dropped (a pasted form feed must not make
 * the workbook unreadable).
 * @example escapeXml('a<b & "c"') // => 'a&lt;b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Text with the characters XML 1.0 cannot hold dropped (C0 controls other
 * than tab, LF, CR, and U+FFFE/U+FFFF): a vertical tab from a Word soft
 * line break pasted into a name, or a `_x0001_` escape, must not make a
 * .docx or .html unreadable. Escaping is left to the writer.
 * @example dropXmlInvalid("甲\u000b乙局") // => "甲乙局"
 */
export function dropXmlInvalid(text: string): string {
  return text.replace(INVALID, "");
}
