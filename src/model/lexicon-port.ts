import type { CedictEntry, ComposedMeaning, Reading, SenseClass, Token, WordSummary } from './lexicon.js';

/** What the deck builder asks of the lexicon (src/lexicon/index.ts provides it). */
export interface LexiconPort {
  segment(text: string): Token[];
  /**
   * segment() taken apart (src/lexicon/segment.ts): jieba's raw pieces and what each becomes.
   * Absent where segment() does more than that (the learner's splits and merges).
   */
  cutRaw?(text: string): string[];
  resolveToken?(raw: string): readonly Token[];
  lookup(word: string): CedictEntry[];
  /**
   * A meaning from the word's dictionary parts, for a word no dictionary lists (null: none);
   * `articleWords`, the other words of its article, tell how a last character reads there;
   * `reading`, the word's numbered pinyin, which of a part's readings lends its sense.
   */
  composedMeaning(word: string, head: SenseClass | null, articleWords?: readonly string[], reading?: string): ComposedMeaning | null;
  chooseReading(word: string, context: string, offset: number): Reading;
  sentencePinyin(text: string): string;
  corpusTotal(): number;
  /** Corpus frequency, HSK levels and what CC-CEDICT has, in one answer (one table search). */
  wordSummary(word: string): WordSummary;
}
