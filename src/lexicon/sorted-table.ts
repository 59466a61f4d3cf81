import { readFileSync } from 'node:fs';
import { GuanhuaError } from '../errors.js';

const NL = 0x0a;
const TAB = 0x09;

/**
 * A read-only table of tab-separated UTF-8 lines sorted by their first field's bytes
 * (UTF-8 byte order equals code point order). Loaded with one readFileSync; looked up by
 * binary search on the raw buffer, so loading costs a file read and nothing else, and only
 * the lines asked for are ever decoded.
 */
export class SortedTable {
  private readonly buf: Buffer;
  /** Keys asked for so far: a long text asks for the same few thousand words over and over. */
  private readonly memo = new Map<string, string[][]>();

  constructor(buf: Buffer) {
    this.buf = buf;
  }

  static load(file: string): SortedTable {
    try {
      return new SortedTable(readFileSync(file));
    } catch {
      throw new GuanhuaError(`lexicon index missing (${file}): run \`npm run build\` first`);
    }
  }

  /** All lines whose key is `key`, split into fields (key included), in file order. */
  find(key: string): string[][] {
    let rows = this.memo.get(key);
    if (rows === undefined) {
      rows = this.search(key);
      this.memo.set(key, rows);
    }
    return rows;
  }

  private search(key: string): string[][] {
    const buf = this.buf;
    const target = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = buf.length;
    // Invariant: lo and hi are line starts; every line before lo has a key < target,
    // every line from hi on has a key >= target.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = lineStart(buf, mid);
      if (compareKey(buf, start, target) < 0) lo = Math.min(lineEnd(buf, start) + 1, buf.length);
      else hi = start;
    }
    const rows: string[][] = [];
    for (let start = lo; start < buf.length; ) {
      if (compareKey(buf, start, target) !== 0) break;
      const end = lineEnd(buf, start);
      rows.push(buf.toString('utf8', start, end).split('\t'));
      start = end + 1;
    }
    return rows;
  }
}

function lineEnd(buf: Buffer, start: number): number {
  const end = buf.indexOf(NL, start);
  return end === -1 ? buf.length : end;
}

/** Start of the line holding byte `pos`. A plain loop: lines are short, native calls are not free. */
function lineStart(buf: Buffer, pos: number): number {
  while (pos > 0 && buf[pos - 1] !== NL) pos--;
  return pos;
}

/** Compares the key of the line at `start` (bytes up to a tab or newline) with `target`. */
function compareKey(buf: Buffer, start: number, target: Buffer): number {
  for (let i = 0; ; i++) {
    const a = start + i < buf.length ? buf[start + i] : NL;
    const keyEnded = a === TAB || a === NL;
    if (i === target.length) return keyEnded ? 0 : 1;
    if (keyEnded) return -1;
    if (a !== target[i]) return a - target[i];
  }
}

/** Sorts lines `key \t …` for SortedTable: by key bytes, stable for equal keys. */
export function sortLines(lines: string[]): string[] {
  const keyed = lines.map((line, i) => ({ line, i, key: Buffer.from(line.slice(0, line.indexOf('\t')), 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.line);
}
