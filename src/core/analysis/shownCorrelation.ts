import { roundExcel } from "../math/roundExcel.js";

/**
 * Decimals of every correlation and α the diagnostics show, in the sheet and
 * in the advice. The thresholds compare the shown value, so a pair shown as
 * 0.90 is never flagged as above 0.9.
 */
export const CORRELATION_DECIMALS = 2;

/** A correlation as shown. @example shownCorrelation(0.9049) // => 0.9 */
export const shownCorrelation = (r: number): number => roundExcel(r, CORRELATION_DECIMALS);
