import { GlobalFonts } from "@napi-rs/canvas";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";

/** The family name every chart uses: Source Han Sans SC, shipped as an npm package. */
export const CJK_FAMILY = "KaopingCJK";

let registered = false;

/**
 * Register the bundled full CJK font (Source Han Sans SC, OpenType, 65k
 * glyphs, so rare place-name characters such as 坜塅垌 draw) before any
 * chart is drawn. Machines without CJK fonts would otherwise draw boxes.
 */
export function registerCjkFont(): string {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("node-source-han-sans-sc/package.json"));
  const regular = join(dir, "SourceHanSansSC-Regular.otf");
  if (!registered) {
    if (!existsSync(regular)) throw new Error(`找不到中文字体文件：${regular}（请重新运行 npm ci）`);
    GlobalFonts.registerFromPath(regular, CJK_FAMILY);
    GlobalFonts.registerFromPath(join(dir, "SourceHanSansSC-Bold.otf"), CJK_FAMILY);
    registered = true;
  }
  return regular;
}
