import { describe, expect, it } from "vitest";
import { createCanvas, GlobalFonts, loadImage } from "@napi-rs/canvas";
import { existsSync } from "node:fs";
import { labelOverhang, renderChart, valueLabelPlacement, verticalLabelStarts, wrapLabel } from "./renderChart.js";
import { renderCharts } from "./renderCharts.js";
import { startChartThread, takeStartedThread } from "./chartThread.js";
import { encodePng } from "./encodePng.js";
import { CJK_FAMILY, registerCjkFont } from "./cjkFont.js";
import type { ChartSpec } from "../../core/charts/chartSpec.js";

const spec: ChartSpec = {
  id: "t",
  fileName: "t",
  type: "bar",
  horizontal: true,
  title: "2026年度总分排名",
  subtitle: "测试：坜塅乡、大垌镇",
  labels: ["坜塅乡", "大垌镇", "萨勒吾则克乡"],
  datasets: [{ label: "总分", data: [94.6, 94.6, 98.12], color: ["#2E7D32", "#2E7D32", "#1F5FAD"], valueLabels: ["94.6", "94.6", "98.12"] }],
  lines: [{ value: 90, label: "优秀 90", color: "#C62828" }],
  width: 1600,
  height: 900,
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** One character drawn alone, as raw pixels. */
function glyph(text: string, family: string): Buffer {
  const canvas = createCanvas(120, 120);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, 120, 120);
  ctx.fillStyle = "#000";
  ctx.font = `96px ${family}`;
  ctx.textBaseline = "top";
  ctx.fillText(text, 10, 10);
  return Buffer.from(ctx.getImageData(0, 0, 120, 120).data);
}

const inked = (pixels: Buffer) => pixels.some((v, i) => i % 4 !== 3 && v < 128);

describe("chart rendering", () => {
  it("draws 1600×900 at devicePixelRatio 1.2", () => {
    // 1600 × 1.2 = 1920, 900 × 1.2 = 1080: 300 dpi over 16 cm of print (issue 17; was 3200×1800 at 2×)
    expect(pngSize(renderChart(spec))).toEqual([1920, 1080]);
  });

  it("gives byte-identical PNGs for the same input", () => {
    expect(renderChart(spec).equals(renderChart(spec))).toBe(true);
  });

  it("registers the bundled CJK font before drawing", () => {
    renderChart(spec);
    expect(GlobalFonts.has(CJK_FAMILY)).toBe(true);
    expect(existsSync(registerCjkFont())).toBe(true);
  });

  it("draws rare place-name characters as real glyphs, not missing-glyph boxes", () => {
    registerCjkFont();
    // Without the glyphs every character falls back to the same .notdef box,
    // so three different characters drawing three different images proves the font has them.
    const images = ["坜", "塅", "垌"].map((c) => glyph(c, CJK_FAMILY));
    for (const img of images) expect(inked(img)).toBe(true);
    expect(images[0].equals(images[1])).toBe(false);
    expect(images[1].equals(images[2])).toBe(false);
    expect(images[0].equals(images[2])).toBe(false);
    // and none of them is the box drawn for a code point no font has
    const box = glyph("\u{10FFFD}", CJK_FAMILY);
    for (const img of images) expect(img.equals(box)).toBe(false);
  });
});

describe("PNG encoding", () => {
  it("round-trips pixels through an independent decoder (the canvas library's)", async () => {
    const canvas = createCanvas(3, 2);
    const ctx = canvas.getContext("2d");
    const colours = ["#ff0000", "#00ff00", "#0000ff", "#ffffff", "#000000", "#7f3f1f"];
    colours.forEach((c, i) => {
      ctx.fillStyle = c;
      ctx.fillRect(i % 3, Math.floor(i / 3), 1, 1);
    });
    const png = encodePng(canvas.data(), 3, 2);
    expect(pngSize(png)).toEqual([3, 2]);
    const image = await loadImage(png);
    const back = createCanvas(3, 2);
    back.getContext("2d").drawImage(image, 0, 0);
    const pixels = [...back.getContext("2d").getImageData(0, 0, 3, 2).data];
    // RGBA of each pixel, hand-written from the colours above.
    expect(pixels).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 0x7f, 0x3f, 0x1f, 255]);
  });

  it("refuses pixel data of the wrong size", () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/2×2×4/);
  });
});

describe("drawing on two threads", () => {
  it("gives the same PNGs, in order, as drawing on one", async () => {
    const specs = ["甲", "乙", "丙", "丁", "戊"].map((t, i): ChartSpec => ({ ...spec, id: t, fileName: `f${i}`, title: `${t} 图`, datasets: [{ ...spec.datasets[0], data: [90 - i, 80 + i, 70] }] }));
    const one = await renderCharts(specs, { threads: 1 });
    const two = await renderCharts(specs, { threads: 2 });
    expect(two.length).toBe(5);
    two.forEach((png, i) => expect(png.equals(one[i]), specs[i].title).toBe(true));
    // Different charts really differ, so the comparison above means something.
    expect(one[0].equals(one[1])).toBe(false);
  });

  it("uses a thread started ahead of time, with the same result", async () => {
    const specs = ["甲", "乙", "丙"].map((t, i): ChartSpec => ({ ...spec, id: t, fileName: `f${i}`, title: `${t} 图`, datasets: [{ ...spec.datasets[0], data: [60 + i, 80, 70 - i] }] }));
    const one = await renderCharts(specs, { threads: 1 });
    startChartThread();
    const early = await renderCharts(specs, { threads: 2 });
    early.forEach((png, i) => expect(png.equals(one[i]), specs[i].title).toBe(true));
    // Handed over once: the next run starts its own.
    expect(takeStartedThread()).toBeUndefined();
  });
});

describe("valueLabelPlacement", () => {
  it("keeps labels above their bars unless some label is wider than its bar", () => {
    expect(valueLabelPlacement(false, 90, 20, 0)).toBe("above");
  });

  it("turns crowded labels upright: inside a tall bar, above a short one when there is room, else inside", () => {
    // 60 px of text needs 60 + 2 × 6 = 72 px of bar.
    expect(valueLabelPlacement(true, 60, 72, 0)).toBe("inside");
    expect(valueLabelPlacement(true, 60, 71, 72)).toBe("upright-above");
    expect(valueLabelPlacement(true, 60, 71, 71)).toBe("inside");
  });
});

describe("labelOverhang", () => {
  const data = (values: number[], labels: string[]) => [{ label: "", color: "#000000", data: values, valueLabels: labels }];

  it("keeps room right of the plot for labels of bars at a fixed maximum", () => {
    // "100%": 4 narrow characters × 0.6 × 22 px = 52.8 → 53, plus 6 px of gap; the 50% bar is far from the edge.
    expect(labelOverhang({ datasets: data([1, 0.5], ["100%", "50%"]), valueAxis: { max: 1 } })).toBe(59);
    // CJK characters count a full 22 px each: 44 + 6.
    expect(labelOverhang({ datasets: data([0.9], ["达标"]), valueAxis: { max: 1 } })).toBe(50);
  });

  it("keeps none when the axis finds its own maximum (it leaves headroom) or no bar comes near it", () => {
    expect(labelOverhang({ datasets: data([8.2], ["+8.2（合并）"]), valueAxis: {} })).toBe(0);
    expect(labelOverhang({ datasets: data([0.8], ["80%"]), valueAxis: { max: 1 } })).toBe(0);
  });
});

describe("labels that fit (issue 15)", () => {
  it("wraps a category label that is too wide before its bracket, never tilting it", () => {
    // 7 CJK × 22 = 154 px, the bracket part 「（20分）」 3 CJK + 2 narrow = 66 + 26.4 px
    expect(wrapLabel("作风与效能建设（20分）", 160)).toEqual(["作风与效能建设", "（20分）"]);
    expect(wrapLabel("组织领导（15分）", 400)).toBe("组织领导（15分）");
    // a line break the spec asks for is kept
    expect(wrapLabel("乡镇（59 个）\n平均 63.17", 400)).toEqual(["乡镇（59 个）", "平均 63.17"]);
  });

  it("moves the labels of two close reference lines apart", () => {
    // 200 px apart: both centred (80 = 100 − 40/2)
    expect(verticalLabelStarts([{ at: 100, width: 40 }, { at: 300, width: 40 }], 1000)).toEqual([80, 280]);
    // 20 px apart: the lower ends 4 px left of its line (100 − 4 − 60 = 36), the higher starts 4 px right of its own
    expect(verticalLabelStarts([{ at: 100, width: 60 }, { at: 120, width: 60 }], 1000)).toEqual([36, 124]);
    // never past the right edge: 990 − 30 would end at 1020
    expect(verticalLabelStarts([{ at: 990, width: 60 }], 1000)).toEqual([940]);
    // Three lines 30 px apart: the middle label moved left for the third must not land on the first (36–96): 104 and 172.
    expect(verticalLabelStarts([{ at: 100, width: 60 }, { at: 130, width: 60 }, { at: 160, width: 60 }], 1000)).toEqual([36, 104, 172]);
  });

  it("keeps every value label of a horizontal chart inside the picture, to the right and to the left", async () => {
    const wide: ChartSpec = {
      ...spec,
      lines: undefined,
      labels: ["宁夏回族自治区商务厅", "萨勒吾则克乡"],
      datasets: [{ label: "增减", data: [22.24, -20.27], color: ["#2166AC", "#D6604D"], valueLabels: ["+22.24（上年否决，合并计算）", "-20.27（上年否决，合并计算）"] }],
    };
    const image = await loadImage(renderChart(wide));
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(image, 0, 0);
    // The outer 9 px (8 logical × 1.2, rounded down) on each side are background: no label ran out of the frame.
    for (const x0 of [0, image.width - 9]) {
      const band = ctx.getImageData(x0, 0, 9, image.height).data;
      expect(band.every((v) => v === 255), `band at ${x0}`).toBe(true);
    }
  });
});

describe("vertical grouped bars keep their category offset (issue 15: 02, 04, 05)", () => {
  /** Runs of columns holding at least one pixel of the given pure colour, as [first x, width] in device pixels. */
  function columnRuns(pixels: Uint8ClampedArray, width: number, height: number, isColour: (r: number, g: number, b: number) => boolean): [number, number][] {
    const runs: [number, number][] = [];
    let start = -1;
    for (let x = 0; x <= width; x++) {
      let hit = false;
      for (let y = 0; x < width && y < height && !hit; y++) {
        const at = (y * width + x) * 4;
        hit = isColour(pixels[at], pixels[at + 1], pixels[at + 2]);
      }
      if (hit && start < 0) start = x;
      if (!hit && start >= 0) {
        runs.push([start, x - start]);
        start = -1;
      }
    }
    return runs;
  }

  it("draws the first and the last bar of a grouped chart as wide as the others", async () => {
    // Three categories, two datasets of pure red and pure blue, no legend (its boxes would be red and blue too).
    // Chart.js puts the category at the plot's edge without the offset, and its bars half outside the plot,
    // clipped: the first red bar (left of its category) and the last blue one (right of its) were lost or cut.
    const grouped: ChartSpec = {
      id: "g",
      fileName: "g",
      type: "bar",
      title: "分类对比",
      labels: ["市直机关", "乡镇", "教育系统"],
      datasets: [
        { label: "本年", data: [60, 70, 80], color: "#FF0000" },
        { label: "上年", data: [50, 65, 75], color: "#0000FF" },
      ],
      valueAxis: { min: 0, max: 100 },
      width: 1600,
      height: 900,
    };
    const image = await loadImage(renderChart(grouped));
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
    const red = columnRuns(pixels, image.width, image.height, (r, g, b) => r > 230 && g < 30 && b < 30);
    const blue = columnRuns(pixels, image.width, image.height, (r, g, b) => r < 30 && g < 30 && b > 230);
    // one bar per category in each colour, all of one width (within a 2-pixel antialiasing seam)
    expect(red.length).toBe(3);
    expect(blue.length).toBe(3);
    const widths = [...red, ...blue].map(([, w]) => w);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(2);
    // each blue bar right beside its red one: the pairs are grouped around their category, not split by the plot's edge
    red.forEach(([x, w], i) => expect(blue[i][0]).toBeGreaterThanOrEqual(x + w - 2));
    // and the outermost bars keep a gap to the picture's edges (about a half category slot each side)
    expect(red[0][0]).toBeGreaterThan(100);
    expect(blue[2][0] + blue[2][1]).toBeLessThan(image.width - 100);
  });
});
