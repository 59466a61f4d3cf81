import type { WordFacts } from './word-facts.js';
import { has, lookup } from './cedict.js';
import { corpusFrequency, dictionaryTag } from './frequency.js';

/** The token rules' view of the compact tables, for words settled at run time. */
export const tableFacts: WordFacts = {
  inCedict: has,
  readings: lookup,
  jiebaCount: (word) => corpusFrequency(word).count,
  jiebaTag: dictionaryTag,
  classifier: (word) => lookup(word).some((e) => !e.weak && e.classes.includes('q')),
  adverb: (word) => lookup(word).some((e) => !e.weak && /^d+$/.test(e.classes)),
};
