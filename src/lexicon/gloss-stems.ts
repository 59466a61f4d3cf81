import { readFileSync, writeFileSync } from 'node:fs';
import { dataFiles } from './data-files.js';

/**
 * The English words of a gloss that can tell senses apart: five letters or more, by their first
 * six letters ("record" meets "records"; "work", "new" meet nothing). A leading field label
 * ("(sports) event") and one-word labels ("ego (psychology)") are left out; a parenthesis that
 * names an object counts ("to break (a record)") unless `parentheses` is false.
 */
export function glossStems(gloss: string, parentheses = true): Set<string> {
  const labelled = gloss.replace(/^(?:\([^)]*\)\s*)+/, '');
  const bare = parentheses ? labelled.replace(/\((?:[a-z]+\.?)\)/gi, ' ') : labelled.replace(/\([^)]*\)/g, ' ');
  const words = bare.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  return new Set(words.filter((w) => !COMMON.has(w)).map((w) => w.slice(0, 6)));
}

/** Words of five letters or more that say nothing of a sense. */
const COMMON = new Set([
  'something', 'someone', 'somebody', 'other', 'their', 'which', 'about', 'being', 'things', 'person', 'people', 'there',
  'these', 'those', 'where', 'classifier', 'measure', 'abbreviation', 'variant', 'literary', 'figurative', 'surname',
  'oneself', 'himself', 'herself', 'itself', 'themselves', 'yourself', 'ourselves', 'another', 'others',
]);

/**
 * Build time: for each stem, how many of the common words (a corpus count of 5 or more in jieba's
 * dictionary) have a sense using it, and how many common words there are: the share an
 * article's words would show by chance (see src/deck/article-profile.ts).
 */
export function writeStemShares(entries: Iterable<{ word: string; glosses: readonly string[] }>, countOf: (word: string) => number): number {
  // All readings of a word together, as an article's words are profiled.
  const byWord = new Map<string, Set<string>>();
  for (const { word, glosses } of entries) {
    if (countOf(word) < 5) continue;
    const stems = byWord.get(word) ?? new Set<string>();
    for (const g of glosses) for (const s of glossStems(g)) stems.add(s);
    byWord.set(word, stems);
  }
  const counts = new Map<string, number>();
  for (const stems of byWord.values()) for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  const lines = [...counts].filter(([, n]) => n >= 2).map(([s, n]) => `${s}\t${n}`);
  writeFileSync(dataFiles.stemShares, `${byWord.size}\n${lines.join('\n')}\n`);
  return byWord.size;
}

let shares: { total: number; counts: Map<string, number> } | null = null;

/** The share (0..1) of common words with a sense using this stem (a floor for unseen stems). */
export function stemShare(stem: string): number {
  if (!shares) {
    const [head, ...rest] = readFileSync(dataFiles.stemShares, 'utf8').split('\n');
    const counts = new Map<string, number>();
    for (const line of rest) {
      const tab = line.indexOf('\t');
      if (tab > 0) counts.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    shares = { total: Number(head), counts };
  }
  return (shares.counts.get(stem) ?? 1) / shares.total;
}
