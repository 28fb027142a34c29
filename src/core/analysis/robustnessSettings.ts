import { nameKey, toHalfWidth } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";

/** The 设置 rows of the 稳健性 analysis. */
export interface RobustnessSettings {
  /** 稳健性抽样次数: Monte Carlo draws; 0 turns the analysis off. */
  draws: number;
  /** 权重扰动幅度: δ, each 一级指标's 分值 varies within ±δ (0.25 = ±25 %). */
  delta: number;
  /** 稳健性随机种子: the same seed gives the same result. */
  seed: number;
  /** 稳健性前N名: N of P(前 N 名) when no 推荐名额 rule gives one. */
  topN: number;
  /** Whether 稳健性前N名 was written (then it is used even beside a 推荐名额). */
  topNSet?: boolean;
}

export const DEFAULT_ROBUSTNESS_SETTINGS: RobustnessSettings = { draws: 1000, delta: 0.25, seed: 20261201, topN: 10 };

/** The most draws a 设置 may ask for (each costs one ranking of every unit). */
const MAX_DRAWS = 100_000;

export type RobustnessSettingReading = { ok: true; apply: (s: RobustnessSettings) => void } | { ok: false; known: string } | undefined;

/**
 * One 设置 row of the 稳健性 analysis, or undefined when the name is not
 * one of its own (parseSettings goes on with the others). 权重扰动幅度 reads
 * 「25%」, 「0.25」 or 「25」 (a plain number of 1 or more is a percentage).
 * @example readRobustnessSetting("稳健性抽样次数", "五百")?.ok // => false
 */
export function readRobustnessSetting(name: string, value: string): RobustnessSettingReading {
  const text = toHalfWidth(value).trim();
  switch (nameKey(name)) {
    case "稳健性抽样次数":
    case "抽样次数": {
      // As clerks type it: 1000, 「1,000」, 「1000次」.
      const n = wholeNumber(text, "次");
      return n !== undefined && n >= 0 && n <= MAX_DRAWS ? { ok: true, apply: (s) => (s.draws = n) } : { ok: false, known: `0～${MAX_DRAWS} 的整数（0 表示不做稳健性分析）` };
    }
    case "权重扰动幅度":
    case "分值扰动幅度": {
      const delta = readShare(text);
      return delta !== undefined ? { ok: true, apply: (s) => (s.delta = delta) } : { ok: false, known: "0%～90% 的百分数，如 25%" };
    }
    case "稳健性随机种子":
    case "随机种子": {
      const n = wholeNumber(text);
      return n !== undefined ? { ok: true, apply: (s) => (s.seed = n) } : { ok: false, known: "整数，如 20261201" };
    }
    case "稳健性前n名": {
      // 10, 「10名」, 「前10名」.
      const n = wholeNumber(text.replace(/^前\s*/, ""), "名");
      return n !== undefined && n >= 1 ? { ok: true, apply: (s) => ((s.topN = n), (s.topNSet = true)) } : { ok: false, known: "正整数，如 10" };
    }
    default:
      return undefined;
  }
}

/**
 * A whole number as typed (「1,000」, with its measure word when one is allowed), or undefined.
 * @example wholeNumber("1,000次", "次") // => 1000
 */
function wholeNumber(text: string, measure?: string): number | undefined {
  const read = parseNumber({ v: text });
  const ok = read.ok && read.scale === "plain" && !read.approximate && (!read.measure || read.measure === measure);
  return ok && Number.isSafeInteger(read.value) ? read.value : undefined;
}

/**
 * 「25%」, 「±25%」, 「上下25%」, 「0.25」 and 「25」 as 0.25; undefined outside 0 … 90 %.
 * @example readShare("±25%") // => 0.25
 */
function readShare(text: string): number | undefined {
  // 「±25%」 and 「上下25%」 say the same range as 「25%」: the ± is the analysis's own.
  const n = parseNumber({ v: text.replace(/^(?:±|\+-|\+\/-|上下|正负)\s*/, "") });
  if (!n.ok || n.approximate || n.measure) return undefined;
  const share = n.scale === "percent" ? n.value : n.scale === "plain" && n.value >= 1 ? n.value / 100 : n.scale === "plain" ? n.value : undefined;
  return share !== undefined && share >= 0 && share <= 0.9 ? share : undefined;
}
