import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import * as zlib from "node:zlib";
import { crc32 } from "../crc32.js";

/**
 * Hand one piece of an entry to the archive. `consumed`, when given, is
 * called once the bytes have been read and the buffer may be reused.
 */
export type Write = (piece: string | Uint8Array, consumed?: () => void) => Promise<void>;

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
    this.out = createWriteStream(path, { highWaterMark: 8 << 20 });
    this.out.on("error", (e) => (this.failed = e));
  }

  /**
   * Wait until the file stream takes more bytes. A stream that failed
   * (disk full, folder not writable) never drains: waiting for `drain`
   * alone hung the run until Node gave up with exit 13, so its error ends
   * the wait too.
   */
  private drained(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const done = (e?: Error) => {
        this.out.off("drain", onDrain);
        this.out.off("error", onError);
        this.out.off("close", onClose);
        if (e) reject(e);
        else resolve();
      };
      const onDrain = () => done();
      const onError = (e: Error) => done(e);
      const onClose = () => done(this.failed ?? new Error("output stream closed"));
      this.out.on("drain", onDrain);
      this.out.on("error", onError);
      this.out.on("close", onClose);
    });
  }

  private async put(chunk: Buffer): Promise<void> {
    if (this.failed) throw this.failed;
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await this.drained();
  }

  /**
   * Add one entry whose content arrives in pieces. `fill` calls `write` for
   * each piece and awaits it (that is the back-pressure).
   */
  async add(name: string, fill: (write: Write) => Promise<void> | void, opts: { store?: boolean } = {}): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    const method = opts.store ? 0 : 8;
    await this.put(localHeader(nameBytes, method));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    if (opts.store) {
      await fill(async (piece, consumed) => {
        const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        crc = crc32(bytes, crc);
        size += bytes.length;
        compressed += bytes.length;
        await this.put(bytes);
        consumed?.();
      });
    } else {
      // A deep input queue lets the main thread build the next chunks while the thread pool deflates this one.
      const deflate = zlib.createDeflateRaw({ level: this.level, chunkSize: 256 * 1024, writableHighWaterMark: 16 << 20 } as zlib.ZlibOptions);
      let error: Error | undefined;
      deflate.on("error", (e) => (error = e));
      deflate.on("data", (c: Buffer) => {
        compressed += c.length;
        this.offset += c.length;
        if (this.failed) return;
        if (!this.out.write(c)) {
          deflate.pause();
          // A failed file stream ends the entry: the deflater is destroyed with its error, which `fill` and `ended` see.
          this.drained().then(
            () => deflate.resume(),
            (e: Error) => deflate.destroy(e),
          );
        }
      });
      // once() rejects on the deflater's `error`, so a destroyed deflater ends these waits instead of leaving them pending.
      const ended = once(deflate, "end");
      ended.catch(() => undefined);
      await fill(async (piece, consumed) => {
        if (error) throw error;
        if (this.failed) throw this.failed;
        const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
        crc = crc32(bytes, crc);
        size += bytes.length;
        if (!deflate.write(bytes, consumed && (() => consumed()))) await once(deflate, "drain");
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
    await this.put(endRecord(this.entries.length, this.offset - start, start));
    this.out.end();
    await once(this.out, "close");
    if (this.failed) throw this.failed;
  }

  /**
   * Close without finishing (after a failure). Waits for the file to close:
   * a stream destroyed while still opening creates its file afterwards, and
   * the caller's clean-up would run before it (a temp file left behind).
   */
  async abort(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, "close").catch(() => undefined);
    this.out.destroy();
    await closed;
  }
}

/** One file of an archive built in memory. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** Stored as is (already compressed, such as a PNG), not deflated. */
  store?: boolean;
}

/**
 * A small archive built whole in memory (the 通报's .docx): each entry
 * deflated with native zlib at `level`, or stored, with the same headers as
 * ZipWriter's.
 */
export function zipBuffer(entries: ZipEntry[], level: number): Buffer {
  const parts: Buffer[] = [];
  const written: Entry[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const method = e.store ? 0 : 8;
    const body = e.store ? Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength) : zlib.deflateRawSync(e.data, { level });
    const crc = crc32(e.data, 0);
    const head = localHeader(name, method);
    const tail = descriptor(crc, body.length, e.data.byteLength);
    parts.push(head, body, tail);
    written.push({ name, method, offset, crc, compressed: body.length, size: e.data.byteLength });
    offset += head.length + body.length + tail.length;
    if (offset > ZIP32_MAX) throw new Error(`zip entry ${e.name} exceeds 4 GiB`);
  }
  const start = offset;
  for (const e of written) {
    const central = centralHeader(e);
    parts.push(central);
    offset += central.length;
  }
  parts.push(endRecord(written.length, offset - start, start));
  return Buffer.concat(parts);
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

/** The end of the central directory: how many entries, its size and where it starts. */
function endRecord(entries: number, size: number, start: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(start, 16);
  return end;
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
