import type { PhraseReader } from "./phrases/common.js";
import { perOccurrence } from "./phrases/perOccurrence.js";
import { perMissing } from "./phrases/perMissing.js";
import { shortfall } from "./phrases/shortfall.js";
import { proportional } from "./phrases/proportional.js";
import { rateLines } from "./phrases/rateLines.js";
import { threshold } from "./phrases/threshold.js";
import { yesNo } from "./phrases/yesNo.js";
import { graded } from "./phrases/graded.js";
import { bonusByLevel } from "./phrases/bonusByLevel.js";
import { veto } from "./phrases/veto.js";
import { inspectorScore } from "./phrases/inspectorScore.js";

/** Every phrasing family readStandard tries, one file each under phrases/. */
export const phraseReaders: readonly { family: string; read: PhraseReader }[] = [
  { family: "perOccurrence", read: perOccurrence },
  { family: "perMissing", read: perMissing },
  { family: "shortfall", read: shortfall },
  { family: "proportional", read: proportional },
  { family: "rateLines", read: rateLines },
  { family: "threshold", read: threshold },
  { family: "yesNo", read: yesNo },
  { family: "graded", read: graded },
  { family: "bonusByLevel", read: bonusByLevel },
  { family: "veto", read: veto },
  { family: "inspectorScore", read: inspectorScore },
];
