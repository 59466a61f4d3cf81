import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { GuanhuaError } from '../errors.js';

const NL = 0x0a;
/** Shared answer for absent keys (most lookups of substrings miss): one array, not thousands. */
const NONE: readonly string[][] = Object.freeze([]);
const TAB = 0x09;

/**
 * A read-only table of tab-separated UTF-8 lines sorted by their first field's bytes (UTF-8
 * byte order equals code point order), with a side file `<file>.idx` of line start offsets
 * (uint32, little-endian) written at build time. Loading is two file reads and nothing else;
 * a lookup is a binary search over the offsets comparing raw bytes, and only the lines asked
 * for are ever decoded.
 */
export class SortedTable {
  private readonly buf: Buffer;
  private readonly starts: Uint32Array;
  /** The key being searched, UTF-8 encoded; reused (keys are words, a few characters). */
  private target = Buffer.alloc(64);
  private targetLength = 0;
  private sample: Float64Array | null = null;

  constructor(buf: Buffer, starts: Uint32Array = lineStarts(buf), sample: Float64Array | null = null) {
    this.buf = buf;
    this.starts = starts;
    this.sample = sample;
  }

  static load(file: string): SortedTable {
    let buf: Buffer;
    let idx: Buffer;
    let sample: Buffer;
    try {
      buf = readFileSync(file);
      idx = readFileSync(`${file}.idx`);
      sample = readFileSync(`${file}.sample`);
    } catch {
      throw new GuanhuaError(`lexicon index missing (${file}): run \`npm run build\` first`);
    }
    const starts = asUint32(idx) ?? lineStarts(buf);
    return new SortedTable(buf, starts, asFloat64(sample));
  }

  /**
   * All lines whose key is `key`, split into fields (key included), in file order. Not
   * memoised here: segmentation probes many substrings once each, and a memo of those costs
   * more (hashing, growth, GC) than the ~2 µs search; callers cache the words they reuse.
   */
  find(key: string): readonly string[][] {
    const starts = this.starts;
    const rows: string[][] = [];
    for (let i = this.lowerBound(key); i < starts.length && this.compare(starts[i]) === 0; i++) {
      let end = i + 1 < starts.length ? starts[i + 1] - 1 : this.buf.length;
      if (end > starts[i] && this.buf[end - 1] === NL) end--; // the last line's newline
      rows.push(this.buf.toString('utf8', starts[i], end).split('\t'));
    }
    return rows.length > 0 ? rows : NONE;
  }

  /** Whether any line has this key; decodes nothing (lines can be long, the answer is a bit). */
  has(key: string): boolean {
    const i = this.lowerBound(key);
    return i < this.starts.length && this.compare(this.starts[i]) === 0;
  }

  /** Index of the first line whose key is >= `key`; leaves `key` encoded in `target`. */
  private lowerBound(key: string): number {
    this.encode(key);
    const starts = this.starts;
    // Narrow with the in-cache sample first: the 9 MB buffer is then touched only near the
    // answer, where a plain binary search over it would miss the CPU cache at every step.
    const sample = this.sampled();
    const packed = packKey(key);
    let a = 0;
    let b = sample.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (sample[mid] < packed) a = mid + 1;
      else b = mid;
    }
    let lo = Math.max(0, a - 1) * STRIDE; // the last sampled line below the key, or 0
    let hi = a;
    while (hi < sample.length && sample[hi] === packed) hi++;
    hi = Math.min(starts.length, hi * STRIDE);
    // Invariant: lines before lo have keys < target, lines from hi on have keys > target.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(starts[mid]) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Packed first two code points of every STRIDE-th line's key (from `.sample`, or built now). */
  private sampled(): Float64Array {
    if (!this.sample) {
      const n = Math.ceil(this.starts.length / STRIDE);
      this.sample = new Float64Array(n);
      for (let j = 0; j < n; j++) this.sample[j] = this.packedKeyAt(this.starts[j * STRIDE]);
    }
    return this.sample;
  }

  /** packKey of the key of the line at `start`, decoded straight from the UTF-8 bytes. */
  private packedKeyAt(start: number): number {
    const buf = this.buf;
    const points = [0, 0];
    let p = start;
    for (let k = 0; k < 2 && p < buf.length; k++) {
      const b = buf[p];
      if (b === TAB || b === NL) break;
      const extra = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
      let cp = extra === 0 ? b : b & (0x3f >> extra);
      for (let e = 1; e <= extra; e++) cp = (cp << 6) | (buf[p + e] & 0x3f);
      points[k] = cp;
      p += extra + 1;
    }
    return points[0] * 0x200000 + points[1];
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

/** One sample per STRIDE lines: 16 keeps the sample small (cedict 62 KB) and windows short. */
const STRIDE = 16;

/**
 * A key's first two code points as one number that orders like the key's bytes up to that
 * point (UTF-8 byte order is code point order; a missing second character, 0, sorts first,
 * as a shorter key does). Exact: 21 + 21 bits fit a double.
 */
function packKey(key: string): number {
  const first = key.codePointAt(0) ?? 0;
  const second = key.codePointAt(first > 0xffff ? 2 : 1) ?? 0;
  return first * 0x200000 + second;
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

/** The .sample bytes as packed keys (null: rebuild them from the table on first use). */
function asFloat64(sample: Buffer): Float64Array | null {
  if (endianness() !== 'LE' || sample.length % 8 !== 0) return null;
  if (sample.byteOffset % 8 === 0) return new Float64Array(sample.buffer, sample.byteOffset, sample.length / 8);
  return new Float64Array(Uint8Array.prototype.slice.call(sample).buffer);
}

/** Sorts lines `key \t …` for SortedTable: by key bytes, stable for equal keys. */
export function sortLines(lines: string[]): string[] {
  const keyed = lines.map((line, i) => ({ line, i, key: Buffer.from(line.slice(0, line.indexOf('\t')), 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.line);
}

/**
 * Writes a table (lines sorted here), its `.idx` of line starts (uint32 LE) and its `.sample`
 * of packed keys of every STRIDE-th line (float64 LE), so loading computes nothing.
 */
export function writeTable(file: string, lines: string[]): void {
  const sorted = sortLines(lines);
  const idx = Buffer.alloc(sorted.length * 4);
  const sample = Buffer.alloc(Math.ceil(sorted.length / STRIDE) * 8);
  let offset = 0;
  sorted.forEach((line, i) => {
    idx.writeUInt32LE(offset, i * 4);
    if (i % STRIDE === 0) sample.writeDoubleLE(packKey(line.slice(0, line.indexOf('\t'))), (i / STRIDE) * 8);
    offset += Buffer.byteLength(line, 'utf8') + 1;
  });
  writeFileSync(file, sorted.join('\n') + '\n');
  writeFileSync(`${file}.idx`, idx);
  writeFileSync(`${file}.sample`, sample);
}
