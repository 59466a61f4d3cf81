import { readFileSync } from 'node:fs';
import type { CorpusFrequency, WordSummary } from '../model/lexicon.js';
import { dataFiles } from './data-files.js';
import { SortedTable } from './sorted-table.js';
import { PLACEHOLDER_COUNT } from './word-facts.js';

/**
 * General-corpus frequency from jieba's dictionary (the counts of its ~60 M-token training
 * corpus, People's Daily-style news and more). Zipf = log10(occurrences per billion tokens).
 */
let table: SortedTable | null = null;
let total = 0;

function load(): SortedTable {
  if (!table) {
    table = SortedTable.load(dataFiles.jieba);
    total = (JSON.parse(readFileSync(dataFiles.meta, 'utf8')) as { jiebaTotal: number }).jiebaTotal;
  }
  return table;
}

/** Sum of all counts in jieba's dictionary (the corpus size, in tokens). */
export function corpusTotal(): number {
  load();
  return total;
}

/**
 * Rows of words asked for; null = absent. Each distinct token asks more than once (its
 * segmentation, then its facts), and a search costs a few microseconds.
 */
const rows = new Map<string, readonly string[] | null>();

function row(word: string): readonly string[] | null {
  let found = rows.get(word);
  if (found === undefined) {
    found = load().find(word)[0] ?? null;
    rows.set(word, found);
  }
  return found;
}

export function corpusFrequency(word: string): CorpusFrequency {
  return frequencyOf(row(word)); // row() loads the table, so `total` is set
}

function frequencyOf(found: readonly string[] | null): CorpusFrequency {
  const count = found ? Number(found[1]) : 0;
  return { count, zipf: count > 0 ? Math.log10((count / total) * 1e9) : 0, placeholder: count === PLACEHOLDER_COUNT };
}

/** jieba's table row of a word (`word, count, tag, resolution, …`), or null when jieba does not list it. */
export function jiebaRow(word: string): readonly string[] | null {
  const found = row(word);
  return found && found[1] !== '' ? found : null;
}

const CEDICT_FLAGS: Record<string, WordSummary['cedict']> = { '': 'none', w: 'weak', p: 'proper', r: 'real', c: 'composed' };

/**
 * Everything a deck asks of each word of an article, from one row of the word table (see
 * build-index.ts): corpusFrequency's answer, the HSK levels, and what lookup has.
 */
export function wordSummary(word: string): WordSummary {
  const found = row(word);
  return {
    frequency: frequencyOf(found),
    hsk: { v2: found?.[4] ? Number(found[4]) : null, v3: found?.[5] ? Number(found[5]) : null },
    cedict: CEDICT_FLAGS[found?.[6] ?? ''] ?? 'none',
  };
}

/** jieba's dictionary tag for a word (ICTCLAS), or null when jieba does not list it. */
export function dictionaryTag(word: string): string | null {
  const found = row(word);
  return found && found[2] ? found[2] : null;
}
