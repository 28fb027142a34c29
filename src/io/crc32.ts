import * as zlib from "node:zlib";

/** CRC-32 as ZIP and PNG use it, continuing from `value` (0 to start). zlib.crc32 arrived in Node 20.15; older 20.x gets the table version. */
export const crc32: (data: Uint8Array, value: number) => number =
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

