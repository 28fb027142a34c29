import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamingReader } from "./readWorkbook.js";
import { sha256File } from "./fileHash.js";

describe("sha256File after a read", () => {
  it("is the hash of the bytes scored, even when the file is changed or removed afterwards", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-hash-"));
    const scored = "单位名称,职工人数\n城关镇,12\n";
    const changed = join(dir, "changed.csv");
    const removed = join(dir, "removed.csv");
    await writeFile(changed, scored);
    await writeFile(removed, scored);
    await streamingReader.read(changed);
    await streamingReader.read(removed);
    await writeFile(changed, "单位名称,职工人数\n城关镇,99\n");
    await rm(removed);
    // The expected hash is of the literal bytes as written, computed here independently of the reader.
    const expected = createHash("sha256").update(Buffer.from(scored, "utf8")).digest("hex");
    expect(await sha256File(changed)).toBe(expected);
    expect(await sha256File(removed)).toBe(expected);
  });
});
