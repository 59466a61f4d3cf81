import type { Context } from './collect-words.js';
import type { LexiconPort } from '../model/lexicon-port.js';
import type { Reading } from '../model/lexicon.js';

/**
 * The reading a word has in this article: each of its first contexts votes
 * (pinyin-pro over the sentence picks among CC-CEDICT's readings); the most
 * common wins, the earliest breaking ties.
 */
export function readingInArticle(word: string, contexts: Context[], lex: LexiconPort): Reading {
  const votes = new Map<string, { reading: Reading; n: number }>();
  for (const c of contexts.slice(0, 3)) {
    const reading = lex.chooseReading(word, c.sentence, c.offset);
    const key = reading.pinyinNumbered.toLowerCase();
    const v = votes.get(key);
    if (v) v.n++;
    else votes.set(key, { reading, n: 1 });
  }
  let best: { reading: Reading; n: number } | undefined;
  for (const v of votes.values()) if (!best || v.n > best.n) best = v;
  return best ? best.reading : lex.chooseReading(word, word, 0);
}
