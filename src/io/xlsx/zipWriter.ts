import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import * as zlib from "node:zlib";

/** zlib.crc32 arrived in Node 20.15; older 20.x gets the table version. */
const crc32: (data: Uint8Array, value: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function" ? (zlib as unknown as { crc32: (d: Uint8Array, v: number) => number }).crc32 : crc32Table;

let table: Int32Array | undefined;
function crc32Table(data: Uint8Array, value: number): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

interface Entry {
  name: Buffer;
  method: number;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** Sizes and offsets in a plain (non-ZIP64) archive stop at 4 GiB. */
const ZIP32_MAX = 0xffffffff;

/**
 * A streaming ZIP writer: one entry at a time, deflated through zlib's
 * stream (which runs on libuv's thread pool, so compression overlaps the
 * XML building on the main thread), sizes and CRC in data descriptors, so
 * nothing is buffered whole.
 */
export class ZipWriter {
  private readonly out: WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;
  private failed: Error | undefined;

  constructor(
    path: string,
    private readonly level: number,
  ) {
    this.out = createWriteStream(path);
    this.out.on("error", (e) => (this.failed = e));
  }

  private async put(chunk: Buffer): Promise<void> {
    if (this.failed) throw this.failed;
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }

  /**
   * Add one entry whose content arrives in pieces. `fill` calls `write` for
   * each piece and awaits it (that is the back-pressure).
   */
  async add(name: string, fill: (write: (piece: string | Uint8Array) => Promise<void>) => Promise<void> | void, opts: { store?: boolean } = {}): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    const method = opts.store ? 0 : 8;
    await this.put(localHeader(nameBytes, method));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    if (opts.store) {
      await fill(async (piece) => {
        const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        crc = crc32(bytes, crc);
        size += bytes.length;
        compressed += bytes.length;
        await this.put(bytes);
      });
    } else {
      const deflate = zlib.createDeflateRaw({ level: this.level, chunkSize: 256 * 1024 });
      let error: Error | undefined;
      deflate.on("error", (e) => (error = e));
      deflate.on("data", (c: Buffer) => {
        compressed += c.length;
        this.offset += c.length;
        if (!this.out.write(c)) {
          deflate.pause();
          this.out.once("drain", () => deflate.resume());
        }
      });
      const ended = once(deflate, "end");
      await fill(async (piece) => {
        if (error) throw error;
        const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
        crc = crc32(bytes, crc);
        size += bytes.length;
        if (!deflate.write(bytes)) await once(deflate, "drain");
      });
      deflate.end();
      await ended;
      if (error) throw error;
    }
    if (size > ZIP32_MAX || compressed > ZIP32_MAX || offset > ZIP32_MAX) throw new Error(`zip entry ${name} exceeds 4 GiB`);
    await this.put(descriptor(crc, compressed, size));
    this.entries.push({ name: nameBytes, method, offset, crc, compressed, size });
  }

  /** Write the central directory and close the file. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) await this.put(centralHeader(e));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    this.out.end();
    await once(this.out, "close");
    if (this.failed) throw this.failed;
  }

  /** Close without finishing (after a failure). */
  abort(): void {
    this.out.destroy();
  }
}

// 1980-01-01 00:00: a fixed timestamp, so the same results give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
// Bit 3: sizes follow in a data descriptor; bit 11: names are UTF-8.
const FLAGS = 0x0808;

function localHeader(name: Buffer, method: number): Buffer {
  const b = Buffer.alloc(30 + name.length);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(method, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt16LE(name.length, 26);
  name.copy(b, 30);
  return b;
}

function descriptor(crc: number, compressed: number, size: number): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(crc >>> 0, 4);
  b.writeUInt32LE(compressed, 8);
  b.writeUInt32LE(size, 12);
  return b;
}

function centralHeader(e: Entry): Buffer {
  const b = Buffer.alloc(46 + e.name.length);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(e.crc >>> 0, 16);
  b.writeUInt32LE(e.compressed, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(e.offset, 42);
  e.name.copy(b, 46);
  return b;
}
