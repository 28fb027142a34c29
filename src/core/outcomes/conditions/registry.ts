import type { Grade } from "../../model.js";
import { toHalfWidth } from "../../values/normaliseText.js";
import type { Condition, ConditionType } from "./types.js";
import { gradeCondition } from "./grade.js";
import { lastPlacesCondition } from "./lastPlaces.js";
import { lastPlacesRunningCondition } from "./lastPlacesRunning.js";
import { gradeRunningCondition } from "./gradeRunning.js";
import { negativeCondition } from "./negative.js";
import { vetoedCondition } from "./vetoed.js";

/** Every condition kind; the first that reads a text takes it (连续… before the one-year kinds). */
export const conditionTypes: readonly ConditionType<any>[] = [
  lastPlacesRunningCondition,
  gradeRunningCondition,
  lastPlacesCondition,
  gradeCondition,
  negativeCondition,
  vetoedCondition,
];

/**
 * A condition from a cell's text, or undefined when no kind reads it.
 * Spaces, 全角 characters and a trailing 的/时 are ignored.
 * @example readCondition("连续 两年 末位", [])?.type.id // => "lastPlacesRunning"
 */
export function readCondition(text: string, grades: readonly Grade[]): Condition | undefined {
  const t = toHalfWidth(text).replace(/\s+/g, "").replace(/[“”"「」]/g, "").replace(/(?:的|时|者)$/, "");
  for (const type of conditionTypes) {
    const params = type.read(t, grades);
    if (params !== undefined) return { type, params, text: text.trim() };
  }
  return undefined;
}

/** The phrasings every kind reads, for the message when none does. */
export function conditionExamples(): string {
  return conditionTypes.map((t) => t.example).join("；");
}
