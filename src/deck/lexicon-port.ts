import type { HskLevels } from './format.js';
import type { CedictEntry, CorpusFrequency, Reading, Token, WordSummary } from '../lexicon/types.js';

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
  chooseReading(word: string, context: string, offset: number): Reading;
  sentencePinyin(text: string): string;
  hskLevels(word: string): HskLevels;
  corpusFrequency(word: string): CorpusFrequency;
  corpusTotal(): number;
  /** corpusFrequency, hskLevels and what lookup has, in one answer (one table search). */
  wordSummary(word: string): WordSummary;
}
