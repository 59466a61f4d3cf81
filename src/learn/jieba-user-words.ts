import { createRequire } from 'node:module';

interface JiebaUserDict {
  insertWord(word: string, tag?: string): boolean;
}

/**
 * Merges become jieba user words before segmentation. This is the same nodejieba module (and
 * native dictionary) src/lexicon/segment.ts loads: require() caches it, so a word inserted here
 * is one jieba keeps whole in every later cut of this process. (The lexicon may still cut a
 * token it does not list; src/learn/corrections.ts applyToTokens re-joins the pieces.)
 */
export function insertUserWords(words: readonly string[]): void {
  if (words.length === 0) return;
  const jieba = createRequire(import.meta.url)('nodejieba') as JiebaUserDict;
  // Tag n: a merged string is a content word (a card candidate) unless a later rule says otherwise.
  for (const w of words) jieba.insertWord(w, 'n');
}
