import type { CedictEntry } from './types.js';
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
    entries = cedictTable()
      .find(word)
      .map(([simplified, traditional, pinyinNumbered, weak, ...definitions]) => ({
        traditional,
        simplified,
        pinyinNumbered,
        definitions,
        weak: weak === '1',
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

/** The readings a card may use: the non-weak ones, or all of them when every one is weak. */
export function usableEntries(word: string): CedictEntry[] {
  const all = lookup(word);
  const strong = all.filter((e) => !e.weak);
  return strong.length > 0 ? strong : all;
}
