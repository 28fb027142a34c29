import { describe, expect, it } from "vitest";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { existsSync } from "node:fs";
import { renderChart } from "./renderChart.js";
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
  it("draws 1600×900 at devicePixelRatio 2", () => {
    expect(pngSize(renderChart(spec))).toEqual([3200, 1800]);
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
