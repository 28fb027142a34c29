/**
 * A number as formula text, never in exponent notation (Excel reads 1E-07, but
 * not every engine does).
 * @example numberLiteral(0.97) // => "0.97"
 * @example numberLiteral(1e-7) // => "0.0000001"
 * @example numberLiteral(-3) // => "(-3)"
 */
export function numberLiteral(n: number): string {
  let s = String(Math.abs(n));
  if (/e/i.test(s)) s = Math.abs(n).toFixed(20).replace(/\.?0+$/, "");
  return n < 0 ? `(-${s})` : s;
}
