import type { HskLevels } from './format.js';
import type { CedictEntry, CorpusFrequency, Reading, Token } from '../lexicon/types.js';

/** What the deck builder asks of the lexicon (src/lexicon/index.ts provides it). */
export interface LexiconPort {
  segment(text: string): Token[];
  lookup(word: string): CedictEntry[];
  chooseReading(word: string, context: string, offset: number): Reading;
  sentencePinyin(text: string): string;
  hskLevels(word: string): HskLevels;
  corpusFrequency(word: string): CorpusFrequency;
  corpusTotal(): number;
}
