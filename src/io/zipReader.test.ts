import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { inflateEntry, readZipDirectory } from "./zipReader.js";

/** A deflated member of several megabytes: far more pieces than the reader queues before pausing zlib. */
async function archive(): Promise<{ data: Buffer; original: Buffer }> {
  const rows: string[] = [];
  for (let i = 0; i < 60_000; i++) rows.push(`<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>单位${i}</t></is></c><c r="B${i + 1}"><v>${(i * 7919) % 1000}</v></c></row>`);
  const original = Buffer.from(rows.join(""), "utf8");
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", original);
  const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { data, original };
}

describe("inflateEntry", () => {
  it("lets the archive go once the member is read (the finished inflater's listeners held it until zlib closed it: at 100,000 units the 37 MB input stayed through scoring)", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    let { data } = await archive();
    const held = new WeakRef(data.buffer);
    const entry = readZipDirectory(data).get("xl/worksheets/sheet1.xml")!;
    let bytes = 0;
    await inflateEntry(data, entry, (chunk) => ((bytes += chunk.length), true));
    expect(bytes).toBeGreaterThan(1_000_000);
    data = Buffer.alloc(0);
    // Straight on, as scoring follows reading: zlib closes the inflater only on a later turn of the event loop.
    gc();
    expect(held.deref()).toBeUndefined();
  });

  it("hands on every piece, in order, even when the reader is slower than zlib", async () => {
    const { data, original } = await archive();
    const entry = readZipDirectory(data).get("xl/worksheets/sheet1.xml")!;
    const pieces: Buffer[] = [];
    await inflateEntry(data, entry, (chunk) => {
      pieces.push(Buffer.from(chunk));
      // A slow reader: zlib must wait (pause) rather than queue the whole member.
      const until = performance.now() + 0.2;
      while (performance.now() < until);
      return true;
    });
    expect(pieces.length).toBeGreaterThan(32);
    expect(Buffer.concat(pieces).equals(original)).toBe(true);
  });

  it("stops when the reader says so (a size bound was crossed)", async () => {
    const { data } = await archive();
    const entry = readZipDirectory(data).get("xl/worksheets/sheet1.xml")!;
    let calls = 0;
    await inflateEntry(data, entry, () => ++calls < 3);
    expect(calls).toBe(3);
  });

  it("rejects with the reader's own error", async () => {
    const { data } = await archive();
    const entry = readZipDirectory(data).get("xl/worksheets/sheet1.xml")!;
    await expect(
      inflateEntry(data, entry, () => {
        throw new Error("工作表超过上限");
      }),
    ).rejects.toThrow("工作表超过上限");
  });
});
