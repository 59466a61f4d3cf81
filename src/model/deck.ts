/** The deck file's shape (see README, "The deck file"); src/deck/parse-deck.ts validates it. */

/** HSK levels: 2.0 is 1–6; 3.0 is 1–6 and 7 for the 7–9 band. null: not in that list. */
export interface HskLevels {
  v2: number | null;
  v3: number | null;
}

export interface CardFrequency {
  /** Occurrences of the word in this article (as segmented). */
  article: number;
  /**
   * Zipf value in jieba's dictionary (a general corpus): log10 of occurrences per
   * billion words; about 1 (rare) to 7.5 (的). 0 where jieba's dictionary lacks the word.
   */
  corpus: number;
}

export interface DeckCard {
  /** Stable: derives only from word and numbered pinyin. */
  id: string;
  /** Simplified form as it stands in the article. */
  word: string;
  traditional: string;
  /** Tone marks, syllables separated by single spaces, CC-CEDICT citation tones. */
  pinyin: string;
  /** The same reading with tone numbers (5 = neutral): `ju2 zhang3`. */
  pinyinNumbered: string;
  definitions: string[];
  /** jieba part-of-speech tag (ICTCLAS set: n, v, a, d, ns, nr, …). */
  pos: string;
  hsk: HskLevels;
  frequency: CardFrequency;
  /** Log-likelihood keyness of the word in this article against the general corpus. */
  keyness: number;
  /** 1-based place in the deck's ranking. */
  rank: number;
  /** Clauses of the article that contain `word`, best first (at most 3). */
  examples: string[];
  /** Pinyin of each example, parallel to `examples`. */
  examplesPinyin: string[];
  /**
   * Parallel to `examples`: each clause's content words other than `word` (words that could be
   * cards). The queue uses them to prefer i+1 cards (only the card's own word unknown).
   * Absent in decks made before it existed.
   */
  exampleWords?: string[][];
  tags: string[];
}

export interface DeckSource {
  title: string;
  /** File name as given (basename), or "-" for standard input. */
  file: string;
  /** sha256 of the decoded article text (hex). */
  sha256: string;
  /** Han characters in the article body after debris removal. */
  characters: number;
  /** Running words in the article body (segmented tokens that are words). */
  tokens: number;
}

export interface Deck {
  format: 'guanhua-deck';
  version: 1;
  name: string;
  source: DeckSource;
  cards: DeckCard[];
}
