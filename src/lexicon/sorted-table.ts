import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { GuanhuaError } from '../errors.js';

const NL = 0x0a;
/** Shared answer for absent keys (most lookups of substrings miss): one array, not thousands. */
const NONE: readonly string[][] = Object.freeze([]);
const TAB = 0x09;

/**
 * A read-only table of tab-separated UTF-8 lines sorted by their first field's bytes (UTF-8
 * byte order equals code point order), with two side files written at build time: `<file>.idx`,
 * the line start offsets (uint32, little-endian), and `<file>.hash`, an open-addressing hash
 * table of the keys (int32: first line of the key + 1, 0 empty; see keyHash). Loading is three
 * file reads and nothing else; a lookup hashes the key, probes a slot or two and compares raw
 * bytes, and only the lines asked for are ever decoded.
 */
export class SortedTable {
  private readonly buf: Buffer;
  private readonly starts: Uint32Array;
  private readonly slots: Int32Array;
  /** The key being searched, UTF-8 encoded; reused (keys are words, a few characters). */
  private target = Buffer.alloc(64);
  private targetLength = 0;

  constructor(buf: Buffer, starts: Uint32Array = lineStarts(buf), slots: Int32Array = hashSlots(buf, starts)) {
    this.buf = buf;
    this.starts = starts;
    this.slots = slots;
  }

  static load(file: string): SortedTable {
    let buf: Buffer;
    let idx: Buffer;
    let hash: Buffer;
    try {
      buf = readFileSync(file);
      idx = readFileSync(`${file}.idx`);
      hash = readFileSync(`${file}.hash`);
    } catch {
      throw new GuanhuaError(`lexicon index missing (${file}): run \`npm run build\` first`);
    }
    const starts = asUint32(idx) ?? lineStarts(buf);
    const slots = asInt32(hash);
    return new SortedTable(buf, starts, slots ?? hashSlots(buf, starts));
  }

  /**
   * All lines whose key is `key`, split into fields (key included), in file order. Not
   * memoised here: segmentation probes many substrings once each, and a memo of those costs
   * more (hashing, growth, GC) than the search; callers cache the words they reuse.
   */
  find(key: string): readonly string[][] {
    const starts = this.starts;
    let i = this.firstLine(key);
    if (i < 0) return NONE;
    const rows: string[][] = [];
    for (; i < starts.length && this.compare(starts[i]) === 0; i++) {
      let end = i + 1 < starts.length ? starts[i + 1] - 1 : this.buf.length;
      if (end > starts[i] && this.buf[end - 1] === NL) end--; // the last line's newline
      rows.push(this.buf.toString('utf8', starts[i], end).split('\t'));
    }
    return rows;
  }

  /** Whether any line has this key; decodes nothing (lines can be long, the answer is a bit). */
  has(key: string): boolean {
    return this.firstLine(key) >= 0;
  }

  /**
   * The distinct keys that start with `prefix` and are longer than it, in key order (a binary
   * search: lines are sorted by key bytes).
   */
  keysWithPrefix(prefix: string): string[] {
    this.encode(prefix);
    const { buf, starts, target } = this;
    const n = this.targetLength;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (buf.compare(target, 0, n, starts[mid], Math.min(starts[mid] + n, buf.length)) < 0) lo = mid + 1;
      else hi = mid;
    }
    const keys: string[] = [];
    for (let i = lo; i < starts.length && buf.compare(target, 0, n, starts[i], Math.min(starts[i] + n, buf.length)) === 0; i++) {
      let end = starts[i];
      while (end < buf.length && buf[end] !== TAB && buf[end] !== NL) end++;
      if (end === starts[i] + n) continue;
      const key = buf.toString('utf8', starts[i], end);
      if (keys[keys.length - 1] !== key) keys.push(key);
    }
    return keys;
  }

  /** Calls `fn` with the UTF-8 bytes of every line's key (buf[start..end)), decoding nothing. */
  forEachKey(fn: (buf: Buffer, start: number, end: number) => void): void {
    const { buf, starts } = this;
    for (let i = 0; i < starts.length; i++) {
      let end = starts[i];
      while (end < buf.length && buf[end] !== TAB && buf[end] !== NL) end++;
      fn(buf, starts[i], end);
    }
  }

  /** Index of the first line whose key is `key`, or -1; leaves `key` encoded in `target`. */
  private firstLine(key: string): number {
    this.encode(key);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let h = keyHash(key) & mask; ; h = (h + 1) & mask) {
      const slot = slots[h];
      if (slot === 0) return -1;
      if (this.compare(this.starts[slot - 1]) === 0) return slot - 1;
    }
  }

  /** Compares the key of the line at byte `start` (up to a tab or newline) with the target. */
  private compare(start: number): number {
    const buf = this.buf;
    const target = this.target;
    const n = this.targetLength;
    for (let i = 0; ; i++) {
      const a = start + i < buf.length ? buf[start + i] : NL;
      const keyEnded = a === TAB || a === NL;
      if (i === n) return keyEnded ? 0 : 1;
      if (keyEnded) return -1;
      if (a !== target[i]) return a - target[i];
    }
  }

  private encode(key: string): void {
    if (key.length * 3 > this.target.length) this.target = Buffer.alloc(key.length * 3);
    this.targetLength = this.target.write(key, 'utf8');
  }
}

/** FNV-1a over the key's UTF-16 code units: what the `.hash` side file is keyed by. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hash slots of a table's keys (at least twice as many slots as keys, a power of two). */
function hashSlots(buf: Buffer, starts: Uint32Array): Int32Array {
  const keys: Array<[string, number]> = [];
  let previous: string | null = null;
  for (let i = 0; i < starts.length; i++) {
    let end = buf.indexOf(TAB, starts[i]);
    const nl = buf.indexOf(NL, starts[i]);
    if (end === -1 || (nl !== -1 && nl < end)) end = nl === -1 ? buf.length : nl;
    const key = buf.toString('utf8', starts[i], end);
    if (key !== previous) keys.push([key, i]);
    previous = key;
  }
  let size = 1;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size);
  for (const [key, line] of keys) {
    let h = keyHash(key) & (size - 1);
    while (slots[h] !== 0) h = (h + 1) & (size - 1);
    slots[h] = line + 1;
  }
  return slots;
}

/** Line start offsets found by scanning (tables built in memory, or an unusable .idx). */
function lineStarts(buf: Buffer): Uint32Array {
  const starts: number[] = [];
  for (let p = 0; p < buf.length; ) {
    starts.push(p);
    const nl = buf.indexOf(NL, p);
    p = nl === -1 ? buf.length : nl + 1;
  }
  return Uint32Array.from(starts);
}

/** The .idx bytes as offsets, without copying, where alignment and byte order allow. */
function asUint32(idx: Buffer): Uint32Array | null {
  if (endianness() !== 'LE' || idx.length % 4 !== 0) return null;
  if (idx.byteOffset % 4 === 0) return new Uint32Array(idx.buffer, idx.byteOffset, idx.length / 4);
  return new Uint32Array(Uint8Array.prototype.slice.call(idx).buffer);
}

/** The .hash bytes as slots, without copying where alignment and byte order allow. */
function asInt32(hash: Buffer): Int32Array | null {
  if (endianness() !== 'LE' || hash.length % 4 !== 0 || hash.length === 0) return null;
  if (hash.byteOffset % 4 === 0) return new Int32Array(hash.buffer, hash.byteOffset, hash.length / 4);
  return new Int32Array(Uint8Array.prototype.slice.call(hash).buffer);
}

/** Sorts lines `key \t …` for SortedTable: by key bytes, stable for equal keys. */
export function sortLines(lines: string[]): string[] {
  const keyed = lines.map((line, i) => ({ line, i, key: Buffer.from(line.slice(0, line.indexOf('\t')), 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.line);
}

/**
 * Writes a table (lines sorted here), its `.idx` of line starts (uint32 LE) and its `.hash` of
 * key slots (int32 LE), so loading computes nothing.
 */
export function writeTable(file: string, lines: string[]): void {
  const sorted = sortLines(lines);
  const text = sorted.join('\n') + '\n';
  const buf = Buffer.from(text, 'utf8');
  const starts = lineStarts(buf);
  const slots = hashSlots(buf, starts.length > sorted.length ? starts.subarray(0, sorted.length) : starts);
  writeFileSync(file, buf);
  writeFileSync(`${file}.idx`, Buffer.from(starts.buffer, starts.byteOffset, sorted.length * 4));
  writeFileSync(`${file}.hash`, Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength));
}
