import { loadedJieba } from './jieba.js';

/**
 * Merges become jieba user words before segmentation. This is the same nodejieba module (and
 * native dictionary) src/lexicon/segment.ts loads (src/lexicon/jieba.ts), so a word inserted here
 * is one jieba keeps whole in every later cut of this process. (The lexicon may still cut a
 * token it does not list; src/learn/corrections.ts applyToTokens re-joins the pieces.)
 */
export function insertUserWords(words: readonly string[]): void {
  if (words.length === 0) return;
  const jieba = loadedJieba();
  // Tag n: a merged string is a content word (a card candidate) unless a later rule says otherwise.
  for (const w of words) jieba.insertWord(w, 'n');
}
