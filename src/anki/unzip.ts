import zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import { GuanhuaError } from '../errors.js';

/**
 * Reading a zip file's entries, each checked against the CRC-32 its central directory records
 * (as Anki's own reader does; fflate does not check it). A byte changed in a stored entry, or
 * in a zstd frame without a checksum (Anki writes none), can otherwise decompress to a
 * collection that still opens, with a wrong value in it.
 */

const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

/** `name` is how errors call the file. Only entries that `wanted` names are unpacked. */
export function unzipChecked(bytes: Uint8Array, wanted: ReadonlySet<string>, name: string): Record<string, Uint8Array> {
  let entries: Record<string, Uint8Array>;
  let crcs: Map<string, number>;
  try {
    entries = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
    crcs = centralCrcs(bytes);
  } catch (err) {
    throw new GuanhuaError(`${name} is damaged (${(err as Error).message}): export it from Anki again`);
  }
  for (const [entry, data] of Object.entries(entries)) {
    if (crc32(data) !== crcs.get(entry)) {
      throw new GuanhuaError(`${name} is damaged (${entry} fails its CRC-32 check): export it from Anki again`);
    }
  }
  return entries;
}

/** Node 20.15+ computes it natively; before that, a table in JavaScript. */
const crc32: (data: Uint8Array) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (data) => (zlib as unknown as { crc32: (d: Uint8Array) => number }).crc32(data)
    : tableCrc32;

let table: Uint32Array | undefined;
function tableCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Each entry's CRC-32 from the central directory (zip64 too), by entry name. */
function centralCrcs(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('no end of central directory');
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64 = Number(view.getBigUint64(end - 12, true));
    if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== ZIP64_END) throw new Error('invalid zip64 end record');
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  const crcs = new Map<string, number>();
  const decoder = new TextDecoder();
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('invalid central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    crcs.set(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), view.getUint32(at + 16, true));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return crcs;
}
