/**
 * Lines a wrapped text needs in a column of `width` characters (Excel's
 * column width unit): CJK characters take two units, each line break
 * starts a new line. Used to set row heights, since Excel and LibreOffice
 * do not grow a row for wrapped text a file did not size.
 * @example linesNeeded("每发现一次扣3分，扣完为止", 10) // => 3
 */
export function linesNeeded(text: string, width: number): number {
  let lines = 0;
  for (const part of text.split("\n")) {
    if (part.length * 2 <= width - 1) {
      lines++;
      continue;
    }
    let units = 0;
    for (let i = 0; i < part.length; i++) units += part.charCodeAt(i) >= 0x2e80 ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / Math.max(width - 1, 1)));
  }
  return Math.max(1, lines);
}
