import type { HskLevels } from './deck.js';

/** One token of segmented text, in order. Punctuation, digits and Latin come through too. */
export interface Token {
  word: string;
  /** jieba part-of-speech tag (ICTCLAS: n, v, a, d, ns, nr, x for punctuation/others, eng, m …). */
  pos: string;
}

/** A sense's part of speech: verb, noun, adjective, adverbial, measure word or classifier. */
export type SenseClass = 'v' | 'n' | 'a' | 'd' | 'q';

/** A meaning made for a word no dictionary lists (see src/lexicon/compose.ts). */
export interface ComposedMeaning {
  /** The parts' words (党, 组织), or the one listed word the meaning is an analogy of (三中全会). */
  parts: string[];
  /** "party + organization"; "fourth plenum … (like 三中全会)". */
  definition: string;
}

/** One CC-CEDICT entry (one reading of one word). */
export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** As CC-CEDICT gives it: `ju2 zhang3`, `Chao2 xian3`, neutral tone 5. */
  pinyinNumbered: string;
  /**
   * Real glosses only, written for learners (no "surname X", no "variant of Y", no notation;
   * measure words as a last line "measure word: 个 gè"), in learner order (see sense-prior.ts).
   */
  definitions: string[];
  /** One letter per definition, its part of speech: v n a d q (see SenseClass); '' when weak. */
  classes: string;
  /** The class the word is mostly used in, where the HSK list's parts of speech say (落实 v, 稳定 a). */
  use?: SenseClass;
  /**
   * For a character: the sense the words it begins use most, the one the words it ends use
   * most, and the one the words of three characters or more it ends use most,
   * `first:share,last:share,long:share` (index into definitions, share of those words in
   * hundredths; any side may be empty); '' when no longer word is built on it.
   */
  bound: string;
  /** True when the entry only says "surname …" or "variant of …" (kept for lookups, never a card's meaning). */
  weak: boolean;
}

/** The share (hundredths) of `bound` at a side (0 the words it begins, 1 it ends, 2 the long ones it ends); 0 where empty. */
export function boundShareAt(e: CedictEntry, side: 0 | 1 | 2): number {
  return Number(e.bound.split(',')[side]?.split(':')[1]) || 0;
}

/** The reading chosen for a word in context. */
export interface Reading {
  /** The CC-CEDICT entry whose reading was chosen, or null where no dictionary has the word. */
  entry: CedictEntry | null;
  /** Tone numbers, single spaces: `ju2 zhang3`. */
  pinyinNumbered: string;
  /** Tone marks, single spaces: `jú zhǎng`. */
  pinyin: string;
}

/** What a deck asks of every word of an article (see frequency.ts wordSummary). */
export interface WordSummary {
  frequency: CorpusFrequency;
  hsk: HskLevels;
  /**
   * What CC-CEDICT has: nothing; only surname or variant readings (weak); real readings, all
   * capitalised (proper: a place, an organisation); real readings; no entry, but a meaning
   * composed from the word's dictionary parts (composed: 党组织 "party + organization").
   */
  cedict: 'none' | 'weak' | 'proper' | 'real' | 'composed';
}

export interface CorpusFrequency {
  /** Raw count in jieba's dictionary (0 where absent). */
  count: number;
  /** log10(count per billion words of jieba's corpus); 0 where absent. */
  zipf: number;
  /**
   * True when the count is 3, the placeholder jieba's dictionary gives ~159k entries added
   * without a corpus count (公安机关, 出席会议; 40k entries have 2, 13k have 4): the word's real
   * frequency is unknown, not low.
   */
  placeholder: boolean;
}
