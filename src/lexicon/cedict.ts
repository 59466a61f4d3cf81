import type { CedictEntry } from '../model/lexicon.js';
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
    // Row: simplified, traditional, pinyin, weak (0|1), sense classes, bound senses, glosses… (indexing, not destructuring:
    // this runs cold, before the JIT has seen it, where iterator destructuring is slow).
    entries = cedictTable()
      .find(word)
      .map((row) => ({
        traditional: row[1],
        simplified: row[0],
        pinyinNumbered: row[2],
        definitions: row.slice(6),
        classes: row[4],
        bound: row[5],
        weak: row[3] === '1',
      }));
    cache.set(word, entries);
  }
  return entries;
}

/** Cheaper than lookup(): no entry objects (segmentation asks this of many substrings). */
export function has(word: string): boolean {
  const known = cache.get(word);
  return known !== undefined ? known.length > 0 : cedictTable().has(word);
}

let longStarts: Set<number> | null = null;

/**
 * Whether some CC-CEDICT word of three characters or more starts with the characters `a`, `b`:
 * a search for longer words around a character need not go on where none does. (Characters
 * outside the Basic Multilingual Plane always may.)
 */
export function startsLongerWord(a: string, b: string): boolean {
  if (a.length > 1 || b.length > 1) return true;
  if (!longStarts) {
    longStarts = new Set();
    for (const key of cedictTable().keys()) {
      if (key.length >= 3) longStarts.add(key.charCodeAt(0) * 0x10000 + key.charCodeAt(1));
    }
  }
  return longStarts.has(a.charCodeAt(0) * 0x10000 + b.charCodeAt(0));
}

/** The readings a card may use: the non-weak ones, or all of them when every one is weak. */
export function usableEntries(word: string): CedictEntry[] {
  const all = lookup(word);
  const strong = all.filter((e) => !e.weak);
  return strong.length > 0 ? strong : all;
}
