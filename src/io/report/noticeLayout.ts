/** Measures of the 公文 layout that are computed, kept apart from the docx calls so they can be checked by hand. */
export const NOTICE_LAYOUT = {
  /** 发文机关标志 red (GB/T 9704: 红色). */
  red: "FF0000",
  /**
   * The 发文机关标志's size in points: 36 pt (小初) for a short name, smaller
   * for a long one so it stays on the 156 mm (442 pt) line.
   * @example NOTICE_LAYOUT.issuerPoints("某市精神文明建设办公室") // => 36
   * @example NOTICE_LAYOUT.issuerPoints("中共某某市委某某某某精神文明建设委员会办公室") // => 19
   */
  issuerPoints(issuer: string): number {
    return Math.max(16, Math.min(36, Math.floor(430 / Math.max(1, textWidth(issuer)))));
  },
  /**
   * Right indents, in characters, of the 落款 and the 成文日期 under it: the
   * date four characters from the right, the signature centred over the date
   * (or two characters from the right when it is the longer one).
   * @example NOTICE_LAYOUT.signatureIndents("某市文明办", "2026年12月1日") // => { signatureRight: 4.75, dateRight: 4 }
   */
  signatureIndents(signature: string, date: string): { signatureRight: number; dateRight: number } {
    const s = textWidth(signature);
    const d = textWidth(date);
    if (s > d) return { signatureRight: 2, dateRight: 2 + (s - d) / 2 };
    return { signatureRight: 4 + (d - s) / 2, dateRight: 4 };
  },
};

/**
 * Width in full characters: ASCII digits and letters are half a character.
 * @example textWidth("2026年12月1日") // => 6.5
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}
