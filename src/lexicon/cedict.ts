import type { CedictEntry, SenseClass } from '../model/lexicon.js';
import { dataFiles } from './data-files.js';
import { SortedTable } from './sorted-table.js';

let table: SortedTable | null = null;
/** Words looked up so far; a 10 MB corpus asks for the same few thousand words again and again. */
const cache = new Map<string, CedictEntry[]>();

function cedictTable(): SortedTable {
  table ??= SortedTable.load(dataFiles.cedict);
  return table;
}

/** Every CC-CEDICT reading of a simplified word, in dictionary order (empty when absent). */
export function lookup(word: string): CedictEntry[] {
  let entries = cache.get(word);
  if (entries === undefined) {
    // Row: simplified, traditional, pinyin, weak (0|1), sense classes[:main use], bound senses, glosses… (indexing, not
    // destructuring: this runs cold, before the JIT has seen it, where iterator destructuring is slow).
    entries = cedictTable()
      .find(word)
      .map((row) => {
        const use = row[4].indexOf(':');
        const entry: CedictEntry = {
          traditional: row[1],
          simplified: row[0],
          pinyinNumbered: row[2],
          definitions: row.slice(6),
          classes: use < 0 ? row[4] : row[4].slice(0, use),
          bound: row[5],
          weak: row[3] === '1',
        };
        if (use >= 0) entry.use = row[4].slice(use + 1) as SenseClass;
        return entry;
      });
    cache.set(word, entries);
  }
  return entries;
}

/** Cheaper than lookup(): no entry objects (segmentation asks this of many substrings). */
export function has(word: string): boolean {
  const known = cache.get(word);
  return known !== undefined ? known.length > 0 : cedictTable().has(word);
}

/** The CC-CEDICT words that begin with `prefix` and are longer (公安 → 公安局, 公安部, 公安机关…). */
export function wordsStartingWith(prefix: string): string[] {
  return cedictTable().keysWithPrefix(prefix);
}

let longStarts: Set<number> | null = null;

/**
 * Whether some CC-CEDICT word of three characters or more starts with the characters `a`, `b`:
 * a search for longer words around a character need not go on where none does. (Characters
 * outside the Basic Multilingual Plane always may.)
 */
export function startsLongerWord(a: string, b: string): boolean {
  if (a.length > 1 || b.length > 1) return true;
  longStarts ??= longWordStarts();
  return longStarts.has(a.charCodeAt(0) * 0x10000 + b.charCodeAt(0));
}

/** The first two characters of every key of three characters or more, read from the key bytes. */
function longWordStarts(): Set<number> {
  const out = new Set<number>();
  cedictTable().forEachKey((buf, start, end) => {
    const first = codePointAt(buf, start);
    const second = codePointAt(buf, start + first.bytes);
    const astral = first.code > 0xffff || second.code > 0xffff;
    if (!astral && start + first.bytes + second.bytes < end) out.add(first.code * 0x10000 + second.code);
  });
  return out;
}

/** The code point whose UTF-8 starts at buf[i] (0x110000 for any beyond the BMP), and its length in bytes. */
function codePointAt(buf: Buffer, i: number): { code: number; bytes: number } {
  const b = buf[i];
  if (b < 0x80) return { code: b, bytes: 1 };
  if (b < 0xe0) return { code: ((b & 0x1f) << 6) | (buf[i + 1] & 0x3f), bytes: 2 };
  if (b < 0xf0) return { code: ((b & 0x0f) << 12) | ((buf[i + 1] & 0x3f) << 6) | (buf[i + 2] & 0x3f), bytes: 3 };
  return { code: 0x110000, bytes: 4 };
}

/**
 * The readings (numbered pinyin, as CC-CEDICT writes them) of the entries usableEntries() gives,
 * without building the entries: what the reader in context asks of tens of thousands of words.
 */
export function usableReadings(word: string): string[] {
  const known = cache.get(word);
  if (known) return usableOf(known).map((e) => e.pinyinNumbered);
  const rows = cedictTable().find(word);
  const strong = rows.filter((row) => row[3] !== '1');
  return (strong.length > 0 ? strong : rows).map((row) => row[2]);
}

/** The readings a card may use: the non-weak ones, or all of them when every one is weak. */
export function usableEntries(word: string): CedictEntry[] {
  return usableOf(lookup(word));
}

function usableOf(all: CedictEntry[]): CedictEntry[] {
  const strong = all.filter((e) => !e.weak);
  return strong.length > 0 ? strong : all;
}

/** Of CC-CEDICT's three-character words beginning (ending) with a character: how many, and how many part after (before) it alone. */
export interface AffixUse {
  words: number;
  alone: number;
}

/** Where CC-CEDICT's Han keys of `chars` characters (Basic Multilingual Plane) start, by their last character's code. */
const byLastChar = new Map<number, Map<number, { buf: Buffer; starts: number[] }>>();

/** The keys of `chars` characters ending in `char`: one pass over the key bytes, decoding only what is asked for. */
function keysEndingWith(char: string, chars: 2 | 3): string[] {
  let index = byLastChar.get(chars);
  if (!index) {
    const built = new Map<number, { buf: Buffer; starts: number[] }>();
    cedictTable().forEachKey((buf, start, end) => {
      // Three bytes a character, each led by 0xe3–0xe9: the Han block.
      if (end - start !== 3 * chars) return;
      for (let i = start; i < end; i += 3) if (buf[i] < 0xe3 || buf[i] > 0xe9) return;
      const code = ((buf[end - 3] & 0x0f) << 12) | ((buf[end - 2] & 0x3f) << 6) | (buf[end - 1] & 0x3f);
      const list = built.get(code);
      if (list) list.starts.push(start);
      else built.set(code, { buf, starts: [start] });
    });
    byLastChar.set(chars, (index = built));
  }
  const found = index.get(char.charCodeAt(0));
  if (!found || char.length !== 1) return [];
  return [...new Set(found.starts.map((s) => found.buf.toString('utf8', s, s + 3 * chars)))];
}

const affixes = new Map<string, AffixUse>();

/** How CC-CEDICT's three-character words use `char` at their start or end (非 + 常规, 可能 + 性). */
export function affixUse(char: string, place: 'first' | 'last'): AffixUse {
  const key = `${place}:${char}`;
  let use = affixes.get(key);
  if (!use) {
    const words = place === 'first' ? [...new Set(wordsStartingWith(char))].filter((w) => w.length === 3 && /^\p{Script=Han}+$/u.test(w)) : keysEndingWith(char, 3);
    // Alone: the other two characters make a word and the pair with this one does not.
    const alone = words.filter((w) => (place === 'first' ? has(w.slice(1)) && !has(w.slice(0, 2)) : has(w.slice(0, 2)) && !has(w.slice(1)))).length;
    affixes.set(key, (use = { words: words.length, alone }));
  }
  return use;
}

/** CC-CEDICT's two-character words ending in `char` (陕北, 华北 … for 北). */
export function pairsEndingWith(char: string): readonly string[] {
  return keysEndingWith(char, 2);
}
